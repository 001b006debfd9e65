package reports

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ErrNotAttendanceSheet is returned by ReadAttendanceXLSX for a workbook that
// Balai did not export as an attendance sheet.
var ErrNotAttendanceSheet = errors.New("bukan daftar hadir Balai: baris/kolom ID tersembunyi tidak ditemukan")

// AttendanceCell is one mark cell read back from the workbook.
type AttendanceCell struct {
	SessionID, PersonID string
	// Code is H, I, S, A, "-" or "" (trimmed, upper-cased); any other value
	// as it was typed.
	Code string
	Cell string // "F12"
	// Formula is the cell's formula when it holds one without a value that
	// Excel calculated and saved (Code is then ""): it is not a mark.
	Formula string
}

// ReadAttendanceXLSX reads the marks of a workbook WriteAttendanceXLSX wrote
// (and a clerk filled in): one AttendanceCell per participant × session, in
// row order. It fails with ErrNotAttendanceSheet when the workbook has no
// hidden ID row and column.
func ReadAttendanceXLSX(r io.Reader) ([]AttendanceCell, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("membaca XLSX: %w", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	sh := ""
	for _, s := range sheets {
		if s == AttendanceSheet {
			sh = s
		}
	}
	if sh == "" && len(sheets) > 0 {
		sh = sheets[0]
	}
	if sh == "" {
		return nil, ErrNotAttendanceSheet
	}
	rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	idRow := -1
	for i, row := range rows {
		if len(row) > 0 && strings.TrimSpace(row[0]) == attendanceMarker {
			idRow = i
			break
		}
	}
	if idRow < 0 {
		return nil, ErrNotAttendanceSheet
	}
	cells := markCells(rows, idRow)
	for i := range cells {
		if cells[i].Code != "" {
			continue
		}
		if formula, err := f.GetCellFormula(sh, cells[i].Cell); err == nil && formula != "" {
			cells[i].Formula = formula
		}
	}
	return cells, nil
}

// markCells are the mark cells of the rows under the ID row idRow: one per
// participant (a row with an ID in column A) and session (a column with an
// ID in the ID row).
func markCells(rows [][]string, idRow int) []AttendanceCell {
	var sessCols []int
	for c := attFirstCol - 1; c < len(rows[idRow]); c++ {
		if strings.TrimSpace(rows[idRow][c]) != "" {
			sessCols = append(sessCols, c)
		}
	}
	var cells []AttendanceCell
	for i := idRow + 1; i < len(rows); i++ {
		row := rows[i]
		if len(row) == 0 {
			continue
		}
		pid := strings.TrimSpace(row[0])
		if pid == "" || strings.HasPrefix(pid, "#") {
			continue
		}
		for _, c := range sessCols {
			v := ""
			if c < len(row) {
				v = row[c]
			}
			cells = append(cells, AttendanceCell{
				SessionID: strings.TrimSpace(rows[idRow][c]),
				PersonID:  pid,
				Code:      normalizeMark(v),
				Cell:      cellName(c+1, i+1),
			})
		}
	}
	return cells
}

// normalizeMark is a typed code trimmed and upper-cased when it is one of
// the codes; any other value as it was typed.
func normalizeMark(v string) string {
	c := strings.ToUpper(strings.TrimSpace(v))
	switch c {
	case "", MarkPresent, MarkExcused, MarkSick, MarkAbsent, MarkNotExpected:
		return c
	case "–", "—":
		return MarkNotExpected
	}
	return v
}
