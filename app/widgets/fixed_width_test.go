package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestFixedWidth(t *testing.T) {
	test.NewTempApp(t)
	e := widget.NewEntry()
	e.SetText("a text much longer than the width given to the entry")
	tests := []struct {
		name string
		obj  fyne.CanvasObject
	}{
		{"Fixed", Fixed(116, e)},
		{"Fixed, the text shown no wider", Fixed(116, widget.NewLabel("Siti Aminah binti Abdullah"))},
	}
	for _, tt := range tests {
		if got, want := tt.obj.MinSize().Width, float32(116); got != want {
			t.Errorf("%s: min size %v, want %v", tt.name, got, want)
		}
	}
	row := Narrow(e, 90)
	row.Resize(fyne.NewSize(600, 40))
	if got := e.Size().Width; got != 90 {
		t.Errorf("in a wide row the entry is %v wide, want 90", got)
	}
	if got := row.MinSize().Width; got >= 600 || got < 90 {
		t.Errorf("the row needs %v: want the entry's 90 and little more", got)
	}
}
