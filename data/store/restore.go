package store

import (
	"context"
	"errors"
	"fmt"
)

// Restore replaces everything the database holds — the register, classes,
// certificates, settings and the certificate signing key — with the database
// in src, a file InspectFile found sound. It runs SQLite's backup API into
// the open database: one write transaction, so the database is either the
// old one or the new one, even if Balai is killed halfway, and Balai's other
// connections see the new content at once. Migrations the restored database
// lacks (a backup made by an older Balai) are applied after it.
func (s *Store) Restore(ctx context.Context, src string, progress func(done, total int)) error {
	h, err := InspectFile(ctx, src)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if len(h.Unknown) > 0 {
		return fmt.Errorf("restore: %w", &NewerDatabaseError{Migration: h.Unknown[0]})
	}
	if len(h.Integrity) > 0 {
		return fmt.Errorf("restore: the file is %s", h.describe())
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	err = conn.Raw(func(dc any) error {
		bc, ok := dc.(backupConn)
		if !ok {
			return errors.New("the SQLite driver has no backup API")
		}
		b, err := bc.NewRestore(fileDSN(src) + "?mode=ro")
		if err != nil {
			return err
		}
		return runBackup(ctx, b, progress)
	})
	conn.Close()
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}
