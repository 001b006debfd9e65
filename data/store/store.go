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
	"path/filepath"
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
}

// Open opens (creating if needed) the database at path and applies pending
// migrations. A database made by a newer Balai is refused, untouched, with
// a *NewerDatabaseError (errors.Is finds data.ErrNewerDatabase).
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create database folder: %w", err)
		}
	}
	// Create the file private to the user before SQLite opens it: its -wal
	// and -shm files take the database file's permissions (UU PDP).
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600); err == nil {
		f.Close()
	}
	// _txlock=immediate makes every write transaction take the write lock
	// when it begins (see beginWrite); read transactions ask for a plain
	// BEGIN instead (see beginRead). WAL lets reads go on while one writes.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-" + strconv.Itoa(cacheKiB) + ")&_pragma=temp_store(MEMORY)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	s := &Store{db: db, path: path, Now: time.Now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	_ = os.Chmod(path, 0o600) // a database made by an older version or by hand
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// DB exposes the handle, for tests that set up what no method makes.
func (s *Store) DB() *sql.DB { return s.db }
