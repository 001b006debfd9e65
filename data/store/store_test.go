package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

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
		{"nested folders", filepath.Join("a", "b", "c", "balai.db")},
		{"spaces", filepath.Join("Budi Santoso", "Data Balai", "balai.db")},
		{"URI characters", filepath.Join("x #1 100% ?a=b&c", "balai.db")},
		{"non-ASCII", filepath.Join("Dinas Tenaga Kerja – Balikpapan", "balai.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.rel)
			// Open creates no folder (see TestOpenWith): the folder is there.
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
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
