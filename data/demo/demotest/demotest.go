// Package demotest gives tests a real register: a SQLite file in a
// temporary folder with a fixed clock, filled with the demo data when asked.
package demotest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"balai/data/demo"
	"balai/data/store"
)

// Now is the clock of the registers OpenStore opens: Thursday 26 November
// 2026, 10:00 UTC.
var Now = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// OpenStore opens a new register in a temporary folder, its clock at Now,
// closed when the test ends.
func OpenStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatalf("open test store: %v", err)
	}
	s.Now = func() time.Time { return Now }
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close test store: %v", err)
		}
	})
	return s
}

// AddClasses fills st with 60 demo seekers and the demo's classes —
// finished (with results), running and planned, in that order — and, asked,
// their attendance. It returns the classes' codes.
func AddClasses(t testing.TB, st *store.Store, attendance bool) []string {
	t.Helper()
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 60, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := demo.AddClasses(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if attendance {
		if err := demo.AddAttendance(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	return codes
}
