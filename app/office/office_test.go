package office

import (
	"balai/data/demo"

	"context"
	"path/filepath"
	"testing"
	"time"

	"balai/data/store"
)

// openStore opens a real database in a temporary folder with a fixed clock.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { s.Close() })
	return s
}

// demoClasses fills st with 60 demo seekers and the demo's classes with
// their attendance, the finished one ready for its certificates. It returns
// the classes' IDs: finished, running, planned.
func demoClasses(t testing.TB, st *store.Store) (finished, running, planned string) {
	t.Helper()
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 60, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := demo.AddClasses(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.AddAttendance(ctx, st); err != nil {
		t.Fatal(err)
	}
	if err := demo.AddCertificateSetup(ctx, st, codes[0]); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(codes))
	for i, code := range codes {
		c, err := st.ClassByCode(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = c.ID
	}
	return ids[0], ids[1], ids[2]
}
