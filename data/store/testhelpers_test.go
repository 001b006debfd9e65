package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// testNow is the fixed "now" of the test store: Thursday 26 November 2026, 10:00 UTC.
var testNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// openTestStore opens a real SQLite database in a fresh temporary folder, with
// Now fixed at testNow, and closes it when the test ends.
func openTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
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

// stamp is a timestamp as the store gives it back: "2026-11-26T10:00:00Z", in UTC.
func stamp(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// sameTime reports whether got is want, in UTC (as the database holds it).
func sameTime(got, want time.Time) bool { return got.Equal(want) && got.Location() == time.UTC }

// nowText is the store's Now as the database holds timestamps, for rows a
// test writes itself.
func nowText(s *Store) string { return formatTime(s.Now()) }
