package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// FixedWidth lays its objects out over each other at one width, as high as
// the tallest: an entry for a date or a number keeps its size.
type FixedWidth struct{ Width float32 }

// Layout gives every object the whole size.
func (l *FixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is the width, and the height of the tallest object.
func (l *FixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.Width, h)
}

// Fixed is obj at a fixed width.
func Fixed(width float32, obj fyne.CanvasObject) *fyne.Container {
	return container.New(&FixedWidth{Width: width}, obj)
}

// Narrow is obj at a fixed width at the start of its row; the rest of the
// row stays empty.
func Narrow(obj fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.NewBorder(nil, nil, Fixed(width, obj), nil)
}
