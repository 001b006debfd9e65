package data

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// Table is a spreadsheet as read from a CSV or XLSX file: text cells by row.
// XLSX cells are raw values (a 16-digit number stays 16 digits, a date is its
// serial number), never Excel's display text.
type Table struct {
	Rows    [][]string // every row of the sheet, header included
	RowNums []int      // spreadsheet row number (1-based) of each row
	Sheet   string     // XLSX sheet read
	Sheets  []string   // XLSX sheets in the workbook
}

// ErrUnreadable is wrapped by errors about files that are not a table Balai reads.
var ErrUnreadable = errors.New("unreadable file")

// ReadTableFile reads a .csv or .xlsx file; sheet picks an XLSX sheet ("" = first).
func ReadTableFile(r io.Reader, name, sheet string) (*Table, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".txt":
		return ReadCSV(r)
	case ".xlsx", ".xlsm":
		return ReadXLSX(r, sheet)
	}
	return nil, fmt.Errorf("%w: %s is not a .csv or .xlsx file", ErrUnreadable, filepath.Base(name))
}

// ReadCSV reads comma-, semicolon- or tab-separated text, UTF-8 with or without
// BOM (or Windows-1252, as older Excel saves it), LF or CRLF.
func ReadCSV(r io.Reader) (*Table, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read csv: %w", err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(raw) {
		if raw, err = charmap.Windows1252.NewDecoder().Bytes(raw); err != nil {
			return nil, fmt.Errorf("%w: text encoding: %v", ErrUnreadable, err)
		}
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return nil, fmt.Errorf("%w: binary data, not text", ErrUnreadable)
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.Comma = detectDelimiter(raw)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	t := &Table{}
	row, lastLine := 0, 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: csv: %v", ErrUnreadable, err)
		}
		// encoding/csv skips empty lines; count them so row numbers match what
		// Excel shows for the same file.
		line, _ := cr.FieldPos(0)
		if skipped := line - lastLine - 1; skipped > 0 && row > 0 {
			row += skipped
		} else if row == 0 && line > 1 {
			row = line - 1
		}
		lastLine, _ = cr.FieldPos(len(rec) - 1)
		row++
		t.Rows = append(t.Rows, rec)
		t.RowNums = append(t.RowNums, row)
	}
	return t, nil
}

// detectDelimiter picks the separator that occurs most in the first line
// outside quotes: Indonesian Excel writes ';', others ','.
func detectDelimiter(raw []byte) rune {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		counts := map[rune]int{}
		inQuote := false
		for _, r := range line {
			switch {
			case r == '"':
				inQuote = !inQuote
			case !inQuote && (r == ';' || r == ',' || r == '\t'):
				counts[r]++
			}
		}
		best := ','
		for _, d := range []rune{';', '\t'} {
			if counts[d] > counts[best] {
				best = d
			}
		}
		return best
	}
	return ','
}

// ReadXLSX reads one sheet of a workbook ("" = the first), streaming its rows.
func ReadXLSX(r io.Reader, sheet string) (*Table, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: xlsx: %v", ErrUnreadable, err)
	}
	defer f.Close()
	t := &Table{Sheets: f.GetSheetList()}
	if len(t.Sheets) == 0 {
		return nil, fmt.Errorf("%w: the workbook has no sheets", ErrUnreadable)
	}
	if sheet == "" {
		sheet = t.Sheets[0]
	}
	t.Sheet = sheet
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("%w: sheet %q: %v", ErrUnreadable, sheet, err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("%w: sheet %q row %d: %v", ErrUnreadable, sheet, n, err)
		}
		for i, c := range cols {
			cols[i] = exactNumber(c)
		}
		t.Rows = append(t.Rows, cols)
		t.RowNums = append(t.RowNums, n)
	}
	if err := rows.Error(); err != nil {
		return nil, fmt.Errorf("%w: sheet %q: %v", ErrUnreadable, sheet, err)
	}
	return t, nil
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
