package importer

import (
	"errors"
	"fmt"
	"strings"

	"balai/data"
)

// Row outcomes of an import. Every data row ends in exactly one.
const (
	OutcomeImported  = "imported"
	OutcomeUpdated   = "updated"
	OutcomeUnchanged = "unchanged"
	OutcomeRejected  = "rejected"
	OutcomeBlank     = "blank"
	OutcomeSkipped   = "skipped" // holds no person: repeated titles, column numbers, a section title
)

// WarnColumnLookalike: a column's title names a field another column gives;
// it is not imported. Field: that field; Detail: the column's title.
const WarnColumnLookalike = "warn_column_lookalike"

// Result counts the outcomes of an import and lists its problems.
type Result struct {
	Imported, Updated, Unchanged, Rejected, Blank, Skipped int
	DataRows                                               int
	Rejections                                             []data.RowProblem // every problem of each rejected row
	Warnings                                               []data.RowProblem // accepted rows' warnings (NIK mismatches, values kept as written)
	Skips                                                  []data.RowProblem // why each skipped row holds no person
	Outcomes                                               []string          // outcome per data row, in order
	RowNums                                                []int             // spreadsheet row number per data row
	// Ignored are the columns not imported: their titles ("column K" for a
	// column without one that holds values).
	Ignored []string
	// Lookalikes are ignored columns whose titles name a field another
	// column gives (WarnColumnLookalike).
	Lookalikes []data.Problem
}

// Summary is the line the CLI ends with. Skipped rows count as blank there:
// rows without a person (each is listed with its reason).
func (r Result) Summary() string {
	return fmt.Sprintf("imported %d, updated %d, unchanged %d, rejected %d, blank %d",
		r.Imported, r.Updated, r.Unchanged, r.Rejected, r.Blank+r.Skipped)
}

// people is how many data rows hold a person, whatever became of them.
func (r Result) people() int { return r.Imported + r.Updated + r.Unchanged + r.Rejected }

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
	case OutcomeSkipped:
		r.Skipped++
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

// NoColumnsError is ErrNoColumns with what the first rows hold instead.
type NoColumnsError struct {
	// Found are the titles of the row that came closest to a header, with
	// the fields they name ("Nama → name"); empty when no title was recognised.
	Found []string
	// FirstRows are the first non-empty rows, cut short, for a file where
	// nothing was recognised.
	FirstRows []string
}

func (e *NoColumnsError) Error() string {
	if len(e.Found) > 0 {
		return fmt.Sprintf("%v (found only: %s)", ErrNoColumns, strings.Join(e.Found, ", "))
	}
	return fmt.Sprintf("%v (the first rows hold: %s)", ErrNoColumns, strings.Join(e.FirstRows, " | "))
}

func (e *NoColumnsError) Unwrap() error { return ErrNoColumns }

// ErrNoPeople means the file has the columns but no person under them: an
// empty template.
var ErrNoPeople = errors.New("no job seekers under the column titles")

// NoPeopleError is ErrNoPeople with the columns found.
type NoPeopleError struct{ Columns []string }

func (e *NoPeopleError) Error() string {
	return fmt.Sprintf("%v (columns found: %s)", ErrNoPeople, strings.Join(e.Columns, ", "))
}

func (e *NoPeopleError) Unwrap() error { return ErrNoPeople }
