package importer

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// File is a list to read: its name tells its type, and it can be read from
// the start as often as a reading needs (a CSV is streamed, once to count
// and check its text and once to import it, so that a large list never sits
// whole in memory).
type File struct {
	Name string
	Size int64
	open func() (io.ReadCloser, error)
}

// Bytes is a list held in memory (read from a dialog, made by a test).
func Bytes(name string, b []byte) File {
	return File{Name: name, Size: int64(len(b)), open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(b)), nil
	}}
}

// OpenFile is the list at path on disk. A file past MaxFileBytes is refused
// before anything is read.
func OpenFile(path string) (File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return File{}, err
	}
	f := File{Name: path, Size: info.Size(), open: func() (io.ReadCloser, error) { return os.Open(path) }}
	if f.Size > limits.fileBytes {
		return f, &LimitError{What: "file", Limit: limits.fileBytes}
	}
	return f, nil
}

// Open reads the file from the start.
func (f File) Open() (io.ReadCloser, error) {
	if f.open == nil {
		return nil, fmt.Errorf("%w: %s holds nothing", ErrUnreadable, filepath.Base(f.Name))
	}
	return f.open()
}

// readAll is the whole file, for the formats read at random (XLSX), refused
// past MaxFileBytes.
func (f File) readAll() ([]byte, error) {
	if f.Size > limits.fileBytes {
		return nil, &LimitError{What: "file", Limit: limits.fileBytes}
	}
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, limits.fileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", filepath.Base(f.Name), err)
	}
	if int64(len(b)) > limits.fileBytes {
		return nil, &LimitError{What: "file", Limit: limits.fileBytes}
	}
	return b, nil
}

// head is the file's first n bytes (fewer for a shorter file).
func (f File) head(n int) ([]byte, error) {
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b := make([]byte, n)
	k, err := io.ReadFull(r, b)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fmt.Errorf("read %s: %w", filepath.Base(f.Name), err)
	}
	return b[:k], nil
}
