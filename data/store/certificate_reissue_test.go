package store_test

import (
	"context"
	"errors"
	"testing"

	"balai/data"
)

func TestReissueCertificate(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	rep, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	old := rep.Issued[0]
	sk, err := s.Seeker(ctx, old.SeekerID)
	if err != nil {
		t.Fatal(err)
	}
	sk.Name = "Nama Yang Dibetulkan"
	if err := s.UpdateSeeker(ctx, &sk); err != nil {
		t.Fatal(err)
	}

	var p *data.Problem
	if _, err := s.ReissueCertificate(ctx, old.ID, ymd(2026, 11, 26), " "); !errors.As(err, &p) || p.Code != data.CodeCertRevokeReason {
		t.Errorf("reissue without a reason: err = %v", err)
	}
	fresh, err := s.ReissueCertificate(ctx, old.ID, ymd(2026, 11, 26), "Salah tulis nama")
	if err != nil {
		t.Fatal(err)
	}
	if fresh.Replaces != old.Number || fresh.Number != "014/LAS/UPTD-BLKI/XI/2026" || fresh.Code == old.Code ||
		fresh.Content.Name != "Nama Yang Dibetulkan" || fresh.ParticipantID != old.ParticipantID {
		t.Errorf("new certificate: number %q replaces %q, name %q", fresh.Number, fresh.Replaces, fresh.Content.Name)
	}
	if got, _ := s.Certificate(ctx, fresh.ID); got.Replaces != old.Number {
		t.Errorf("stored certificate replaces %q, want %q", got.Replaces, old.Number)
	}
	if v, _ := s.VerifyCertificate(ctx, old.Code); v.Status != data.VerifyRevoked || v.Certificate.RevokeReason != "Salah tulis nama" {
		t.Errorf("the old code answers %s", v.Status)
	}
	if v, _ := s.VerifyCertificate(ctx, fresh.Code); v.Status != data.VerifyValid {
		t.Errorf("the new code answers %s", v.Status)
	}
	if cs, _ := s.CertificateSettings(ctx); cs.NextSeq != 15 {
		t.Errorf("next number %d, want 15", cs.NextSeq)
	}
	audit, _ := s.CertificateAudit(ctx, 3)
	if len(audit) < 2 || audit[0].Action != data.AuditVerify || audit[2].Action != data.AuditIssue ||
		audit[2].Detail != old.Number {
		t.Errorf("audit log: %+v", audit)
	}
	if _, err := s.ReissueCertificate(ctx, old.ID, ymd(2026, 11, 26), "again"); !errors.As(err, &p) || p.Code != data.CodeCertRevoked {
		t.Errorf("reissue a revoked certificate: err = %v", err)
	}

	// A participant no longer eligible keeps the certificate: nothing changes.
	var unit string
	if err := s.DB().QueryRowContext(ctx, `SELECT u.id FROM program_units u JOIN classes c ON c.program_id = u.program_id
		WHERE c.id = ? ORDER BY u.position LIMIT 1`, c.ID).Scan(&unit); err != nil {
		t.Fatal(err)
	}
	other := rep.Issued[1]
	if err := s.SetResults(ctx, other.ParticipantID, map[string]string{unit: "BK"}, nil); err != nil {
		t.Fatal(err)
	}
	var ps data.Problems
	if _, err := s.ReissueCertificate(ctx, other.ID, ymd(2026, 11, 26), "Foto salah"); !errors.As(err, &ps) ||
		ps[0].Code != data.CodeCertNotCompetent {
		t.Errorf("reissue for a participant not eligible: err = %v", err)
	}
	if got, _ := s.Certificate(ctx, other.ID); got.Revoked() {
		t.Error("a refused reissue revoked the certificate")
	}
}

// A certificate issued but never printed (the run stopped midway) is logged
// as printed, not reprinted, when it is printed at last (issue 10).
func TestUnprintedCertificates(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	first, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, cert := range first.Issued {
		if !cert.PrintedAt.IsZero() {
			t.Fatalf("%s printed when issued", cert.Number)
		}
	}
	// Killed before printing: the next run prints them for the first time.
	second, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(second.Unprinted) != 13 || len(second.Reprinted) != 0 || len(second.All()) != 13 {
		t.Errorf("second run: unprinted %d, reprinted %d", len(second.Unprinted), len(second.Reprinted))
	}
	ids := make([]string, 0, 13)
	for _, cert := range second.All() {
		ids = append(ids, cert.ID)
	}
	// One reprinted on its own before the batch is marked: printed too.
	if _, err := s.ReprintCertificates(ctx, ids[:1]); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkCertificatesPrinted(ctx, ids); err != nil {
		t.Fatal(err)
	}
	third, err := s.IssueCertificates(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(third.Unprinted) != 0 || len(third.Reprinted) != 13 {
		t.Errorf("third run: unprinted %d, reprinted %d", len(third.Unprinted), len(third.Reprinted))
	}
	if got, _ := s.Certificate(ctx, ids[0]); !got.PrintedAt.Equal(testNow) {
		t.Errorf("printed at %v, want %v", got.PrintedAt, testNow)
	}
	audit, _ := s.CertificateAudit(ctx, 1000)
	counts := map[string]int{}
	for _, e := range audit {
		counts[e.Action]++
	}
	if want := map[string]int{data.AuditIssue: 13, data.AuditPrint: 14, data.AuditReprint: 13}; !mapsEqual(counts, want) {
		t.Errorf("audit counts %v, want %v", counts, want)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
