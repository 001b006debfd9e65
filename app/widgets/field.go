package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// FieldLayout stacks a field and the messages under it, the messages pulled
// up into the label padding so that they read as part of their field.
// Hidden messages take no room.
type FieldLayout struct{}

// fieldMessageLift is how far a message moves up towards its field.
const fieldMessageLift = 8

// Layout stacks the visible objects, each as wide as the layout.
func (FieldLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		if i > 0 {
			y -= fieldMessageLift
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}

// MinSize is the widest visible object and their heights, less the lifts.
func (FieldLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
		if i > 0 {
			h -= fieldMessageLift
		}
	}
	return fyne.NewSize(w, h)
}

// Field is obj with its messages under it.
func Field(obj fyne.CanvasObject, messages ...fyne.CanvasObject) *fyne.Container {
	return container.New(FieldLayout{}, append([]fyne.CanvasObject{obj}, messages...)...)
}
