package app

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// The settings of how certificates look and what they add: saved, shown
// again, and a bad verification address refused under its field.
func TestSettingsFormDesign(t *testing.T) {
	test.NewTempApp(t)
	st := openStore(t)
	ctx := context.Background()
	w := test.NewTempWindow(t, nil)
	f, err := newSettingsForm(w, st)
	if err != nil {
		t.Fatal(err)
	}
	if f.design.Selected != designLabel(data.DesignLandscape) || f.backSign.Selected != backSignLabel(data.BackSignBoth) {
		t.Errorf("defaults: design %q, back %q", f.design.Selected, f.backSign.Selected)
	}
	f.verify.SetText("blki.example.go.id/verifikasi")
	test.Tap(f.save)
	if msg := f.errs.Text("verify_address"); !strings.Contains(msg, "https://") || f.tabs.SelectedIndex() != settingsTabCertificates {
		t.Errorf("a bad address: message %q, tab %d", msg, f.tabs.SelectedIndex())
	}

	f.design.SetSelected(designLabel(data.DesignPreprinted))
	f.colour.SetSelected("Maroon")
	f.bilingual.SetChecked(true)
	f.backSign.SetSelected(backSignLabel(data.BackSignInstructor))
	f.verify.SetText("https://blki.example.go.id/verifikasi")
	f.funding.SetChecked(true)
	f.province.SetText("Kalimantan Timur")
	f.name.SetText("UPTD BLKI Balikpapan")
	f.headRank.SetSelected(data.RankLabel("IV/a"))
	f.loadLogo2(io.NopCloser(strings.NewReader(string(testPhotoPNG(t, 60, 60)))))
	test.Tap(f.save)
	cs, _ := st.CertificateSettings(ctx)
	if cs.Design != data.DesignPreprinted || cs.Colour != "#7B1E23" || !cs.Bilingual || cs.BackSign != data.BackSignInstructor ||
		cs.VerifyAddress != "https://blki.example.go.id/verifikasi" || !cs.FundingLine || cs.Province != "Kalimantan Timur" {
		t.Errorf("saved %+v", cs)
	}
	inst, _ := st.Institution(ctx)
	if inst.Name != "UPTD BLKI Balikpapan" || inst.HeadRank != "IV/a" || len(inst.Logo2) == 0 {
		t.Errorf("saved institution: name %q, rank %q, logo2 %d bytes", inst.Name, inst.HeadRank, len(inst.Logo2))
	}

	f, err = newSettingsForm(w, st)
	if err != nil {
		t.Fatal(err)
	}
	if f.design.Selected != designLabel(data.DesignPreprinted) || f.colour.Selected != "Maroon" || !f.bilingual.Checked ||
		f.headRank.Selected != "Pembina (IV/a)" || f.logo2Text.Visible() {
		t.Errorf("opened again: design %q, colour %q, rank %q", f.design.Selected, f.colour.Selected, f.headRank.Selected)
	}
	f.headRank.SetSelectedIndex(0)
	if rankOf(f.headRank) != "" {
		t.Errorf("no rank chosen reads as %q", rankOf(f.headRank))
	}

	// The calibration page, with the offsets typed.
	var buf strings.Builder
	cs.OffsetX = 3
	if err := writeCalibration(cs, &buf); err != nil || !strings.HasPrefix(buf.String(), "%PDF") {
		t.Errorf("calibration page: %v", err)
	}
}

func TestCertificatesTabReissueAndZip(t *testing.T) {
	fx := newCertificatesFixture(t)
	tab := openCertificatesTab(t, fx.store, fx.finished.ID)
	ctx := context.Background()
	if o := tab.issue(ctx); o.err != nil {
		t.Fatal(o.err)
	}
	tab.reload()
	row := certRow(t, tab, func(r data.Eligibility) bool { return r.Certificate != nil })
	tab.table.Select(widget.TableCellID{Row: row, Col: 0})
	if tab.reissue.Disabled() {
		t.Fatal("Reissue is disabled for a certificate in force")
	}
	old := *tab.rows[row].Certificate
	tab.onReissue()
	f := tab.revokeForm
	if f == nil || f.reissue == nil {
		t.Fatal("no reissue form")
	}
	f.submit() // no reason
	if !f.errMsg.Visible() {
		t.Error("a reissue without a reason went ahead")
	}

	path := filepath.Join(t.TempDir(), "baru.pdf")
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	<-tab.reissueTo(wc, old, time.Time{}, "Nama salah tulis")
	checkPDF(t, path)
	if !strings.Contains(tab.lastMessage, "replaces "+old.Number) {
		t.Errorf("message %q", tab.lastMessage)
	}
	tab.reload()
	r := tab.rows[row]
	if r.Certificate == nil || r.Certificate.Replaces != old.Number || len(r.Revoked) != 1 {
		t.Fatalf("after the reissue: in force %+v, revoked %d", r.Certificate, len(r.Revoked))
	}
	tab.table.Select(widget.TableCellID{Row: row, Col: 0})
	if !strings.Contains(tab.detail.Text, "replaces "+old.Number) {
		t.Errorf("detail %q does not name the number replaced", tab.detail.Text)
	}

	// The ZIP for sending.
	zipPath := filepath.Join(t.TempDir(), "kirim.zip")
	o := func() issueOutcome {
		o := tab.issue(ctx)
		if o.err == nil {
			wc, _ := storage.Writer(storage.NewFileURI(zipPath))
			o.err = writeChosenFile(wc, func(w io.Writer) error { return o.toPrint.WriteZip(ctx, w) })
		}
		return o
	}()
	if o.err != nil || tab.zipBtn.Disabled() {
		t.Errorf("ZIP: %v", o.err)
	}
}

func TestVerifyScreenAnyForm(t *testing.T) {
	st, certs := issuedCertificates(t)
	s := openVerifyScreen(t, st)
	for _, typed := range []string{strings.ToLower(certs[0].Code),
		"https://blki.example.go.id/verifikasi?kode=" + certs[0].Code,
		certs[0].Code[:8] + "-" + strings.ToLower(certs[0].Code[8:])} {
		s.code.SetText(typed)
		s.code.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if s.verification == nil || s.verification.Status != data.VerifyValid || s.code.Text != certs[0].Code {
			t.Errorf("%q: %v, the entry shows %q", typed, s.verification, s.code.Text)
		}
	}
	if got := auditActionLabel(data.AuditPrint); got != "Printed" {
		t.Errorf("print is shown as %q", got)
	}
	if got := auditDetail(data.AuditEntry{Action: data.AuditIssue, Detail: "001/LAS"}); got != "Replaces 001/LAS" {
		t.Errorf("a reissue's detail reads %q", got)
	}
}

func TestSessionRange(t *testing.T) {
	test.NewTempApp(t)
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	dates := []time.Time{day(12), day(5), day(6), day(9), day(12), day(16), day(26)}
	r := newSessionRange(dates, day(8))
	if len(r.weeks) != 3 || r.weeks[1].label != "Week 2: 12 January 2026 – 16 January 2026" || !r.weeks[1].from.Equal(day(12)) {
		t.Fatalf("weeks %+v", r.weeks)
	}
	if r.week.SelectedIndex() != 0 || !r.week.Disabled() {
		t.Errorf("today's week %d chosen, enabled %v", r.week.SelectedIndex(), !r.week.Disabled())
	}
	// On the Saturday after the week's last session: the next week.
	if next := newSessionRange(dates, day(10)); next.week.SelectedIndex() != 1 {
		t.Errorf("on a Saturday, week %d chosen, want the next", next.week.SelectedIndex()+1)
	}
	if from, to, p := r.dates(); !from.IsZero() || !to.IsZero() || p != "" {
		t.Errorf("all sessions: %v %v %q", from, to, p)
	}
	_, week, between := rangeChoices()
	r.mode.SetSelected(week)
	r.week.SetSelectedIndex(1)
	if from, to, _ := r.dates(); !from.Equal(day(12)) || !to.Equal(day(18)) {
		t.Errorf("week 2: %v – %v", from, to)
	}
	r.mode.SetSelected(between)
	if r.from.Text != "5 January 2026" || r.to.Text != "26 January 2026" || r.from.Disabled() {
		t.Errorf("dates start as %q – %q", r.from.Text, r.to.Text)
	}
	r.to.SetText("4-1-2026")
	if _, _, p := r.dates(); p == "" {
		t.Error("a range ending before it starts went through")
	}
	r.to.SetText("kemarin")
	if _, _, p := r.dates(); p == "" {
		t.Error("a date that is no date went through")
	}
}
