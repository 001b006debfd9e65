package widgets

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestWithExtension(t *testing.T) {
	tests := []struct {
		path string
		exts []string
		want string
	}{
		{"/d/jadwal", []string{".pdf"}, "/d/jadwal.pdf"},
		{"/d/jadwal.PDF", []string{".pdf"}, "/d/jadwal.PDF"},
		{"/d/pencaker.csv", []string{".xlsx", ".csv"}, "/d/pencaker.csv"},
		{"/d/pencaker", []string{".xlsx", ".csv"}, "/d/pencaker.xlsx"},
		{"/d/any.txt", nil, "/d/any.txt"},
	}
	for _, tt := range tests {
		if got := withExtension(tt.path, tt.exts); got != tt.want {
			t.Errorf("withExtension(%q, %v) = %q, want %q", tt.path, tt.exts, got, tt.want)
		}
	}
}

// Without the system's dialogs (tests) Fyne's opens, in the folder last
// used for that kind of file.
func TestFileDialogRemembersFolder(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	dir := filepath.Join(t.TempDir(), "Laporan BLK")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if LastFolder(FilesDocuments) != "" {
		t.Fatal("a folder remembered before any was used")
	}
	rememberFolder(FilesDocuments, dir)
	if got := LastFolder(FilesDocuments); got != dir {
		t.Fatalf("documents' folder %q, want %q", got, dir)
	}
	if got := LastFolder(FilesLists); got != "" {
		t.Errorf("lists share the documents' folder: %q", got)
	}
	d := SaveFile(w, FileRequest{Kind: FilesDocuments, Title: "Simpan jadwal", Name: "jadwal.pdf"}, func(fyne.URIWriteCloser, error) {})
	if d == nil {
		t.Fatal("no Fyne dialog in a test")
	}
	found := false
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Laporan BLK" {
			found = true // the folder's part of the path bar
		}
	}
	if !found {
		t.Error("the dialog does not open in the folder last used")
	}
	d.Dismiss()
}
