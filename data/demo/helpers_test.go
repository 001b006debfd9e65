package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"balai/data/store"
)

// testNow is the fixed time of the test stores.
var testNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// openStore opens a new register in a temporary folder, its clock at testNow.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatalf("open test store: %v", err)
	}
	s.Now = func() time.Time { return testNow }
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close test store: %v", err)
		}
	})
	return s
}

// ymd is a calendar date as Balai holds it (midnight UTC).
func ymd(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// addClasses adds 60 demo seekers and the demo's classes (finished, running,
// planned) and returns their codes.
func addClasses(t *testing.T, s *store.Store) []string {
	t.Helper()
	ctx := context.Background()
	if _, err := AddSeekers(ctx, s, 60, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := AddClasses(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	return codes
}
