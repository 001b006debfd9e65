package data

import (
	"errors"
	"fmt"
)

// Row outcomes of an import. Every data row ends in exactly one.
const (
	OutcomeImported  = "imported"
	OutcomeUpdated   = "updated"
	OutcomeUnchanged = "unchanged"
	OutcomeRejected  = "rejected"
	OutcomeBlank     = "blank"
)

// RowProblem is a problem found in one spreadsheet row.
type RowProblem struct {
	Row    int    // spreadsheet row number, header = row 1 when it is the first
	Column string // header text of the column, "" when none is mapped
	Value  string // the cell as found
	Problem
}

// ImportResult counts the outcomes of an import and lists its problems.
type ImportResult struct {
	Imported, Updated, Unchanged, Rejected, Blank int
	DataRows                                      int
	Rejections                                    []RowProblem // the first problem of each rejected row… and the others
	Warnings                                      []RowProblem // accepted rows' warnings (NIK mismatches)
	Outcomes                                      []string     // outcome per data row, in order
	RowNums                                       []int        // spreadsheet row number per data row
}

// Summary is the line the CLI ends with.
func (r ImportResult) Summary() string {
	return fmt.Sprintf("imported %d, updated %d, unchanged %d, rejected %d, blank %d",
		r.Imported, r.Updated, r.Unchanged, r.Rejected, r.Blank)
}

// ImportOptions tune ImportSeekers.
type ImportOptions struct {
	Header   int      // index in Table.Rows of the header row
	Mapping  []string // field per column of the header row ("" = ignored)
	Progress func(done, total int)
}

// ErrNoColumns means the file has no recognisable NIK and name columns.
var ErrNoColumns = errors.New("no NIK and name columns found")
