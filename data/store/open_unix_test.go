//go:build linux

package store

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"balai/data"
)

// A read-only folder is named, not reported as SQLite's "attempt to write a
// readonly database". Root may write anywhere, so as root the opening runs
// in a copy of this test binary as the user nobody.
func TestReadOnlyFolderIsNamed(t *testing.T) {
	if dir := os.Getenv("BALAI_TEST_READONLY_DIR"); dir != "" {
		readOnlyFolderChild(t, dir)
		return
	}
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "balai-ro-")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { os.Chmod(dir, 0o700); os.RemoveAll(dir) }()
	s, err := Open(ctx, filepath.Join(dir, "balai.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.SetSetting(ctx, "k", "v")
	s.Close()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		readOnlyFolderChild(t, dir)
		return
	}
	// As root: the folder and database belong to nobody, the folder is
	// read-only, and a copy of this binary opens it as nobody.
	const nobody = 65534
	for _, p := range []string{dir, filepath.Join(dir, "balai.db")} {
		if err := os.Chown(p, nobody, nobody); err != nil {
			t.Skipf("cannot give the folder to nobody: %v", err)
		}
	}
	bin := filepath.Join(dir, "store.test")
	if err := copyExecutable(os.Args[0], bin); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestReadOnlyFolderIsNamed$", "-test.v")
	cmd.Env = append(os.Environ(), "BALAI_TEST_READONLY_DIR="+dir, "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	t.Logf("as nobody:\n%s", out)
	if !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("as nobody:\n%s", out)
	}
}

// readOnlyFolderChild opens the database in the read-only dir, and a new one
// there; both must name the folder.
func readOnlyFolderChild(t *testing.T, dir string) {
	ctx := context.Background()
	for _, name := range []string{"balai.db", "new.db"} {
		path := filepath.Join(dir, name)
		s, err := Open(ctx, path)
		if err == nil {
			s.Close()
			t.Fatalf("%s: opened in a read-only folder", name)
		}
		var fe *FileError
		if !errors.Is(err, data.ErrReadOnly) || !errors.As(err, &fe) || !fe.Folder || fe.Path != dir {
			t.Errorf("%s: %v, want the read-only folder named", name, err)
		}
		if strings.Contains(err.Error(), "attempt to write") && !strings.Contains(err.Error(), dir) {
			t.Errorf("%s: %q", name, err)
		}
		t.Logf("%s: %v", name, err)
	}
}

func copyExecutable(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
