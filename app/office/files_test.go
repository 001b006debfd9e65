package office

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "daftar.csv")
	write := func(text string, err error) func(io.Writer) error {
		return func(w io.Writer) error {
			if _, werr := io.WriteString(w, text); werr != nil {
				return werr
			}
			return err
		}
	}
	if err := WriteFileAtomic(path, PrivateFile, write("first\n", nil)); err != nil {
		t.Fatal(err)
	}
	broken := errors.New("disk full")
	if err := WriteFileAtomic(path, PrivateFile, write("half", broken)); !errors.Is(err, broken) {
		t.Fatalf("a failed write: got %v, want %v", err, broken)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "first\n" {
		t.Errorf("after a failed write the file holds %q (%v), want the last whole write", b, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %s: a temporary file was left", strings.Join(names, ", "))
	}
	if info, err := os.Stat(path); err != nil || runtime.GOOS != "windows" && info.Mode().Perm() != PrivateFile {
		t.Errorf("mode %v (%v), want %v: the file holds personal data", info.Mode().Perm(), err, PrivateFile)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "no-such-folder", "x.csv"), PrivateFile, write("x", nil)); err == nil {
		t.Error("writing into a missing folder did not fail")
	}
}

// The temporary files of a write that was killed are removed by the next
// write to their folder; fresh ones (a write still running) and other files stay.
func TestStaleTemporaryFilesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	files := map[string]bool{ // name: removed
		".daftar.csv.123456789":                     true,
		".sertifikat.pdf.42":                        true,
		".balai-2026-12-06T10-30-00.db.777":         true,
		".balai-2026-12-06T10-30-00.db.777-journal": true,
		".hidden.txt":                               false,
		"daftar.csv.123":                            false,
		".notes.v2":                                 false,
		"sertifikat.pdf":                            false,
		".running.pdf.999999":                       false, // fresh: a write still going on
	}
	for name := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if name != ".running.pdf.999999" {
			os.Chtimes(filepath.Join(dir, name), old, old)
		}
	}
	if err := WriteFileAtomic(filepath.Join(dir, "new.csv"), PrivateFile, func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := errors.Is(err, os.ErrNotExist); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
}
