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

// migrate brings the database's layout up to this version of Balai,
// applying each pending migration in a write transaction of its own.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	known, err := knownMigrations()
	if err != nil {
		return err
	}
	for _, name := range known {
		if err := s.applyMigration(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) applyMigration(ctx context.Context, name string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	if n > 0 {
		return nil
	}
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
