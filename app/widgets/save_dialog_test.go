package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestShowSaveDialog(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	var got fyne.URIWriteCloser
	called := false
	d := ShowSaveDialog(w, "Simpan jadwal", "jadwal-las-2026-01.pdf", func(wc fyne.URIWriteCloser, err error) {
		called, got = true, wc
	})
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog shown")
	}
	found := false
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok && e.Text == "jadwal-las-2026-01.pdf" {
			found = true
		}
	}
	if !found {
		t.Error("the proposed name is not in the dialog")
	}
	d.Dismiss()
	if !called || got != nil {
		t.Errorf("cancelled: called %v with %v, want nil", called, got)
	}
}
