package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"balai/app/office"
	"balai/data"
	"balai/data/store"
)

// Candidate is a file about to be restored: checked, with what it holds
// beside what the database holds now, for the user to confirm.
type Candidate struct {
	File      string    // as the user named it
	Time      time.Time // when the backup was made (its name), else the file's time
	Encrypted bool
	Health    store.Health        // what the file holds; sound, made by this Balai or an older one
	Current   data.DatabaseCounts // what the database holds now

	svc *Service
	tmp string // the checked copy that Apply restores, beside the database
}

// DamagedError: the file's pages or indexes are damaged.
type DamagedError struct {
	File     string
	Problems []string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("%s is damaged (%d problems, the first: %s)", e.File, len(e.Problems), e.Problems[0])
}

// PrepareRestore checks file for a restore: a Balai database, encrypted (the
// passphrase opens it) or not, whose pages are sound and which no newer Balai
// made. The file itself is never changed: it is copied (or decrypted) into a
// temporary file beside the database, which is what is checked and restored.
// Discard or Apply the candidate.
func (s *Service) PrepareRestore(ctx context.Context, file, passphrase string) (_ *Candidate, err error) {
	fi, err := os.Stat(file)
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("restore: %s is a folder", file)
	}
	dbDir := filepath.Dir(s.store.Path())
	office.RemoveStaleTemps(dbDir)
	tmp, err := office.TempFile(filepath.Join(dbDir, "balai-restore.db"))
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	tmp.Close()
	c := &Candidate{File: file, Time: fi.ModTime(), svc: s, tmp: tmp.Name()}
	defer func() {
		if err != nil {
			c.Discard()
		}
	}()
	if c.Encrypted, err = IsEncrypted(file); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	if err := copyForRestore(ctx, file, c.tmp, c.Encrypted, passphrase); err != nil {
		return nil, err
	}
	if err := store.SealCopy(ctx, c.tmp); err != nil {
		return nil, fmt.Errorf("restore: %s: %w", file, notADatabase(err))
	}
	if c.Health, err = store.InspectFile(ctx, c.tmp); err != nil {
		return nil, fmt.Errorf("restore: %s: %w", file, err)
	}
	switch {
	case len(c.Health.Unknown) > 0:
		return nil, fmt.Errorf("restore: %s: %w", file, &store.NewerDatabaseError{Migration: c.Health.Unknown[0]})
	case len(c.Health.Integrity) > 0:
		return nil, fmt.Errorf("restore: %w", &DamagedError{File: file, Problems: c.Health.Integrity})
	}
	if b, ok := data.ParseBackupFileName(filepath.Base(file), s.Now().Location()); ok {
		c.Time = b.Time
	}
	if c.Current, err = s.store.Counts(ctx); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	return c, nil
}

// copyForRestore copies (or decrypts) file into tmp.
func copyForRestore(ctx context.Context, file, tmp string, encrypted bool, passphrase string) error {
	if encrypted {
		os.Remove(tmp)
		if err := decryptFile(ctx, file, tmp, passphrase); err != nil {
			return fmt.Errorf("restore: %s: %w", file, err)
		}
		return nil
	}
	in, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer in.Close()
	out, err := os.OpenFile(tmp, os.O_WRONLY|os.O_TRUNC, office.PrivateFile)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	_, err = copyContext(ctx, out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("restore: copy %s: %w", file, err)
	}
	return nil
}

// notADatabase is data.ErrNotBalaiDatabase for a file SQLite cannot read
// as a database at all.
func notADatabase(err error) error {
	if errors.Is(err, data.ErrNotBalaiDatabase) {
		return err
	}
	return fmt.Errorf("%w (%v)", data.ErrNotBalaiDatabase, err)
}

// Restored is the outcome of a restore.
type Restored struct {
	Counts data.DatabaseCounts // what the database holds now
	Before Made                // the backup of the database as it was; Path "" when it held nothing
}

// Apply restores the candidate: first a backup of the database as it is
// (kept until deleted by hand), then the candidate replaces it in one
// transaction (store.Restore). If the backup fails nothing is restored.
func (c *Candidate) Apply(ctx context.Context, progress func(done, total int)) (Restored, error) {
	defer c.Discard()
	var r Restored
	if c.Current != (data.DatabaseCounts{}) {
		made, err := c.svc.Make(ctx, data.BackupBeforeRestore, nil)
		if err != nil {
			return r, fmt.Errorf("restore: nothing was restored, the backup of the current database failed: %w", err)
		}
		r.Before = made
	}
	c.svc.mu.Lock()
	err := c.svc.store.Restore(ctx, c.tmp, progress)
	c.svc.mu.Unlock()
	if err != nil {
		return r, err
	}
	counts, err := c.svc.store.Counts(ctx)
	if err != nil {
		return r, err
	}
	r.Counts = counts
	return r, nil
}

// Discard removes the candidate's temporary copy.
func (c *Candidate) Discard() {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(c.tmp + suffix)
	}
}
