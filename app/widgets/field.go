package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// FieldLayout stacks a field and the messages under it, the messages pulled
// up into the label padding so that they read as part of their field.
// A hidden message keeps the room of one line: fields do not move when a
// message appears or goes, so a click lands where the clerk aimed.
type FieldLayout struct{}

// fieldMessageLift is how far a message moves up towards its field.
const fieldMessageLift = 8

// Layout stacks the visible objects, each as wide as the layout.
func (FieldLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for i, o := range objs {
		h := o.MinSize().Height // a hidden message: its empty line
		if i > 0 {
			y -= fieldMessageLift
		}
		if o.Visible() {
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(size.Width, h))
		}
		if i == 0 || o.Visible() || fieldReserves(o) {
			y += h
		} else {
			y += fieldMessageLift
		}
	}
}

// fieldReserves reports whether a hidden message keeps its line: an empty
// one-line message label does.
func fieldReserves(o fyne.CanvasObject) bool {
	l, ok := o.(*widget.Label)
	return ok && l.Text == ""
}

// MinSize is the widest visible object and their heights, less the lifts.
func (FieldLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		if !o.Visible() && (i == 0 || !fieldReserves(o)) {
			continue
		}
		m := o.MinSize()
		if o.Visible() {
			w = max(w, m.Width)
		}
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
