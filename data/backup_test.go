package data

import (
	"slices"
	"testing"
	"time"
)

var wita = time.FixedZone("WITA", 8*3600)

func TestBackupFileName(t *testing.T) {
	at := time.Date(2026, 12, 6, 10, 30, 0, 0, wita)
	tests := []struct {
		kind      BackupKind
		encrypted bool
		want      string
	}{
		{BackupAuto, false, "balai-2026-12-06T10-30-00.db"},
		{BackupManual, false, "balai-2026-12-06T10-30-00-manual.db"},
		{BackupBeforeRestore, true, "balai-2026-12-06T10-30-00-before-restore.db.age"},
		{BackupBeforeImport, false, "balai-2026-12-06T10-30-00-before-import.db"},
		{BackupBeforeMigration, false, "balai-2026-12-06T10-30-00-before-migration.db"},
	}
	for _, tt := range tests {
		got := BackupFileName(at, tt.kind, tt.encrypted)
		if got != tt.want {
			t.Errorf("BackupFileName(%q, %v) = %q, want %q", tt.kind, tt.encrypted, got, tt.want)
		}
		b, ok := ParseBackupFileName(got, wita)
		if !ok || !b.Time.Equal(at) || b.Kind != tt.kind || b.Encrypted != tt.encrypted || b.Name != got {
			t.Errorf("ParseBackupFileName(%q) = %+v, %v", got, b, ok)
		}
	}
}

func TestParseBackupFileNameRefusesOthers(t *testing.T) {
	for _, name := range []string{
		"balai.db", "balai-backups.json", "balai-2026-12-06.db", "balai-2026-12-06T10-30-00.sqlite",
		"balai-2026-12-06T10-30-00-weekly.db", "balai-2026-12-06T10-30-00manual.db",
		".balai-2026-12-06T10-30-00.db.123456", "balai-2026-13-06T10-30-00.db", "x-2026-12-06T10-30-00.db",
	} {
		if b, ok := ParseBackupFileName(name, wita); ok {
			t.Errorf("ParseBackupFileName(%q) = %+v, want not a backup", name, b)
		}
	}
}

func TestNamesSortByTime(t *testing.T) {
	times := []time.Time{
		time.Date(2026, 1, 2, 9, 5, 0, 0, wita),
		time.Date(2026, 1, 2, 10, 0, 0, 0, wita),
		time.Date(2026, 10, 1, 8, 0, 0, 0, wita),
		time.Date(2027, 1, 1, 0, 0, 0, 0, wita),
	}
	var names []string
	for _, at := range times {
		names = append(names, BackupFileName(at, BackupAuto, false))
	}
	if !slices.IsSorted(names) {
		t.Errorf("names do not sort by time: %v", names)
	}
}

func backupAt(at time.Time, kind BackupKind) Backup {
	return Backup{Name: BackupFileName(at, kind, false), Time: at, Kind: kind}
}

func TestBackupsToRemove(t *testing.T) {
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, wita) // a Sunday
	h := func(hours int) time.Time { return now.Add(-time.Duration(hours) * time.Hour) }
	tests := []struct {
		name    string
		backups []Backup
		want    []time.Time // removed, oldest first
	}{
		{"none", nil, nil},
		{"one very old is kept as the newest", []Backup{backupAt(h(24*800), BackupAuto)}, nil},
		{"all of the last 24 hours up to 12",
			func() []Backup {
				var bs []Backup
				for i := range 14 {
					bs = append(bs, backupAt(now.Add(-time.Duration(i)*30*time.Minute), BackupAuto))
				}
				return bs
			}(),
			// the 13th and 14th newest are of today too: the day keeps only its newest
			[]time.Time{now.Add(-13 * 30 * time.Minute), now.Add(-12 * 30 * time.Minute)}},
		{"older than a day: the newest of each day",
			[]Backup{backupAt(h(30), BackupAuto), backupAt(h(33), BackupAuto), backupAt(h(50), BackupAuto)},
			// 30 h and 33 h ago are both on 5 December: the older goes
			[]time.Time{h(33)}},
		{"made by hand and before a restore are never removed",
			[]Backup{backupAt(h(24*500), BackupManual), backupAt(h(24*400), BackupBeforeRestore),
				backupAt(h(24*450), BackupAuto), backupAt(h(1), BackupAuto)},
			[]time.Time{h(24 * 450)}},
		{"before an import and a migration follow the rule",
			[]Backup{backupAt(h(24*30+1), BackupBeforeImport), backupAt(h(24*30+2), BackupBeforeMigration), backupAt(h(1), BackupAuto)},
			// same day, and that week is still within 8 weeks: its newest stays
			[]time.Time{h(24*30 + 2)}},
		{"a year and more: the newest of each month of the last 12 (January to December)",
			[]Backup{backupAt(time.Date(2025, 12, 31, 15, 0, 0, 0, wita), BackupAuto),
				backupAt(time.Date(2026, 1, 10, 15, 0, 0, 0, wita), BackupAuto),
				backupAt(time.Date(2026, 1, 31, 15, 0, 0, 0, wita), BackupAuto),
				backupAt(h(2), BackupAuto)},
			[]time.Time{time.Date(2025, 12, 31, 15, 0, 0, 0, wita), time.Date(2026, 1, 10, 15, 0, 0, 0, wita)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []time.Time
			for _, b := range BackupsToRemove(tt.backups, now) {
				got = append(got, b.Time)
			}
			if !slices.EqualFunc(got, tt.want, time.Time.Equal) {
				t.Errorf("removed %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRetentionOverAYear runs a year of office days with an injected clock: a
// backup on start, every 30 minutes while working, on close, and by hand now
// and then; the rule runs after each. At every moment what is kept must
// hold the promises, and nothing the rule removed may be one it would keep.
func TestRetentionOverAYear(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, wita)
	var kept, made []Backup
	periods := map[string]map[time.Time]bool{"day": {}, "week": {}, "month": {}}
	manual := 0
	for day := 0; day < 365; day++ {
		date := start.AddDate(0, 0, day)
		if date.Weekday() == time.Sunday || (date.Weekday() == time.Saturday && day%3 != 0) {
			continue // the office is closed
		}
		for at := date.Add(7*time.Hour + 30*time.Minute); at.Before(date.Add(16 * time.Hour)); at = at.Add(30 * time.Minute) {
			kind := BackupAuto
			if day%17 == 0 && at.Hour() == 12 && at.Minute() == 0 {
				kind, manual = BackupManual, manual+1
			}
			b := backupAt(at, kind)
			made = append(made, b)
			periods["day"][dayStart(at, wita)] = true
			periods["week"][weekStart(at, wita)] = true
			periods["month"][monthStart(at, wita)] = true
			kept = append(kept, b)
			removed := BackupsToRemove(kept, at)
			kept = slices.DeleteFunc(kept, func(k Backup) bool { return slices.Contains(removed, k) })
			checkRetention(t, kept, made, periods, at)
		}
	}
	if manualKept := countKind(kept, BackupManual); manualKept != manual {
		t.Errorf("kept %d backups made by hand, want all %d", manualKept, manual)
	}
	auto := len(kept) - manual
	if auto > KeepRecent+KeepDays+KeepWeeks+KeepMonths {
		t.Errorf("kept %d automatic backups after a year, want at most %d", auto, KeepRecent+KeepDays+KeepWeeks+KeepMonths)
	}
	t.Logf("made %d backups in a year, kept %d (%d by hand)", len(made), len(kept), manual)
}

// checkRetention fails unless kept holds, at now: the newest backup, every
// backup of the last 24 hours up to 12, and a backup of each of the last 14
// days, 8 weeks and 12 months in which any was made (madeIn holds the starts
// of those periods by "day", "week" and "month").
func checkRetention(t *testing.T, kept, made []Backup, madeIn map[string]map[time.Time]bool, now time.Time) {
	t.Helper()
	newest, _ := NewestBackup(made)
	if !slices.Contains(kept, newest) {
		t.Fatalf("%v: the newest backup %s was removed", now, newest.Name)
	}
	recent := 0
	for i := len(made) - 1; i >= 0 && now.Sub(made[i].Time) < recentBackupSpan && recent < KeepRecent; i-- {
		if !made[i].Kind.KeptByHand() {
			recent++
			if !slices.Contains(kept, made[i]) {
				t.Fatalf("%v: %s of the last 24 hours was removed", now, made[i].Name)
			}
		}
	}
	loc := now.Location()
	periods := []struct {
		what  string
		since time.Time
		start func(time.Time, *time.Location) time.Time
	}{
		{"day", dayStart(now, loc).AddDate(0, 0, -(KeepDays - 1)), dayStart},
		{"week", weekStart(now, loc).AddDate(0, 0, -7*(KeepWeeks-1)), weekStart},
		{"month", monthStart(now, loc).AddDate(0, -(KeepMonths - 1), 0), monthStart},
	}
	for _, p := range periods {
		covered := map[time.Time]bool{}
		for _, k := range kept {
			covered[p.start(k.Time, loc)] = true
		}
		for ps := range madeIn[p.what] {
			if !ps.Before(p.since) && !covered[ps] {
				t.Fatalf("%v: no backup kept of the %s of %s", now, p.what, ps.Format("2006-01-02"))
			}
		}
	}
}

func countKind(bs []Backup, kind BackupKind) int {
	n := 0
	for _, b := range bs {
		if b.Kind == kind {
			n++
		}
	}
	return n
}

func TestCheckBackupSettings(t *testing.T) {
	tests := []struct {
		name   string
		s      BackupSettings
		exists bool
		want   []string // codes
	}{
		{"no second place", BackupSettings{}, false, nil},
		{"no second place, a passphrase kept", BackupSettings{Passphrase: "x"}, false, nil},
		{"folder and passphrase", BackupSettings{SecondFolder: "E:\\Cadangan", Passphrase: "blk balikpapan"}, true, nil},
		{"folder missing", BackupSettings{SecondFolder: "E:\\Cadangan", Passphrase: "blk balikpapan"}, false, []string{CodeBackupFolderMissing}},
		{"passphrase short", BackupSettings{SecondFolder: "/media/usb", Passphrase: "rahasia"}, true, []string{CodeBackupPassphraseShort}},
		{"ten letters with accents", BackupSettings{SecondFolder: "/media/usb", Passphrase: "ééééééééééé"[:20]}, true, nil},
		{"both", BackupSettings{SecondFolder: "/media/usb"}, false, []string{CodeBackupFolderMissing, CodeBackupPassphraseShort}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range CheckBackupSettings(tt.s, tt.exists) {
			got = append(got, p.Code)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
