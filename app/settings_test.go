package app

import (
	"context"
	"io"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"balai/data"
)

func TestInstitutionForm(t *testing.T) {
	test.NewTempApp(t)
	store := openStore(t)
	w := test.NewTempWindow(t, nil)
	f, err := newInstitutionForm(w, store)
	if err != nil {
		t.Fatal(err)
	}
	if f.lines.Text == "" {
		t.Fatal("the form does not start from the default letterhead")
	}

	// No letterhead line: refused with a message, nothing saved.
	f.lines.SetText("  \n ")
	test.Tap(f.save)
	if !f.problem.Visible() {
		t.Error("an empty letterhead saved without a message")
	}
	// A broken logo: refused.
	f.lines.SetText("PEMERINTAH KOTA SAMARINDA\nUPTD BLK SAMARINDA")
	f.loadLogo(io.NopCloser(strings.NewReader("not an image")))
	if !f.problem.Visible() || !strings.Contains(f.problem.Text, "PNG") || f.logo != nil {
		t.Errorf("a broken logo: message %q, logo kept %v", f.problem.Text, f.logo != nil)
	}

	f.city.SetText("Samarinda")
	f.headName.SetText("Drs. H. Ahmad Yani")
	f.headNIP.SetText("19671018 199303 1 004")
	test.Tap(f.save)
	got, err := store.Institution(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"PEMERINTAH KOTA SAMARINDA", "UPTD BLK SAMARINDA"}; !slices.Equal(got.Lines, want) {
		t.Errorf("lines: got %q, want %q", got.Lines, want)
	}
	if got.City != "Samarinda" || got.HeadName != "Drs. H. Ahmad Yani" || data.FormatNIP(got.HeadNIP) != "19671018 199303 1 004" {
		t.Errorf("saved %+v", got)
	}
}
