package office

import (
	"context"

	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// ApplyAttendanceSheet applies the marks of an attendance sheet Balai
// exported and a clerk filled in (cells as reports.ReadAttendanceXLSX reads
// them): all of them, or none when a cell is wrong, and then the problems
// say which cells.
func ApplyAttendanceSheet(ctx context.Context, st *store.Store, classID string, cells []reports.AttendanceCell) (int, []data.CellProblem, error) {
	marks := make([]data.CellMark, len(cells))
	for i, c := range cells {
		marks[i] = data.CellMark{SessionID: c.SessionID, ParticipantID: c.PersonID, Code: c.Code, Cell: c.Cell}
		if c.Formula != "" {
			marks[i].Code = "=" + c.Formula // refused: a formula without a value is no mark
		}
	}
	return st.ApplyAttendanceMarks(ctx, classID, marks)
}
