package data

// RowProblem is a problem found in one spreadsheet row.
type RowProblem struct {
	Row    int    // spreadsheet row number, header = row 1 when it is the first
	Column string // header text of the column, "" when none is mapped
	Value  string // the cell as found
	Problem
}
