package backup

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"balai/app/office"
	"balai/data"
)

// manifestName is the file in the backups folder that remembers what each
// backup holds (checked when it was made) and when a copy last left the PC.
// It is a cache: without it the list counts each file again, and only the
// time of the last copy is lost.
const manifestName = "balai-backups.json"

type manifest struct {
	// OffsiteAt is when the last encrypted copy was written to a second
	// place (the settings' folder, or --out with a passphrase).
	OffsiteAt time.Time `json:"offsite_at,omitzero"`
	// Backups by file name (without ".age"): what each holds.
	Backups map[string]data.DatabaseCounts `json:"backups"`
}

func readManifest(dir string) manifest {
	m := manifest{Backups: map[string]data.DatabaseCounts{}}
	raw, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return m
	}
	if json.Unmarshal(raw, &m) != nil || m.Backups == nil {
		m.Backups = map[string]data.DatabaseCounts{}
	}
	return m
}

func (m manifest) write(dir string) error {
	return office.WriteFileAtomic(filepath.Join(dir, manifestName), office.PrivateFile, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(m)
	})
}

// backupsIn lists the backup files in dir, encrypted or not; none when dir
// does not exist.
func backupsIn(dir string, loc *time.Location) ([]data.Backup, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []data.Backup
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		if b, ok := data.ParseBackupFileName(e.Name(), loc); ok {
			out = append(out, b)
		}
	}
	return out, nil
}

// plainName is a backup's name without ".age": the key of the manifest, the
// same for a backup and its encrypted copy.
func plainName(b data.Backup) string {
	return data.BackupFileName(b.Time, b.Kind, false)
}
