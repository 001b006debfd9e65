package importer

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// xlsxRows streams one sheet of a workbook.
type xlsxRows struct {
	f        *excelize.File
	rows     *excelize.Rows
	sheet    sheetInfo
	n        int            // rows read
	partRows map[string]int // row elements counted in each zip part
	parts    map[string]string
}

// newXLSXRows opens sheet ("" = the first) of the workbook in raw.
func newXLSXRows(raw []byte, sheet string) (*xlsxRows, error) {
	if int64(len(raw)) > limits.fileBytes {
		return nil, &LimitError{What: "file", Limit: limits.fileBytes}
	}
	partRows, err := checkWorkbook(raw)
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw), excelize.Options{UnzipSizeLimit: max(limits.unzipped, 16<<20)})
	if err != nil {
		return nil, fmt.Errorf("%w: xlsx: %v", ErrUnreadable, err)
	}
	x := &xlsxRows{f: f, sheet: sheetInfo{sheets: f.GetSheetList()}, partRows: partRows, parts: sheetParts(raw)}
	if len(x.sheet.sheets) == 0 {
		f.Close()
		return nil, fmt.Errorf("%w: the workbook has no sheets", ErrUnreadable)
	}
	if sheet == "" {
		sheet = x.sheet.sheets[0]
	}
	x.sheet.sheet = sheet
	if x.rows, err = f.Rows(sheet); err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: sheet %q: %v", ErrUnreadable, sheet, err)
	}
	return x, nil
}

func (x *xlsxRows) next() ([]string, int, error) {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return nil, 0, fmt.Errorf("%w: sheet %q: %v", ErrUnreadable, x.sheet.sheet, err)
		}
		return nil, 0, io.EOF
	}
	x.n++
	cols, err := x.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, 0, fmt.Errorf("%w: sheet %q row %d: %v", ErrUnreadable, x.sheet.sheet, x.n, err)
	}
	if err := checkRow(cols, x.n); err != nil {
		return nil, 0, err
	}
	for i, c := range cols {
		cols[i] = exactNumber(c)
	}
	return cols, x.n, nil
}

// count is how many rows the sheet has: the last row of its dimension
// ("A1:L5001" → 5001), which Excel and LibreOffice write at its start, or
// the row elements counted in it when there are more (writers that stream
// rows write "A1"); 0 when neither says.
func (x *xlsxRows) count() (int, error) {
	counted := x.partRows[x.parts[x.sheet.sheet]]
	ref, err := x.f.GetSheetDimension(x.sheet.sheet)
	if err != nil || ref == "" {
		return counted, nil
	}
	_, last, _ := strings.Cut(ref, ":")
	if last == "" {
		last = ref
	}
	_, row, err := excelize.CellNameToCoordinates(last)
	if err != nil {
		return counted, nil
	}
	return max(row, counted), nil
}

func (x *xlsxRows) info() sheetInfo { return x.sheet }

func (x *xlsxRows) close() {
	x.rows.Close()
	x.f.Close()
}

// exactNumber expands a number written in E notation with its full 16+
// significant digits (as some writers store large numbers) to plain digits.
// A number with fewer digits was already cut and is left for ParseNIK to flag.
func exactNumber(v string) string {
	e := strings.IndexAny(v, "eE")
	if e <= 0 {
		return v
	}
	mant, expText := v[:e], v[e+1:]
	exp := 0
	sign := 1
	for i, r := range expText {
		switch {
		case i == 0 && (r == '+' || r == '-'):
			if r == '-' {
				sign = -1
			}
		case r >= '0' && r <= '9':
			exp = exp*10 + int(r-'0')
		default:
			return v
		}
	}
	if sign < 0 || exp > 30 {
		return v
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart == "" || strings.Trim(intPart+frac, "0123456789") != "" {
		return v
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	if len(digits) < 16 || len(frac) > exp {
		return v
	}
	return intPart + frac + strings.Repeat("0", exp-len(frac))
}
