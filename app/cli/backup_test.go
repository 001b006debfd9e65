package cli

import (
	"balai/data/demo"

	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"balai/app/backup"
)

// Encrypted copies cost a second and 256 MB each at age's work factor; the
// tests make several.
func init() { backup.ScryptWorkFactor = 12 }

func TestBackupCommands(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 60, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.AddClasses(ctx, st); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, st, "backup")
	if code != 0 || lastLine(out) != "backup ok: 60 seekers, 3 classes, 0 certificates" {
		t.Fatalf("backup: %d %q %q", code, out, errOut)
	}
	path := regexp.MustCompile(`backup: (\S+) \(`).FindStringSubmatch(out)
	if path == nil || filepath.Dir(path[1]) != filepath.Join(filepath.Dir(st.Path()), "backups") {
		t.Fatalf("backup path in %q", out)
	}

	code, out, _ = runCLI(t, st, "backups")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || !strings.HasPrefix(lines[0], "DATE") ||
		!regexp.MustCompile(`manual .* 60 +3 +0 +this PC +`+regexp.QuoteMeta(path[1])+`$`).MatchString(lines[1]) {
		t.Errorf("backups: %d\n%s", code, out)
	}

	// Work after the backup; restore shows, then with --yes replaces.
	if _, err := demo.AddSeekers(ctx, st, 5, 2); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, st, "restore", path[1])
	if code != 0 || !strings.Contains(out, "in it:    60 seekers, 3 classes, 0 certificates") ||
		!strings.Contains(out, "now:      65 seekers") || !strings.HasPrefix(lastLine(out), "nothing was restored: run again with --yes") {
		t.Errorf("restore without --yes: %d\n%s", code, out)
	}
	if n, _ := st.Counts(ctx); n.Seekers != 65 {
		t.Errorf("restore without --yes changed the database: %+v", n)
	}
	code, out, errOut = runCLI(t, st, "restore", "--yes", path[1])
	if code != 0 || lastLine(out) != "restored: 60 seekers, 3 classes, 0 certificates" || !strings.Contains(out, "-before-restore.db") {
		t.Errorf("restore --yes: %d %q %q", code, out, errOut)
	}

	code, out, _ = runCLI(t, st, "check")
	if code != 0 || lastLine(out) != "database ok" || !strings.Contains(out, "integrity: ok\nforeign keys: ok\nsearch index: ok\n") {
		t.Errorf("check: %d\n%s", code, out)
	}
	if _, err := st.DB().Exec(`INSERT INTO seekers_fts (rowid, name, nik, phone, ak1_number) VALUES (999999, 'hantu', '1', '', '')`); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, st, "check")
	if code != 1 || !strings.Contains(out, "search index: does not match the register") || !strings.HasPrefix(lastLine(out), "database has problems") {
		t.Errorf("check of a damaged index: %d\n%s", code, out)
	}
}

func TestEncryptedBackupCommands(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 20, 1); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	passFile := filepath.Join(dir, "sandi.txt")
	os.WriteFile(passFile, []byte("kata sandi yang panjang\r\n"), 0o600)
	out := filepath.Join(dir, "balai.db.age")
	code, stdout, errOut := runCLI(t, st, "backup", "--out", out, "--passphrase-file", passFile)
	if code != 0 || lastLine(stdout) != "backup ok: 20 seekers, 0 classes, 0 certificates" || !strings.Contains(stdout, ", encrypted)") {
		t.Fatalf("backup --out: %d %q %q", code, stdout, errOut)
	}
	if raw, _ := os.ReadFile(out); !strings.HasPrefix(string(raw), "age-encryption.org/v1\n") {
		t.Errorf("--out with a passphrase is not an age file")
	}
	code, _, errOut = runCLI(t, st, "restore", out)
	if code != 1 || !strings.Contains(errOut, "passphrase is needed: give it with --passphrase-file; nothing was restored") {
		t.Errorf("restore without the passphrase: %d %q", code, errOut)
	}
	wrong := filepath.Join(dir, "salah.txt")
	os.WriteFile(wrong, []byte("bukan kata sandinya\n"), 0o600)
	code, _, errOut = runCLI(t, st, "restore", out, "--passphrase-file", wrong, "--yes")
	if code != 1 || !strings.Contains(errOut, "the passphrase does not open this file") {
		t.Errorf("restore with a wrong passphrase: %d %q", code, errOut)
	}
	code, stdout, errOut = runCLI(t, st, "restore", out, "--passphrase-file", passFile, "--yes")
	if code != 0 || lastLine(stdout) != "restored: 20 seekers, 0 classes, 0 certificates" {
		t.Errorf("restore with the passphrase: %d %q %q", code, stdout, errOut)
	}

	for _, args := range [][]string{
		{"backup", "--passphrase-file", passFile},
		{"backup", "extra"},
		{"restore"},
		{"backups", "x"},
		{"check", "x"},
	} {
		if code, _, _ := runCLI(t, st, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", args, code)
		}
	}
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte(strings.Repeat("catatan ", 100)), 0o600)
	code, _, errOut = runCLI(t, st, "restore", text, "--yes")
	if code != 1 || !strings.Contains(errOut, "not a Balai database; nothing was restored") {
		t.Errorf("restore of a text file: %d %q", code, errOut)
	}
	if n, _ := st.Counts(ctx); n.Seekers != 20 {
		t.Errorf("after refused restores the database holds %+v", n)
	}
}
