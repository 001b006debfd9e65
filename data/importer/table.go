// Package importer reads the lists offices already keep (CSV and XLSX), maps
// their columns to Balai's fields, plans what each row does, and applies the
// plan through the store.
package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Table is a spreadsheet as read from a CSV or XLSX file: text cells by row.
// XLSX cells are raw values (a 16-digit number stays 16 digits, a date is its
// serial number), never Excel's display text.
type Table struct {
	Rows    [][]string // the rows read, header included
	RowNums []int      // spreadsheet row number (1-based) of each row
	Sheet   string     // XLSX sheet read
	Sheets  []string   // XLSX sheets in the workbook
	// Total is how many rows the sheet has in all, when only its first rows
	// were read (ReadPreview); 0 when unknown.
	Total int
}

// ErrUnreadable is wrapped by errors about files that are not a table Balai reads.
var ErrUnreadable = errors.New("unreadable file")

// ReadTable reads a whole .csv or .xlsx sheet (name gives the type; sheet
// picks an XLSX sheet, "" the first). For the short lists it is made for
// (NIK lists, holidays); a register import streams its rows instead.
func ReadTable(r io.Reader, name, sheet string) (*Table, error) {
	raw, err := io.ReadAll(io.LimitReader(r, limits.fileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", filepath.Base(name), err)
	}
	return ReadPreview(Bytes(name, raw), sheet, -1)
}

// ReadPreview reads the first max rows of a sheet (all when max < 0) and
// tells how many rows it has in all (Table.Total), for the import preview.
func ReadPreview(f File, sheet string, max int) (*Table, error) {
	rows, err := openRows(f, sheet)
	if err != nil {
		return nil, err
	}
	defer rows.close()
	t := &Table{Sheet: rows.info().sheet, Sheets: rows.info().sheets}
	for max < 0 || len(t.Rows) < max {
		r, err := nextRow(rows)
		if err == io.EOF {
			t.Total = len(t.Rows)
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		t.Rows = append(t.Rows, r.cells)
		t.RowNums = append(t.RowNums, r.num)
	}
	total, err := rows.count()
	if err != nil {
		return nil, err
	}
	t.Total = total
	return t, nil
}

// sheetInfo names the sheet a rowReader reads and the workbook's sheets.
type sheetInfo struct {
	sheet  string
	sheets []string
}

// rowReader streams the rows of one sheet.
type rowReader interface {
	// next returns the next row's cells and its spreadsheet row number, or
	// io.EOF after the last row.
	next() (cells []string, num int, err error)
	// count tells how many rows the sheet has in all (read or not), or 0
	// when that cannot be known without reading them.
	count() (int, error)
	info() sheetInfo
	close()
}

// openRows starts reading a .csv or .xlsx file held in raw. What the file
// holds decides, not only its name: systems often save a tab-separated text
// or an .xlsx under an .xls name.
func openRows(f File, sheet string) (rowReader, error) {
	name := f.Name
	ext := strings.ToLower(filepath.Ext(name))
	head, err := f.head(512)
	if err != nil {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) && ext != ".csv" && ext != ".txt":
		return openXLSX(f, sheet)
	case bytes.HasPrefix(head, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return nil, fmt.Errorf("%w: %s", ErrOldExcel, filepath.Base(name))
	case ext == ".xls" && looksLikeHTML(head):
		return nil, fmt.Errorf("%w: %s is a web page saved as .xls", ErrOldExcel, filepath.Base(name))
	case ext == ".csv", ext == ".txt", ext == ".xls", ext == ".tsv":
		return newCSVRows(f)
	case ext == ".xlsx", ext == ".xlsm":
		return openXLSX(f, sheet)
	}
	return nil, fmt.Errorf("%w: %s is not a .csv or .xlsx file", ErrUnreadable, filepath.Base(name))
}

// openXLSX reads a workbook whole (it is read at random) and opens its sheet.
func openXLSX(f File, sheet string) (rowReader, error) {
	raw, err := f.readAll()
	if err != nil {
		return nil, err
	}
	return newXLSXRows(raw, sheet)
}

// ErrOldExcel means the file is an Excel 97–2003 workbook (.xls), which
// Balai does not read: no maintained reader of that format reads real files
// safely. Saved again as .xlsx (in Excel: File → Save As → Excel Workbook),
// it imports.
var ErrOldExcel = errors.New("an Excel 97-2003 workbook (.xls)")

func looksLikeHTML(raw []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(raw))
	return bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<table")) || bytes.Contains(head, []byte("<!doctype")))
}
