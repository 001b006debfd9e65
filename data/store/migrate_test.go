package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"balai/data"
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

// A database that a newer Balai has migrated is refused, named, and left
// exactly as it was.
func TestOpenRefusesNewerDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "balai.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES ('9001_from_the_future', '2027-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := fileSum(t, path)

	s, err = Open(ctx, path)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded on a database with an unknown migration")
	}
	var newer *NewerDatabaseError
	if !errors.Is(err, data.ErrNewerDatabase) || !errors.As(err, &newer) || newer.Migration != "9001_from_the_future" {
		t.Fatalf("Open: %v (%T), want a NewerDatabaseError naming 9001_from_the_future", err, err)
	}
	if msg := err.Error(); !strings.Contains(msg, "9001_from_the_future") || !strings.Contains(msg, "update Balai") {
		t.Errorf("message %q", msg)
	}
	if after := fileSum(t, path); after != before {
		t.Error("the refused database file changed")
	}
}

// fileSum is the SHA-256 of a file's bytes, in hex.
func fileSum(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// A database made before the latest migrations gets them on opening, in
// one transaction, and keeps what it held.
func TestOpenMigratesOlderDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "balai.db")
	all := embeddedMigrations(t)
	old := all[:len(all)-1]
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for _, name := range old {
		body, err := migrations.ReadFile("migrations/" + name + ".sql")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := db.Exec(`INSERT INTO schema_migrations VALUES (?, '2026-01-01T00:00:00Z')`, name); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`INSERT INTO settings (key, value) VALUES ('office', 'BLK')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if got, _ := s.Migrations(ctx); !slices.Equal(got, all) {
		t.Errorf("Migrations() = %v, want %v", got, all)
	}
	if v, err := s.Setting(ctx, "office", ""); err != nil || v != "BLK" {
		t.Errorf("setting after migrating: %q, %v", v, err)
	}
	var appliedAt string
	if err := s.DB().QueryRow(`SELECT applied_at FROM schema_migrations WHERE name = ?`, all[len(all)-1]).Scan(&appliedAt); err != nil {
		t.Fatal(err)
	}
	if _, err := time.Parse(time.RFC3339, appliedAt); err != nil {
		t.Errorf("applied_at %q: %v", appliedAt, err)
	}
}

// Opening a database that is up to date takes no write lock: a command that
// only reads works while another program holds a write transaction, without
// waiting for the 5 s busy timeout.
func TestReadWhileAnotherWrites(t *testing.T) {
	ctx := context.Background()
	writer := openTestStore(t)
	sk := addSeeker(t, writer, data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	tx, err := writer.beginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE seekers SET name = 'Hendra (editing)' WHERE id = ?`, sk.ID); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	reader, err := Open(ctx, writer.Path())
	if err != nil {
		t.Fatalf("Open while another writes: %v", err)
	}
	defer reader.Close()
	got, err := reader.Seeker(ctx, sk.ID)
	if err != nil {
		t.Fatalf("Seeker while another writes: %v", err)
	}
	if got.Name != "Hendra" {
		t.Errorf("read %q, want the committed name", got.Name)
	}
	if _, err := reader.FindSeekers(ctx, SeekerFilter{}, 0, 10); err != nil {
		t.Fatalf("FindSeekers while another writes: %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("opening and reading took %v: it waited for the writer", d)
	}
}
