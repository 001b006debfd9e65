package store

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
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

func TestOpenPragmas(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	tests := []struct{ pragma, want string }{
		{"foreign_keys", "1"},
		{"journal_mode", "wal"},
		{"busy_timeout", "5000"},
	}
	for _, tt := range tests {
		// Every connection of the pool must have them: hold several at once.
		var conns []interface{ Close() error }
		for range 3 {
			c, err := s.DB().Conn(ctx)
			if err != nil {
				t.Fatalf("Conn: %v", err)
			}
			conns = append(conns, c)
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatalf("PRAGMA %s: %v", tt.pragma, err)
			}
			if got != tt.want {
				t.Errorf("PRAGMA %s = %q, want %q", tt.pragma, got, tt.want)
			}
		}
		for _, c := range conns {
			c.Close()
		}
	}
}

func TestOpenPaths(t *testing.T) {
	ctx := context.Background()
	tests := []struct{ name, rel string }{
		{"creates missing folders", filepath.Join("a", "b", "c", "balai.db")},
		{"spaces", filepath.Join("Budi Santoso", "Data Balai", "balai.db")},
		{"URI characters", filepath.Join("x #1 100% ?a=b&c", "balai.db")},
		{"non-ASCII", filepath.Join("Dinas Tenaga Kerja – Balikpapan", "balai.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.rel)
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("Open(%q): %v", path, err)
			}
			if err := s.SetSetting(ctx, "k", "v"); err != nil {
				t.Errorf("SetSetting: %v", err)
			}
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
			// The database is the file at path, not one with a mangled name.
			st, err := os.Stat(path)
			if err != nil {
				t.Fatalf("database file: %v", err)
			}
			if runtime.GOOS != "windows" {
				if got, want := st.Mode().Perm(), os.FileMode(0o600); got != want {
					t.Errorf("database file mode = %v, want %v", got, want)
				}
			}
			s, err = Open(ctx, path)
			if err != nil {
				t.Fatalf("re-Open: %v", err)
			}
			defer s.Close()
			if v, err := s.Setting(ctx, "k", ""); err != nil || v != "v" {
				t.Errorf("Setting after re-open = %q, %v", v, err)
			}
		})
	}
}

func TestOpenFails(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	notDB := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notDB, []byte("this is not a database, just a long enough text file to have a header...................................."), 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(ctx, notDB); err == nil {
		s.Close()
		t.Errorf("Open(text file) succeeded, want an error")
	}

	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(ctx, filepath.Join(file, "balai.db")); err == nil {
		s.Close()
		t.Errorf("Open(under a file) succeeded, want an error")
	}
}

func TestSettings(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()

	got, err := s.Setting(ctx, "letterhead", "default")
	if err != nil || got != "default" {
		t.Errorf("Setting(missing) = %q, %v, want the default", got, err)
	}
	steps := []struct{ key, value string }{
		{"letterhead", "PEMERINTAH KOTA BALIKPAPAN"},
		{"letterhead", "PEMERINTAH PROVINSI KALIMANTAN TIMUR"}, // overwrite
		{"head_nip", "19671018 199303 1 004"},
		{"empty", ""},
		{"multi-line", "a\nb\n"},
		{"unicode", "Dinas – Tenaga Kerja ✓"},
	}
	want := map[string]string{}
	for _, st := range steps {
		if err := s.SetSetting(ctx, st.key, st.value); err != nil {
			t.Fatalf("SetSetting(%q): %v", st.key, err)
		}
		want[st.key] = st.value
		for k, v := range want {
			got, err := s.Setting(ctx, k, "default")
			if err != nil || got != v {
				t.Errorf("after SetSetting(%q): Setting(%q) = %q, %v, want %q", st.key, k, got, err, v)
			}
		}
	}
	var n int
	// Besides these: the certificate signing key, made by migration 0004.
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM settings WHERE key != 'certificate.secret'`).Scan(&n); err != nil || n != len(want) {
		t.Errorf("settings rows = %d, %v, want %d", n, err, len(want))
	}
}

// The database and its WAL and shared-memory files hold personal data: they
// are readable by their owner only.
func TestDatabaseFilesArePrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	path := filepath.Join(t.TempDir(), "balai.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SetSetting(context.Background(), "k", "v"); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got&0o077 != 0 {
			t.Errorf("%s: mode %v, want no access for group and others", filepath.Base(name), got)
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
