package backup

import (
	"balai/data/demo"

	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"balai/data"
)

const testPassphrase = "balai latihan kerja 2026"

// A backup goes to the second place encrypted: unreadable without the
// passphrase, restorable with it; an unreachable second place leaves the
// local backup standing.
func TestSecondPlace(t *testing.T) {
	st, code := issuedStore(t)
	ctx := context.Background()
	svc, clk := newService(t, st, time.Date(2026, 12, 6, 10, 0, 0, 0, wita))
	usb := t.TempDir()

	if err := svc.SaveSettings(ctx, data.BackupSettings{SecondFolder: usb, Passphrase: "pendek"}); !hasCode(err, data.CodeBackupPassphraseShort) {
		t.Errorf("a short passphrase: %v", err)
	}
	if err := svc.SaveSettings(ctx, data.BackupSettings{SecondFolder: filepath.Join(usb, "gone"), Passphrase: testPassphrase}); !hasCode(err, data.CodeBackupFolderMissing) {
		t.Errorf("a missing folder: %v", err)
	}
	if err := svc.SaveSettings(ctx, data.BackupSettings{SecondFolder: usb, Passphrase: testPassphrase}); err != nil {
		t.Fatal(err)
	}
	if st, _ := svc.Status(ctx); !st.OffsiteOverdue(svc.Now()) || !st.Reachable {
		t.Errorf("before any copy: %+v", st)
	}

	made, err := svc.Make(ctx, data.BackupAuto, nil)
	if err != nil || made.CopyErr != nil {
		t.Fatalf("Make: %v, copy: %v", err, made.CopyErr)
	}
	if want := filepath.Join(usb, "balai-2026-12-06T10-00-00.db.age"); made.Copy != want {
		t.Fatalf("copy %q, want %q", made.Copy, want)
	}
	checkEncrypted(t, made.Copy, st)
	if st, _ := svc.Status(ctx); st.OffsiteOverdue(svc.Now()) || !st.Newest.Equal(svc.Now()) {
		t.Errorf("after a copy: %+v", st)
	}

	// Within the hour an automatic backup stays on the PC; one by hand goes.
	clk.advance(30 * time.Minute)
	if made, _ := svc.Make(ctx, data.BackupAuto, nil); made.Copy != "" {
		t.Errorf("a copy again after 30 minutes: %s", made.Copy)
	}
	if made, _ := svc.Make(ctx, data.BackupManual, nil); made.Copy == "" || made.CopyErr != nil {
		t.Errorf("a backup by hand was not copied: %v", made.CopyErr)
	}

	// The list shows one entry per backup, where each is.
	entries, err := svc.List(ctx)
	if err != nil || len(entries) != 3 {
		t.Fatalf("List: %d, %v", len(entries), err)
	}
	if e := entries[2]; e.Local == "" || e.Copy == "" || !e.Counted {
		t.Errorf("the first backup: %+v, want here and in the second place", e)
	}
	if e := entries[1]; e.Local == "" || e.Copy != "" {
		t.Errorf("the 30-minute backup: %+v, want here only", e)
	}
	os.Remove(entries[2].Local)
	entries, _ = svc.List(ctx)
	if e := entries[2]; e.Local != "" || e.Path() != e.Copy || !e.Counted {
		t.Errorf("with only its copy left: %+v", e)
	}

	// Restore from the encrypted copy: not without the passphrase, not
	// with a wrong one, with the right one — and the certificate verifies.
	copyPath := entries[2].Copy
	if _, err := svc.PrepareRestore(ctx, copyPath, ""); !errors.Is(err, ErrPassphraseNeeded) {
		t.Errorf("without a passphrase: %v", err)
	}
	if _, err := svc.PrepareRestore(ctx, copyPath, "salah sekali kata sandinya"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("with a wrong passphrase: %v", err)
	}
	fresh := openStore(t)
	other, _ := newService(t, fresh, time.Date(2026, 12, 7, 9, 0, 0, 0, wita))
	c, err := other.PrepareRestore(ctx, copyPath, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Encrypted || c.Current != (data.DatabaseCounts{}) || c.Health.Counts != made.Counts || !c.Time.Equal(time.Date(2026, 12, 6, 10, 0, 0, 0, wita)) {
		t.Errorf("candidate %+v", c)
	}
	if _, err := c.Apply(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if v, err := fresh.VerifyCertificate(ctx, code); err != nil || v.Status != data.VerifyValid {
		t.Errorf("verify after restoring the encrypted copy: %s, %v", v.Status, err)
	}
	// The second place's settings came back with the data.
	if set, _ := other.Settings(ctx); set.SecondFolder != usb || set.Passphrase != testPassphrase {
		t.Errorf("settings after restore: %+v", set)
	}

	// The USB stick is unplugged: the local backup stands, the copy says why.
	os.RemoveAll(usb)
	clk.advance(2 * time.Hour)
	made, err = svc.Make(ctx, data.BackupAuto, nil)
	if err != nil || made.Path == "" || !IsUnreachable(made.CopyErr) {
		t.Errorf("unreachable second place: %+v, %v", made, err)
	}
}

// SyncSecondPlace copies the newest backup when the second place comes back.
func TestSyncSecondPlace(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	demo.AddSeekers(ctx, st, 10, 1)
	svc, clk := newService(t, st, time.Date(2026, 12, 6, 10, 0, 0, 0, wita))
	usb := filepath.Join(t.TempDir(), "usb")
	os.Mkdir(usb, 0o700)
	if err := svc.SaveSettings(ctx, data.BackupSettings{SecondFolder: usb, Passphrase: testPassphrase}); err != nil {
		t.Fatal(err)
	}
	os.Remove(usb) // unplugged
	if made, _ := svc.Make(ctx, data.BackupAuto, nil); !IsUnreachable(made.CopyErr) {
		t.Fatalf("copy: %v", made.CopyErr)
	}
	os.Mkdir(usb, 0o700) // plugged in again
	if p, err := svc.SyncSecondPlace(ctx); p != "" || err != nil {
		t.Errorf("retried within the hour: %q, %v", p, err)
	}
	clk.advance(time.Hour)
	p, err := svc.SyncSecondPlace(ctx)
	if err != nil || filepath.Base(p) != "balai-2026-12-06T10-00-00.db.age" {
		t.Errorf("sync: %q, %v", p, err)
	}
	clk.advance(2 * time.Hour)
	if p, err := svc.SyncSecondPlace(ctx); p != "" || err != nil {
		t.Errorf("nothing newer to copy, yet: %q, %v", p, err)
	}
}

func hasCode(err error, code string) bool {
	var ps data.Problems
	if !errors.As(err, &ps) {
		return false
	}
	for _, p := range ps {
		if p.Code == code {
			return true
		}
	}
	return false
}
