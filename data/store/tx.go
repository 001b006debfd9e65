package store

import (
	"context"
	"database/sql"
	"time"

	"balai/data"
)

// Tx is one transaction of the store with the moment it began, read once
// from Store.Now: every row it writes carries the same time, and every rule
// that asks for today gets the same day, however long the transaction runs.
type Tx struct {
	*sql.Tx
	now   time.Time // UTC, whole seconds: what the database stores
	today time.Time // the clerk's calendar day at now (in Now's own location), as Balai holds dates
}

// beginWrite starts a transaction that writes. The DSN's _txlock=immediate
// makes it BEGIN IMMEDIATE: it takes the write lock when it begins, so what
// it checks (a free seat, a free certificate number) still holds when it
// writes, even when another window saves at the same moment; a second
// writer waits at its BEGIN (busy_timeout) instead of failing halfway.
func (s *Store) beginWrite(ctx context.Context) (*Tx, error) {
	return s.begin(ctx, nil)
}

// beginRead starts a transaction that only reads. ReadOnly makes
// modernc.org/sqlite issue a plain (deferred) BEGIN instead of the DSN's
// IMMEDIATE: it takes no write lock, so a read never waits for a writer
// (under WAL) and never makes one wait, and all its queries see one snapshot.
func (s *Store) beginRead(ctx context.Context) (*Tx, error) {
	return s.begin(ctx, &sql.TxOptions{ReadOnly: true})
}

func (s *Store) begin(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	return s.beginOn(ctx, s.db, opts)
}

// beginner is a *sql.DB or one of its connections (*sql.Conn).
type beginner interface {
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

func (s *Store) beginOn(ctx context.Context, db beginner, opts *sql.TxOptions) (*Tx, error) {
	tx, err := db.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	// Read after BEGIN: a write may have waited for the lock.
	now := s.Now()
	return &Tx{Tx: tx, now: now.UTC().Truncate(time.Second), today: data.DateOf(now)}, nil
}

// rowScanner is a *sql.Row or *sql.Rows.
type rowScanner interface{ Scan(dest ...any) error }

// queryList runs a query in tx and scans every row with scan.
func queryList[T any](ctx context.Context, tx *Tx, scan func(rowScanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// scanString reads a row of one text column.
func scanString(r rowScanner) (string, error) {
	var v string
	err := r.Scan(&v)
	return v, err
}
