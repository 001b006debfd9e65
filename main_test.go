package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The commands as a user runs them: this test binary runs main when
// BALAI_MAIN is set, so each case is a real process with its exit status.
func TestMain(m *testing.M) {
	if os.Getenv("BALAI_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// balai runs the program with args and returns its exit status and output.
func balai(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "BALAI_MAIN=1", "BALAI_DB=")
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, string(out)
}

// A --db naming a missing folder or file is refused by every command that
// does not fill a database, and nothing is created; an empty file is not
// taken for a database.
func TestDatabaseFiles(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo", "balai.db")
	missing := filepath.Join(dir, "missing.db")
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	commands := [][]string{
		{"classes"}, {"export", "seekers", filepath.Join(dir, "out.csv")}, {"verify", "ABCD"},
		{"schedule", "--class", "X", "--out", filepath.Join(dir, "j.pdf")}, {"certificates", "--class", "X", "--out", filepath.Join(dir, "s.pdf")},
		{"attendance-sheet", "--class", "X", "--out", filepath.Join(dir, "d.pdf")}, {"backup"}, {"backups"}, {"check"},
	}
	for _, c := range commands {
		for _, db := range []struct{ path, want string }{
			{typo, "the folder " + filepath.Dir(typo) + " does not exist"},
			{missing, "the database file " + missing + " does not exist (check --db"},
			{empty, empty + " is an empty file (0 bytes), not a Balai database"},
		} {
			code, out := balai(t, append([]string{"--db", db.path}, c...)...)
			if code != 1 || !strings.Contains(out, db.want) {
				t.Errorf("%s on %s: exit %d, %q", c[0], filepath.Base(db.path), code, out)
			}
		}
	}
	for _, c := range [][]string{{"demo", "--seekers", "50"}, {"restore", missing}} {
		if code, out := balai(t, append([]string{"--db", typo}, c...)...); code != 1 || !strings.Contains(out, "does not exist") {
			t.Errorf("%s in a missing folder: exit %d, %q", c[0], code, out)
		}
		if code, out := balai(t, append([]string{"--db", empty}, c...)...); code != 1 || !strings.Contains(out, "empty file") {
			t.Errorf("%s on an empty file: exit %d, %q", c[0], code, out)
		}
	}
	for _, p := range []string{filepath.Dir(typo), missing, filepath.Join(dir, "out.csv")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was created", p)
		}
	}
	if fi, _ := os.Stat(empty); fi.Size() != 0 {
		t.Error("the empty file was written to")
	}
}

// demo makes a database; backup, backups, restore and check work on it with
// the exact last lines; a start removes what a killed write left.
func TestBackupCommandLines(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "balai.db")
	if code, out := balai(t, "--db", db, "demo", "--seekers", "60"); code != 0 {
		t.Fatalf("demo: %d %s", code, out)
	}
	stale := filepath.Join(dir, ".daftar.xlsx.123456789")
	os.WriteFile(stale, []byte("half"), 0o600)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(stale, old, old)

	code, out := balai(t, "--db", db, "backup")
	if code != 0 || !strings.HasSuffix(out, "backup ok: 60 seekers, 5 classes, 30 certificates\n") {
		t.Fatalf("backup: %d %q", code, out)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a killed write's temporary file survived a start")
	}
	file := strings.Fields(out)[1]
	if code, out := balai(t, "--db", db, "backups"); code != 0 || !strings.Contains(out, file) {
		t.Errorf("backups: %d %q", code, out)
	}
	if code, out := balai(t, "--db", db, "check"); code != 0 || !strings.HasSuffix(out, "database ok\n") {
		t.Errorf("check: %d %q", code, out)
	}
	// A new PC: restore creates the database from the backup.
	fresh := filepath.Join(dir, "baru.db")
	code, out = balai(t, "--db", fresh, "restore", file, "--yes")
	if code != 0 || !strings.HasSuffix(out, "restored: 60 seekers, 5 classes, 30 certificates\n") {
		t.Errorf("restore on a new PC: %d %q", code, out)
	}
}
