package importer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"balai/data/store"
)

// sampleDir holds a copy of shared/samples: the offices' damaged job-seeker
// list with the expected outcome of every row.
const sampleDir = "testdata/samples"

type sampleExpect struct {
	Imported []int             `json:"imported"`
	Rejected map[string]string `json:"rejected"`
	Warned   map[string]string `json:"warned"`
	Blank    []int             `json:"blank"`
	DataRows int               `json:"data_rows"`
}

// TestImportSample imports the shared damaged list (CSV and XLSX) and checks
// every row's outcome, reason and warning against the expectation file.
func TestImportSample(t *testing.T) {
	dir := sampleDir
	raw, err := os.ReadFile(filepath.Join(dir, "pencaker_contoh.expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want sampleExpect
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"pencaker_contoh.csv", "pencaker_contoh.xlsx"} {
		t.Run(name, func(t *testing.T) {
			s := openStore(t)
			raw, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			res, err := ImportSeekers(context.Background(), s, Bytes(name, raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.DataRows != want.DataRows {
				t.Errorf("data rows: got %d, want %d", res.DataRows, want.DataRows)
			}
			if sum := res.Imported + res.Updated + res.Unchanged + res.Rejected + res.Blank + res.Skipped; sum != res.DataRows {
				t.Errorf("counts add up to %d, want %d", sum, res.DataRows)
			}
			var gotImported, gotBlank []int
			for i, o := range res.Outcomes {
				switch o {
				case OutcomeImported:
					gotImported = append(gotImported, res.RowNums[i])
				case OutcomeBlank:
					gotBlank = append(gotBlank, res.RowNums[i])
				}
			}
			if !slices.Equal(gotImported, want.Imported) {
				t.Errorf("imported rows:\n got %v\nwant %v", gotImported, want.Imported)
			}
			if !slices.Equal(gotBlank, want.Blank) {
				t.Errorf("blank rows: got %v, want %v", gotBlank, want.Blank)
			}
			gotRejected := map[string]string{}
			for _, p := range res.Rejections {
				k := strconv.Itoa(p.Row)
				if _, seen := gotRejected[k]; !seen {
					gotRejected[k] = p.Code
				}
			}
			for row, code := range want.Rejected {
				if gotRejected[row] != code {
					t.Errorf("row %s: got rejection %q, want %q", row, gotRejected[row], code)
				}
			}
			for row, code := range gotRejected {
				if _, ok := want.Rejected[row]; !ok {
					t.Errorf("row %s: rejected with %q, want imported", row, code)
				}
			}
			gotWarned := map[string]string{}
			for _, p := range res.Warnings {
				gotWarned[strconv.Itoa(p.Row)] = p.Code
			}
			if len(gotWarned) != len(want.Warned) {
				t.Errorf("warned rows: got %v, want %v", gotWarned, want.Warned)
			}
			for row, code := range want.Warned {
				if gotWarned[row] != code {
					t.Errorf("row %s: got warning %q, want %q", row, gotWarned[row], code)
				}
			}
			n, err := s.CountSeekers(context.Background(), store.SeekerFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if n != len(want.Imported) {
				t.Errorf("seekers stored: got %d, want %d", n, len(want.Imported))
			}
		})
	}
}
