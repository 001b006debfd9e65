package data

import "errors"

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// ErrInUse is returned when a record cannot be deleted because other records refer to it.
var ErrInUse = errors.New("in use")
