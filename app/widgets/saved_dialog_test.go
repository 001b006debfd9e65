package widgets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestShowSaved(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	path := filepath.Join(t.TempDir(), "jadwal-las-2026-01.pdf")
	if err := os.WriteFile(path, []byte("%PDF"), 0o600); err != nil {
		t.Fatal(err)
	}
	ShowSaved(w, "Schedule saved", "The schedule was saved.", storage.NewFileURI(path))
	top := w.Canvas().Overlays().Top()
	var texts, buttons []string
	for _, o := range test.LaidOutObjects(top) {
		switch v := o.(type) {
		case *widget.Label:
			texts = append(texts, v.Text)
		case *widget.Button:
			buttons = append(buttons, v.Text)
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"The schedule was saved.", "jadwal-las-2026-01.pdf", filepath.Dir(path)} {
		if !strings.Contains(all, want) {
			t.Errorf("the dialog does not say %q: %q", want, all)
		}
	}
	if got := strings.Join(buttons, ","); got != "Close,Open folder,Open" {
		t.Errorf("buttons %q", got)
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Esc does not close it")
	}
}
