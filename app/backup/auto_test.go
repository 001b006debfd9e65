package backup

import (
	"balai/data/demo"

	"context"
	"testing"
	"time"

	"balai/data"
)

// The automatic backups over a day, with an injected clock: on start when
// the newest is a day old, every 30 minutes while data changes, none while
// nothing does, and on close after changes.
func TestAutoBackups(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	svc, clk := newService(t, st, time.Date(2026, 12, 7, 7, 30, 0, 0, wita))
	var made []Made
	onBackup := func(m Made, err error) {
		if err != nil {
			t.Errorf("automatic backup: %v", err)
		}
		if m.Path != "" {
			made = append(made, m)
		}
	}

	// An empty database is not backed up.
	a := newAuto(ctx, svc, onBackup)
	a.onStart(ctx)
	if len(made) != 0 {
		t.Fatalf("backed up an empty database: %v", made)
	}
	demo.AddSeekers(ctx, st, 10, 1)
	if _, err := a.Stop(ctx); err != nil || len(dirNamesOrNone(t, svc.Dir())) != 2 {
		t.Fatalf("close after the first changes: %v, %v", err, dirNamesOrNone(t, svc.Dir()))
	}

	// Next morning: the newest is from yesterday, but less than a day old.
	clk.advance(23 * time.Hour)
	a = newAuto(ctx, svc, onBackup)
	a.onStart(ctx)
	if len(made) != 0 {
		t.Errorf("backed up on start with a backup 23 hours old")
	}
	clk.advance(2 * time.Hour) // a day and an hour
	a = newAuto(ctx, svc, onBackup)
	a.onStart(ctx)
	if len(made) != 1 {
		t.Fatalf("no backup on start after a day: %d", len(made))
	}

	// A working morning: a change every 10 minutes, a tick every minute.
	for range 120 {
		clk.advance(time.Minute)
		if clk.t.Minute()%10 == 0 {
			demo.AddSeekers(ctx, st, 1, uint64(clk.t.Unix()))
		}
		a.tick(ctx)
	}
	if len(made) != 1+4 {
		t.Errorf("%d backups in two busy hours, want 4 (every 30 minutes)", len(made)-1)
	}
	// Lunch: nothing changes, nothing is backed up; the log is checkpointed.
	for range 90 {
		clk.advance(time.Minute)
		a.tick(ctx)
	}
	if len(made) != 5 {
		t.Errorf("%d backups while nothing changed", len(made)-5)
	}
	v, _ := st.DataVersion(ctx)
	if a.checkpointed != v {
		t.Error("no checkpoint while idle")
	}

	// One change, then closing: a last backup.
	demo.AddSeekers(ctx, st, 1, 999)
	clk.advance(time.Minute)
	if ok, err := a.Stop(ctx); !ok || err != nil {
		t.Errorf("close after a change: %v, %v", ok, err)
	}
	// Closing without changes makes none.
	a = newAuto(ctx, svc, onBackup)
	if ok, err := a.Stop(ctx); ok || err != nil {
		t.Errorf("close without changes: %v, %v", ok, err)
	}
	list, _ := svc.List(ctx)
	for _, e := range list {
		if e.Kind != data.BackupAuto {
			t.Errorf("%s is not automatic", e.Name)
		}
	}
}

// StartAuto runs on its own goroutine until Stop.
func TestStartAndStopAuto(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	demo.AddSeekers(ctx, st, 10, 1)
	svc := New(st)
	defer func(d time.Duration) { startDelay = d }(startDelay)
	startDelay = 0
	done := make(chan Made, 1)
	a := svc.StartAuto(ctx, func(m Made, err error) { done <- m })
	select {
	case m := <-done:
		if m.Path == "" {
			t.Errorf("start: %+v", m)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no backup on the first start")
	}
	if _, err := a.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}

func dirNamesOrNone(t *testing.T, dir string) []string {
	t.Helper()
	if !isDir(dir) {
		return nil
	}
	return dirNames(t, dir)
}
