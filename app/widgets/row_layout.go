package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// RowLayout lays its objects out in a row of fixed widths, each centred in
// the height; the objects past Widths take the width they need, the last
// what is left. A width of 0 is flexible: that column (a name, say) takes
// what the others leave, at least FlexibleMin, and the last object then
// only what it needs — so a row fits a narrow window by shortening its text,
// not by widening the window. Rows of a list under a header of the same
// widths line up.
type RowLayout struct{ Widths []float32 }

// FlexibleMin is the least width of a flexible column.
const FlexibleMin float32 = 120

// Layout places the objects from the left, a padding apart.
func (l *RowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	flexible := l.flexibleWidth(objs, size.Width)
	x := float32(0)
	for i, o := range objs {
		w := size.Width - x
		switch {
		case i < len(l.Widths) && l.Widths[i] == 0:
			w = flexible
		case i < len(l.Widths):
			w = l.Widths[i]
		case flexible > 0 && i < len(objs)-1:
			w = o.MinSize().Width
		}
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos(x, (size.Height-h)/2))
		x += w + pad
	}
}

// flexibleWidth is the width of the flexible column in a row width wide;
// 0 when there is none.
func (l *RowLayout) flexibleWidth(objs []fyne.CanvasObject, width float32) float32 {
	flexible := false
	rest := width
	for i, o := range objs {
		switch {
		case i < len(l.Widths) && l.Widths[i] == 0:
			flexible = true
		case i < len(l.Widths):
			rest -= l.Widths[i]
		default:
			rest -= o.MinSize().Width
		}
		if i > 0 {
			rest -= theme.Padding()
		}
	}
	if !flexible {
		return 0
	}
	return max(FlexibleMin, rest)
}

// MinSize is the widths with their paddings, and the tallest object.
func (l *RowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		switch {
		case i < len(l.Widths) && l.Widths[i] == 0:
			w += FlexibleMin
		case i < len(l.Widths):
			w += l.Widths[i]
		default:
			w += m.Width
		}
		if i > 0 {
			w += pad
		}
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}
