package store_test

import (
	"balai/data/demo"
	"balai/data/store"

	"context"
	"testing"

	"balai/data"
)

// benchCertificateClass is a finished class of n graduated participants,
// every one present at every session, each with a photo.
func benchCertificateClass(b *testing.B, n int) (*store.Store, data.Class) {
	b.Helper()
	s := benchStore(b)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, s, n+48, 3); err != nil {
		b.Fatal(err)
	}
	codes, err := demo.AddClasses(ctx, s)
	if err != nil {
		b.Fatal(err)
	}
	if err := demo.AddCertificateSetup(ctx, s, codes[0]); err != nil {
		b.Fatal(err)
	}
	c, err := s.ClassByCode(ctx, codes[0])
	if err != nil {
		b.Fatal(err)
	}
	seekers, err := s.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortRegistered}, 0, n)
	if err != nil {
		b.Fatal(err)
	}
	p, err := s.Program(ctx, c.ProgramID)
	if err != nil {
		b.Fatal(err)
	}
	results := map[string]string{}
	for _, u := range p.Units {
		results[u.ID] = data.ResultCompetent
	}
	photo := demo.Photo(1, data.SexMale)
	for i, sk := range seekers {
		pr, err := s.Enrol(ctx, c.ID, sk.ID, data.EnrolOptions{Status: data.ParticipantActive, On: c.Start.AddDate(0, 0, -7), OverrideQuota: true})
		if err != nil {
			continue // one of the demo's own participants
		}
		if err := s.SetResults(ctx, pr.ID, results, nil); err != nil {
			b.Fatal(err)
		}
		if err := s.SetSeekerPhoto(ctx, sk.ID, append(photo[:len(photo):len(photo)], byte(i), byte(i>>8))); err != nil {
			b.Fatal(err)
		}
	}
	sessions, err := s.Sessions(ctx, c.ID)
	if err != nil {
		b.Fatal(err)
	}
	for _, ss := range sessions {
		if _, err := s.MarkAllPresent(ctx, ss.ID); err != nil {
			b.Fatal(err)
		}
	}
	return s, c
}

// BenchmarkIssueCertificates1000 issues the certificates of a class of about
// a thousand (the store's part of "balai certificates"; the PDF is
// reports.BenchmarkCertificatesPDF1000).
func BenchmarkIssueCertificates1000(b *testing.B) {
	s, c := benchCertificateClass(b, 1000)
	ctx := context.Background()
	for b.Loop() {
		rep, err := s.IssueCertificates(ctx, c.ID)
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Issued) < 1000 {
			b.Fatalf("issued %d", len(rep.Issued))
		}
		b.StopTimer()
		if _, err := s.DB().ExecContext(ctx, `DELETE FROM certificates`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}
