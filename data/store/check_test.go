package store_test

import (
	"balai/data/store"

	"balai/data/demo"

	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balai/data"
)

// openRaw opens the database at path without the store, to damage it.
func openRaw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", fileDSN(path)+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestCheck(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		damage func(t *testing.T, s *store.Store)
		check  func(h store.Health) bool
	}{
		{"sound", func(*testing.T, *store.Store) {}, func(h store.Health) bool { return h.Sound() }},
		{"a search-index entry without its seeker", func(t *testing.T, s *store.Store) {
			execSQL(t, s, `INSERT INTO seekers_fts (rowid, name, nik, phone, ak1_number) VALUES (999999, 'hantu', '1', '', '')`)
		}, func(h store.Health) bool { return !h.Sound() && h.SearchIndex != "" && len(h.Integrity) == 0 }},
		{"a photo of a seeker who does not exist", func(t *testing.T, s *store.Store) {
			conn, err := s.DB().Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			for _, q := range []string{`PRAGMA foreign_keys = OFF`, `INSERT INTO seeker_photos VALUES ('no-such-seeker', x'00')`, `PRAGMA foreign_keys = ON`} {
				if _, err := conn.ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
		}, func(h store.Health) bool {
			return !h.Sound() && len(h.ForeignKeys) == 1 && strings.HasPrefix(h.ForeignKeys[0], "seeker_photos row")
		}},
		{"a migration of a newer Balai", func(t *testing.T, s *store.Store) {
			execSQL(t, s, `INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01T00:00:00Z')`)
		}, func(h store.Health) bool {
			return !h.Sound() && len(h.Unknown) == 1 && h.Unknown[0] == "9999_from_the_future"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTestStore(t)
			if _, err := demo.AddSeekers(ctx, s, 100, 1); err != nil {
				t.Fatal(err)
			}
			tt.damage(t, s)
			h, err := s.Check(ctx)
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			if !tt.check(h) {
				t.Errorf("Check = %+v", h)
			}
			if h.Counts.Seekers != 100 || len(h.Migrations) == 0 {
				t.Errorf("Check counts %+v, migrations %v", h.Counts, h.Migrations)
			}
		})
	}
}

func execSQL(t *testing.T, s *store.Store, q string) {
	t.Helper()
	if _, err := s.DB().Exec(q); err != nil {
		t.Fatal(err)
	}
}

// A file whose pages are damaged is found by InspectFile, not kept or restored.
func TestInspectFileFindsDamage(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, s, 2000, 1); err != nil {
		t.Fatal(err)
	}
	path := backupFile(t, s)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Scribble over the middle of a page deep in the file: an index's or the table's.
	page := 4096 * (len(raw) / 4096 / 2)
	for i := page + 100; i < page+4000; i++ {
		raw[i] ^= 0x5a
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	h, err := store.InspectFile(ctx, path)
	if err == nil && h.Sound() {
		t.Fatalf("a damaged file inspects as sound: %+v", h)
	}
	if err := s.Restore(ctx, path, nil); err == nil {
		t.Error("a damaged file was restored")
	}
	if n, _ := s.CountSeekers(ctx, store.SeekerFilter{}); n != 2000 {
		t.Errorf("the database holds %d seekers after the refused restore", n)
	}
}

func TestOpenWith(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(text, []byte(strings.Repeat("not a database; ", 20)), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		opts store.OpenOptions
		want error // nil: opens
	}{
		{"a missing folder is never created", filepath.Join(dir, "typo", "balai.db"), store.OpenOptions{Create: true}, data.ErrNoFolder},
		{"a missing file without Create", filepath.Join(dir, "missing.db"), store.OpenOptions{}, data.ErrNoDatabase},
		{"a missing file with Create", filepath.Join(dir, "new.db"), store.OpenOptions{Create: true}, nil},
		{"an empty file is not adopted", empty, store.OpenOptions{Create: true}, data.ErrEmptyDatabase},
		{"an empty file adopted when asked", empty, store.OpenOptions{AdoptEmpty: true}, nil},
		{"a text file", text, store.OpenOptions{}, data.ErrNotBalaiDatabase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := store.OpenWith(ctx, tt.path, tt.opts)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("OpenWith: %v", err)
				}
				s.Close()
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("OpenWith: %v, want %v", err, tt.want)
			}
			var fe *store.FileError
			if !errors.As(err, &fe) || !strings.Contains(err.Error(), fe.Path) {
				t.Errorf("error %q does not name the file or folder", err)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "typo")); err == nil {
		t.Error("the mistyped folder was created")
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Error("the missing file was created")
	}
}

// A migration is preceded by BeforeMigrate on a database that holds data,
// and not on a new one; its error stops the opening with nothing migrated.
func TestBeforeMigrate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "balai.db")
	calls := 0
	hook := func(_ context.Context, s *store.Store, pending []string) error {
		calls++
		if len(pending) != 1 {
			t.Errorf("pending %v", pending)
		}
		return errors.New("no room for a backup")
	}
	s, err := store.OpenWith(ctx, path, store.OpenOptions{Create: true, BeforeMigrate: hook})
	if err != nil || calls != 0 {
		t.Fatalf("new database: %v, %d calls", err, calls)
	}
	all, _ := s.Migrations(ctx)
	execSQL(t, s, `DELETE FROM schema_migrations WHERE name = '`+all[len(all)-1]+`'`)
	s.Close()

	if _, err := store.OpenWith(ctx, path, store.OpenOptions{BeforeMigrate: hook}); err == nil || !strings.Contains(err.Error(), "no room for a backup") || calls != 1 {
		t.Fatalf("open with a failing hook: %v, %d calls", err, calls)
	}
	db := openRaw(t, path)
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(all)-1 {
		t.Errorf("after the refused opening %d migrations are recorded (%v), want %d", n, err, len(all)-1)
	}
}

func TestDataVersionAndCheckpoint(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	v0, err := s.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CountSeekers(ctx, store.SeekerFilter{}); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.DataVersion(ctx); v != v0 {
		t.Errorf("a read moved the data version from %d to %d", v0, v)
	}
	if err := s.SetSetting(ctx, "k", "v"); err != nil {
		t.Fatal(err)
	}
	v1, _ := s.DataVersion(ctx)
	if v1 == v0 {
		t.Error("a write left the data version as it was")
	}
	if err := s.Checkpoint(ctx, false); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.DataVersion(ctx); v != v1 {
		t.Error("a passive checkpoint moved the data version")
	}
	if err := s.Checkpoint(ctx, true); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(s.Path() + "-wal"); err == nil && fi.Size() != 0 {
		t.Errorf("after a full checkpoint the log holds %d bytes", fi.Size())
	}
}
