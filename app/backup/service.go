// Package backup keeps copies of Balai's database and brings one back: the
// backups folder beside the database, the encrypted copy in a second place
// (a USB stick or a network folder), the automatic backups and their
// retention, and restoring. The window and the commands run the same code;
// it imports no Fyne.
package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"balai/app/office"
	"balai/data"
	"balai/data/store"
)

// Folder is the backups folder of the database at dbPath, beside it and as
// an absolute path for the clerk to find: "backups" for balai.db, the
// database every installation has; "backups-NAME" for another NAME.db in the
// same folder, so that two databases never share (and prune) each other's
// backups.
func Folder(dbPath string) string {
	if abs, err := filepath.Abs(dbPath); err == nil {
		dbPath = abs
	}
	name := "backups"
	if base := filepath.Base(dbPath); base != "balai.db" {
		name += "-" + strings.TrimSuffix(base, filepath.Ext(base))
	}
	return filepath.Join(filepath.Dir(dbPath), name)
}

// Service makes, lists and restores the backups of one database.
type Service struct {
	store *store.Store
	dir   string
	// Now is the clock; tests replace it. Backup names are in its location.
	Now func() time.Time

	mu sync.Mutex // one backup or restore at a time in this Balai
	// copyTried is when a copy to the second place was last tried, so an
	// unreachable or failing second place is not retried every minute.
	copyTried time.Time
}

// New is the backup service of st, with its backups in Folder(st.Path()).
func New(st *store.Store) *Service {
	return &Service{store: st, dir: Folder(st.Path()), Now: time.Now}
}

// Dir is the backups folder.
func (s *Service) Dir() string { return s.dir }

// Made is a backup just made.
type Made struct {
	Path   string
	Counts data.DatabaseCounts
	Size   int64
	// Copy is the encrypted copy written to the second place; "" when none
	// was, and CopyErr says why when one was due.
	Copy    string
	CopyErr error
}

// Make backs the database up into the backups folder: a new file named
// after now and kind, copied with SQLite's backup API, opened and checked
// (integrity, migrations, counts) before it takes its name — a copy that
// fails is deleted and the failure returned. Then the automatic backups past
// the retention rule are removed, and the second place, if set and due,
// gets an encrypted copy (its failure is in Made.CopyErr: the local backup
// stands). progress, if set, follows the copy.
func (s *Service) Make(ctx context.Context, kind data.BackupKind, progress func(done, total int)) (Made, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return Made{}, fmt.Errorf("backups folder: %w", err)
	}
	office.RemoveStaleTemps(s.dir)
	now := s.Now()
	name := data.BackupFileName(now, kind, false)
	for exists(filepath.Join(s.dir, name)) { // two in one second
		now = now.Add(time.Second)
		name = data.BackupFileName(now, kind, false)
	}
	path := filepath.Join(s.dir, name)
	made, err := s.checkedCopy(ctx, path, progress)
	if err != nil {
		return Made{}, err
	}
	m := readManifest(s.dir)
	m.Backups[name] = made.Counts
	if err := s.applyRetention(s.dir, now, &m); err != nil {
		return made, err
	}
	if err := m.write(s.dir); err != nil {
		return made, fmt.Errorf("backups folder: %w", err)
	}
	if s.copyDue(ctx, kind, now) {
		made.Copy, made.CopyErr = s.copyToSecondPlace(ctx, path)
	}
	return made, nil
}

// checkedCopy backs the database up to path through a temporary file beside
// it, checks the copy and only then gives it path.
func (s *Service) checkedCopy(ctx context.Context, path string, progress func(done, total int)) (Made, error) {
	tmp, err := office.TempFile(path)
	if err != nil {
		return Made{}, fmt.Errorf("backup: %w", err)
	}
	tmp.Close()
	os.Remove(tmp.Name()) // Backup creates it anew, refusing a file that exists
	if err := s.store.Backup(ctx, tmp.Name(), progress); err != nil {
		return Made{}, fmt.Errorf("backup: %w", err)
	}
	h, err := store.InspectFile(ctx, tmp.Name())
	if err == nil && !h.Sound() {
		err = fmt.Errorf("the copy is damaged: %v", append(h.Unknown, h.Integrity...))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return Made{}, fmt.Errorf("backup failed its check, and was deleted: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return Made{}, fmt.Errorf("backup: %w", err)
	}
	syncDir(filepath.Dir(path))
	fi, err := os.Stat(path)
	if err != nil {
		return Made{}, fmt.Errorf("backup: %w", err)
	}
	return Made{Path: path, Counts: h.Counts, Size: fi.Size()}, nil
}

// MakeCopy writes a checked backup to out, a file of the user's choosing
// (balai backup --out): a plain SQLite copy, or with a passphrase an
// encrypted one, which counts as a copy that left the PC. The plain copy that
// is encrypted stays in the backups folder only while it is.
func (s *Service) MakeCopy(ctx context.Context, out, passphrase string, progress func(done, total int)) (Made, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if di, err := os.Stat(filepath.Dir(out)); err != nil || !di.IsDir() {
		return Made{}, &store.FileError{Path: filepath.Dir(out), Folder: true, Err: data.ErrNoFolder}
	}
	office.RemoveStaleTemps(filepath.Dir(out))
	if passphrase == "" {
		return s.checkedCopy(ctx, out, progress)
	}
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return Made{}, fmt.Errorf("backups folder: %w", err)
	}
	office.RemoveStaleTemps(s.dir)
	plain, err := office.TempFile(filepath.Join(s.dir, data.BackupFileName(s.Now(), data.BackupManual, false)))
	if err != nil {
		return Made{}, fmt.Errorf("backup: %w", err)
	}
	plain.Close()
	os.Remove(plain.Name())
	made, err := s.checkedCopy(ctx, plain.Name(), progress)
	if err != nil {
		return Made{}, err
	}
	defer os.Remove(plain.Name())
	if err := encryptFile(ctx, plain.Name(), out, passphrase); err != nil {
		return Made{}, err
	}
	m := readManifest(s.dir)
	m.OffsiteAt = s.Now()
	if err := m.write(s.dir); err != nil {
		return Made{}, fmt.Errorf("backups folder: %w", err)
	}
	fi, err := os.Stat(out)
	if err != nil {
		return Made{}, err
	}
	made.Path, made.Size = out, fi.Size()
	return made, nil
}

// applyRetention removes the backups in dir that the retention rule lets
// go, and their entries in m (nil for the second place). Only Balai's own
// kind of file is touched there: plain backups in the backups folder,
// encrypted copies in the second place.
func (s *Service) applyRetention(dir string, now time.Time, m *manifest) error {
	found, err := backupsIn(dir, now.Location())
	if err != nil {
		return fmt.Errorf("list backups: %w", err)
	}
	encrypted := m == nil
	var all []data.Backup
	for _, b := range found {
		if b.Encrypted == encrypted {
			all = append(all, b)
		}
	}
	var errs []error
	for _, b := range data.BackupsToRemove(all, now) {
		if err := os.Remove(filepath.Join(dir, b.Name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		if m != nil {
			delete(m.Backups, b.Name)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("remove old backups: %w", errors.Join(errs...))
	}
	return nil
}

// BeforeChange backs the database up before something that changes much of
// it (an import, a migration): a backup of kind, or nothing when the
// database holds nothing yet.
func (s *Service) BeforeChange(ctx context.Context, kind data.BackupKind) error {
	c, err := s.store.Counts(ctx)
	if err != nil {
		return fmt.Errorf("backup before %s: %w", kind, err)
	}
	if c == (data.DatabaseCounts{}) {
		return nil
	}
	if _, err := s.Make(ctx, kind, nil); err != nil {
		return fmt.Errorf("backup before the change: %w", err)
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// syncDir makes a rename in dir durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// BeforeMigration backs a database up before this Balai changes its layout:
// store.OpenOptions.BeforeMigrate.
func BeforeMigration(ctx context.Context, st *store.Store, pending []string) error {
	if _, err := New(st).Make(ctx, data.BackupBeforeMigration, nil); err != nil {
		return fmt.Errorf("back up before updating the database (%d changes): %w", len(pending), err)
	}
	return nil
}
