package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// button finds a visible button of the dialog on top.
func button(t *testing.T, c fyne.Canvas, text string) *widget.Button {
	t.Helper()
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	t.Fatalf("no button %q in the dialog", text)
	return nil
}

func TestAskConfirm(t *testing.T) {
	tests := []struct {
		tap  string
		want int
	}{
		{"Delete", 1},
		{"Cancel", 0},
	}
	for _, tt := range tests {
		test.NewTempApp(t)
		w := test.NewTempWindow(t, nil)
		w.Resize(fyne.NewSize(800, 600))
		yes := 0
		AskConfirm(w, "Delete program?", "Delete program LAS for good?", "Delete", widget.DangerImportance, func() { yes++ })
		if b := button(t, w.Canvas(), "Delete"); b.Importance != widget.DangerImportance {
			t.Errorf("the confirm button's importance is %v", b.Importance)
		}
		test.Tap(button(t, w.Canvas(), tt.tap))
		if yes != tt.want {
			t.Errorf("after %s: yes ran %d times, want %d", tt.tap, yes, tt.want)
		}
		if w.Canvas().Overlays().Top() != nil {
			t.Errorf("after %s the dialog is still shown", tt.tap)
		}
	}
}
