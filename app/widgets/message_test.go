package widgets

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestSetMessage(t *testing.T) {
	test.NewTempApp(t)
	l := NewErrorLabel()
	if l.Visible() || l.Importance != widget.DangerImportance {
		t.Fatalf("a new error label: visible %v, importance %v", l.Visible(), l.Importance)
	}
	tests := []struct {
		text    string
		visible bool
	}{
		{"Nama kosong", true},
		{"", false},
		{"Tanggal lahir kosong", true},
	}
	for _, tt := range tests {
		SetMessage(l, tt.text)
		if l.Text != tt.text || l.Visible() != tt.visible {
			t.Errorf("SetMessage(%q): text %q, visible %v; want visible %v", tt.text, l.Text, l.Visible(), tt.visible)
		}
	}
}

func TestSetEnabled(t *testing.T) {
	test.NewTempApp(t)
	b := widget.NewButton("Edit…", nil)
	for _, on := range []bool{false, true, false} {
		SetEnabled(b, on)
		if b.Disabled() == on {
			t.Errorf("SetEnabled(%v): disabled %v", on, b.Disabled())
		}
	}
}
