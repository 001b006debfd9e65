package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// changeWatch holds a connection of its own that never writes, to ask SQLite
// whether the database changed: PRAGMA data_version moves on whenever another
// connection commits — any of this Balai's pool, or another program's.
type changeWatch struct {
	mu   sync.Mutex
	conn *sql.Conn
}

func (w *changeWatch) close() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.conn != nil {
		w.conn.Close()
		w.conn = nil
	}
}

// DataVersion is a number that changes whenever the database changes, for
// the automatic backups to know whether there is anything new to save. Only
// its changes mean something, not its value.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	s.watch.mu.Lock()
	defer s.watch.mu.Unlock()
	if s.watch.conn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("watch changes: %w", err)
		}
		s.watch.conn = c
	}
	var v int64
	if err := s.watch.conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("watch changes: %w", err)
	}
	return v, nil
}

// Checkpoint folds the write-ahead log into the database file. A passive one
// (when Balai is idle) copies what no reader still needs and never waits; a
// full one (when Balai closes) waits for readers and empties the log, so the
// database file alone is the whole database.
func (s *Store) Checkpoint(ctx context.Context, full bool) error {
	mode := "PASSIVE"
	if full {
		mode = "TRUNCATE"
	}
	var busy, logged, done int
	if err := s.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(`+mode+`)`).Scan(&busy, &logged, &done); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	if full && busy != 0 {
		return fmt.Errorf("checkpoint: the database is busy")
	}
	return nil
}
