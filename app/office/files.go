package office

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// PrivateFile is the mode of the files Balai writes: lists of job seekers,
// attendance sheets and certificates hold personal data.
const PrivateFile fs.FileMode = 0o600

// WriteFileAtomic writes path through a temporary file beside it
// (".NAME.NNNN"), renamed over path once write has returned without error
// and the file is closed. A failed or cancelled write never leaves half a
// file under the real name, and an existing file stays as it was.
func WriteFileAtomic(path string, perm fs.FileMode, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing left to remove
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
