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
