package store_test

import (
	"context"
	"errors"
	"testing"

	"balai/data"
)

func TestCertificateEligibility(t *testing.T) {
	s, c := certificateFixture(t)
	ctx := context.Background()
	list, err := s.CertificateEligibility(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 16 {
		t.Fatalf("got %d participants, want 16", len(list))
	}
	var eligible int
	reasons := map[string]int{}
	for _, e := range list {
		if e.Eligible {
			eligible++
			if e.Status != data.ParticipantGraduated || e.Percent < 80 || len(e.Reasons) > 0 {
				t.Errorf("%s eligible with status %s, %.1f%%, %v", e.Name, e.Status, e.Percent, e.Reasons)
			}
		}
		for _, r := range e.Reasons {
			reasons[r.Code]++
		}
	}
	if got, want := eligible, 13; got != want {
		t.Errorf("eligible = %d, want %d", got, want)
	}
	if got, want := reasons[data.CodeCertNotCompetent], 2; got != want {
		t.Errorf("not competent = %d, want %d", got, want)
	}
	if got, want := reasons[data.CodeCertBelowAttendance], 1; got != want {
		t.Errorf("below attendance = %d, want %d", got, want)
	}

	// A running class: nobody has a result yet.
	tik, err := s.ClassByCode(ctx, "TIK-2026-01")
	if err != nil {
		t.Fatal(err)
	}
	list, err = s.CertificateEligibility(ctx, tik.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range list {
		if e.Eligible {
			t.Errorf("%s eligible in a running class", e.Name)
		}
	}
	if _, err := s.CertificateEligibility(ctx, "no-such-class"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: err = %v, want ErrNotFound", err)
	}
}
