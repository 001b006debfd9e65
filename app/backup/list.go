package backup

import (
	"context"
	"os"
	"path/filepath"
	"slices"

	"balai/data"
	"balai/data/store"
)

// Entry is one backup as the list shows it: in the backups folder, in the
// second place (encrypted), or both.
type Entry struct {
	data.Backup        // as its local name says; Encrypted when only the copy is left
	Local       string // the file in the backups folder; "" when it is not there
	Copy        string // the encrypted copy in the second place; "" when it is not there
	Size        int64  // of the local file, else of the copy
	Counts      data.DatabaseCounts
	Counted     bool // whether Counts are known
}

// Path is the file to restore the entry from: the local one when there is one.
func (e Entry) Path() string {
	if e.Local != "" {
		return e.Local
	}
	return e.Copy
}

// List lists the backups, newest first: those of the backups folder and
// those of the second place when it is reachable, one entry per backup.
func (s *Service) List(ctx context.Context) ([]Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	loc := s.Now().Location()
	local, err := backupsIn(s.dir, loc)
	if err != nil {
		return nil, err
	}
	set, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	var copies []data.Backup
	if isDir(set.SecondFolder) {
		if copies, err = backupsIn(set.SecondFolder, loc); err != nil {
			return nil, err
		}
	}
	m := readManifest(s.dir)
	byName := map[string]*Entry{}
	var out []*Entry
	entry := func(b data.Backup) *Entry {
		key := plainName(b)
		if e, ok := byName[key]; ok {
			return e
		}
		e := &Entry{Backup: b}
		e.Counts, e.Counted = m.Backups[key]
		byName[key] = e
		out = append(out, e)
		return e
	}
	changed := false
	for _, b := range local {
		if b.Encrypted {
			continue // not made by Balai: local backups are plain
		}
		e := entry(b)
		e.Local = filepath.Join(s.dir, b.Name)
		e.Size = fileSize(e.Local)
		if !e.Counted { // put here by hand: count it once
			if c, err := store.FileCounts(ctx, e.Local); err == nil {
				e.Counts, e.Counted, m.Backups[b.Name], changed = c, true, c, true
			}
		}
	}
	for _, b := range copies {
		if !b.Encrypted {
			continue
		}
		e := entry(b)
		e.Copy = filepath.Join(set.SecondFolder, b.Name)
		if e.Local == "" {
			e.Size = fileSize(e.Copy)
		}
	}
	if changed {
		_ = m.write(s.dir) // a cache: failing to write it costs a recount
	}
	entries := make([]Entry, len(out))
	for i, e := range out {
		entries[i] = *e
	}
	slices.SortStableFunc(entries, func(a, b Entry) int { return b.Time.Compare(a.Time) })
	return entries, nil
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
