package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestField(t *testing.T) {
	test.NewTempApp(t)
	e := widget.NewEntry()
	msg := NewErrorLabel()
	f := Field(e, msg)
	// The message's line is kept while it is hidden: the field keeps its
	// height when a one-line message appears or goes (issue 13).
	want := e.MinSize().Height + msg.MinSize().Height - fieldMessageLift
	if got := f.MinSize().Height; got != want {
		t.Errorf("with the message hidden: height %v, want %v (its line kept)", got, want)
	}
	SetMessage(msg, "NIK harus 16 angka")
	if got := f.MinSize().Height; got != want {
		t.Errorf("with the message shown: height %v, want %v", got, want)
	}
	SetMessage(msg, "")
	if got := f.MinSize().Height; got != want {
		t.Errorf("with the message hidden again: height %v, want %v", got, want)
	}
	SetMessage(msg, "NIK harus 16 angka")
	f.Resize(fyne.NewSize(400, want))
	if got, want := msg.Position().Y, e.MinSize().Height-fieldMessageLift; got != want {
		t.Errorf("the message starts at %v, want %v: just under the entry", got, want)
	}
	if msg.Size().Width != 400 || e.Size().Width != 400 {
		t.Errorf("widths %v and %v, want the field's 400", e.Size().Width, msg.Size().Width)
	}
}
