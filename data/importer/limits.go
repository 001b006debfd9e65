package importer

import (
	"errors"
	"fmt"
)

// Limits of the files Balai reads: far above any real list (a register of
// 100,000 job seekers is about 20 MB as CSV and 5 MB as XLSX), low enough
// that a hostile file cannot exhaust the memory or the patience of an office
// PC. A file past one is refused with a LimitError saying which.
const (
	MaxFileBytes = 100 << 20 // the file as saved
	MaxUnzipped  = 512 << 20 // an XLSX workbook's parts, unpacked
	MaxSharedXML = 64 << 20  // an XLSX's shared strings, which are read whole
	MaxRows      = 250_000   // rows of a sheet
	MaxColumns   = 256       // cells of a row
	MaxCellChars = 32_767    // characters of a cell (Excel's own limit)
)

// limits are the limits in force; tests lower them to try the refusals on
// small files.
var limits = struct {
	fileBytes, unzipped, sharedXML int64
	rows, columns, cellChars       int
}{MaxFileBytes, MaxUnzipped, MaxSharedXML, MaxRows, MaxColumns, MaxCellChars}

// ErrTooBig is wrapped by LimitError.
var ErrTooBig = errors.New("file too big")

// LimitError says which limit a file went past.
type LimitError struct {
	What  string // "file", "unpacked workbook", "rows", "columns", "cell"
	Limit int64
	Row   int // the spreadsheet row, for rows, columns and cells
}

func (e *LimitError) Error() string {
	switch e.What {
	case "rows":
		return fmt.Sprintf("the sheet has more than %d rows", e.Limit)
	case "columns":
		return fmt.Sprintf("row %d has more than %d cells", e.Row, e.Limit)
	case "cell":
		if e.Row > 0 {
			return fmt.Sprintf("a cell of row %d holds more than %d characters", e.Row, e.Limit)
		}
		return fmt.Sprintf("a cell holds more than %d characters", e.Limit)
	case "unpacked workbook":
		return fmt.Sprintf("the workbook unpacks to more than %d MB", e.Limit>>20)
	case "shared strings":
		return fmt.Sprintf("the workbook's texts unpack to more than %d MB", e.Limit>>20)
	}
	return fmt.Sprintf("the %s is larger than %d MB", e.What, e.Limit>>20)
}

func (e *LimitError) Unwrap() error { return ErrTooBig }

// checkRow refuses a row past the limits.
func checkRow(cells []string, row int) error {
	if row > limits.rows {
		return &LimitError{What: "rows", Limit: int64(limits.rows), Row: row}
	}
	if len(cells) > limits.columns {
		return &LimitError{What: "columns", Limit: int64(limits.columns), Row: row}
	}
	for _, c := range cells {
		if len(c) > limits.cellChars && len([]rune(c)) > limits.cellChars {
			return &LimitError{What: "cell", Limit: int64(limits.cellChars), Row: row}
		}
	}
	return nil
}
