package reports

import (
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// The register export: one row per seeker, with the headers Indonesian
// offices use, so that the file goes back into Balai's importer unchanged and
// opens well in Excel.

// seekerColumn is one column of the export: its header, its width in the
// XLSX sheet and how its cell is written.
type seekerColumn struct {
	header string
	width  float64
	kind   cellKind
	text   func(*data.Seeker) string // the cell as text (dates as dd/mm/yyyy)
	date   func(*data.Seeker) time.Time
}

type cellKind int

const (
	cellString cellKind = iota // free text
	cellDigits                 // a number that is not a quantity (NIK, phone): always a text cell
	cellDate                   // a date cell
)

// exportDateLayout is how the export writes dates as text.
const exportDateLayout = "02/01/2006"

// exportDateFormat is the XLSX number format of date cells.
const exportDateFormat = "dd/mm/yyyy"

var seekerColumns = []seekerColumn{
	{header: "NIK", width: 19, kind: cellDigits, text: func(s *data.Seeker) string { return s.NIK }},
	{header: "No AK/1", width: 18, kind: cellDigits, text: func(s *data.Seeker) string { return s.AK1Number }},
	{header: "Nama Lengkap", width: 30, text: func(s *data.Seeker) string { return s.Name }},
	{header: "Tempat Lahir", width: 16, text: func(s *data.Seeker) string { return s.BirthPlace }},
	{header: "Tanggal Lahir", width: 14, kind: cellDate, date: func(s *data.Seeker) time.Time { return s.BirthDate }},
	{header: "L/P", width: 6, text: func(s *data.Seeker) string { return s.Sex }},
	{header: "Agama", width: 11, text: func(s *data.Seeker) string { return s.Religion }},
	{header: "Status Perkawinan", width: 19, text: func(s *data.Seeker) string { return s.Marital }},
	{header: "Alamat", width: 38, text: func(s *data.Seeker) string { return s.Address }},
	{header: "Kelurahan", width: 20, text: func(s *data.Seeker) string { return s.Kelurahan }},
	{header: "Kecamatan", width: 20, text: func(s *data.Seeker) string { return s.Kecamatan }},
	{header: "Kota", width: 13, text: func(s *data.Seeker) string { return s.City }},
	{header: "No. HP", width: 16, kind: cellDigits, text: func(s *data.Seeker) string { return s.Phone }},
	{header: "Email", width: 30, text: func(s *data.Seeker) string { return s.Email }},
	{header: "Pendidikan Terakhir", width: 12, text: func(s *data.Seeker) string { return s.Education }},
	{header: "Jurusan", width: 30, text: func(s *data.Seeker) string { return s.Major }},
	{header: "Keterampilan", width: 36, text: func(s *data.Seeker) string { return s.Skills }},
	{header: "Disabilitas", width: 14, text: func(s *data.Seeker) string { return s.Disability }},
	{header: "Status Kerja", width: 18, text: func(s *data.Seeker) string { return EmploymentLabel(s.Employment) }},
	{header: "Tanggal Daftar", width: 15, kind: cellDate, date: func(s *data.Seeker) time.Time { return s.RegisteredOn }},
	{header: "Catatan", width: 36, text: func(s *data.Seeker) string { return s.Notes }},
	{header: "Tahun Lulus", width: 11, text: func(s *data.Seeker) string {
		if s.GraduationYear == 0 {
			return ""
		}
		return strconv.Itoa(s.GraduationYear)
	}},
}

// SeekerExportHeaders are the export's column headers, in order.
func SeekerExportHeaders() []string {
	h := make([]string, len(seekerColumns))
	for i, c := range seekerColumns {
		h[i] = c.header
	}
	return h
}

var employmentLabels = map[string]string{
	data.EmploymentUnemployed:   "Belum Bekerja",
	data.EmploymentEmployed:     "Bekerja",
	data.EmploymentSelfEmployed: "Wirausaha",
	data.EmploymentStudent:      "Pelajar/Mahasiswa",
}

// EmploymentLabel is the Indonesian word for a stored employment code, as
// data.ParseEmployment reads it back; an unknown code is returned as it is.
func EmploymentLabel(code string) string {
	if l, ok := employmentLabels[code]; ok {
		return l
	}
	return code
}

func (c *seekerColumn) textOf(s *data.Seeker) string {
	if c.kind == cellDate {
		if d := c.date(s); !d.IsZero() {
			return d.Format(exportDateLayout)
		}
		return ""
	}
	return c.text(s)
}

// utf8BOM makes Excel read the CSV as UTF-8 (names like "Ramírez").
const utf8BOM = "\ufeff"

// WriteSeekersCSV writes the seekers as the CSV Indonesian Excel opens with a
// double click: semicolon-separated, UTF-8 with BOM, CRLF line ends, dates as
// dd/mm/yyyy. It returns the number of seekers written. An error from the
// sequence stops the export and is returned; the rows before it are written.
//
// Excel turns the NIK column of an opened CSV into numbers and cuts them to 15
// digits; the CSV is for Balai's importer and other programs. Spreadsheet
// users should get the XLSX, whose NIK cells are text.
func WriteSeekersCSV(w io.Writer, seekers iter.Seq2[data.Seeker, error]) (int, error) {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return 0, err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(SeekerExportHeaders()); err != nil {
		return 0, err
	}
	rec := make([]string, len(seekerColumns))
	n := 0
	for sk, err := range seekers {
		if err != nil {
			cw.Flush()
			return n, err
		}
		for i := range seekerColumns {
			rec[i] = NeutralizeFormula(seekerColumns[i].textOf(&sk))
		}
		if err := cw.Write(rec); err != nil {
			return n, err
		}
		n++
	}
	cw.Flush()
	return n, cw.Error()
}

// NeutralizeFormula keeps a spreadsheet from running a cell as a formula: a
// text that starts with =, +, -, @, a tab or a carriage return (a name typed
// as `=cmd|' /C calc'!A0`) gets a leading apostrophe, as OWASP advises for
// CSV files Excel opens. The importer reads such a cell back without it.
func NeutralizeFormula(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// SeekersSheet is the name of the XLSX export's sheet.
const SeekersSheet = "Pencaker"

// WriteSeekersXLSX writes the seekers as an Excel workbook with one sheet,
// "Pencaker": a bold, shaded, frozen header row with filters, NIK, AK/1 and
// phone numbers as text cells (never numbers, which Excel would round or
// strip of their leading 0), and birth and registration dates as date cells
// shown dd/mm/yyyy. Rows are streamed through a temporary file, so memory does
// not grow with the register; the zipped workbook is assembled in memory
// before it is written to w. It returns the number of seekers written; on an
// error nothing is written.
func WriteSeekersXLSX(w io.Writer, seekers iter.Seq2[data.Seeker, error]) (n int, err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if err := f.SetSheetName(f.GetSheetName(0), SeekersSheet); err != nil {
		return 0, err
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "Balai", Title: "Daftar Pencari Kerja", Language: "id-ID"})
	st, err := newSeekerStyles(f)
	if err != nil {
		return 0, err
	}
	sw, err := newSeekerStream(f, st)
	if err != nil {
		return 0, err
	}
	row := make([]any, len(seekerColumns))
	for i, c := range seekerColumns {
		row[i] = excelize.Cell{StyleID: st.header, Value: c.header}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 30}); err != nil {
		return 0, err
	}
	for sk, err := range seekers {
		if err != nil {
			return 0, err
		}
		seekerRow(row, &sk, st)
		cell, _ := excelize.CoordinatesToCellName(1, n+2)
		if err := sw.SetRow(cell, row); err != nil {
			return 0, fmt.Errorf("row %d: %w", n+2, err)
		}
		n++
	}
	last, _ := excelize.CoordinatesToCellName(len(seekerColumns), n+1)
	// While streaming, the worksheet read here is the stream's: its
	// autoFilter is written by Flush.
	if err := f.AutoFilter(SeekersSheet, "A1:"+last, nil); err != nil {
		return 0, err
	}
	if err := sw.Flush(); err != nil {
		return 0, err
	}
	if _, err := f.WriteTo(w); err != nil {
		return 0, err
	}
	return n, nil
}

// seekerStyles are the export's cell styles.
type seekerStyles struct{ header, text, date int }

func newSeekerStyles(f *excelize.File) (seekerStyles, error) {
	var st seekerStyles
	var err error
	st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "#7F7F7F", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	if err != nil {
		return st, err
	}
	st.text, err = f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": what is typed stays text
	if err != nil {
		return st, err
	}
	dateFormat := exportDateFormat
	st.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &dateFormat})
	return st, err
}

// newSeekerStream starts the sheet's stream: column widths, the digit
// columns as text, the header row frozen.
func newSeekerStream(f *excelize.File, st seekerStyles) (*excelize.StreamWriter, error) {
	sw, err := f.NewStreamWriter(SeekersSheet)
	if err != nil {
		return nil, err
	}
	for i, c := range seekerColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, err
		}
	}
	// Numbers typed into new rows of these columns stay text too.
	for i, c := range seekerColumns {
		if c.kind == cellDigits {
			if err := sw.SetColStyle(i+1, i+1, st.text); err != nil {
				return nil, err
			}
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return nil, err
	}
	return sw, nil
}

// seekerRow fills row with the cells of sk.
func seekerRow(row []any, sk *data.Seeker, st seekerStyles) {
	for i := range seekerColumns {
		c := &seekerColumns[i]
		switch c.kind {
		case cellDate:
			if d := c.date(sk); !d.IsZero() {
				// The calendar date, whatever the location: a whole serial number.
				d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
				row[i] = excelize.Cell{StyleID: st.date, Value: d}
			} else {
				row[i] = nil
			}
		case cellDigits:
			// A string value makes an inline string cell: text, whatever it holds.
			row[i] = cellOrNil(c.text(sk), st.text)
		default:
			row[i] = cellOrNil(c.text(sk), 0)
		}
	}
}

// cellOrNil is a string cell, or nil (no cell at all) for an empty value.
func cellOrNil(v string, style int) any {
	if v == "" {
		return nil
	}
	if style == 0 {
		return v
	}
	return excelize.Cell{StyleID: style, Value: v}
}
