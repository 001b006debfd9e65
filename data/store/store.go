// Package store keeps Balai's data in one SQLite file: it is the only
// package with SQL. Every exported method takes a context first and runs in
// one transaction (see Tx), so what it reads is one snapshot and what it
// writes is saved whole or not at all.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"time"
)

// Store is Balai's database: one SQLite file.
type Store struct {
	db   *sql.DB
	path string
	// Now returns the current time; tests replace it. A transaction reads it
	// once, when it begins (see Tx).
	Now func() time.Time
	// User is who the certificate audit log names; "" is the operating
	// system's user name.
	User string

	beforeMigrate func(ctx context.Context, s *Store, pending []string) error
	watch         changeWatch
}

// Open opens the database at path, creating the file if it is missing (never
// its folder), and applies pending migrations. A database made by a newer
// Balai is refused, untouched, with a *NewerDatabaseError (errors.Is finds
// data.ErrNewerDatabase).
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, OpenOptions{Create: true})
}

// OpenOptions say what OpenWith may do with a path that holds no database
// yet, and what runs before a migration.
type OpenOptions struct {
	// Create lets a missing file be created; its folder must exist.
	Create bool
	// AdoptEmpty lets an empty (0-byte) file become a database: only when
	// the user said so, since an empty file is more often a mistake.
	AdoptEmpty bool
	// BeforeMigrate, if set, runs when a database that already holds data
	// is about to get migrations (pending names them): e.g. a backup. An
	// error stops the opening with nothing changed.
	BeforeMigrate func(ctx context.Context, s *Store, pending []string) error
}

// OpenWith opens the database at path as opts allow: a missing folder is
// never created (errors.Is finds data.ErrNoFolder), a missing file only with
// Create (else data.ErrNoDatabase), an empty one only with AdoptEmpty (else
// data.ErrEmptyDatabase). A folder or file Balai may not write to is named
// (data.ErrReadOnly) rather than reported as SQLite's "readonly database".
func OpenWith(ctx context.Context, path string, opts OpenOptions) (*Store, error) {
	if err := checkDatabaseFile(path, opts); err != nil {
		return nil, err
	}
	// Create the file private to the user before SQLite opens it: its -wal
	// and -shm files take the database file's permissions (UU PDP).
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600); err == nil {
		f.Close()
	}
	// _txlock=immediate makes every write transaction take the write lock
	// when it begins (see beginWrite); read transactions ask for a plain
	// BEGIN instead (see beginRead). WAL lets reads go on while one writes.
	db, err := sql.Open("sqlite", fileDSN(path)+
		"?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-"+strconv.Itoa(cacheKiB)+")&_pragma=temp_store(MEMORY)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	s := &Store{db: db, path: path, Now: time.Now, beforeMigrate: opts.BeforeMigrate}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	_ = os.Chmod(path, 0o600) // a database made by an older version or by hand
	return s, nil
}

// fileDSN is path as the start of an SQLite URI, whatever characters it holds.
func fileDSN(path string) string { return "file:" + (&url.URL{Path: path}).EscapedPath() }

// Close closes the database. The last connection to close folds the
// write-ahead log into the database file (SQLite's own checkpoint), so a
// copy of the file taken while Balai is closed is complete.
func (s *Store) Close() error {
	s.watch.close()
	return s.db.Close()
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// DB exposes the handle, for tests that set up what no method makes.
func (s *Store) DB() *sql.DB { return s.db }
