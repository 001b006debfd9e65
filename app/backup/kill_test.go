package backup

import (
	"balai/data/demo"

	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"balai/data"
	"balai/data/store"
)

// Kill -9 during a backup and during a restore: a helper process (this test
// binary, run again with helperEnv set) backs up or restores, and is killed
// midway. The database and the newest good backup must come out intact.

const (
	helperEnv   = "BALAI_BACKUP_HELPER" // "backup" or "restore"
	helperDB    = "BALAI_BACKUP_HELPER_DB"
	helperFile  = "BALAI_BACKUP_HELPER_FILE"  // what to restore
	helperPause = "BALAI_BACKUP_HELPER_PAUSE" // "1": wait at the first step, to be killed there
)

// runHelper is the helper process: it prints "step" at each step of the
// copy and backs up or restores until it is killed (or once, paused).
func runHelper() int {
	ctx := context.Background()
	st, err := store.OpenWith(ctx, os.Getenv(helperDB), store.OpenOptions{})
	if err != nil {
		fmt.Println("open:", err)
		return 1
	}
	svc := New(st)
	out := bufio.NewWriter(os.Stdout)
	progress := func(done, total int) {
		fmt.Fprintf(out, "step %d of %d\n", done, total)
		out.Flush()
		if os.Getenv(helperPause) == "1" {
			time.Sleep(time.Minute)
		}
	}
	for {
		switch os.Getenv(helperEnv) {
		case "backup":
			_, err = svc.Make(ctx, data.BackupManual, progress)
		case "restore":
			var c *Candidate
			if c, err = svc.PrepareRestore(ctx, os.Getenv(helperFile), ""); err == nil {
				_, err = c.Apply(ctx, progress)
			}
		}
		if err != nil {
			fmt.Fprintln(out, "error:", err)
			out.Flush()
			return 1
		}
	}
}

// startHelper runs the helper on db and returns once it has printed its
// first step; kill kills it with SIGKILL (TerminateProcess on Windows).
func startHelper(t *testing.T, mode, db, file string, pause bool) (kill func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperDB+"="+db, helperFile+"="+file)
	if pause {
		cmd.Env = append(cmd.Env, helperPause+"=1")
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() || !strings.HasPrefix(lines.Text(), "step ") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper %s: %q", mode, lines.Text())
	}
	go func() {
		for lines.Scan() { // keep the pipe drained
		}
	}()
	return func() {
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
	}
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(raw)
}

// checkAfterKill opens the database and fails unless it is sound and holds
// one of want, the good backup is as it was, and every file under a backup's
// name is a sound backup.
func checkAfterKill(t *testing.T, db, good string, goodHash [32]byte, want ...data.DatabaseCounts) {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenWith(ctx, db, store.OpenOptions{})
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer st.Close()
	h, err := st.Check(ctx)
	if err != nil || !h.Sound() {
		t.Fatalf("database after kill: %+v, %v", h, err)
	}
	found := false
	for _, w := range want {
		found = found || h.Counts == w
	}
	if !found {
		t.Errorf("database after kill holds %+v, want one of %+v", h.Counts, want)
	}
	if fileHash(t, good) != goodHash {
		t.Errorf("the good backup %s changed", filepath.Base(good))
	}
	dir := filepath.Dir(good)
	for _, name := range dirNames(t, dir) {
		if _, ok := data.ParseBackupFileName(name, time.Local); !ok {
			continue
		}
		if bh, err := store.InspectFile(ctx, filepath.Join(dir, name)); err != nil || !bh.Sound() {
			t.Errorf("backup %s after kill: %+v, %v", name, bh, err)
		}
	}
}

func TestKillDuringBackupAndRestore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs helper processes")
	}
	ctx := context.Background()
	st, code := issuedStore(t)
	if _, err := demo.AddSeekers(ctx, st, 4000, 9); err != nil { // a copy of several steps
		t.Fatal(err)
	}
	db := st.Path()
	svc := New(st)
	good, err := svc.Make(ctx, data.BackupManual, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := good.Counts
	if _, err := demo.AddSeekers(ctx, st, 30, 10); err != nil { // work after the backup
		t.Fatal(err)
	}
	after, _ := st.Counts(ctx)
	st.Close()
	goodHash := fileHash(t, good.Path)

	t.Run("backup, killed at a step", func(t *testing.T) {
		startHelper(t, "backup", db, "", true)()
		checkAfterKill(t, db, good.Path, goodHash, after)
	})
	t.Run("restore, killed at a step", func(t *testing.T) {
		startHelper(t, "restore", db, good.Path, true)()
		checkAfterKill(t, db, good.Path, goodHash, after)
	})
	rounds := 3
	if raceBuild {
		rounds = 1
	}
	for i := range rounds {
		for _, mode := range []string{"backup", "restore"} {
			t.Run(fmt.Sprintf("%s, killed at random %d", mode, i), func(t *testing.T) {
				kill := startHelper(t, mode, db, good.Path, false)
				time.Sleep(time.Duration(rand.IntN(400)) * time.Millisecond)
				kill()
				checkAfterKill(t, db, good.Path, goodHash, after, before)
			})
		}
	}

	// What the killed runs left (temporary files) goes with the next backup
	// once stale, and the certificate still verifies after a last restore.
	st, err = store.OpenWith(ctx, db, store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	old := time.Now().Add(-time.Hour)
	for _, dir := range []string{svc.Dir(), filepath.Dir(db)} {
		for _, name := range dirNames(t, dir) {
			os.Chtimes(filepath.Join(dir, name), old, old)
		}
	}
	svc = New(st)
	if _, err := svc.Make(ctx, data.BackupManual, nil); err != nil {
		t.Fatal(err)
	}
	c, err := svc.PrepareRestore(ctx, good.Path, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Apply(ctx, nil); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{svc.Dir(), filepath.Dir(db)} {
		for _, name := range dirNames(t, dir) {
			if strings.HasPrefix(name, ".") {
				t.Errorf("%s left in %s", name, dir)
			}
		}
	}
	if v, err := st.VerifyCertificate(ctx, code); err != nil || v.Status != data.VerifyValid {
		t.Errorf("verify after the kills and a restore: %s, %v", v.Status, err)
	}
}
