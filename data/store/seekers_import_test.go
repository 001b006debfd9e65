package store_test

import (
	"balai/data/demo"
	"balai/data/store"

	"context"
	"slices"
	"strings"
	"testing"
)

// A large first write (an import) drops and rebuilds the indexes, whether
// it said how many rows it has or not (a sheet without a dimension): during
// the write they are gone, afterwards every index and trigger is back and
// searching works.
func TestWriteSeekersBulkRestoresSchema(t *testing.T) {
	for _, tc := range []struct {
		name string
		hint func(n int) int
	}{
		{"rows known", func(n int) int { return n }},
		{"rows unknown", func(int) int { return 0 }},
	} {
		t.Run(tc.name, func(t *testing.T) { testBulkWrite(t, tc.hint) })
	}
}

func testBulkWrite(t *testing.T, hint func(n int) int) {
	s := openTestStore(t)
	schema := func() []string {
		rows, err := s.DB().Query(`SELECT type || ' ' || name FROM sqlite_schema WHERE tbl_name = 'seekers' ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var n string
			rows.Scan(&n)
			out = append(out, n)
		}
		return out
	}
	before := schema()
	people := demo.Seekers(demo.Rand(4), 6000, testNow)
	var during int
	err := s.WriteSeekers(context.Background(), hint(len(people)), func(w *store.SeekerWriter) error {
		for _, sk := range people {
			if err := w.Add(context.Background(), sk); err != nil {
				return err
			}
		}
		return w.Tx().QueryRow(`SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'seekers' AND type = 'index' AND sql IS NOT NULL`).Scan(&during)
	})
	if err != nil {
		t.Fatal(err)
	}
	if during != 0 {
		t.Errorf("%d secondary indexes kept during a bulk write, want 0", during)
	}
	if after := schema(); !slices.Equal(before, after) {
		t.Errorf("schema after a bulk import:\n got %v\nwant %v", after, before)
	}
	word := strings.Fields(people[17].Name)[0]
	want := 0
	for _, p := range people {
		for _, w := range strings.Fields(p.Name) {
			if strings.HasPrefix(strings.ToLower(w), strings.ToLower(word)) {
				want++
				break
			}
		}
	}
	if got, _ := s.CountSeekers(context.Background(), store.SeekerFilter{Query: word}); got != want {
		t.Errorf("search %q after a bulk import: got %d, want %d", word, got, want)
	}
}
