package widgets

import (
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestNoticeBox(t *testing.T) {
	test.NewTempApp(t)
	text := widget.NewLabel("Pencaker dapat tetap disimpan.")
	box := NoticeBox(theme.WarningIcon(), theme.ColorNameWarning, text)
	var frame *canvas.Rectangle
	hasText, hasIcon := false, false
	for _, o := range test.LaidOutObjects(box) {
		switch o := o.(type) {
		case *canvas.Rectangle:
			if frame == nil {
				frame = o
			}
		case *widget.Label:
			hasText = hasText || o == text
		case *widget.Icon:
			hasIcon = true
		}
	}
	if !hasText || !hasIcon {
		t.Errorf("text shown %v, icon shown %v", hasText, hasIcon)
	}
	if frame == nil || frame.StrokeColor != theme.Color(theme.ColorNameWarning) {
		t.Errorf("frame %v: want the warning colour", frame)
	}
	if box.MinSize().Height <= text.MinSize().Height {
		t.Errorf("box height %v: want padding around the text's %v", box.MinSize().Height, text.MinSize().Height)
	}
}
