package importer

import (
	"errors"
	"fmt"

	"balai/data"
)

// Row outcomes of an import. Every data row ends in exactly one.
const (
	OutcomeImported  = "imported"
	OutcomeUpdated   = "updated"
	OutcomeUnchanged = "unchanged"
	OutcomeRejected  = "rejected"
	OutcomeBlank     = "blank"
)

// Result counts the outcomes of an import and lists its problems.
type Result struct {
	Imported, Updated, Unchanged, Rejected, Blank int
	DataRows                                      int
	Rejections                                    []data.RowProblem // every problem of each rejected row
	Warnings                                      []data.RowProblem // accepted rows' warnings (NIK mismatches)
	Outcomes                                      []string          // outcome per data row, in order
	RowNums                                       []int             // spreadsheet row number per data row
}

// Summary is the line the CLI ends with.
func (r Result) Summary() string {
	return fmt.Sprintf("imported %d, updated %d, unchanged %d, rejected %d, blank %d",
		r.Imported, r.Updated, r.Unchanged, r.Rejected, r.Blank)
}

// add records one data row's outcome.
func (r *Result) add(row int, outcome string) {
	switch outcome {
	case OutcomeImported:
		r.Imported++
	case OutcomeUpdated:
		r.Updated++
	case OutcomeUnchanged:
		r.Unchanged++
	case OutcomeRejected:
		r.Rejected++
	case OutcomeBlank:
		r.Blank++
	}
	r.DataRows++
	r.Outcomes = append(r.Outcomes, outcome)
	r.RowNums = append(r.RowNums, row)
}

// Options tune ImportSeekers.
type Options struct {
	Sheet    string   // XLSX sheet, "" = the first
	Header   int      // index among the sheet's rows of the header row
	Mapping  []string // field per column of the header row ("" = ignored); nil = detect both
	Progress func(done, total int)
}

// ErrNoColumns means the file has no recognisable NIK and name columns.
var ErrNoColumns = errors.New("no NIK and name columns found")
