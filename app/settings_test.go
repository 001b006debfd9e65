package app

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"io"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"balai/data"
)

func TestInstitutionForm(t *testing.T) {
	test.NewTempApp(t)
	st := openStore(t)
	w := test.NewTempWindow(t, nil)
	f, err := newSettingsForm(w, st)
	if err != nil {
		t.Fatal(err)
	}
	if f.lines.Text == "" {
		t.Fatal("the form does not start from the default letterhead")
	}

	// No letterhead line: refused with a message, nothing saved.
	f.lines.SetText("  \n ")
	test.Tap(f.save)
	if f.errs.Text("lines") == "" {
		t.Error("an empty letterhead saved without a message")
	}
	// A broken logo: refused.
	f.lines.SetText("PEMERINTAH KOTA SAMARINDA\nUPTD BLK SAMARINDA")
	f.loadLogo(io.NopCloser(strings.NewReader("not an image")))
	if msg := f.errs.Text("logo"); !strings.Contains(msg, "PNG") || f.logo != nil {
		t.Errorf("a broken logo: message %q, logo kept %v", msg, f.logo != nil)
	}

	f.city.SetText("Samarinda")
	f.headName.SetText("Drs. H. Ahmad Yani")
	f.headNIP.SetText("196710181993031004")
	if f.headNIP.Text != "19671018 199303 1 004" {
		t.Errorf("the NIP typed shows as %q", f.headNIP.Text)
	}
	test.Tap(f.save)
	got, err := st.Institution(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"PEMERINTAH KOTA SAMARINDA", "UPTD BLK SAMARINDA"}; !slices.Equal(got.Lines, want) {
		t.Errorf("lines: got %q, want %q", got.Lines, want)
	}
	if got.City != "Samarinda" || got.HeadName != "Drs. H. Ahmad Yani" || data.FormatNIP(got.HeadNIP) != "19671018 199303 1 004" {
		t.Errorf("saved %+v", got)
	}

	// Opened again, the saved NIP shows grouped.
	f, err = newSettingsForm(w, st)
	if err != nil {
		t.Fatal(err)
	}
	if f.headNIP.Text != "19671018 199303 1 004" {
		t.Errorf("the saved NIP shows as %q", f.headNIP.Text)
	}
}

func TestSettingsFormCertificates(t *testing.T) {
	test.NewTempApp(t)
	setLanguage(langID)
	t.Cleanup(func() { setLanguage(langID) })
	st := openStore(t)
	ctx := context.Background()
	w := test.NewTempWindow(t, nil)
	f, err := newSettingsForm(w, st)
	if err != nil {
		t.Fatal(err)
	}
	// The defaults, with the example of the next number (Now is 26 November 2026).
	if f.pattern.Text != data.DefaultCertificatePattern || f.nextSeq.Text != "1" || f.offsetX.Text != "0" {
		t.Errorf("starts with pattern %q, next %q, offset %q", f.pattern.Text, f.nextSeq.Text, f.offsetX.Text)
	}
	if !strings.Contains(f.example.Text, "001/LAS/UPTD-BLKI/XI/2026") {
		t.Errorf("example %q", f.example.Text)
	}

	// The example follows the pattern as it is typed.
	f.pattern.SetText("")
	test.Type(f.pattern, "BLK-{seq:4}/{kejuruan}/{month}.{year}")
	if !strings.Contains(f.example.Text, "BLK-0001/Las/11.2026") {
		t.Errorf("example after typing: %q", f.example.Text)
	}
	f.nextSeq.SetText("")
	test.Type(f.nextSeq, "42")
	if !strings.Contains(f.example.Text, "BLK-0042/Las/11.2026") {
		t.Errorf("example after the next number: %q", f.example.Text)
	}

	// An unknown token: refused with a message under the pattern, nothing saved.
	f.pattern.SetText("")
	test.Type(f.pattern, "{foo}/{year}")
	test.Tap(f.save)
	msg := f.errs.Text("pattern")
	if !strings.Contains(msg, "{foo}") || !strings.Contains(msg, "{seq}") {
		t.Errorf("bad pattern: message %q", msg)
	}
	if f.tabs.SelectedIndex() != settingsTabCertificates {
		t.Error("the tab with the problem is not shown")
	}
	if strings.Contains(f.example.Text, "{foo}") {
		t.Errorf("example of a bad pattern: %q", f.example.Text)
	}
	cs, err := st.CertificateSettings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cs.Pattern != data.DefaultCertificatePattern || cs.NextSeq != 1 {
		t.Errorf("a bad pattern was saved: %+v", cs)
	}

	// Bad numbers: each refused under its field.
	f.pattern.SetText("{seq:3}/{program}/BLK/{roman_month}/{year}")
	f.nextSeq.SetText("0")
	f.offsetX.SetText("abc")
	f.offsetY.SetText("31")
	test.Tap(f.save)
	for _, field := range []string{"next_seq", "offset_x", "offset_y"} {
		if f.errs.Text(field) == "" {
			t.Errorf("no message under %s", field)
		}
	}
	if f.errs.Text("pattern") != "" {
		t.Errorf("a good pattern keeps the message %q", f.errs.Text("pattern"))
	}

	// A signature that is not an image: refused.
	f.loadSignature(io.NopCloser(strings.NewReader("not an image")))
	if msg := f.errs.Text("signature"); !strings.Contains(msg, "PNG") || f.signature != nil {
		t.Errorf("a broken signature: message %q, kept %v", msg, f.signature != nil)
	}

	// All good: saved.
	var sig bytes.Buffer
	if err := png.Encode(&sig, image.NewGray(image.Rect(0, 0, 40, 16))); err != nil {
		t.Fatal(err)
	}
	f.loadSignature(io.NopCloser(bytes.NewReader(sig.Bytes())))
	if f.errs.Text("signature") != "" || f.signatureText.Text != "" {
		t.Errorf("a good signature: message %q, text %q", f.errs.Text("signature"), f.signatureText.Text)
	}
	f.nextSeq.SetText("42")
	f.paper.SetSelected(paperLabel("F4"))
	f.offsetX.SetText("2,5")
	f.offsetY.SetText("-1")
	test.Tap(f.save)
	for _, field := range []string{"pattern", "next_seq", "paper", "offset_x", "offset_y", "signature", "lines"} {
		if msg := f.errs.Text(field); msg != "" {
			t.Errorf("%s: %q after a good save", field, msg)
		}
	}
	if cs, err = st.CertificateSettings(ctx); err != nil {
		t.Fatal(err)
	}
	if cs.Pattern != "{seq:3}/{program}/BLK/{roman_month}/{year}" || cs.NextSeq != 42 || cs.Paper != "F4" ||
		cs.OffsetX != 2.5 || cs.OffsetY != -1 || !bytes.Equal(cs.Signature, sig.Bytes()) {
		t.Errorf("saved %+v", cs)
	}

	// Opened again: as saved, the offset with a decimal comma.
	f, err = newSettingsForm(w, st)
	if err != nil {
		t.Fatal(err)
	}
	if f.nextSeq.Text != "42" || f.paper.Selected != paperLabel("F4") || f.offsetX.Text != "2,5" || f.offsetY.Text != "-1" {
		t.Errorf("opened again: next %q, paper %q, offsets %q %q", f.nextSeq.Text, f.paper.Selected, f.offsetX.Text, f.offsetY.Text)
	}
	if !strings.Contains(f.example.Text, "042/LAS/BLK/XI/2026") {
		t.Errorf("example %q", f.example.Text)
	}
	// Removing the signature saves none.
	f.onRemoveSignature()
	f.offsetX.SetText("2.5") // a decimal point is read too
	test.Tap(f.save)
	if cs, err = st.CertificateSettings(ctx); err != nil {
		t.Fatal(err)
	}
	if cs.Signature != nil || cs.OffsetX != 2.5 {
		t.Errorf("after removing the signature: %+v", cs)
	}
}

func TestParseMM(t *testing.T) {
	for in, want := range map[string]float64{"": 0, "2,5": 2.5, "2.5": 2.5, " -1 ": -1, "−3": -3, "0": 0} {
		if got, ok := parseMM(in); !ok || got != want {
			t.Errorf("parseMM(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"abc", "NaN", "inf", "2,5,1"} {
		if _, ok := parseMM(in); ok {
			t.Errorf("parseMM(%q) accepted", in)
		}
	}
}
