package widgets

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

func TestFieldErrors(t *testing.T) {
	test.NewTempApp(t)
	fe := NewFieldErrors()
	PairsGrid(
		fe.Row("name", "Nama *", widget.NewEntry()),
		fe.Row("capacity", "Kapasitas *", widget.NewEntry()),
	)
	word := func(p data.Problem) string { return p.Code + " " + p.Detail }
	tests := []struct {
		name     string
		probs    []data.Problem
		want     map[string]string
		wantRest []string
	}{
		{"one field", []data.Problem{{Field: "name", Code: "required"}},
			map[string]string{"name": "required ", "capacity": ""}, nil},
		{"two on one field, one on none",
			[]data.Problem{{Field: "capacity", Code: "a", Detail: "1"}, {Field: "capacity", Code: "b", Detail: "2"}, {Field: "units", Code: "c"}},
			map[string]string{"name": "", "capacity": "a 1\nb 2"}, []string{"c "}},
		{"none", nil, map[string]string{"name": "", "capacity": ""}, nil},
	}
	for _, tt := range tests {
		rest := fe.Show(tt.probs, word)
		if !slices.Equal(rest, tt.wantRest) {
			t.Errorf("%s: rest %q, want %q", tt.name, rest, tt.wantRest)
		}
		for field, want := range tt.want {
			if got := fe.Text(field); got != want {
				t.Errorf("%s: %s shows %q, want %q", tt.name, field, got, want)
			}
		}
	}
	if fe.Label("name") != fe.Label("name") {
		t.Error("Label makes a new line for a field that has one")
	}
	if got := fe.Text("never"); got != "" {
		t.Errorf("an unknown field shows %q", got)
	}
}
