package app

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/data"
	"balai/data/store"
)

// certificatesFixture is the demo register, classes and attendance; the
// store's today is 26 November 2026, so the welding class has finished with
// its results and the bakery class is still to start.
type certificatesFixture struct {
	store             *store.Store
	finished, planned data.Class
}

func newCertificatesFixture(t *testing.T) certificatesFixture {
	t.Helper()
	st := openStore(t)
	ctx := context.Background()
	codes := addDemoClasses(t, st, true)
	f := certificatesFixture{store: st}
	var err error
	if f.finished, err = st.ClassByCode(ctx, codes[0]); err != nil {
		t.Fatal(err)
	}
	if f.planned, err = st.ClassByCode(ctx, codes[2]); err != nil {
		t.Fatal(err)
	}
	return f
}

// openCertificatesTab opens a class page and shows its certificates tab.
func openCertificatesTab(t *testing.T, st *store.Store, classID string) *certificatesTab {
	t.Helper()
	p := openClassPage(t, st, classID)
	p.tabs.Select(p.tabs.Items[4])
	if got, want := p.tabs.Selected().Text, "Certificates"; got != want {
		t.Fatalf("tab shown: %q, want %q", got, want)
	}
	return p.certificates
}

// certRow finds the row of the first participant matching ok.
func certRow(t *testing.T, tab *certificatesTab, ok func(data.Eligibility) bool) int {
	t.Helper()
	i := slices.IndexFunc(tab.rows, ok)
	if i < 0 {
		t.Fatal("no such participant in the table")
	}
	return i
}

func isEligible(r data.Eligibility) bool { return r.Eligible }

// writePDF runs write into a new file and checks it is a PDF.
func writePDF(t *testing.T, name string, write func(*os.File) error) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := write(f); err != nil {
		f.Close()
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	checkPDF(t, path)
	return path
}

func checkPDF(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Errorf("%s is not a PDF: starts %q", path, b[:min(len(b), 8)])
	}
}

func TestCertificatesTabIssueAndRevoke(t *testing.T) {
	fx := newCertificatesFixture(t)
	ctx := context.Background()
	tab := openCertificatesTab(t, fx.store, fx.finished.ID)

	// The table: everyone, eligible or with the reasons why not.
	if got, want := len(tab.rows), 16; got != want {
		t.Fatalf("%d participants in the table, want %d", got, want)
	}
	eligible := 0
	for _, r := range tab.rows {
		if r.Eligible {
			eligible++
		}
	}
	if eligible == 0 || eligible == len(tab.rows) {
		t.Fatalf("%d of %d eligible: the demo has two not yet competent", eligible, len(tab.rows))
	}
	if got, want := tab.counts.Text, strings.Join([]string{
		strconv.Itoa(eligible) + " eligible", "0 issued", strconv.Itoa(len(tab.rows)-eligible) + " not eligible"}, " · "); got != want {
		t.Errorf("counts: %q, want %q", got, want)
	}
	ok := certRow(t, tab, isEligible)
	if got, want := tab.cellText(ok, 3), "Eligible"; got != want {
		t.Errorf("eligible row says %q, want %q", got, want)
	}
	if got, want := tab.cellText(ok, 2), "Competent"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if got := tab.cellText(ok, 1); !strings.HasSuffix(got, "%") || !strings.Contains(got, ".") {
		t.Errorf("attendance %q: want one decimal and %%", got)
	}
	if got, want := tab.cellText(ok, 4), "—"; got != want {
		t.Errorf("certificate before issuing %q, want %q", got, want)
	}
	nk := certRow(t, tab, func(r data.Eligibility) bool { return r.Status == data.ParticipantNotCompetent })
	if got := tab.cellText(nk, 3); !strings.Contains(got, "belum kompeten") {
		t.Errorf("not competent row says %q", got)
	}
	// A row with two reasons joins them.
	for i, r := range tab.rows {
		if len(r.Reasons) > 1 && strings.Count(tab.cellText(i, 3), "; ") != len(r.Reasons)-1 {
			t.Errorf("reasons of %s: %q", r.Name, tab.cellText(i, 3))
		}
	}

	// Nothing chosen: only the class's actions.
	if !tab.preview.Disabled() || !tab.revoke.Disabled() || tab.issueBtn.Disabled() {
		t.Error("with no row chosen, preview and revoke should be off and issuing on")
	}
	tab.onIssue()
	if tab.confirm == nil {
		t.Fatal("Issue asks for no confirmation")
	}
	tab.confirm.Hide()
	if got, want := tab.issueQuestion(), strconv.Itoa(eligible)+" new certificates will be issued and printed."; !strings.HasPrefix(got, want) {
		t.Errorf("confirmation %q, want %q…", got, want)
	}

	// Issue and print, as the file dialog's goroutine does it.
	var o issueOutcome
	path := writePDF(t, "sertifikat.pdf", func(f *os.File) error {
		o = tab.issueAndWrite(ctx, f)
		return o.err
	})
	if got, want := len(o.rep.Issued), eligible; got != want {
		t.Errorf("issued %d, want %d", got, want)
	}
	certs, err := fx.store.ClassCertificates(ctx, fx.finished.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(certs), eligible; got != want {
		t.Errorf("the store holds %d certificates, want %d", got, want)
	}
	tab.showIssued(o, storage.NewFileURI(path))
	if got, want := tab.lastMessage, "Issued "+strconv.Itoa(eligible)+", reprinted 0, not eligible "+strconv.Itoa(16-eligible)+
		".\nSaved to sertifikat.pdf."; got != want {
		t.Errorf("outcome %q, want %q", got, want)
	}
	tab.reload()
	ok = certRow(t, tab, isEligible)
	number := tab.rows[ok].Certificate.Number
	if got := tab.cellText(ok, 4); got != number || !strings.Contains(got, "/LAS/") {
		t.Errorf("certificate column %q, want %q", got, number)
	}
	if got, want := tab.counts.Text, strconv.Itoa(eligible)+" eligible · "+strconv.Itoa(eligible)+" issued · "+strconv.Itoa(16-eligible)+" not eligible"; got != want {
		t.Errorf("counts after issuing %q, want %q", got, want)
	}
	if got, want := tab.issueQuestion(), "No new certificates: the "+strconv.Itoa(eligible)+" issued will be printed again."; got != want {
		t.Errorf("confirmation after issuing %q, want %q", got, want)
	}

	// Again: the same certificates, reprinted.
	writePDF(t, "again.pdf", func(f *os.File) error {
		o = tab.issueAndWrite(ctx, f)
		return o.err
	})
	if len(o.rep.Issued) != 0 || len(o.rep.Reprinted) != eligible {
		t.Errorf("issuing again: %d new, %d reprinted", len(o.rep.Issued), len(o.rep.Reprinted))
	}

	// Choosing rows turns the participant's actions on and off.
	nk = certRow(t, tab, func(r data.Eligibility) bool { return !r.Eligible })
	tab.table.Select(widget.TableCellID{Row: nk, Col: 0})
	if tab.preview.Disabled() || !tab.reprint.Disabled() || !tab.revoke.Disabled() {
		t.Error("a participant without a certificate can be previewed only")
	}
	tab.table.Select(widget.TableCellID{Row: ok, Col: 3})
	if tab.reprint.Disabled() || tab.revoke.Disabled() {
		t.Error("a certificate in force cannot be reprinted or revoked")
	}
	certID := tab.rows[ok].Certificate.ID

	// Reprint one.
	writePDF(t, "one.pdf", func(f *os.File) error { return tab.reprintTo(ctx, certID, f) })

	// Revoke: a reason is required.
	tab.onRevoke()
	form := tab.revokeForm
	if form == nil {
		t.Fatal("no revocation dialog")
	}
	if got, want := form.date.Text, "26 November 2026"; got != want {
		t.Errorf("revocation date %q, want today %q", got, want)
	}
	form.submit()
	if !form.errMsg.Visible() || !strings.Contains(form.errMsg.Text, "reason") {
		t.Errorf("an empty reason is not refused: %q", form.errMsg.Text)
	}
	if c, err := fx.store.Certificate(ctx, certID); err != nil || c.Revoked() {
		t.Fatalf("revoked without a reason (%v)", err)
	}
	form.reason.SetText("Nama salah ketik")
	form.date.SetText("31-02-2026")
	form.submit()
	if !strings.Contains(form.errMsg.Text, "26-11-2026") {
		t.Errorf("a wrong date is not refused: %q", form.errMsg.Text)
	}
	form.date.SetText("20-11-2026")
	form.submit()
	c, err := fx.store.Certificate(ctx, certID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.RevokedOn, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC); !c.Revoked() || !got.Equal(want) || c.RevokeReason != "Nama salah ketik" {
		t.Fatalf("store: revoked %v on %v for %q", c.Revoked(), got, c.RevokeReason)
	}
	row := certRow(t, tab, func(r data.Eligibility) bool { return len(r.Revoked) > 0 })
	if got, want := tab.cellText(row, 5), "Revoked on 20 November 2026: Nama salah ketik"; got != want {
		t.Errorf("revoked column %q, want %q", got, want)
	}
	if got, want := tab.cellText(row, 4), number+" (revoked)"; got != want {
		t.Errorf("certificate column %q, want %q", got, want)
	}
	if tab.selected != row || !tab.revoke.Disabled() || !tab.reprint.Disabled() {
		t.Error("a revoked certificate can still be revoked or reprinted")
	}
	if err := tab.reprintTo(ctx, certID, &bytes.Buffer{}); err == nil {
		t.Error("a revoked certificate was reprinted")
	}
}

func TestCertificatesTabOneFilePerParticipant(t *testing.T) {
	fx := newCertificatesFixture(t)
	tab := openCertificatesTab(t, fx.store, fx.finished.ID)
	dir := t.TempDir()
	o := tab.issueFiles(context.Background(), dir)
	if o.err != nil {
		t.Fatal(o.err)
	}
	if got, want := len(o.files), len(o.rep.Issued); got != want || got == 0 {
		t.Fatalf("%d files for %d certificates", got, want)
	}
	for _, p := range o.files {
		if filepath.Dir(p) != dir || strings.ContainsAny(filepath.Base(p), `/\:*?"<>|`) {
			t.Errorf("file name %q", p)
		}
		checkPDF(t, p)
	}
	tab.showIssued(o, storage.NewFileURI(dir))
	if !strings.Contains(tab.lastMessage, strconv.Itoa(len(o.files))+" files written to "+dir) {
		t.Errorf("outcome %q does not name the folder", tab.lastMessage)
	}
}

func TestCertificatesTabNothingToIssue(t *testing.T) {
	fx := newCertificatesFixture(t)
	tab := openCertificatesTab(t, fx.store, fx.planned.ID)
	if len(tab.rows) == 0 || slices.ContainsFunc(tab.rows, isEligible) {
		t.Fatalf("a class to start has %d rows, some eligible", len(tab.rows))
	}
	tab.onIssue()
	if tab.confirm != nil {
		t.Error("issuing for nobody asks for a confirmation")
	}
	if got := tab.lastMessage; !strings.HasPrefix(got, "No participant of this class can be given a certificate") {
		t.Errorf("message %q", got)
	}
	var buf bytes.Buffer
	o := tab.issueAndWrite(context.Background(), &buf)
	if !errors.Is(o.err, office.ErrNothingToPrint) || buf.Len() != 0 {
		t.Errorf("nothing to print: error %v, %d bytes written", o.err, buf.Len())
	}
}

func TestCertificatesTabPreview(t *testing.T) {
	fx := newCertificatesFixture(t)
	tab := openCertificatesTab(t, fx.store, fx.finished.ID)
	row := certRow(t, tab, isEligible)
	tab.table.Select(widget.TableCellID{Row: row, Col: 0})
	tab.onPreview()
	p := tab.previewDlg
	if p == nil {
		t.Fatal("no preview shown")
	}
	for _, img := range []struct {
		side string
		b    interface{ Dx() int }
	}{{"front", p.front.Bounds()}, {"back", p.back.Bounds()}} {
		if img.b.Dx() == 0 {
			t.Errorf("the %s is empty", img.side)
		}
	}
	if p.front.Bounds().Dy() >= p.front.Bounds().Dx() {
		t.Errorf("the front is %v: want a landscape page (the default design)", p.front.Bounds())
	}
	if p.issued || p.cert.Number == "" {
		t.Errorf("not issued yet: issued %v, number %q", p.issued, p.cert.Number)
	}
	p.dlg.Hide()

	// Once issued, the preview is the certificate in force.
	if o := tab.issue(context.Background()); o.err != nil {
		t.Fatal(o.err)
	}
	tab.reload()
	tab.onPreview()
	if p := tab.previewDlg; !p.issued || p.cert.Number != tab.rows[row].Certificate.Number {
		t.Errorf("preview of an issued certificate: issued %v, number %q", p.issued, p.cert.Number)
	}
}
