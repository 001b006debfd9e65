package backup

import (
	"balai/data/demo"

	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"balai/data"
	"balai/data/store"
)

var wita = time.FixedZone("WITA", 8*3600)

// clock is a settable "now" for a service.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func newClock(t time.Time) (*clock, func() time.Time) {
	c := &clock{t: t}
	return c, c.now
}

// openStore opens a real database in a temporary folder.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// issuedStore is a database with the demo's classes and the finished
// class's certificates issued; it returns the first certificate's code.
func issuedStore(t testing.TB) (*store.Store, string) {
	t.Helper()
	st := openStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 60, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := demo.AddClasses(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.AddAttendance(ctx, st); err != nil {
		t.Fatal(err)
	}
	if err := demo.AddCertificateSetup(ctx, st, codes[0]); err != nil {
		t.Fatal(err)
	}
	c, err := st.ClassByCode(ctx, codes[0])
	if err != nil {
		t.Fatal(err)
	}
	rep, err := st.IssueCertificates(ctx, c.ID)
	if err != nil || len(rep.Issued) == 0 {
		t.Fatalf("issue: %v", err)
	}
	return st, rep.Issued[0].Code
}

func newService(t testing.TB, st *store.Store, at time.Time) (*Service, *clock) {
	t.Helper()
	svc := New(st)
	c, now := newClock(at)
	svc.Now = now
	return svc, c
}

func TestMakeKeepsACheckedBackupBesideTheDatabase(t *testing.T) {
	st, _ := issuedStore(t)
	ctx := context.Background()
	svc, _ := newService(t, st, time.Date(2026, 12, 6, 10, 30, 0, 0, wita))
	want, _ := st.Counts(ctx)

	made, err := svc.Make(ctx, data.BackupManual, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := made.Path, filepath.Join(filepath.Dir(st.Path()), "backups", "balai-2026-12-06T10-30-00-manual.db"); got != want {
		t.Errorf("path %s, want %s", got, want)
	}
	if made.Counts != want || made.Size == 0 || made.Copy != "" || made.CopyErr != nil {
		t.Errorf("made %+v, want counts %+v and no copy", made, want)
	}
	h, err := store.InspectFile(ctx, made.Path)
	if err != nil || !h.Sound() || h.Counts != want {
		t.Errorf("the backup: %+v, %v", h, err)
	}
	// A second one in the same second gets the next second's name.
	again, err := svc.Make(ctx, data.BackupManual, nil)
	if err != nil || filepath.Base(again.Path) != "balai-2026-12-06T10-30-01-manual.db" {
		t.Errorf("again: %v, %v", again.Path, err)
	}
	names := dirNames(t, svc.Dir())
	if strings.Join(names, " ") != "balai-2026-12-06T10-30-00-manual.db balai-2026-12-06T10-30-01-manual.db balai-backups.json" {
		t.Errorf("backups folder holds %v", names)
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(svc.Dir()); fi.Mode().Perm() != 0o700 {
			t.Errorf("backups folder mode %v", fi.Mode().Perm())
		}
		if fi, _ := os.Stat(made.Path); fi.Mode().Perm() != 0o600 {
			t.Errorf("backup mode %v", fi.Mode().Perm())
		}
	}
}

// Automatic backups beyond the retention rule go; backups made by hand stay.
func TestMakeAppliesRetention(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 20, 1); err != nil {
		t.Fatal(err)
	}
	svc, clk := newService(t, st, time.Date(2026, 1, 5, 8, 0, 0, 0, wita))
	if _, err := svc.Make(ctx, data.BackupManual, nil); err != nil {
		t.Fatal(err)
	}
	for range 40 { // 40 days, one backup a day at 08:00 and 15:00
		for _, h := range []time.Duration{0, 7 * time.Hour} {
			clk.t = clk.t.Add(h)
			if _, err := svc.Make(ctx, data.BackupAuto, nil); err != nil {
				t.Fatal(err)
			}
			clk.t = clk.t.Add(-h)
		}
		clk.advance(24 * time.Hour)
	}
	entries, err := svc.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	manual, auto := 0, 0
	for _, e := range entries {
		if e.Kind == data.BackupManual {
			manual++
		} else {
			auto++
		}
		if !e.Counted || e.Counts.Seekers != 20 || e.Local == "" {
			t.Errorf("entry %+v", e)
		}
	}
	// Today's two within 24 h (the day keeps both), 13 more days, then
	// the newest of each week back to the 8th, and of each month.
	if manual != 1 || auto < 15 || auto > 2+keepTotal() {
		t.Errorf("kept %d by hand and %d automatic of 80", manual, auto)
	}
	if len(readManifest(svc.Dir()).Backups) != len(entries) {
		t.Errorf("the manifest lists %d backups, the folder %d", len(readManifest(svc.Dir()).Backups), len(entries))
	}
}

// keepTotal is the most automatic backups the rule keeps.
func keepTotal() int { return data.KeepRecent + data.KeepDays + data.KeepWeeks + data.KeepMonths }

func TestBeforeChangeSkipsAnEmptyDatabase(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	svc, _ := newService(t, st, time.Date(2026, 12, 6, 10, 0, 0, 0, wita))
	if err := svc.BeforeChange(ctx, data.BackupBeforeImport); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(svc.Dir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("an empty database was backed up: %v", err)
	}
	demo.AddSeekers(ctx, st, 5, 1)
	if err := svc.BeforeChange(ctx, data.BackupBeforeImport); err != nil {
		t.Fatal(err)
	}
	if names := dirNames(t, svc.Dir()); len(names) != 2 || names[0] != "balai-2026-12-06T10-00-00-before-import.db" {
		t.Errorf("backups: %v", names)
	}
}

func TestMakeCopy(t *testing.T) {
	st, _ := issuedStore(t)
	ctx := context.Background()
	svc, _ := newService(t, st, time.Date(2026, 12, 6, 10, 0, 0, 0, wita))
	want, _ := st.Counts(ctx)
	dir := t.TempDir()

	plain := filepath.Join(dir, "salinan.db")
	made, err := svc.MakeCopy(ctx, plain, "", nil)
	if err != nil || made.Path != plain || made.Counts != want {
		t.Fatalf("plain copy: %+v, %v", made, err)
	}
	if h, err := store.InspectFile(ctx, plain); err != nil || !h.Sound() {
		t.Errorf("plain copy: %+v, %v", h, err)
	}

	secret := filepath.Join(dir, "salinan.db.age")
	if _, err := svc.MakeCopy(ctx, secret, "kata sandi panjang", nil); err != nil {
		t.Fatal(err)
	}
	checkEncrypted(t, secret, st)
	if st, _ := svc.Status(ctx); !st.OffsiteAt.Equal(svc.Now()) {
		t.Errorf("an encrypted copy did not count as leaving the PC: %+v", st)
	}
	if names := dirNames(t, svc.Dir()); len(names) != 1 || names[0] != manifestName {
		t.Errorf("the plain copy behind the encrypted one was left: %v", names)
	}
	if _, err := svc.MakeCopy(ctx, filepath.Join(dir, "no-such-folder", "x.db"), "", nil); !errors.Is(err, data.ErrNoFolder) {
		t.Errorf("into a missing folder: %v", err)
	}
}

// checkEncrypted fails unless the file at path is an age file that reveals
// nothing of the database: not SQLite, no name or NIK of a seeker in it.
func checkEncrypted(t *testing.T, path string, st *store.Store) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, ageHeader) || bytes.Contains(raw, []byte("SQLite format 3")) {
		t.Errorf("%s: not an age file, or readable as SQLite", path)
	}
	seekers, err := st.FindSeekers(context.Background(), store.SeekerFilter{}, 0, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range seekers {
		if bytes.Contains(raw, []byte(s.NIK)) || bytes.Contains(raw, []byte(s.Name)) {
			t.Errorf("%s shows %s's name or NIK", path, s.Name)
		}
	}
	if ok, err := IsEncrypted(path); !ok || err != nil {
		t.Errorf("IsEncrypted = %v, %v", ok, err)
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ db, want string }{
		{filepath.Join(dir, "balai.db"), filepath.Join(dir, "backups")},
		{filepath.Join(dir, "demo.db"), filepath.Join(dir, "backups-demo")},
		{filepath.Join(dir, "BLK Samarinda.sqlite"), filepath.Join(dir, "backups-BLK Samarinda")},
	}
	for _, tt := range tests {
		if got := Folder(tt.db); got != tt.want {
			t.Errorf("Folder(%q) = %q, want %q", tt.db, got, tt.want)
		}
	}
	if got := Folder("balai.db"); !filepath.IsAbs(got) {
		t.Errorf("Folder of a relative path: %q", got)
	}
}
