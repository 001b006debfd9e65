package office

import (
	"balai/data/demo/demotest"

	"balai/data/demo"

	"context"
	"testing"

	"balai/data/store"
)

// openStore opens a real database in a temporary folder with a fixed clock.
func openStore(t testing.TB) *store.Store { return demotest.OpenStore(t) }

// demoClasses fills st with 60 demo seekers and the demo's classes with
// their attendance, the finished one ready for its certificates. It returns
// the classes' IDs: finished, running, planned.
func demoClasses(t testing.TB, st *store.Store) (finished, running, planned string) {
	t.Helper()
	ctx := context.Background()
	codes := demotest.AddClasses(t, st, true)
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
