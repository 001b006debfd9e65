package store

import (
	"balai/data"
	"context"
	"fmt"
)

// stampRow sets a row's timestamp column (archived_at, cancelled_at) to now,
// keeping the first date when it is set already (on), or clears it.
func (s *Store) stampRow(ctx context.Context, table, column, id string, on bool) error {
	at := ""
	if on {
		at = s.now()
	}
	res, err := s.db.ExecContext(ctx, `UPDATE `+table+` SET updated_at = ?, `+column+` = CASE WHEN ? = '' OR `+column+` = '' THEN ? ELSE `+column+` END
		WHERE id = ?`, s.now(), at, at, id)
	if err != nil {
		return fmt.Errorf("update %s: %w", table, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return nil
}
