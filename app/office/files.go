package office

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"time"
)

// PrivateFile is the mode of the files Balai writes: lists of job seekers,
// attendance sheets and certificates hold personal data.
const PrivateFile fs.FileMode = 0o600

// WriteFileAtomic writes path through a temporary file beside it
// (".NAME.NNNN"), renamed over path once write has returned without error
// and the file is closed. A failed or cancelled write never leaves half a
// file under the real name, and an existing file stays as it was.
//
// Temporary files of writes that were killed before they ended are removed
// from the folder first (RemoveStaleTemps).
func WriteFileAtomic(path string, perm fs.FileMode, write func(io.Writer) error) error {
	removeStaleTempsNow(filepath.Dir(path))
	tmp, err := TempFile(path)
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

// TempFile creates the temporary file WriteFileAtomic writes path through:
// ".NAME.NNNN" beside it, readable by its owner only.
func TempFile(path string) (*os.File, error) {
	return os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
}

// staleTempAge is how long a temporary file goes unchanged before it is
// taken for the leftover of a write that was killed. A write changes its
// file at least at its end, and the longest (a thousand certificates, a
// backup of 100,000 seekers) takes seconds: a file untouched this long
// belongs to no running write of this or another Balai.
const staleTempAge = 10 * time.Minute

// staleTemp matches the temporary files of TempFile (".NAME.NNNN") and what
// SQLite may leave beside one that was a database.
var staleTemp = regexp.MustCompile(`^\..+\.[0-9]+(-journal|-wal|-shm)?$`)

// RemoveStaleTemps removes from dir the temporary files of writes that were
// killed (TempFile's names, unchanged for staleTempAge), so that a killed
// export, certificate run or backup leaves nothing behind for long. Files
// it cannot remove stay; nothing else is touched.
func RemoveStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !staleTemp.MatchString(e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleTempAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// cleaned is when each folder's stale temporary files were last removed: a
// thousand certificates written one file each read their folder once, not a
// thousand times.
var cleaned sync.Map // folder → time.Time

// removeStaleTempsNow is RemoveStaleTemps, unless dir was cleaned in the
// last minute.
func removeStaleTempsNow(dir string) {
	now := time.Now()
	if last, ok := cleaned.Load(dir); ok && now.Sub(last.(time.Time)) < time.Minute {
		return
	}
	cleaned.Store(dir, now)
	RemoveStaleTemps(dir)
}
