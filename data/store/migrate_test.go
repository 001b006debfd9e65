package store

import (
	"context"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestOpenMigrates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "balai.db")

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got, want := s.Path(), path; got != want {
		t.Errorf("Path() = %q, want %q", got, want)
	}
	if s.DB() == nil {
		t.Fatal("DB() = nil")
	}
	got, err := s.Migrations(ctx)
	if err != nil {
		t.Fatalf("Migrations: %v", err)
	}
	if want := embeddedMigrations(t); !slices.Equal(got, want) {
		t.Errorf("Migrations() = %v, want %v", got, want)
	}
	var appliedAt string
	if err := s.DB().QueryRowContext(ctx, `SELECT applied_at FROM schema_migrations WHERE name = '0001_seekers'`).Scan(&appliedAt); err != nil {
		t.Fatalf("read applied_at: %v", err)
	}
	if _, err := time.Parse(time.RFC3339, appliedAt); err != nil {
		t.Errorf("applied_at %q is not RFC 3339: %v", appliedAt, err)
	}
	for _, table := range []string{"seekers", "seeker_photos", "seekers_fts", "settings"} {
		var n int
		if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = ?`, table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s: count %d, err %v", table, n, err)
		}
	}
	if err := s.SetSetting(ctx, "office", "UPTD BLK Balikpapan"); err != nil {
		t.Fatalf("SetSetting: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	// Re-opening applies nothing again and keeps the data.
	for range 2 {
		s, err = Open(ctx, path)
		if err != nil {
			t.Fatalf("re-Open: %v", err)
		}
		got, err := s.Migrations(ctx)
		if err != nil {
			t.Fatalf("Migrations: %v", err)
		}
		if want := embeddedMigrations(t); !slices.Equal(got, want) {
			t.Errorf("after re-open Migrations() = %v, want %v", got, want)
		}
		var again string
		if err := s.DB().QueryRowContext(ctx, `SELECT applied_at FROM schema_migrations WHERE name = '0001_seekers'`).Scan(&again); err != nil {
			t.Fatalf("read applied_at: %v", err)
		}
		if again != appliedAt {
			t.Errorf("applied_at = %q after re-open, want %q", again, appliedAt)
		}
		v, err := s.Setting(ctx, "office", "")
		if err != nil || v != "UPTD BLK Balikpapan" {
			t.Errorf("Setting(office) after re-open = %q, %v", v, err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}
}

// embeddedMigrations lists the migration files shipped in the binary, in order.
func embeddedMigrations(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	for i, n := range names {
		names[i] = strings.TrimSuffix(path.Base(n), ".sql")
	}
	if len(names) < 2 || names[0] != "0001_seekers" {
		t.Fatalf("embedded migrations %v", names)
	}
	return names
}
