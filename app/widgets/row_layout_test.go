package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestRowLayout(t *testing.T) {
	test.NewTempApp(t)
	name, nik, rest := widget.NewLabel("Siti Aminah"), widget.NewLabel("6471**********19"), widget.NewButton("Withdraw…", nil)
	row := container.New(&RowLayout{Widths: []float32{240, 160}}, name, nik, rest)
	pad := theme.Padding()
	if got, want := row.MinSize().Width, 240+160+rest.MinSize().Width+2*pad; got != want {
		t.Errorf("min width %v, want %v", got, want)
	}
	row.Resize(fyne.NewSize(800, 60))
	tests := []struct {
		name     string
		obj      fyne.CanvasObject
		x, width float32
	}{
		{"name", name, 0, 240},
		{"NIK", nik, 240 + pad, 160},
		{"buttons", rest, 400 + 2*pad, 800 - 400 - 2*pad},
	}
	for _, tt := range tests {
		if got := tt.obj.Position().X; got != tt.x {
			t.Errorf("%s starts at %v, want %v", tt.name, got, tt.x)
		}
		if got := tt.obj.Size().Width; got != tt.width {
			t.Errorf("%s is %v wide, want %v", tt.name, got, tt.width)
		}
		if y := tt.obj.Position().Y; y != (60-tt.obj.Size().Height)/2 {
			t.Errorf("%s is at height %v: not centred", tt.name, y)
		}
	}
}

func TestRowLayoutFlexible(t *testing.T) {
	test.NewTempApp(t)
	name, nik, rest := widget.NewLabel("Siti Aminah"), widget.NewLabel("6471**********19"), widget.NewButton("Withdraw…", nil)
	row := container.New(&RowLayout{Widths: []float32{0, 160}}, name, nik, rest)
	pad := theme.Padding()
	bw := rest.MinSize().Width
	if got, want := row.MinSize().Width, FlexibleMin+160+bw+2*pad; got != want {
		t.Errorf("min width %v, want %v", got, want)
	}
	for _, width := range []float32{800, 500} {
		row.Resize(fyne.NewSize(width, 60))
		nameW := width - 160 - bw - 2*pad
		tests := []struct {
			name     string
			obj      fyne.CanvasObject
			x, width float32
		}{
			{"name", name, 0, nameW},
			{"NIK", nik, nameW + pad, 160},
			{"buttons", rest, nameW + 160 + 2*pad, bw},
		}
		for _, tt := range tests {
			if got := tt.obj.Position().X; got != tt.x {
				t.Errorf("%v wide: %s starts at %v, want %v", width, tt.name, got, tt.x)
			}
			if got := tt.obj.Size().Width; got != tt.width {
				t.Errorf("%v wide: %s is %v wide, want %v", width, tt.name, got, tt.width)
			}
		}
	}
}
