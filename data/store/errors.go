package store

import (
	"database/sql"
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"balai/data"
)

// NewerDatabaseError refuses a database that holds a migration this Balai
// does not know: a newer version made it. errors.Is finds data.ErrNewerDatabase.
type NewerDatabaseError struct {
	Migration string // the first unknown migration, e.g. "0009_something"
}

func (e *NewerDatabaseError) Error() string {
	return fmt.Sprintf("%v (migration %s); update Balai", data.ErrNewerDatabase, e.Migration)
}

func (e *NewerDatabaseError) Unwrap() error { return data.ErrNewerDatabase }

// problemsError is ps as an error, nil when there are none.
func problemsError(ps []data.Problem) error {
	if len(ps) == 0 {
		return nil
	}
	return data.Problems(ps)
}

// inUse is ErrInUse with the problem that says why (errors.Is finds
// ErrInUse, errors.As the *Problem).
func inUse(p data.Problem) error { return fmt.Errorf("%w: %w", data.ErrInUse, &p) }

// readErr is the error of reading one row: sql.ErrNoRows is ErrNotFound,
// any other error is wrapped with what was read.
func readErr(err error, what string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, sql.ErrNoRows):
		return data.ErrNotFound
	}
	return fmt.Errorf("read %s: %w", what, err)
}

// mustAffect is ErrNotFound when a write changed no row.
func mustAffect(res sql.Result) error {
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return data.ErrNotFound
	}
	return nil
}

// isForeignKeyViolation reports whether err is SQLite refusing a change that breaks a reference.
func isForeignKeyViolation(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}

// isUniqueViolation reports whether err is SQLite refusing a duplicate key.
func isUniqueViolation(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && (se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY)
}
