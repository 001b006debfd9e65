package data

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Backups: copies of the whole database, one file each, named after the
// moment they were made so that their names sort by time. What they hold is
// counted in DatabaseCounts; which of them to keep is BackupsToRemove.

// DatabaseCounts are what a database holds, as a backup list and a restore
// compare them.
type DatabaseCounts struct {
	Seekers      int `json:"seekers"`
	Classes      int `json:"classes"`
	Certificates int `json:"certificates"`
}

// BackupKind is why a backup was made.
type BackupKind string

// Kinds of backups.
const (
	BackupAuto            BackupKind = ""                 // on start, every 30 minutes while data changed, on close
	BackupManual          BackupKind = "manual"           // made by hand
	BackupBeforeImport    BackupKind = "before-import"    // before an import of job seekers
	BackupBeforeRestore   BackupKind = "before-restore"   // the database a restore replaced
	BackupBeforeMigration BackupKind = "before-migration" // before a new Balai changed the layout
)

// KeptByHand reports whether backups of this kind are never deleted
// automatically: those made by hand and those holding the database a
// restore replaced, which is the way back from a wrong restore.
func (k BackupKind) KeptByHand() bool { return k == BackupManual || k == BackupBeforeRestore }

// Backup is one backup file as its name describes it.
type Backup struct {
	Name      string // file name, e.g. "balai-2026-12-06T10-30-00.db"
	Time      time.Time
	Kind      BackupKind
	Encrypted bool // an age file (".db.age"), as copies that leave the PC are
}

const (
	backupPrefix    = "balai-"
	backupTimeFmt   = "2006-01-02T15-04-05"
	backupExt       = ".db"
	encryptedSuffix = ".age"
)

// BackupFileName is the name of a backup made at t (in t's location, the
// clerk's clock): "balai-2026-12-06T10-30-00.db", with the kind after the
// time ("balai-2026-12-06T10-30-00-manual.db") and ".age" when encrypted.
func BackupFileName(t time.Time, kind BackupKind, encrypted bool) string {
	name := backupPrefix + t.Format(backupTimeFmt)
	if kind != BackupAuto {
		name += "-" + string(kind)
	}
	name += backupExt
	if encrypted {
		name += encryptedSuffix
	}
	return name
}

// ParseBackupFileName reads a name made by BackupFileName, the time in loc;
// ok is false for any other file.
func ParseBackupFileName(name string, loc *time.Location) (b Backup, ok bool) {
	rest, ok := strings.CutPrefix(name, backupPrefix)
	if !ok {
		return Backup{}, false
	}
	rest, encrypted := strings.CutSuffix(rest, encryptedSuffix)
	if rest, ok = strings.CutSuffix(rest, backupExt); !ok || len(rest) < len(backupTimeFmt) {
		return Backup{}, false
	}
	stamp, suffix := rest[:len(backupTimeFmt)], rest[len(backupTimeFmt):]
	t, err := time.ParseInLocation(backupTimeFmt, stamp, loc)
	if err != nil {
		return Backup{}, false
	}
	kind := BackupAuto
	if suffix != "" {
		kind = BackupKind(strings.TrimPrefix(suffix, "-"))
		switch {
		case suffix[0] != '-':
			return Backup{}, false
		case kind == BackupManual, kind == BackupBeforeImport, kind == BackupBeforeRestore, kind == BackupBeforeMigration:
		default:
			return Backup{}, false
		}
	}
	return Backup{Name: name, Time: t, Kind: kind, Encrypted: encrypted}, true
}

// How many automatic backups are kept, and for how long.
const (
	KeepRecent       = 12 // of the last 24 hours, all of them up to this many
	KeepDays         = 14 // then the newest of each day
	KeepWeeks        = 8  // then the newest of each week
	KeepMonths       = 12 // then the newest of each month
	recentBackupSpan = 24 * time.Hour
)

// BackupsToRemove is the retention rule: of the automatic backups it keeps
// every one of the last 24 hours (the newest KeepRecent of them), the newest
// of each of the last KeepDays days, of each of the last KeepWeeks weeks
// (Monday to Sunday) and of each of the last KeepMonths months, and always the
// newest backup of all; it returns the others, oldest first. Backups kept by
// hand are never returned. Days, weeks and months are those of now's
// location.
//
// The newest backup of a past day (week, month) stays the newest of that day,
// so a backup kept once for a period is kept until the period has aged out:
// running the rule after every backup never removes what a later run would
// have wanted.
func BackupsToRemove(backups []Backup, now time.Time) []Backup {
	auto := make([]Backup, 0, len(backups))
	for _, b := range backups {
		if !b.Kind.KeptByHand() {
			auto = append(auto, b)
		}
	}
	// Newest first: the first of a period seen is the newest of it.
	slices.SortStableFunc(auto, func(a, b Backup) int { return b.Time.Compare(a.Time) })
	keep := make([]bool, len(auto))
	if len(auto) > 0 {
		keep[0] = true
	}
	recent := 0
	for i, b := range auto {
		if now.Sub(b.Time) < recentBackupSpan && recent < KeepRecent {
			keep[i] = true
			recent++
		}
	}
	loc := now.Location()
	keepNewestPer(auto, keep, dayStart(now, loc).AddDate(0, 0, -(KeepDays-1)), loc, dayStart)
	keepNewestPer(auto, keep, weekStart(now, loc).AddDate(0, 0, -7*(KeepWeeks-1)), loc, weekStart)
	keepNewestPer(auto, keep, monthStart(now, loc).AddDate(0, -(KeepMonths-1), 0), loc, monthStart)

	var out []Backup
	for i := len(auto) - 1; i >= 0; i-- {
		if !keep[i] {
			out = append(out, auto[i])
		}
	}
	return out
}

// keepNewestPer marks the newest backup of each period (as period gives its
// start) that begins at or after since; backups are sorted newest first.
func keepNewestPer(backups []Backup, keep []bool, since time.Time, loc *time.Location, period func(time.Time, *time.Location) time.Time) {
	var last time.Time
	for i, b := range backups {
		p := period(b.Time, loc)
		if p.Before(since) {
			return
		}
		if !p.Equal(last) {
			keep[i] = true
			last = p
		}
	}
}

func dayStart(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

func weekStart(t time.Time, loc *time.Location) time.Time {
	d := dayStart(t, loc)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) // back to Monday
}

func monthStart(t time.Time, loc *time.Location) time.Time {
	y, m, _ := t.In(loc).Date()
	return time.Date(y, m, 1, 0, 0, 0, 0, loc)
}

// NewestBackup is the most recent of backups; ok is false when there are none.
func NewestBackup(backups []Backup) (newest Backup, ok bool) {
	if len(backups) == 0 {
		return Backup{}, false
	}
	return slices.MaxFunc(backups, func(a, b Backup) int { return cmp.Compare(a.Time.UnixNano(), b.Time.UnixNano()) }), true
}

// Problems of the backup settings.
const (
	CodeBackupFolderMissing   = "backup_folder_missing"
	CodeBackupPassphraseShort = "backup_passphrase_short"
)

// MinPassphraseLength is the shortest passphrase accepted for copies that
// leave the PC: a lost USB stick must not be opened by guessing.
const MinPassphraseLength = 10

// BackupSettings are where the second copy goes and the passphrase that
// encrypts it; an empty folder means no second place.
type BackupSettings struct {
	SecondFolder string
	Passphrase   string
}

// CheckBackupSettings reports what is wrong with s: a second folder that
// does not exist (folderExists says whether it does), or a passphrase too
// short for copies that leave the PC.
func CheckBackupSettings(s BackupSettings, folderExists bool) []Problem {
	if strings.TrimSpace(s.SecondFolder) == "" {
		return nil
	}
	var ps []Problem
	if !folderExists {
		ps = append(ps, Problem{Field: "second_folder", Code: CodeBackupFolderMissing, Detail: s.SecondFolder})
	}
	if utf8.RuneCountInString(s.Passphrase) < MinPassphraseLength {
		ps = append(ps, Problem{Field: "passphrase", Code: CodeBackupPassphraseShort, Detail: strconv.Itoa(MinPassphraseLength)})
	}
	return ps
}
