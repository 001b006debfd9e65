package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestProgress(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(800, 600))
	cancelled := 0
	p := ShowProgress(w, "Mengekspor pencaker", "Menulis pencaker.xlsx…", "Membatalkan…", func() { cancelled++ })
	tests := []struct {
		done, total int
		want        float64
	}{
		{0, 0, 0},
		{50, 200, 0.25},
		{200, 200, 1},
		{300, 200, 1},
	}
	for _, tt := range tests {
		p.Set(tt.done, tt.total)
		if got := p.bar.Value / p.bar.Max; got != tt.want {
			t.Errorf("Set(%d, %d): %v done, want %v", tt.done, tt.total, got, tt.want)
		}
	}
	test.Tap(button(t, w.Canvas(), "Cancel"))
	if cancelled != 1 || !p.cancel.Disabled() || p.text.Text != "Membatalkan…" {
		t.Errorf("after Cancel: called %d times, button disabled %v, text %q", cancelled, p.cancel.Disabled(), p.text.Text)
	}
	p.Hide()
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the dialog is still shown")
	}
}
