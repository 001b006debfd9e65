package app

import (
	"testing"

	"fyne.io/fyne/v2/storage"
)

func TestFileURL(t *testing.T) {
	tests := []struct {
		path, want string
	}{
		{"C:/Users/Nama Pengguna/Documents/sertifikat LAS.pdf", "file:///C:/Users/Nama%20Pengguna/Documents/sertifikat%20LAS.pdf"},
		{"d:/Data Balai/50% #1.pdf", "file:///d:/Data%20Balai/50%25%20%231.pdf"},
		{"//kantor-blk/data/Sertifikat 2026/LAS.pdf", "file://kantor-blk/data/Sertifikat%202026/LAS.pdf"},
		{"/home/dewi/Dokumen/sertifikat Ramírez.pdf", "file:///home/dewi/Dokumen/sertifikat%20Ram%C3%ADrez.pdf"},
		{"/tmp/folder", "file:///tmp/folder"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := fileURL(tt.path).String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSystemURL(t *testing.T) {
	u, err := systemURL(storage.NewFileURI("/home/dewi/sertifikat LAS.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := u.String(), "file:///home/dewi/sertifikat%20LAS.pdf"; got != want {
		t.Errorf("file: got %q, want %q", got, want)
	}
	web, _ := storage.ParseURI("https://example.org/a?b=c")
	if u, err = systemURL(web); err != nil || u.String() != "https://example.org/a?b=c" {
		t.Errorf("https: got %v, %v", u, err)
	}
}
