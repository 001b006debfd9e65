package backup

import (
	"context"
	"sync"
	"time"

	"balai/data"
)

// When the window makes backups by itself.
const (
	// AutoEvery: at most this often while data changes.
	AutoEvery = 30 * time.Minute
	// StartAfter: on start, when the newest backup is older than this.
	StartAfter = 24 * time.Hour
	// tickEvery is how often Auto looks at the database.
	tickEvery = time.Minute
)

// startDelay lets the window open and show its first page before the backup
// on start takes its share of the cores; tests shorten it.
var startDelay = 15 * time.Second

// Auto makes the automatic backups of a window's session: on start when the
// newest backup is older than StartAfter, every AutoEvery while data changed,
// and on Stop after changes. When Balai is idle it folds the write-ahead log
// into the database file (a passive checkpoint), and it copies the newest
// backup to the second place when that becomes reachable.
type Auto struct {
	svc *Service
	// onBackup is told of each automatic backup, made or failed, on Auto's
	// goroutine.
	onBackup func(Made, error)

	stop    chan struct{}
	done    chan struct{}
	running bool // run was started

	mu           sync.Mutex
	lastBackup   time.Time // when the newest backup was made
	saved        int64     // the data version the newest backup of this session holds
	seen         int64     // the data version at the last tick
	checkpointed int64     // the data version at the last checkpoint
}

// StartAuto starts the automatic backups. onBackup (may be nil) hears of each.
func (s *Service) StartAuto(ctx context.Context, onBackup func(Made, error)) *Auto {
	a := newAuto(ctx, s, onBackup)
	a.running = true
	go a.run(ctx)
	return a
}

func newAuto(ctx context.Context, s *Service, onBackup func(Made, error)) *Auto {
	a := &Auto{svc: s, onBackup: onBackup, stop: make(chan struct{}), done: make(chan struct{})}
	a.saved, _ = s.store.DataVersion(ctx)
	a.seen, a.checkpointed = a.saved, a.saved
	if st, err := s.Status(ctx); err == nil {
		a.lastBackup = st.Newest
	}
	return a
}

func (a *Auto) run(ctx context.Context) {
	defer close(a.done)
	select {
	case <-a.stop:
		return
	case <-ctx.Done():
		return
	case <-time.After(startDelay):
	}
	a.onStart(ctx)
	t := time.NewTicker(tickEvery)
	defer t.Stop()
	for {
		select {
		case <-a.stop:
			return
		case <-ctx.Done():
			return
		case <-t.C:
			a.tick(ctx)
		}
	}
}

// onStart backs up when the newest backup is older than StartAfter.
func (a *Auto) onStart(ctx context.Context) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.lastBackup.IsZero() || a.svc.Now().Sub(a.lastBackup) >= StartAfter {
		a.backup(ctx)
	}
}

// tick backs up when data changed and the last backup is AutoEvery old,
// checkpoints when nothing changed since the last tick, and lets the second
// place catch up.
func (a *Auto) tick(ctx context.Context) {
	a.mu.Lock()
	defer a.mu.Unlock()
	v, err := a.svc.store.DataVersion(ctx)
	if err != nil {
		return
	}
	switch {
	case v != a.saved && a.svc.Now().Sub(a.lastBackup) >= AutoEvery:
		a.backup(ctx)
	case v == a.seen && v != a.checkpointed:
		if a.svc.store.Checkpoint(ctx, false) == nil {
			a.checkpointed = v
		}
	}
	a.seen = v
	if p, err := a.svc.SyncSecondPlace(ctx); (p != "" || err != nil) && a.onBackup != nil {
		a.onBackup(Made{Copy: p, CopyErr: err}, nil)
	}
}

// backup makes an automatic backup, unless the database holds nothing yet.
// Called with mu held.
func (a *Auto) backup(ctx context.Context) {
	v, err := a.svc.store.DataVersion(ctx)
	if err != nil {
		return
	}
	if c, err := a.svc.store.Counts(ctx); err == nil && c == (data.DatabaseCounts{}) {
		a.saved = v
		return
	}
	made, err := a.svc.Make(ctx, data.BackupAuto, nil)
	if err == nil {
		a.saved, a.lastBackup = v, a.svc.Now()
	}
	if a.onBackup != nil {
		a.onBackup(made, err)
	}
}

// Stop ends the automatic backups: a last backup when data changed since
// the newest, then a full checkpoint, so the database file alone is whole.
// It reports whether it made a backup.
func (a *Auto) Stop(ctx context.Context) (bool, error) {
	if a.running {
		close(a.stop)
		<-a.done
		a.running = false
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	made := false
	v, err := a.svc.store.DataVersion(ctx)
	if err == nil && v != a.saved {
		var c data.DatabaseCounts
		if c, err = a.svc.store.Counts(ctx); err == nil && c != (data.DatabaseCounts{}) {
			_, err = a.svc.Make(ctx, data.BackupAuto, nil)
			made = err == nil
		}
	}
	if cerr := a.svc.store.Checkpoint(ctx, true); err == nil {
		err = cerr
	}
	return made, err
}
