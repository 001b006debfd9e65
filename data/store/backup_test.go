package store_test

import (
	"balai/data/store"

	"balai/data/demo"

	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"balai/data"
)

// issuedFixture is the certificate fixture with its certificates issued; it
// returns the store and the first certificate's verification code.
func issuedFixture(t *testing.T) (*store.Store, string) {
	t.Helper()
	s, c := certificateFixture(t)
	rep, err := s.IssueCertificates(context.Background(), c.ID)
	if err != nil || len(rep.Issued) == 0 {
		t.Fatalf("issue: %v, %v", rep, err)
	}
	return s, rep.Issued[0].Code
}

func backupFile(t *testing.T, s *store.Store) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(context.Background(), dst, nil); err != nil {
		t.Fatalf("Backup: %v", err)
	}
	return dst
}

func TestBackupIsACompleteSoundCopy(t *testing.T) {
	s, _ := issuedFixture(t)
	ctx := context.Background()
	want, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var steps, lastDone, lastTotal int
	dst := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(ctx, dst, func(done, total int) { steps, lastDone, lastTotal = steps+1, done, total }); err != nil {
		t.Fatal(err)
	}
	if steps == 0 || lastDone != lastTotal || lastTotal == 0 {
		t.Errorf("progress: %d calls, last %d of %d", steps, lastDone, lastTotal)
	}
	h, err := store.InspectFile(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	if !h.Sound() || h.Counts != want || len(h.Pending) != 0 {
		t.Errorf("copy: %+v, want sound with %+v", h, want)
	}
	if want.Certificates == 0 || want.Seekers == 0 || want.Classes == 0 {
		t.Errorf("the fixture holds %+v", want)
	}
	// One self-contained file: rollback-journal mode (header bytes 18 and
	// 19 are 1), nothing beside it, readable by its owner only.
	raw, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	if raw[18] != 1 || raw[19] != 1 {
		t.Errorf("header journal bytes %d %d, want 1 1 (not WAL)", raw[18], raw[19])
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(dst + side); err == nil {
			t.Errorf("%s left beside the copy", side)
		}
	}
	if fi, _ := os.Stat(dst); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("copy mode %v, want 0600", fi.Mode().Perm())
	}
}

// Balai keeps writing while a backup runs; the copy is the database as it
// was when the backup began, whole.
func TestBackupWhileWriting(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, s, 3000, 1); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "copy.db")
	var wg sync.WaitGroup
	var writeErr error
	writes := 0
	err := s.Backup(ctx, dst, func(done, total int) {
		if writes < 5 {
			writes++
			wg.Add(1)
			go func() { // a write from another connection, while the copy holds its snapshot
				defer wg.Done()
				if _, err := demo.AddSeekers(ctx, s, 10, uint64(100+writes)); err != nil {
					writeErr = err
				}
			}()
			wg.Wait()
		}
	})
	if err != nil || writeErr != nil {
		t.Fatalf("backup: %v, write: %v", err, writeErr)
	}
	h, err := store.InspectFile(ctx, dst)
	if err != nil || !h.Sound() {
		t.Fatalf("copy: %+v, %v", h, err)
	}
	if h.Counts.Seekers != 3000 {
		t.Errorf("copy holds %d seekers, want the 3000 of when it began", h.Counts.Seekers)
	}
	if n, _ := s.CountSeekers(ctx, store.SeekerFilter{}); n != 3000+10*writes {
		t.Errorf("database holds %d seekers after %d writes", n, writes)
	}
}

func TestBackupRefusesAnExistingFileAndCleansUpWhenCancelled(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, s, 2000, 1); err != nil {
		t.Fatal(err)
	}
	existing := filepath.Join(t.TempDir(), "keep.db")
	os.WriteFile(existing, []byte("mine"), 0o600)
	if err := s.Backup(ctx, existing, nil); err == nil {
		t.Error("Backup over an existing file succeeded")
	}
	if b, _ := os.ReadFile(existing); string(b) != "mine" {
		t.Errorf("existing file now holds %q", b)
	}

	cctx, cancel := context.WithCancel(ctx)
	dst := filepath.Join(t.TempDir(), "copy.db")
	err := s.Backup(cctx, dst, func(done, total int) { cancel() })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled backup: %v", err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(dst)); len(ents) != 0 {
		t.Errorf("a cancelled backup left %v", ents)
	}
}

// After a restore the certificates issued before the backup verify, on the
// same installation and on a new one (a new PC after a dead disk): the
// signing key travels with the data.
func TestRestoreBringsBackDataAndCertificatesVerify(t *testing.T) {
	s, code := issuedFixture(t)
	ctx := context.Background()
	want, _ := s.Counts(ctx)
	copyPath := backupFile(t, s)

	// Later work: more seekers; then a restore takes it back.
	if _, err := demo.AddSeekers(ctx, s, 25, 77); err != nil {
		t.Fatal(err)
	}
	if err := s.Restore(ctx, copyPath, nil); err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if got, _ := s.Counts(ctx); got != want {
		t.Errorf("after restore %+v, want %+v", got, want)
	}
	if v, err := s.VerifyCertificate(ctx, code); err != nil || v.Status != data.VerifyValid {
		t.Errorf("verify after restore: %v, %v", v.Status, err)
	}

	fresh := openTestStore(t)
	if v, _ := fresh.VerifyCertificate(ctx, code); v.Status != data.VerifyInvalid {
		t.Fatalf("a new installation answers %s before the restore", v.Status)
	}
	if err := fresh.Restore(ctx, copyPath, nil); err != nil {
		t.Fatalf("Restore on a new installation: %v", err)
	}
	if v, err := fresh.VerifyCertificate(ctx, code); err != nil || v.Status != data.VerifyValid {
		t.Errorf("verify on the new installation: %v, %v", v.Status, err)
	}
	if h, err := fresh.Check(ctx); err != nil || !h.Sound() {
		t.Errorf("check after restore: %+v, %v", h, err)
	}
}

func TestRestoreRefusesWhatIsNotASoundBalaiDatabase(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, s, 50, 1); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("not a database, only a text file long enough to look like a header of a database file, honestly"), 0o600)

	newer := backupFile(t, s)
	markNewer(t, newer)

	tests := []struct {
		name string
		path string
		want error
	}{
		{"a text file", text, data.ErrNotBalaiDatabase},
		{"made by a newer Balai", newer, data.ErrNewerDatabase},
		{"missing", filepath.Join(dir, "gone.db"), os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Restore(ctx, tt.path, nil)
			if !errors.Is(err, tt.want) {
				t.Errorf("Restore: %v, want %v", err, tt.want)
			}
			if n, _ := s.CountSeekers(ctx, store.SeekerFilter{}); n != 50 {
				t.Errorf("the database now holds %d seekers, want its 50", n)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "gone.db")); err == nil {
		t.Error("restoring a missing file created it")
	}
}

// markNewer records a migration this Balai does not know in the database at path.
func markNewer(t *testing.T, path string) {
	t.Helper()
	db := openRaw(t, path)
	if _, err := db.Exec(`INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
}
