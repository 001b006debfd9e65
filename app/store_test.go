package app

import (
	"balai/data/demo"

	"context"
	"path/filepath"
	"testing"
	"time"

	"balai/data/store"
)

// openStore opens a real database in a temporary folder with a fixed clock.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { s.Close() })
	return s
}

// addDemoClasses fills store with 60 demo seekers and the demo's classes —
// finished (with results), running and planned, in that order — and, asked,
// their attendance. It returns the classes' codes.
func addDemoClasses(t testing.TB, st *store.Store, attendance bool) []string {
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
