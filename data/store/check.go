package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"balai/data"
)

// Health is what a database holds and whether it is sound. Check fills every
// field for Balai's own database; InspectFile fills all but ForeignKeys and
// SearchIndex for a backup or a file to restore.
type Health struct {
	Counts      data.DatabaseCounts
	Migrations  []string // applied, in order
	Unknown     []string // applied but unknown to this Balai: a newer Balai made the database
	Pending     []string // known to this Balai but not applied: an older Balai made it
	Integrity   []string // what PRAGMA integrity_check found; none when sound
	ForeignKeys []string // references to rows that do not exist, as "table row N → parent"
	SearchIndex string   // the full-text index's own check, "" when sound
}

// Sound reports whether nothing is wrong: pages and indexes intact, every
// reference whole, the search index matching the register, and every
// migration known. Pending migrations are not wrong: opening applies them.
func (h Health) Sound() bool {
	return len(h.Integrity) == 0 && len(h.ForeignKeys) == 0 && h.SearchIndex == "" && len(h.Unknown) == 0
}

// maxIntegrityMessages bounds what integrity_check lists of a damaged file.
const maxIntegrityMessages = 20

// querier is a transaction or a connection.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Check examines Balai's own database: PRAGMA integrity_check, PRAGMA
// foreign_key_check, the full-text index's integrity-check against the
// register, and the migrations. The full-text check is run as SQLite asks,
// as an INSERT, in a write transaction that is rolled back: it changes
// nothing, but waits for the write lock like any write.
func (s *Store) Check(ctx context.Context) (Health, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return Health{}, fmt.Errorf("check: %w", err)
	}
	h, err := inspect(ctx, tx)
	if err == nil {
		h.ForeignKeys, err = foreignKeyProblems(ctx, tx)
	}
	tx.Rollback()
	if err != nil {
		return Health{}, fmt.Errorf("check: %w", err)
	}
	wtx, err := s.beginWrite(ctx)
	if err != nil {
		return Health{}, fmt.Errorf("check: %w", err)
	}
	defer wtx.Rollback()
	if _, err := wtx.ExecContext(ctx, `INSERT INTO seekers_fts (seekers_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		var se *sqlite.Error
		if !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_CORRUPT {
			return Health{}, fmt.Errorf("check search index: %w", err)
		}
		h.SearchIndex = err.Error()
	}
	return h, nil
}

// InspectFile opens the database file at path read-only and reports what it
// holds and whether its pages are sound: to check a backup before it is
// kept, and a file before it is restored. The file must be one
// self-contained database (as Backup leaves it), not one in WAL mode. A file
// that is not an SQLite database, or not Balai's, is data.ErrNotBalaiDatabase.
func InspectFile(ctx context.Context, path string) (Health, error) {
	if _, err := os.Stat(path); err != nil {
		return Health{}, fmt.Errorf("inspect: %w", err)
	}
	db, err := sql.Open("sqlite", fileDSN(path)+"?mode=ro&_pragma=busy_timeout(5000)&_pragma=cache_size(-65536)")
	if err != nil {
		return Health{}, fmt.Errorf("inspect: %w", err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return Health{}, notBalai(err)
	}
	defer conn.Close()
	h, err := inspect(ctx, conn)
	if err != nil {
		return Health{}, notBalai(err)
	}
	return h, nil
}

// FileCounts reads only the counts of the database file at path (a sealed
// copy, as InspectFile): for a list of backups, where a full check of each
// would take seconds.
func FileCounts(ctx context.Context, path string) (data.DatabaseCounts, error) {
	if _, err := os.Stat(path); err != nil {
		return data.DatabaseCounts{}, err
	}
	db, err := sql.Open("sqlite", fileDSN(path)+"?mode=ro")
	if err != nil {
		return data.DatabaseCounts{}, err
	}
	defer db.Close()
	var c data.DatabaseCounts
	err = db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM seekers), (SELECT count(*) FROM classes),
		(SELECT count(*) FROM certificates)`).Scan(&c.Seekers, &c.Classes, &c.Certificates)
	if err != nil {
		return c, notBalai(fmt.Errorf("count records of %s: %w", path, err))
	}
	return c, nil
}

// notBalai is data.ErrNotBalaiDatabase for SQLite's "file is not a
// database"; other errors stay as they are.
func notBalai(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_NOTADB {
		return fmt.Errorf("%w: %w", data.ErrNotBalaiDatabase, err)
	}
	return err
}

// isCorrupt reports whether err is SQLite finding a damaged page.
func isCorrupt(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CORRUPT
}

// inspect reads the migrations, the integrity check and the counts.
func inspect(ctx context.Context, q querier) (Health, error) {
	var h Health
	tables, err := queryStrings(ctx, q, `SELECT name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		return h, err
	}
	if !slices.Contains(tables, "schema_migrations") || !slices.Contains(tables, "seekers") {
		return h, data.ErrNotBalaiDatabase
	}
	if h.Migrations, err = queryStrings(ctx, q, `SELECT name FROM schema_migrations ORDER BY name`); err != nil {
		return h, err
	}
	known, err := knownMigrations()
	if err != nil {
		return h, err
	}
	for _, m := range h.Migrations {
		if !slices.Contains(known, m) {
			h.Unknown = append(h.Unknown, m)
		}
	}
	for _, k := range known {
		if !slices.Contains(h.Migrations, k) {
			h.Pending = append(h.Pending, k)
		}
	}
	integrity, err := queryStrings(ctx, q, fmt.Sprintf(`PRAGMA integrity_check(%d)`, maxIntegrityMessages))
	if isCorrupt(err) {
		// So damaged that the check itself stops: that is its answer.
		h.Integrity = []string{err.Error()}
		return h, nil
	}
	if err != nil {
		return h, err
	}
	if !slices.Equal(integrity, []string{"ok"}) {
		h.Integrity = integrity
	}
	for _, c := range []struct {
		table string
		n     *int
	}{{"seekers", &h.Counts.Seekers}, {"classes", &h.Counts.Classes}, {"certificates", &h.Counts.Certificates}} {
		if !slices.Contains(tables, c.table) {
			continue // a database made before the table's migration
		}
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+c.table).Scan(c.n); isCorrupt(err) {
			h.Integrity = append(h.Integrity, err.Error())
		} else if err != nil {
			return h, err
		}
	}
	return h, nil
}

// foreignKeyProblems lists the rows that refer to rows that do not exist.
func foreignKeyProblems(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprintf("%s row %d → %s", table, rowid.Int64, parent))
	}
	return out, rows.Err()
}

// Counts are the rows of job seekers, classes and certificates, archived
// and revoked included.
func (s *Store) Counts(ctx context.Context) (data.DatabaseCounts, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.DatabaseCounts{}, err
	}
	defer tx.Rollback()
	var c data.DatabaseCounts
	err = tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM seekers), (SELECT count(*) FROM classes),
		(SELECT count(*) FROM certificates)`).Scan(&c.Seekers, &c.Classes, &c.Certificates)
	if err != nil {
		return c, fmt.Errorf("count records: %w", err)
	}
	return c, nil
}

func queryStrings(ctx context.Context, q querier, query string) ([]string, error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// describe is h in one line for errors: what is wrong first.
func (h Health) describe() string {
	var parts []string
	if len(h.Unknown) > 0 {
		parts = append(parts, "made by a newer Balai (migration "+h.Unknown[0]+")")
	}
	if len(h.Integrity) > 0 {
		parts = append(parts, "damaged: "+strings.Join(h.Integrity, "; "))
	}
	if len(parts) == 0 {
		return "sound"
	}
	return strings.Join(parts, "; ")
}
