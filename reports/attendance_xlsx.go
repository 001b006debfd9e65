package reports

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// The attendance workbook: one sheet, "Daftar Hadir", laid out as
//
//	row 1–4   title and class data
//	row 5     hidden: attendanceMarker in A, the session IDs above the date columns
//	row 6     hidden: attendanceJPMarker in A, each session's JP (the % formula uses it)
//	row 7–9   header: No, Nama, NIK; the month merged over its days, the day
//	          number, the weekday initial; Jumlah H/I/S/A and % JP
//	row 10–   one row per participant, the participant's ID in hidden column A
//
// Columns: A hidden ID, B No, C Nama, D NIK, E… one per session, then H, I,
// S, A (COUNTIF formulas) and % JP.

// AttendanceSheet is the name of the attendance workbook's sheet.
const AttendanceSheet = "Daftar Hadir"

const (
	attendanceMarker   = "#balai-daftar-hadir"
	attendanceJPMarker = "#jp"
	attIDRow           = 5
	attJPRow           = 6
	attHeadRow         = 7
	attFirstRow        = 10
	attFirstCol        = 5 // E
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
}

func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}

func colName(col int) string {
	n, _ := excelize.ColumnNumberToName(col)
	return n
}

// WriteAttendanceXLSX writes the attendance grid of doc as an Excel workbook
// (layout above) that ReadAttendanceXLSX reads back.
func WriteAttendanceXLSX(w io.Writer, doc AttendanceDoc) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	const sh = AttendanceSheet
	if err := f.SetSheetName(f.GetSheetName(0), sh); err != nil {
		return err
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "Balai", Title: "Daftar Hadir " + doc.ClassCode, Language: "id-ID"})

	nS, nP := len(doc.Sessions), len(doc.People)
	lastSes := attFirstCol + nS - 1 // may be < attFirstCol when there are no sessions
	colH := attFirstCol + nS
	colPct := colH + 4
	lastRow := attFirstRow + max(nP, 1) - 1

	border := []excelize.Border{
		{Type: "left", Color: "#7F7F7F", Style: 1}, {Type: "right", Color: "#7F7F7F", Style: 1},
		{Type: "top", Color: "#7F7F7F", Style: 1}, {Type: "bottom", Color: "#7F7F7F", Style: 1},
	}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	style := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	titleSt := style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	boldSt := style(&excelize.Style{Font: &excelize.Font{Bold: true}})
	headSt := style(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Alignment: center,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}}})
	cellSt := style(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "center"}})
	textSt := style(&excelize.Style{Border: border, NumFmt: 49, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	markSt := style(&excelize.Style{Border: border, Alignment: center, Font: &excelize.Font{Bold: true}})
	noneSt := style(&excelize.Style{Border: border, Alignment: center, Font: &excelize.Font{Color: "#7F7F7F"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#E1E1E1"}}})
	numSt := style(&excelize.Style{Border: border, Alignment: center})
	pctSt := style(&excelize.Style{Border: border, Alignment: center, NumFmt: 9})
	if err != nil {
		return err
	}
	var cf int
	if !doc.Blank {
		cf, err = f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#AA1E1E"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#FDDDDA"}}})
		if err != nil {
			return err
		}
	}

	set := func(cell string, v any) {
		if err == nil {
			err = f.SetCellValue(sh, cell, v)
		}
	}
	setStyle := func(a, b string, st int) {
		if err == nil {
			err = f.SetCellStyle(sh, a, b, st)
		}
	}
	merge := func(a, b string) {
		if err == nil && a != b {
			err = f.MergeCell(sh, a, b)
		}
	}

	// Title and class data.
	set("B1", "DAFTAR HADIR PESERTA PELATIHAN")
	setStyle("B1", "B1", titleSt)
	set("B2", lastLine(doc.Institution.Lines))
	setStyle("B2", "B2", boldSt)
	class := []string{}
	for _, p := range [][2]string{{"Kelas", doc.ClassCode}, {"Program", doc.ProgramName}, {"Kejuruan", doc.Kejuruan}, {"Angkatan", doc.Batch}} {
		if v := strings.TrimSpace(p[1]); v != "" {
			class = append(class, p[0]+": "+v)
		}
	}
	set("B3", strings.Join(class, " · "))
	var more []string
	if !doc.Start.IsZero() && !doc.End.IsZero() {
		more = append(more, "Tanggal: "+data.FormatDate(doc.Start, "id")+" s.d. "+data.FormatDate(doc.End, "id"))
	}
	if v := strings.TrimSpace(doc.RoomName); v != "" {
		more = append(more, "Ruang: "+v)
	}
	if v := strings.TrimSpace(doc.InstructorName); v != "" {
		more = append(more, "Instruktur: "+v)
	}
	more = append(more, "Minimum kehadiran: "+strconv.Itoa(doc.minPercent())+"% JP")
	set("B4", strings.Join(more, " · "))

	// Hidden ID and JP rows.
	set(cellName(1, attIDRow), attendanceMarker)
	set(cellName(1, attJPRow), attendanceJPMarker)
	for s, ses := range doc.Sessions {
		set(cellName(attFirstCol+s, attIDRow), ses.ID)
		set(cellName(attFirstCol+s, attJPRow), max(0, ses.JP))
	}

	// Header.
	h1, h3 := attHeadRow, attHeadRow+2
	for _, c := range []struct {
		col   int
		title string
	}{{2, "No"}, {3, "Nama Peserta"}, {4, "NIK"}} {
		set(cellName(c.col, h1), c.title)
		merge(cellName(c.col, h1), cellName(c.col, h3))
	}
	for s := 0; s < nS; {
		d := doc.Sessions[s].Date
		e := s
		for e+1 < nS && doc.Sessions[e+1].Date.Year() == d.Year() && doc.Sessions[e+1].Date.Month() == d.Month() {
			e++
		}
		if !d.IsZero() {
			set(cellName(attFirstCol+s, h1), data.MonthName(d.Month())+" "+strconv.Itoa(d.Year()))
		}
		merge(cellName(attFirstCol+s, h1), cellName(attFirstCol+e, h1))
		s = e + 1
	}
	for s, ses := range doc.Sessions {
		if !ses.Date.IsZero() {
			set(cellName(attFirstCol+s, h1+1), ses.Date.Day())
			set(cellName(attFirstCol+s, h3), weekdayInitial(ses.Date))
		}
	}
	set(cellName(colH, h1), "Jumlah")
	merge(cellName(colH, h1), cellName(colH+3, h1))
	for i, c := range []string{"H", "I", "S", "A"} {
		set(cellName(colH+i, h1+1), c)
		merge(cellName(colH+i, h1+1), cellName(colH+i, h3))
	}
	set(cellName(colPct, h1), "% JP")
	merge(cellName(colPct, h1), cellName(colPct, h3))
	setStyle(cellName(2, h1), cellName(colPct, h3), headSt)

	// Participants.
	jpRange := ""
	if nS > 0 {
		jpRange = "$" + colName(attFirstCol) + "$" + strconv.Itoa(attJPRow) + ":$" + colName(lastSes) + "$" + strconv.Itoa(attJPRow)
	}
	for p, person := range doc.People {
		r := attFirstRow + p
		set(cellName(1, r), person.ID)
		set(cellName(2, r), p+1)
		set(cellName(3, r), strings.TrimSpace(person.Name))
		nik := strings.TrimSpace(person.NIK)
		if doc.MaskNIK && nik != "" {
			nik = data.MaskNIK(nik)
		}
		set(cellName(4, r), nik)
		setStyle(cellName(2, r), cellName(2, r), numSt)
		setStyle(cellName(3, r), cellName(3, r), cellSt)
		setStyle(cellName(4, r), cellName(4, r), textSt)
		if nS > 0 {
			setStyle(cellName(attFirstCol, r), cellName(lastSes, r), markSt)
		}
		for s := range doc.Sessions {
			m := doc.mark(p, s)
			if m == MarkNotExpected {
				set(cellName(attFirstCol+s, r), m)
				setStyle(cellName(attFirstCol+s, r), cellName(attFirstCol+s, r), noneSt)
			} else if !doc.Blank && m != "" {
				set(cellName(attFirstCol+s, r), m)
			}
		}
		marks := ""
		if nS > 0 {
			marks = colName(attFirstCol) + strconv.Itoa(r) + ":" + colName(lastSes) + strconv.Itoa(r)
		}
		for i, c := range []string{"H", "I", "S", "A"} {
			cell := cellName(colH+i, r)
			if marks != "" && err == nil {
				err = f.SetCellFormula(sh, cell, `COUNTIF(`+marks+`,"`+c+`")`)
			}
		}
		setStyle(cellName(colH, r), cellName(colH+3, r), numSt)
		if marks != "" && err == nil {
			err = f.SetCellFormula(sh, cellName(colPct, r),
				`IFERROR(SUMIF(`+marks+`,"H",`+jpRange+`)/SUM(`+jpRange+`),0)`)
		}
		setStyle(cellName(colPct, r), cellName(colPct, r), pctSt)
	}
	if err != nil {
		return err
	}

	// Below the minimum: the % cell in red.
	if !doc.Blank && nP > 0 {
		min := strconv.FormatFloat(float64(doc.minPercent())/100, 'f', -1, 64)
		if err := f.SetConditionalFormat(sh, cellName(colPct, attFirstRow)+":"+cellName(colPct, lastRow),
			[]excelize.ConditionalFormatOptions{{Type: "cell", Criteria: "<", Format: &cf, Value: min}}); err != nil {
			return err
		}
	}
	// Codes offered as a list; anything else only warns (the import reports it).
	if nS > 0 && nP > 0 {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = cellName(attFirstCol, attFirstRow) + ":" + cellName(lastSes, lastRow)
		if err := dv.SetDropList([]string{"H", "I", "S", "A", "-"}); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Kode kehadiran", "Gunakan H (hadir), I (izin), S (sakit) atau A (alpa).")
		if err := f.AddDataValidation(sh, dv); err != nil {
			return err
		}
	}

	// Legend under the grid.
	set(cellName(2, lastRow+2), "Keterangan: H = hadir, I = izin, S = sakit, A = alpa, - = belum terdaftar/mengundurkan diri. % JP = JP hadir dari JP terjadwal.")

	// Sizes, hidden parts, panes, print setup.
	widths := []struct {
		a, b int
		w    float64
	}{{1, 1, 12}, {2, 2, 5}, {3, 3, 32}, {4, 4, 19}}
	if nS > 0 {
		widths = append(widths, struct {
			a, b int
			w    float64
		}{attFirstCol, lastSes, 4.2})
	}
	widths = append(widths, struct {
		a, b int
		w    float64
	}{colH, colH + 3, 4.5}, struct {
		a, b int
		w    float64
	}{colPct, colPct, 8})
	for _, c := range widths {
		if err == nil {
			err = f.SetColWidth(sh, colName(c.a), colName(c.b), c.w)
		}
	}
	if err != nil {
		return err
	}
	if err := f.SetColVisible(sh, "A", false); err != nil {
		return err
	}
	for _, r := range []int{attIDRow, attJPRow} {
		if err := f.SetRowVisible(sh, r, false); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{
		Freeze: true, XSplit: attFirstCol - 1, YSplit: attFirstRow - 1,
		TopLeftCell: cellName(attFirstCol, attFirstRow), ActivePane: "bottomRight",
	}); err != nil {
		return err
	}
	orient, one, zero := "landscape", 1, 0
	size := 9 // A4
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{Orientation: &orient, Size: &size, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	// Repeat the header rows and the name columns on every printed page.
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sh,
		RefersTo: "'" + sh + "'!$B:$D,'" + sh + "'!$" + strconv.Itoa(attHeadRow) + ":$" + strconv.Itoa(attFirstRow-1)}); err != nil {
		return err
	}
	full := true
	_ = f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full})
	return f.Write(w)
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
	return cells, nil
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
