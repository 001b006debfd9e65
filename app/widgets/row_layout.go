package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// RowLayout lays its objects out in a row of fixed widths, each centred in
// the height; the objects past Widths take the width they need, the last
// what is left. Rows of a list under a header of the same widths line up.
type RowLayout struct{ Widths []float32 }

// Layout places the objects from the left, a padding apart.
func (l *RowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	x := float32(0)
	for i, o := range objs {
		w := size.Width - x
		if i < len(l.Widths) {
			w = l.Widths[i]
		}
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos(x, (size.Height-h)/2))
		x += w + pad
	}
}

// MinSize is the widths with their paddings, and the tallest object.
func (l *RowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		if i < len(l.Widths) {
			w += l.Widths[i]
		} else {
			w += m.Width
		}
		if i > 0 {
			w += pad
		}
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}
