package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"balai/data"
)

// The second place is a folder on a USB stick or a network share, set in the
// settings, that gets an encrypted copy of the backups whenever it is
// reachable. Its settings live in the database, so they come back with it
// after a restore on a new PC.
const (
	keySecondFolder = "backup_second_folder"
	keyPassphrase   = "backup_passphrase"
)

// copyEvery is how often at most an automatic backup also goes to the
// second place: encrypting costs a second and 256 MB (scrypt), and a USB
// stick is slow. Backups made by hand always go.
const copyEvery = time.Hour

// OffsiteWarnAfter is how long without a copy leaving the PC the window
// warns about it.
const OffsiteWarnAfter = 7 * 24 * time.Hour

// Settings reads the second place's folder and passphrase.
func (s *Service) Settings(ctx context.Context) (data.BackupSettings, error) {
	folder, err := s.store.Setting(ctx, keySecondFolder, "")
	if err != nil {
		return data.BackupSettings{}, err
	}
	pass, err := s.store.Setting(ctx, keyPassphrase, "")
	if err != nil {
		return data.BackupSettings{}, err
	}
	return data.BackupSettings{SecondFolder: folder, Passphrase: pass}, nil
}

// SaveSettings checks and saves the second place's settings; problems come
// back as data.Problems. An empty folder turns the second place off.
func (s *Service) SaveSettings(ctx context.Context, set data.BackupSettings) error {
	set.SecondFolder = strings.TrimSpace(set.SecondFolder)
	if ps := data.CheckBackupSettings(set, isDir(set.SecondFolder)); len(ps) > 0 {
		return data.Problems(ps)
	}
	if err := s.store.SetSetting(ctx, keySecondFolder, set.SecondFolder); err != nil {
		return err
	}
	return s.store.SetSetting(ctx, keyPassphrase, set.Passphrase)
}

// copyDue reports whether a backup of kind made at now also goes to the
// second place. The second place's own trouble shows in Made.CopyErr.
func (s *Service) copyDue(ctx context.Context, kind data.BackupKind, now time.Time) bool {
	set, err := s.Settings(ctx)
	if err != nil || set.SecondFolder == "" {
		return false
	}
	if kind == data.BackupManual {
		return true
	}
	return now.Sub(readManifest(s.dir).OffsiteAt) >= copyEvery && now.Sub(s.copyTried) >= copyEvery
}

// copyToSecondPlace encrypts the backup at path into the second place, then
// applies the retention rule there too. It returns the copy's path.
func (s *Service) copyToSecondPlace(ctx context.Context, path string) (string, error) {
	now := s.Now()
	s.copyTried = now
	set, err := s.Settings(ctx)
	if err != nil {
		return "", err
	}
	if set.SecondFolder == "" {
		return "", nil
	}
	if set.Passphrase == "" {
		return "", fmt.Errorf("second place %s: %w", set.SecondFolder, ErrPassphraseNeeded)
	}
	if !isDir(set.SecondFolder) {
		return "", &UnreachableError{Folder: set.SecondFolder}
	}
	dst := filepath.Join(set.SecondFolder, filepath.Base(path)+".age")
	if err := encryptFile(ctx, path, dst, set.Passphrase); err != nil {
		return "", err
	}
	syncDir(set.SecondFolder)
	m := readManifest(s.dir)
	m.OffsiteAt = now
	err = s.applyRetention(set.SecondFolder, now, nil)
	if werr := m.write(s.dir); err == nil {
		err = werr
	}
	return dst, err
}

// UnreachableError: the second place's folder is not there now (a USB
// stick not plugged in, a share offline).
type UnreachableError struct{ Folder string }

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("the second place %s is not reachable", e.Folder)
}

// SyncSecondPlace copies the newest backup to the second place when it is
// reachable and has gone without a copy for copyEvery: a USB stick plugged in
// gets the data without waiting for the next change. It returns the copy's
// path, "" when none was due.
func (s *Service) SyncSecondPlace(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.Now()
	set, err := s.Settings(ctx)
	if err != nil || set.SecondFolder == "" || !isDir(set.SecondFolder) {
		return "", err
	}
	m := readManifest(s.dir)
	if now.Sub(m.OffsiteAt) < copyEvery || now.Sub(s.copyTried) < copyEvery {
		return "", nil
	}
	local, err := backupsIn(s.dir, now.Location())
	if err != nil {
		return "", err
	}
	newest, ok := data.NewestBackup(local)
	if !ok || !newest.Time.After(m.OffsiteAt) {
		return "", nil
	}
	return s.copyToSecondPlace(ctx, filepath.Join(s.dir, newest.Name))
}

// Status is what the window shows of the backups.
type Status struct {
	Newest       time.Time // the newest backup in the backups folder; zero when none
	OffsiteAt    time.Time // the last copy that left the PC; zero when never
	SecondFolder string    // "" when none is set
	Reachable    bool      // whether SecondFolder is there now
}

// Status reads the state of the backups.
func (s *Service) Status(ctx context.Context) (Status, error) {
	set, err := s.Settings(ctx)
	if err != nil {
		return Status{}, err
	}
	local, err := backupsIn(s.dir, s.Now().Location())
	if err != nil {
		return Status{}, err
	}
	st := Status{OffsiteAt: readManifest(s.dir).OffsiteAt, SecondFolder: set.SecondFolder, Reachable: isDir(set.SecondFolder)}
	if newest, ok := data.NewestBackup(local); ok {
		st.Newest = newest.Time
	}
	return st, nil
}

// OffsiteOverdue reports whether no copy has left the PC for
// OffsiteWarnAfter (or ever).
func (st Status) OffsiteOverdue(now time.Time) bool {
	return st.OffsiteAt.IsZero() || now.Sub(st.OffsiteAt) >= OffsiteWarnAfter
}

func isDir(path string) bool {
	if path == "" {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// IsUnreachable reports whether err is a second place that is not there.
func IsUnreachable(err error) bool {
	var u *UnreachableError
	return errors.As(err, &u)
}
