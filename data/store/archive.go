package store

import (
	"context"
	"fmt"
)

// stampRow sets a row's timestamp column (archived_at, cancelled_at) to the
// transaction's now, keeping the first time when it is set already (on), or
// clears it; updated_at is now either way. A row that does not exist gives
// ErrNotFound.
func stampRow(ctx context.Context, tx *Tx, table, column, id string, on bool) error {
	at := ""
	if on {
		at = formatTime(tx.now)
	}
	res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET updated_at = ?,
		`+column+` = CASE WHEN ? = '' OR `+column+` = '' THEN ? ELSE `+column+` END WHERE id = ?`,
		timeText(tx.now), at, at, id)
	if err != nil {
		return fmt.Errorf("update %s: %w", table, err)
	}
	return mustAffect(res)
}

// setStamp is stampRow as one write transaction of its own.
func (s *Store) setStamp(ctx context.Context, table, column, id string, on bool) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := stampRow(ctx, tx, table, column, id, on); err != nil {
		return err
	}
	return tx.Commit()
}
