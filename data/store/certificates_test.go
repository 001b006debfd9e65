package store_test

import (
	"balai/data/demo"
	"balai/data/store"

	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"balai/data"
)

// certificateFixture is the demo's finished welding class, with attendance,
// results and the demo's letterhead and photos: 13 participants eligible, one
// below the minimum attendance, two not yet competent.
func certificateFixture(t *testing.T) (*store.Store, data.Class) {
	t.Helper()
	s := openTestStore(t)
	s.User = "clerk"
	ctx := context.Background()
	codes := addDemoClasses(t, s)
	if err := demo.AddAttendance(ctx, s); err != nil {
		t.Fatal(err)
	}
	if err := demo.AddCertificateSetup(ctx, s, codes[0]); err != nil {
		t.Fatal(err)
	}
	c, err := s.ClassByCode(ctx, codes[0])
	if err != nil {
		t.Fatal(err)
	}
	return s, c
}

func TestIssueCertificates(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	rep, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := [3]int{len(rep.Issued), len(rep.Reprinted), len(rep.NotEligible)}, [3]int{13, 0, 3}; got != want {
		t.Fatalf("issued, reprinted, not eligible = %v, want %v", got, want)
	}
	codes := map[string]bool{}
	for i, cert := range rep.Issued {
		want := data.FormatCertificateNumber(data.DefaultCertificatePattern, i+1, "LAS", "Las", testNow)
		if cert.Number != want || cert.Seq != i+1 {
			t.Errorf("certificate %d: number %q seq %d, want %q", i, cert.Number, cert.Seq, want)
		}
		if len(cert.Code) != data.CodeLength || codes[cert.Code] {
			t.Errorf("code %q: wrong length or repeated", cert.Code)
		}
		codes[cert.Code] = true
		cc := cert.Content
		if cc.ProgramName != "Las SMAW 3G" || cc.JP != 240 || cc.Result != data.ResultCompetent || len(cc.Units) == 0 ||
			cc.Place != "Balikpapan" || cc.SignatoryNIP != "196805121994031006" || len(cc.Photo) == 0 || len(cc.Logo) == 0 ||
			!cc.IssuedOn.Equal(ymd(2026, 11, 26)) || cc.BirthDate.IsZero() || cc.BirthPlace == "" {
			t.Errorf("certificate %s content incomplete: %+v", cert.Number, cc)
		}
		for _, u := range cc.Units {
			if u.Result != data.ResultCompetent {
				t.Errorf("%s: unit %s result %q", cert.Number, u.Code, u.Result)
			}
		}
	}
	cs, _ := s.CertificateSettings(ctx)
	if cs.NextSeq != 14 {
		t.Errorf("next seq = %d, want 14", cs.NextSeq)
	}
	// Written to a file: from now on they are reprinted.
	ids := make([]string, len(rep.Issued))
	for i, cert := range rep.Issued {
		ids[i] = cert.ID
	}
	if err := s.MarkCertificatesPrinted(ctx, ids); err != nil {
		t.Fatal(err)
	}

	// Again: nothing new, all reprinted; numbers unchanged.
	again, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Issued) != 0 || len(again.Reprinted) != 13 {
		t.Errorf("second issue: issued %d, reprinted %d; want 0, 13", len(again.Issued), len(again.Reprinted))
	}
	if got := again.All(); len(got) != 13 || got[0].Number != rep.All()[0].Number {
		t.Errorf("All() after reprint differs")
	}

	audit, err := s.CertificateAudit(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, e := range audit {
		counts[e.Action]++
		if e.User != "clerk" || e.Number == "" || e.Name == "" || e.At.IsZero() {
			t.Errorf("audit entry incomplete: %+v", e)
		}
	}
	if counts[data.AuditIssue] != 13 || counts[data.AuditReprint] != 13 {
		t.Errorf("audit counts = %v, want 13 issue and 13 reprint", counts)
	}
}

func TestCertificateContentIsASnapshot(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	rep, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	first := rep.Issued[0]
	sk, err := s.Seeker(ctx, first.SeekerID)
	if err != nil {
		t.Fatal(err)
	}
	sk.Name, sk.BirthPlace = "Nama Baru", "Samarinda"
	if err := s.UpdateSeeker(ctx, &sk); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSeekerPhoto(ctx, sk.ID, nil); err != nil {
		t.Fatal(err)
	}
	inst, _ := s.Institution(ctx)
	inst.HeadName, inst.City = "Kepala Baru", "Samarinda"
	if err := s.SetInstitution(ctx, inst); err != nil {
		t.Fatal(err)
	}
	got, err := s.Certificate(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Content.Name != first.Content.Name || got.Content.BirthPlace != first.Content.BirthPlace ||
		got.Content.SignatoryName != first.Content.SignatoryName || got.Content.Place != "Balikpapan" ||
		string(got.Content.Photo) != string(first.Content.Photo) || got.Number != first.Number || got.Code != first.Code {
		t.Errorf("stored certificate changed with the records:\n got %+v\nwant %+v", got.Content, first.Content)
	}
}

func TestRevokeAndVerify(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	rep, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	cert := rep.Issued[0]

	v, err := s.VerifyCertificate(ctx, cert.Code)
	if err != nil {
		t.Fatal(err)
	}
	if v.Status != data.VerifyValid || v.Certificate == nil || v.Certificate.Content.Name != cert.Content.Name {
		t.Fatalf("verify issued code = %+v, want VALID with the certificate", v)
	}
	// Pasted with spaces, a line break and a label: still the same code.
	pasted := "Kode verifikasi: " + cert.Code[:20] + " \n" + cert.Code[20:]
	if v, _ := s.VerifyCertificate(ctx, pasted); v.Status != data.VerifyValid {
		t.Errorf("verify pasted code = %s, want VALID", v.Status)
	}

	// Typed in lower case, with dashes, or inside the verification address
	// a QR code holds: the same code (issue 10: 13 of 13 genuine codes in
	// lower case answered INVALID).
	for _, typed := range []string{
		strings.ToLower(cert.Code),
		strings.ToLower(cert.Code[:4]) + "-" + cert.Code[4:20] + " – " + cert.Code[20:],
		"https://blki.example.go.id/verifikasi?kode=" + cert.Code,
		"HTTPS://BLKI.EXAMPLE.GO.ID/VERIFIKASI?KODE=" + strings.ToLower(cert.Code),
		"https://blki.example.go.id/cek?x=1&kode=" + cert.Code + "#top",
	} {
		if v, _ := s.VerifyCertificate(ctx, typed); v.Status != data.VerifyValid {
			t.Errorf("verify %q = %s, want VALID", typed, v.Status)
		}
	}

	// Every one-character change is INVALID.
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	for i := range len(cert.Code) {
		for _, r := range []byte{alphabet[(strings.IndexByte(alphabet, cert.Code[i])+1)%32], '0', '1', '8'} {
			altered := cert.Code[:i] + string(r) + cert.Code[i+1:]
			if altered == cert.Code {
				continue
			}
			v, err := s.VerifyCertificate(ctx, altered)
			if err != nil {
				t.Fatal(err)
			}
			if v.Status != data.VerifyInvalid || v.Certificate != nil {
				t.Errorf("altered code %q (position %d) = %s, want INVALID", altered, i, v.Status)
			}
		}
	}
	for _, code := range []string{"", "x", cert.Code + "A", cert.Code[1:], strings.Repeat("A", data.CodeLength), "../../etc/passwd"} {
		if v, _ := s.VerifyCertificate(ctx, code); v.Status != data.VerifyInvalid {
			t.Errorf("verify %q = %s, want INVALID", code, v.Status)
		}
	}

	// A code signed by another installation's key is INVALID here.
	other := openTestStore(t)
	if v, _ := other.VerifyCertificate(ctx, cert.Code); v.Status != data.VerifyInvalid {
		t.Errorf("code verified by another installation = %s, want INVALID", v.Status)
	}

	// Revocation needs a reason; then the code answers REVOKED with it.
	var p *data.Problem
	if err := s.RevokeCertificate(ctx, cert.ID, time.Time{}, "  "); !errors.As(err, &p) || p.Code != data.CodeCertRevokeReason {
		t.Errorf("revoke without reason: err = %v", err)
	}
	if err := s.RevokeCertificate(ctx, cert.ID, ymd(2026, 11, 20), "Salah tulis nama"); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeCertificate(ctx, cert.ID, time.Time{}, "again"); !errors.As(err, &p) || p.Code != data.CodeCertRevoked {
		t.Errorf("revoke twice: err = %v", err)
	}
	v, _ = s.VerifyCertificate(ctx, cert.Code)
	if v.Status != data.VerifyRevoked || v.Certificate == nil || v.Certificate.RevokeReason != "Salah tulis nama" ||
		!v.Certificate.RevokedOn.Equal(ymd(2026, 11, 20)) {
		t.Errorf("verify revoked = %+v", v)
	}
	if _, err := s.ReprintCertificates(ctx, []string{cert.ID}); !errors.As(err, &p) || p.Code != data.CodeCertRevoked {
		t.Errorf("reprint revoked: err = %v", err)
	}

	// Issuing again gives the participant a new certificate with a new
	// number: the revoked number is never given again, even when the next
	// sequence number is set back.
	cs, _ := s.CertificateSettings(ctx)
	cs.NextSeq = 1
	if err := s.SetCertificateSettings(ctx, cs); err != nil {
		t.Fatal(err)
	}
	again, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Issued) != 1 || again.Issued[0].ParticipantID != cert.ParticipantID {
		t.Fatalf("reissue: issued %d", len(again.Issued))
	}
	if got, want := again.Issued[0].Number, "014/LAS/UPTD-BLKI/XI/2026"; got != want {
		t.Errorf("reissued number = %q, want %q", got, want)
	}
	elig, _ := s.CertificateEligibility(ctx, c.ID)
	for _, e := range elig {
		if e.ParticipantID == cert.ParticipantID && (e.Certificate == nil || len(e.Revoked) != 1) {
			t.Errorf("eligibility after reissue: in force %v, revoked %d", e.Certificate, len(e.Revoked))
		}
	}

	audit, _ := s.CertificateAudit(ctx, 1000)
	counts := map[string]int{}
	for _, e := range audit {
		counts[e.Action]++
	}
	if counts[data.AuditRevoke] != 1 || counts[data.AuditVerify] < 3 {
		t.Errorf("audit counts = %v", counts)
	}
	if audit[len(audit)-1].Action != data.AuditIssue {
		t.Errorf("oldest audit entry = %s, want issue", audit[len(audit)-1].Action)
	}
}

func TestPreviewCertificate(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	elig, err := s.CertificateEligibility(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	pv, err := s.PreviewCertificate(ctx, elig[0].ParticipantID)
	if err != nil {
		t.Fatal(err)
	}
	if pv.ID != "" || pv.Number != "001/LAS/UPTD-BLKI/XI/2026" || pv.Content.Name != elig[0].Name {
		t.Errorf("preview = %q %q %q", pv.ID, pv.Number, pv.Content.Name)
	}
	if v, _ := s.VerifyCertificate(ctx, pv.Code); v.Status != data.VerifyInvalid {
		t.Errorf("a preview's code verifies as %s", v.Status)
	}
	if list, _ := s.ClassCertificates(ctx, c.ID); len(list) != 0 {
		t.Errorf("preview issued %d certificates", len(list))
	}
}

// Two windows issuing the same class at once give each participant one
// certificate and never one number twice.
func TestIssueCertificatesConcurrently(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	other, err := store.Open(ctx, s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.Now = s.Now
	reports := make(chan data.IssueReport, 2)
	errs := make(chan error, 2)
	for _, st := range []*store.Store{s, other} {
		go func() {
			rep, err := st.IssueCertificates(ctx, c.ID)
			reports <- rep
			errs <- err
		}()
	}
	issued := 0
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		issued += len((<-reports).Issued)
	}
	if issued != 13 {
		t.Errorf("issued %d in all, want 13", issued)
	}
	list, err := s.ClassCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	numbers := map[string]bool{}
	for _, cert := range list {
		numbers[cert.Number] = true
	}
	if len(list) != 13 || len(numbers) != 13 {
		t.Errorf("%d certificates with %d numbers, want 13 and 13", len(list), len(numbers))
	}
}

// What the settings of the day add to a certificate is stored with it: the
// signatory's rank, the lead instructor, the funding line, the verification
// address and the second logo.
func TestCertificateContentFromSettings(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	inst, _ := s.Institution(ctx)
	inst.HeadRank, inst.Name, inst.Logo2 = "IV/b", "UPTD BLKI Balikpapan", demo.Logo()
	if err := s.SetInstitution(ctx, inst); err != nil {
		t.Fatal(err)
	}
	cs, _ := s.CertificateSettings(ctx)
	cs.FundingLine, cs.Province, cs.VerifyAddress = true, "Kalimantan Timur", "https://blki.example.go.id/verifikasi"
	if err := s.SetCertificateSettings(ctx, cs); err != nil {
		t.Fatal(err)
	}
	rep, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Certificate(ctx, rep.Issued[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	cc := got.Content
	wantFunding := data.FundingPhrase(c.Funding, "Kalimantan Timur", cs.Regency, c.Year)
	if cc.SignatoryRank != "IV/b" || cc.Organiser != "UPTD BLKI Balikpapan" || cc.Funding != wantFunding || wantFunding == "" ||
		cc.VerifyAddress != cs.VerifyAddress || len(cc.Logo2) == 0 || cc.InstructorName == "" {
		t.Errorf("content: rank %q, organiser %q, funding %q (want %q), address %q, logo2 %d bytes, instructor %q",
			cc.SignatoryRank, cc.Organiser, cc.Funding, wantFunding, cc.VerifyAddress, len(cc.Logo2), cc.InstructorName)
	}
}

// A transaction reads the clock once: every row it writes carries the same
// time, even when the clock moves on while it runs.
func TestTxFixesNowOnce(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	clock := time.Date(2026, 11, 26, 23, 59, 59, 0, time.FixedZone("WITA", 8*3600))
	s.Now = func() time.Time {
		clock = clock.Add(time.Second) // midnight passes during the issue
		return clock
	}
	rep, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Issued) < 2 {
		t.Fatalf("issued %d certificates, want several", len(rep.Issued))
	}
	at := rep.Issued[0].IssuedAt
	if !sameTime(at, stamp("2026-11-26T16:00:00Z")) {
		t.Errorf("issued at %v, want the first tick in UTC", at)
	}
	for _, cert := range rep.Issued {
		if !cert.IssuedAt.Equal(at) || !cert.Content.IssuedOn.Equal(ymd(2026, 11, 27)) {
			t.Errorf("%s: issued at %v on %v, want %v on 27 November", cert.Number, cert.IssuedAt, cert.Content.IssuedOn, at)
		}
		stored, err := s.Certificate(ctx, cert.ID)
		if err != nil || !sameTime(stored.IssuedAt, at) {
			t.Errorf("%s stored: issued at %v (%v)", cert.Number, stored.IssuedAt, err)
		}
	}
	log, err := s.CertificateAudit(ctx, len(rep.Issued))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range log {
		if e.Action != data.AuditIssue || !sameTime(e.At, at) {
			t.Errorf("audit %s at %v, want issue at %v", e.Action, e.At, at)
		}
	}
}
