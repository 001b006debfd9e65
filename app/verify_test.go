package app

import (
	"balai/data/demo"

	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// issuedCertificates makes the demo classes and issues the certificates of
// the finished welding class.
func issuedCertificates(t *testing.T) (*store.Store, []data.Certificate) {
	t.Helper()
	st := openStore(t)
	ctx := context.Background()
	codes := addDemoClasses(t, st, true)
	if err := demo.AddCertificateSetup(ctx, st, codes[0]); err != nil {
		t.Fatal(err)
	}
	class, err := st.ClassByCode(ctx, codes[0])
	if err != nil {
		t.Fatal(err)
	}
	rep, err := st.IssueCertificates(ctx, class.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Issued) == 0 {
		t.Fatal("no certificates issued")
	}
	return st, rep.Issued
}

func openVerifyScreen(t *testing.T, st *store.Store) *verifyScreen {
	t.Helper()
	test.NewTempApp(t)
	setLanguage(langEN)
	t.Cleanup(func() { setLanguage(langEN) }) // as TestMain starts every test
	w := test.NewTempWindow(t, nil)
	s := newVerifyScreen(w, st)
	s.loads.inline = true
	w.SetContent(s.view())
	w.Resize(fyne.NewSize(1200, 760))
	s.start()
	return s
}

// labelTexts are the texts of the labels under o.
func labelTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch o := o.(type) {
		case *widget.Label:
			b.WriteString(o.Text + "\n")
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return b.String()
}

func TestVerifyScreen(t *testing.T) {
	st, certs := issuedCertificates(t)
	cert := certs[0]
	s := openVerifyScreen(t, st)
	issued := len(s.audit)
	if issued != len(certs) || s.auditCell(0, 1) != "Issued" {
		t.Fatalf("audit log before: %d entries, first %q", issued, s.auditCell(0, 1))
	}

	// A valid code, pasted with its label and typed with Enter.
	test.Type(s.code, "Kode verifikasi: "+cert.Code)
	s.code.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.verification == nil || s.verification.Status != data.VerifyValid {
		t.Fatalf("valid code: %+v", s.verification)
	}
	text := labelTexts(s.result)
	for _, want := range []string{"VALID", cert.Content.Name, cert.Number, "Las SMAW 3G", "240 JP",
		"19680512 199403 1 006", "K — competent", "C.24.001.01"} {
		if !strings.Contains(text, want) {
			t.Errorf("valid: %q missing from\n%s", want, text)
		}
	}
	if s.heading.Importance != widget.SuccessImportance {
		t.Error("VALID is not shown in the success colour")
	}
	if len(s.audit) != issued+1 || s.auditCell(0, 1) != "Verified" || s.auditCell(0, 4) != cert.Content.Name ||
		!strings.HasPrefix(s.auditCell(0, 5), "valid: ") {
		t.Errorf("audit after a valid check: %d entries, first %q %q %q", len(s.audit),
			s.auditCell(0, 1), s.auditCell(0, 4), s.auditCell(0, 5))
	}

	// One character changed: invalid, without the certificate's data.
	altered := []byte(cert.Code)
	if altered[5] == 'A' {
		altered[5] = 'B'
	} else {
		altered[5] = 'A'
	}
	s.code.SetText(string(altered))
	test.Tap(s.verify)
	if s.verification.Status != data.VerifyInvalid {
		t.Fatalf("altered code: %s", s.verification.Status)
	}
	text = labelTexts(s.result)
	if !strings.Contains(text, "INVALID") || !strings.Contains(text, "mistyped or altered") ||
		strings.Contains(text, cert.Content.Name) {
		t.Errorf("invalid shows\n%s", text)
	}
	if s.heading.Importance != widget.DangerImportance {
		t.Error("INVALID is not shown in the danger colour")
	}
	if len(s.audit) != issued+2 || s.auditCell(0, 4) != "" || !strings.HasPrefix(s.auditCell(0, 5), "invalid: ") {
		t.Errorf("audit after an invalid check: %q %q", s.auditCell(0, 4), s.auditCell(0, 5))
	}

	// Revoked: the reason and the date, with the data.
	on := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	if err := st.RevokeCertificate(context.Background(), cert.ID, on, "Data peserta keliru"); err != nil {
		t.Fatal(err)
	}
	s.code.SetText(cert.Code)
	test.Tap(s.verify)
	if s.verification.Status != data.VerifyRevoked {
		t.Fatalf("revoked code: %s", s.verification.Status)
	}
	text = labelTexts(s.result)
	for _, want := range []string{"REVOKED", "Data peserta keliru", "20 November 2026", cert.Content.Name, cert.Number} {
		if !strings.Contains(text, want) {
			t.Errorf("revoked: %q missing from\n%s", want, text)
		}
	}
	if s.heading.Importance != widget.DangerImportance {
		t.Error("REVOKED is not shown in the danger colour")
	}

	// The log: the revocation and the three checks, newest first.
	var actions []string
	for row := range 4 {
		actions = append(actions, s.auditCell(row, 1))
	}
	if got := strings.Join(actions, ","); got != "Verified,Revoked,Verified,Verified" {
		t.Errorf("audit actions %s", got)
	}
	if !strings.HasPrefix(s.auditCell(0, 5), "revoked: ") || s.auditCell(1, 5) != "Data peserta keliru" {
		t.Errorf("audit details %q, %q", s.auditCell(0, 5), s.auditCell(1, 5))
	}
	if at := s.auditCell(0, 0); !strings.Contains(at, "November 2026") || len(strings.Fields(at)) != 4 {
		t.Errorf("audit time %q", at)
	}

	// An empty code checks nothing.
	s.code.SetText("  ")
	test.Tap(s.verify)
	if s.verification.Status != data.VerifyRevoked || len(s.audit) != issued+4 {
		t.Error("an empty code was checked")
	}
}

// The log is read again each time the screen is shown.
func TestVerifyScreenRefreshesLog(t *testing.T) {
	st, certs := issuedCertificates(t)
	s := openVerifyScreen(t, st)
	before := len(s.audit)
	if _, err := st.VerifyCertificate(context.Background(), certs[1].Code); err != nil {
		t.Fatal(err)
	}
	s.view()
	if len(s.audit) != before+1 || s.auditCell(0, 1) != "Verified" {
		t.Errorf("after showing again: %d entries (was %d)", len(s.audit), before)
	}
}

func TestAuditTime(t *testing.T) {
	setLanguage(langID)
	at := time.Date(2026, 11, 26, 7, 5, 0, 0, time.UTC)
	want := formatDate(at.Local()) + " " + at.Local().Format("15:04")
	if got := auditTime(at); got != want {
		t.Errorf("auditTime = %q, want %q", got, want)
	}
	if got := auditTime(time.Time{}); got != "" {
		t.Errorf("auditTime(zero) = %q", got)
	}
}
