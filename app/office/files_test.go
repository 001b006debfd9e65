package office

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
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
