package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"

	"modernc.org/sqlite"
)

// backupPagesPerStep is how much one step of a backup or restore copies:
// 256 pages of 4 KiB, a millisecond or two. Between steps the copy yields, so
// it never holds the machine's cores for long, and it can be cancelled.
const backupPagesPerStep = 256

// backupConn is the part of modernc.org/sqlite's connection that runs
// SQLite's online backup API.
type backupConn interface {
	NewBackup(dstURI string) (*sqlite.Backup, error)
	NewRestore(srcURI string) (*sqlite.Backup, error)
}

// Backup copies the database into dst, a file that must not exist yet,
// through SQLite's online backup API — not VACUUM INTO, which may renumber
// the rowids the full-text index is keyed on, and not a copy of the file,
// which misses what is still in the write-ahead log. The copy is one
// snapshot: it holds one read transaction from its first page to its last,
// so Balai's writes (WAL) go on meanwhile and never make it start over.
// progress, if set, is told how many pages of how many are copied. The copy
// is left in rollback-journal mode, one self-contained file. On any error
// or cancellation dst is removed.
func (s *Store) Backup(ctx context.Context, dst string, progress func(done, total int)) (err error) {
	f, err := os.OpenFile(dst, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	f.Close()
	defer func() {
		if err != nil {
			removeDatabaseFiles(dst)
		}
	}()
	if err := s.copyTo(ctx, dst, progress); err != nil {
		return err
	}
	return SealCopy(ctx, dst)
}

func (s *Store) copyTo(ctx context.Context, dst string, progress func(done, total int)) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer conn.Close()
	// A plain BEGIN (the DSN's IMMEDIATE applies to BeginTx only): a read
	// transaction, whose snapshot starts at its first read.
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return conn.Raw(func(dc any) error {
		bc, ok := dc.(backupConn)
		if !ok {
			return errors.New("backup: the SQLite driver has no backup API")
		}
		b, err := bc.NewBackup(fileDSN(dst))
		if err != nil {
			return fmt.Errorf("backup: %w", err)
		}
		return runBackup(ctx, b, progress)
	})
}

// runBackup steps b to the end, then finishes it.
func runBackup(ctx context.Context, b *sqlite.Backup, progress func(done, total int)) error {
	for {
		if err := ctx.Err(); err != nil {
			b.Finish()
			return err
		}
		more, err := b.Step(backupPagesPerStep)
		if err != nil {
			b.Finish()
			return fmt.Errorf("copy pages: %w", err)
		}
		if progress != nil {
			total := b.PageCount()
			done := total
			if more {
				done -= b.Remaining()
			}
			progress(done, total)
		}
		if !more {
			return b.Finish()
		}
	}
}

// SealCopy puts a copied database file in rollback-journal mode: a copy
// takes the source's WAL mode with its pages, and a backup (or a file about
// to be restored) must be one file that opens read-only anywhere, without
// -wal and -shm files beside it. Only for copies Balai made and owns.
func SealCopy(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", fileDSN(path))
	if err != nil {
		return fmt.Errorf("seal copy: %w", err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRowContext(ctx, `PRAGMA journal_mode = DELETE`).Scan(&mode); err != nil {
		return fmt.Errorf("seal copy: %w", err)
	}
	if mode != "delete" {
		return fmt.Errorf("seal copy: journal mode stays %s", mode)
	}
	return db.Close()
}

// removeDatabaseFiles removes a database file and what SQLite may have left
// beside it.
func removeDatabaseFiles(path string) {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}
