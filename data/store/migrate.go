package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Migrations change the database's layout, in the order of their names.
// One that has landed is never edited: a change is a new migration.
//
//go:embed migrations/*.sql
var migrations embed.FS

// migrate brings the database's layout up to this version of Balai. It
// reads which migrations are applied in a read transaction, which takes no
// lock: a database already up to date (every start but the first after an
// update) opens without waiting for another program that is writing, so a
// read-only command works while the GUI saves. Only when a migration is
// pending does it take the write lock, read again what is applied (another
// Balai may have migrated meanwhile) and apply the rest in that one
// transaction: all of them or, on an error, none. A database holding a
// migration this Balai does not know is refused before anything is written.
func (s *Store) migrate(ctx context.Context) error {
	known, err := knownMigrations()
	if err != nil {
		return err
	}
	applied, err := s.appliedMigrations(ctx)
	if err != nil {
		return err
	}
	pending, err := pendingMigrations(known, applied)
	if err != nil || len(pending) == 0 {
		return err
	}
	if len(applied) > 0 && s.beforeMigrate != nil {
		if err := s.beforeMigrate(ctx, s, pending); err != nil {
			return fmt.Errorf("before migrating: %w", err)
		}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	if applied, err = appliedMigrationNames(ctx, tx); err != nil {
		return err
	}
	if pending, err = pendingMigrations(known, applied); err != nil {
		return err
	}
	for _, name := range pending {
		body, err := migrations.ReadFile("migrations/" + name + ".sql")
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
			name, timeText(tx.now)); err != nil {
			return fmt.Errorf("record migration %s: %w", name, err)
		}
	}
	return tx.Commit()
}

// knownMigrations lists the migrations built into this Balai, in order.
func knownMigrations() ([]string, error) {
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = strings.TrimSuffix(path.Base(f), ".sql")
	}
	slices.Sort(names)
	return names, nil
}

// pendingMigrations lists the known migrations not applied yet, in order.
// An applied one that is not known makes a *NewerDatabaseError.
func pendingMigrations(known, applied []string) ([]string, error) {
	for _, a := range applied {
		if !slices.Contains(known, a) {
			return nil, &NewerDatabaseError{Migration: a}
		}
	}
	var pending []string
	for _, k := range known {
		if !slices.Contains(applied, k) {
			pending = append(pending, k)
		}
	}
	return pending, nil
}

// appliedMigrations reads the applied migrations in a read transaction;
// none for a new database.
func (s *Store) appliedMigrations(ctx context.Context) ([]string, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema
		WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n); err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	if n == 0 {
		return nil, nil
	}
	return appliedMigrationNames(ctx, tx)
}

func appliedMigrationNames(ctx context.Context, tx *Tx) ([]string, error) {
	names, err := queryList(ctx, tx, scanString, `SELECT name FROM schema_migrations ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	return names, nil
}

// Migrations lists the applied migrations in order.
func (s *Store) Migrations(ctx context.Context) ([]string, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return appliedMigrationNames(ctx, tx)
}
