package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestPairsGrid(t *testing.T) {
	test.NewTempApp(t)
	name, nik := widget.NewEntry(), widget.NewEntry()
	g := PairsGrid(
		[2]fyne.CanvasObject{widget.NewLabel("Nama"), name},
		[2]fyne.CanvasObject{widget.NewLabel("NIK (16 angka)"), nik},
	)
	if got, want := len(g.Objects), 4; got != want {
		t.Fatalf("%d objects, want %d", got, want)
	}
	g.Resize(fyne.NewSize(500, g.MinSize().Height))
	if name.Position().X != nik.Position().X || name.Position().X == 0 {
		t.Errorf("fields start at %v and %v: want one column after the labels", name.Position().X, nik.Position().X)
	}
	if nik.Position().Y <= name.Position().Y {
		t.Error("the second row is not under the first")
	}
}

func TestSectionTitle(t *testing.T) {
	test.NewTempApp(t)
	found := false
	for _, o := range test.LaidOutObjects(SectionTitle("Identitas")) {
		if l, ok := o.(*widget.Label); ok && l.Text == "Identitas" && l.TextStyle.Bold {
			found = true
		}
	}
	if !found {
		t.Error("no bold title")
	}
}
