package backup

import (
	"balai/data/demo"

	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"balai/data"
)

func TestRestoreShowsThenReplacesAfterABackup(t *testing.T) {
	st, code := issuedStore(t)
	ctx := context.Background()
	svc, clk := newService(t, st, time.Date(2026, 12, 6, 10, 0, 0, 0, wita))
	good, err := svc.Make(ctx, data.BackupAuto, nil)
	if err != nil {
		t.Fatal(err)
	}
	demo.AddSeekers(ctx, st, 15, 5)
	now, _ := st.Counts(ctx)
	clk.advance(3 * time.Hour)

	c, err := svc.PrepareRestore(ctx, good.Path, "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Encrypted || c.Health.Counts != good.Counts || c.Current != now || !c.Time.Equal(time.Date(2026, 12, 6, 10, 0, 0, 0, wita)) {
		t.Errorf("candidate: %+v", c)
	}
	if got, _ := st.Counts(ctx); got != now {
		t.Error("preparing a restore changed the database")
	}
	r, err := c.Apply(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Counts != good.Counts {
		t.Errorf("restored %+v, want %+v", r.Counts, good.Counts)
	}
	if filepath.Base(r.Before.Path) != "balai-2026-12-06T13-00-00-before-restore.db" || r.Before.Counts != now {
		t.Errorf("the backup before the restore: %+v", r.Before)
	}
	if v, _ := st.VerifyCertificate(ctx, code); v.Status != data.VerifyValid {
		t.Errorf("verify after restore: %s", v.Status)
	}
	for _, name := range dirNames(t, filepath.Dir(st.Path())) {
		if strings.HasPrefix(name, ".") {
			t.Errorf("left beside the database: %s", name)
		}
	}
	// The way back: restore what the restore replaced.
	back, err := svc.PrepareRestore(ctx, r.Before.Path, "")
	if err != nil {
		t.Fatal(err)
	}
	if r, err := back.Apply(ctx, nil); err != nil || r.Counts != now {
		t.Errorf("restore back: %+v, %v", r.Counts, err)
	}
}

func TestRestoreRefusesAndLeavesTheDatabase(t *testing.T) {
	st, _ := issuedStore(t)
	ctx := context.Background()
	svc, _ := newService(t, st, time.Date(2026, 12, 6, 10, 0, 0, 0, wita))
	want, _ := st.Counts(ctx)
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	newer := copyOf(t, svc, "newer.db")
	rawExec(t, newer, `INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01T00:00:00Z')`)
	damaged := copyOf(t, svc, "damaged.db")
	scribble(t, damaged)
	other := filepath.Join(dir, "other.db")
	rawExec(t, other, `CREATE TABLE notes (x TEXT)`)

	tests := []struct {
		name string
		path string
		want func(error) bool
	}{
		{"a text file", write("catatan.db", []byte(strings.Repeat("bukan basis data ", 40))), isErr(data.ErrNotBalaiDatabase)},
		{"an empty file", write("kosong.db", nil), isErr(data.ErrNotBalaiDatabase)},
		{"another program's database", other, isErr(data.ErrNotBalaiDatabase)},
		{"made by a newer Balai", newer, isErr(data.ErrNewerDatabase)},
		{"damaged", damaged, func(err error) bool { var d *DamagedError; return errors.As(err, &d) }},
		{"missing", filepath.Join(dir, "hilang.db"), isErr(os.ErrNotExist)},
		{"a folder", dir, func(err error) bool { return err != nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := svc.PrepareRestore(ctx, tt.path, "")
			if !tt.want(err) {
				t.Errorf("PrepareRestore: %v", err)
			}
			if c != nil {
				c.Discard()
			}
			if got, _ := st.Counts(ctx); got != want {
				t.Errorf("the database holds %+v", got)
			}
			for _, name := range dirNames(t, filepath.Dir(st.Path())) {
				if strings.HasPrefix(name, ".") {
					t.Errorf("left beside the database: %s", name)
				}
			}
		})
	}
}

func isErr(target error) func(error) bool {
	return func(err error) bool { return errors.Is(err, target) }
}

// copyOf is a checked plain copy of the database in a temporary folder.
func copyOf(t *testing.T, svc *Service, name string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if _, err := svc.MakeCopy(context.Background(), p, "", nil); err != nil {
		t.Fatal(err)
	}
	return p
}

func rawExec(t *testing.T, path, q string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(q); err != nil {
		t.Fatal(err)
	}
}

// scribble damages a page in the middle of the database file at path.
func scribble(t *testing.T, path string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := 4096 * (len(raw) / 4096 / 2)
	for i := page + 100; i < page+4000; i++ {
		raw[i] ^= 0x5a
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
}
