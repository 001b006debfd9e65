package app

import (
	"balai/data/demo"

	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balai/app/backup"
	"balai/data"
	"balai/data/store"
)

func init() { backup.ScryptWorkFactor = 12 } // encrypted copies in tests: fast

// backupTestShell is a shell on st in a test window, with its backup screen
// open and every job run at once.
func backupTestShell(t *testing.T, st *store.Store) (*shell, *backupScreen) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1024, 600))
	sh := newShell(fyne.CurrentApp(), w, st)
	sh.seekers.loads.Wait()
	sh.backups.work.inline = true
	sc := newBackupScreen(sh.backups)
	sc.work.inline = true
	sc.dlg.Show()
	sc.reload()
	return sh, sc
}

func TestBackupStatusLine(t *testing.T) {
	st := openStore(t)
	demo.AddSeekers(context.Background(), st, 10, 1)
	sh, _ := backupTestShell(t, st)
	b := sh.backups
	if b.last.Text != "No backup yet" || !strings.HasPrefix(b.warning.Text, "No copy has left this PC: set a second folder") {
		t.Errorf("status line: %q · %q", b.last.Text, b.warning.Text)
	}
	if _, err := b.svc.Make(context.Background(), data.BackupAuto, nil); err != nil {
		t.Fatal(err)
	}
	b.refresh()
	if b.last.Text != "Last backup: just now" {
		t.Errorf("after a backup: %q", b.last.Text)
	}
	b.autoErr = &backup.UnreachableError{Folder: "E:\\Cadangan"}
	b.show()
	if !strings.HasPrefix(b.warning.Text, "The automatic backup failed: The second folder E:\\Cadangan is not reachable") {
		t.Errorf("a failed automatic backup: %q", b.warning.Text)
	}
}

func TestAgoText(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{10 * time.Second, "just now"},
		{90 * time.Second, "1 minute ago"},
		{59 * time.Minute, "59 minutes ago"},
		{time.Hour + 5*time.Minute, "1 hour ago"},
		{2 * time.Hour, "2 hours ago"},
		{47 * time.Hour, "47 hours ago"},
		{9 * 24 * time.Hour, "9 days ago"},
	}
	for _, tt := range tests {
		if got := agoText(tt.d); got != tt.want {
			t.Errorf("agoText(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
	setLanguage(langID)
	defer setLanguage(langEN)
	if got := agoText(2 * time.Hour); got != "2 jam lalu" {
		t.Errorf("Indonesian: %q", got)
	}
}

// Back up by hand, see it listed, then restore it: the work done after it
// is set aside (and kept in a backup), every screen reads the restored data.
func TestBackupScreenBackUpAndRestore(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	demo.AddSeekers(ctx, st, 10, 1)
	_, sc := backupTestShell(t, st)
	if len(sc.entries) != 0 || !strings.HasPrefix(sc.summary.Text, "No backup yet.") {
		t.Fatalf("before any backup: %d entries, %q", len(sc.entries), sc.summary.Text)
	}
	sc.onBackupNow()
	if len(sc.entries) != 1 {
		t.Fatalf("after Back up now: %d entries", len(sc.entries))
	}
	row := []string{}
	for col := range 7 {
		row = append(row, sc.cell(0, col))
	}
	if got := strings.Join(row[1:], "|"); !strings.HasPrefix(got, "by hand|") || !strings.HasSuffix(got, "|10|0|0|This PC") {
		t.Errorf("the row: %q", got)
	}

	demo.AddSeekers(ctx, st, 5, 2)
	sc.onSelect(0)
	if sc.restore.Disabled() {
		t.Fatal("Restore stays disabled with a backup chosen")
	}
	test.Tap(sc.restore)
	if sc.confirm == nil {
		t.Fatal("no confirmation asked")
	}
	sc.confirm.Confirm()
	sc.bs.shell.seekers.loads.Wait() // the screens were built anew
	if n, _ := st.Counts(ctx); n.Seekers != 10 {
		t.Errorf("after the restore the database holds %+v", n)
	}
	list, _ := sc.bs.svc.List(ctx)
	if len(list) != 2 || list[0].Kind != data.BackupBeforeRestore || list[0].Counts.Seekers != 15 {
		t.Errorf("backups after the restore: %+v", list)
	}
}

// An encrypted copy from the second folder asks for its passphrase when the
// settings do not hold it (a new PC).
func TestBackupScreenRestoreAsksThePassphrase(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	demo.AddSeekers(ctx, st, 12, 1)
	copyPath := t.TempDir() + "/salinan.db.age"
	if _, err := backup.New(st).MakeCopy(ctx, copyPath, "kata sandi panjang", nil); err != nil {
		t.Fatal(err)
	}
	fresh := openStore(t)
	_, sc := backupTestShell(t, fresh)
	sc.prepareRestore(copyPath, "")
	if sc.passphrase == nil {
		t.Fatal("no passphrase asked")
	}
	sc.passphrase.SetText("salah")
	sc.confirm.Confirm()
	sc.passphrase.SetText("kata sandi panjang")
	sc.confirm.Confirm()
	sc.confirm.Confirm() // the restore itself
	sc.bs.shell.seekers.loads.Wait()
	if n, _ := fresh.Counts(ctx); n.Seekers != 12 {
		t.Errorf("restored %+v", n)
	}
}

func TestSecondPlaceForm(t *testing.T) {
	st := openStore(t)
	_, sc := backupTestShell(t, st)
	f := sc.second
	usb := t.TempDir()
	f.folder.SetText(usb)
	f.pass.SetText("pendek")
	f.repeat.SetText("pendek")
	test.Tap(f.save)
	if !strings.Contains(f.errs.Text("passphrase"), "at least 10 characters") {
		t.Errorf("a short passphrase: %q", f.errs.Text("passphrase"))
	}
	f.pass.SetText("kata sandi panjang")
	test.Tap(f.save)
	if f.errs.Text("repeat") != "The two passphrases differ." {
		t.Errorf("different passphrases: %q", f.errs.Text("repeat"))
	}
	f.repeat.SetText("kata sandi panjang")
	test.Tap(f.save)
	set, _ := sc.bs.svc.Settings(context.Background())
	if set.SecondFolder != usb || set.Passphrase != "kata sandi panjang" || !f.saved.Visible() {
		t.Errorf("saved %+v", set)
	}
	if !strings.Contains(sc.summary.Text, "No copy has gone to the second folder yet.") {
		t.Errorf("summary: %q", sc.summary.Text)
	}
}

func TestCheckPanel(t *testing.T) {
	st := openStore(t)
	demo.AddSeekers(context.Background(), st, 10, 1)
	_, sc := backupTestShell(t, st)
	test.Tap(sc.check.run)
	if got := sc.check.result.Text; !strings.HasSuffix(got, "The database is sound.") || !strings.Contains(got, "10 job seekers") {
		t.Errorf("check: %q", got)
	}
	st.DB().Exec(`INSERT INTO seekers_fts (rowid, name, nik, phone, ak1_number) VALUES (999999, 'hantu', '1', '', '')`)
	test.Tap(sc.check.run)
	if got := sc.check.result.Text; !strings.Contains(got, "✗ The search index does not match the register.") ||
		!strings.Contains(got, "The database has problems") {
		t.Errorf("check of a damaged index: %q", got)
	}
}
