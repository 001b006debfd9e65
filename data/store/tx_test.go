package store

import (
	"context"
	"testing"
	"time"

	"balai/data"
)

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

// beginRead and beginWrite fix now as the database stores it (UTC, whole
// seconds) and today as the clerk's calendar day.
func TestBeginFixesNowAndToday(t *testing.T) {
	s := openTestStore(t)
	s.Now = func() time.Time { return time.Date(2026, 11, 27, 7, 0, 0, 999, time.FixedZone("WITA", 8*3600)) }
	for name, begin := range map[string]func(context.Context) (*Tx, error){"read": s.beginRead, "write": s.beginWrite} {
		tx, err := begin(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if want := stamp("2026-11-26T23:00:00Z"); tx.now != want || !tx.today.Equal(ymd(2026, 11, 27)) {
			t.Errorf("%s: now %v, today %v", name, tx.now, tx.today)
		}
		tx.Rollback()
	}
}
