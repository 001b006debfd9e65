package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"balai/data"
)

// FileError is a problem with the database's file or folder, which it names:
// a mistyped --db must not quietly become a new, empty register.
type FileError struct {
	Path   string // the file, or the folder when Folder
	Folder bool
	Err    error // data.ErrNoDatabase, ErrEmptyDatabase, ErrNoFolder or ErrReadOnly
}

func (e *FileError) Error() string {
	switch {
	case errors.Is(e.Err, data.ErrNoFolder):
		return fmt.Sprintf("the folder %s does not exist", e.Path)
	case errors.Is(e.Err, data.ErrNoDatabase):
		return fmt.Sprintf("the database file %s does not exist", e.Path)
	case errors.Is(e.Err, data.ErrEmptyDatabase):
		return fmt.Sprintf("%s is an empty file (0 bytes), not a Balai database", e.Path)
	case errors.Is(e.Err, data.ErrReadOnly) && e.Folder:
		return fmt.Sprintf("Balai may not write in the folder %s (it is read-only; the database needs its -wal and -shm files beside it)", e.Path)
	case errors.Is(e.Err, data.ErrReadOnly):
		return fmt.Sprintf("Balai may not write to the database file %s (it is read-only)", e.Path)
	case errors.Is(e.Err, data.ErrNotBalaiDatabase):
		return fmt.Sprintf("%s is not a Balai database (%v)", e.Path, errors.Unwrap(e.Err))
	}
	return e.Path + ": " + e.Err.Error()
}

func (e *FileError) Unwrap() error { return e.Err }

// checkDatabaseFile refuses, before SQLite sees it, a path that opts do not
// let become a database: a missing folder, a missing file without Create, an
// empty file without AdoptEmpty, a folder.
func checkDatabaseFile(path string, opts OpenOptions) error {
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s is a folder, not a database file", path)
	case err == nil && info.Size() == 0 && !opts.AdoptEmpty:
		return &FileError{Path: path, Err: data.ErrEmptyDatabase}
	case err == nil:
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("database file: %w", err)
	}
	dir := filepath.Dir(path)
	if di, err := os.Stat(dir); err != nil || !di.IsDir() {
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("database folder: %w", err)
		}
		return &FileError{Path: dir, Folder: true, Err: data.ErrNoFolder}
	}
	if !opts.Create {
		return &FileError{Path: path, Err: data.ErrNoDatabase}
	}
	return nil
}

// openError names the file SQLite cannot read as a database, and the folder
// or file behind SQLite's "attempt to write a readonly database" or "unable
// to open database file" when Balai may not write there; any other error is
// returned as it is.
func openError(path string, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	if se.Code()&0xff == sqlite3.SQLITE_NOTADB {
		return &FileError{Path: path, Err: fmt.Errorf("%w: %w", data.ErrNotBalaiDatabase, err)}
	}
	if code := se.Code() & 0xff; code != sqlite3.SQLITE_READONLY && code != sqlite3.SQLITE_CANTOPEN {
		return err
	}
	dir := filepath.Dir(path)
	if !folderWritable(dir) {
		return &FileError{Path: dir, Folder: true, Err: fmt.Errorf("%w: %w", data.ErrReadOnly, err)}
	}
	f, ferr := os.OpenFile(path, os.O_RDWR, 0)
	if ferr != nil {
		return &FileError{Path: path, Err: fmt.Errorf("%w: %w", data.ErrReadOnly, err)}
	}
	f.Close()
	return err
}

// folderWritable reports whether a file can be created in dir.
func folderWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".balai-probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}
