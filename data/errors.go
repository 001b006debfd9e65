package data

import "errors"

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// ErrInUse is returned when a record cannot be deleted because other records refer to it.
var ErrInUse = errors.New("in use")

// ErrNewerDatabase is returned when a database holds changes of its layout
// (migrations) that this version of Balai does not know: a newer Balai made
// it, and this one must not write to it.
var ErrNewerDatabase = errors.New("this database was made by a newer version of Balai")

// Errors of the database file itself, before anything is read from it.
var (
	// ErrNoDatabase: the file does not exist, and what was asked may not make one.
	ErrNoDatabase = errors.New("the database file does not exist")
	// ErrEmptyDatabase: the file is empty (0 bytes); it holds no database, and
	// becoming one silently would hide a wrong path or a failed copy.
	ErrEmptyDatabase = errors.New("the file is empty (0 bytes), not a Balai database")
	// ErrNoFolder: the folder named for the database does not exist; Balai
	// creates no folder but its own data folder.
	ErrNoFolder = errors.New("the folder does not exist")
	// ErrReadOnly: Balai may not write to the database's folder or file.
	ErrReadOnly = errors.New("Balai may not write there")
	// ErrNotBalaiDatabase: the file is not a database made by Balai.
	ErrNotBalaiDatabase = errors.New("not a Balai database")
)
