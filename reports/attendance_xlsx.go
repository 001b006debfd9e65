package reports

import (
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
	if err := f.SetSheetName(f.GetSheetName(0), AttendanceSheet); err != nil {
		return err
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "Balai", Title: "Daftar Hadir " + doc.ClassCode, Language: "id-ID"})

	s := newAttendanceSheet(f, &doc)
	s.newStyles()
	s.titleRows()
	s.hiddenRows()
	s.headerRows()
	s.participantRows()
	if s.err != nil {
		return s.err
	}
	if err := s.belowMinimum(); err != nil {
		return err
	}
	if err := s.markList(); err != nil {
		return err
	}
	s.legend()
	s.columnWidths()
	if s.err != nil {
		return s.err
	}
	if err := s.hideAndFreeze(); err != nil {
		return err
	}
	if err := s.printSetup(); err != nil {
		return err
	}
	full := true
	_ = f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full})
	return f.Write(w)
}

// attendanceSheet writes the sheet of one workbook step by step; the first
// error (err) makes the later cell steps do nothing.
type attendanceSheet struct {
	f   *excelize.File
	doc *AttendanceDoc
	err error
	st  attendanceStyles

	nS, nP  int // sessions, participants
	lastSes int // the last session's column; < attFirstCol without sessions
	colH    int // the first total's column (H); I, S, A follow
	colPct  int // the % JP column
	lastRow int // the last participant's row (attFirstRow with nobody)
}

// attendanceStyles are the sheet's cell styles.
type attendanceStyles struct {
	title, bold, head, cell, text, mark, none, num, pct int
	below                                               int // conditional: under the minimum
}

func newAttendanceSheet(f *excelize.File, doc *AttendanceDoc) *attendanceSheet {
	s := &attendanceSheet{f: f, doc: doc, nS: len(doc.Sessions), nP: len(doc.People)}
	s.lastSes = attFirstCol + s.nS - 1
	s.colH = attFirstCol + s.nS
	s.colPct = s.colH + 4
	s.lastRow = attFirstRow + max(s.nP, 1) - 1
	return s
}

func (s *attendanceSheet) set(cell string, v any) {
	if s.err == nil {
		s.err = s.f.SetCellValue(AttendanceSheet, cell, v)
	}
}

func (s *attendanceSheet) setStyle(a, b string, st int) {
	if s.err == nil {
		s.err = s.f.SetCellStyle(AttendanceSheet, a, b, st)
	}
}

func (s *attendanceSheet) merge(a, b string) {
	if s.err == nil && a != b {
		s.err = s.f.MergeCell(AttendanceSheet, a, b)
	}
}

func (s *attendanceSheet) formula(cell, formula string) {
	if s.err == nil {
		s.err = s.f.SetCellFormula(AttendanceSheet, cell, formula)
	}
}

// newStyles makes the cell styles, and the conditional one of a filled-in
// sheet.
func (s *attendanceSheet) newStyles() {
	border := []excelize.Border{
		{Type: "left", Color: "#7F7F7F", Style: 1}, {Type: "right", Color: "#7F7F7F", Style: 1},
		{Type: "top", Color: "#7F7F7F", Style: 1}, {Type: "bottom", Color: "#7F7F7F", Style: 1},
	}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	style := func(st *excelize.Style) int {
		if s.err != nil {
			return 0
		}
		var id int
		id, s.err = s.f.NewStyle(st)
		return id
	}
	s.st = attendanceStyles{
		title: style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}),
		bold:  style(&excelize.Style{Font: &excelize.Font{Bold: true}}),
		head: style(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Alignment: center,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}}}),
		cell: style(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "center"}}),
		text: style(&excelize.Style{Border: border, NumFmt: 49, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}),
		mark: style(&excelize.Style{Border: border, Alignment: center, Font: &excelize.Font{Bold: true}}),
		none: style(&excelize.Style{Border: border, Alignment: center, Font: &excelize.Font{Color: "#7F7F7F"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#E1E1E1"}}}),
		num: style(&excelize.Style{Border: border, Alignment: center}),
		pct: style(&excelize.Style{Border: border, Alignment: center, NumFmt: 9}),
	}
	if s.err == nil && !s.doc.Blank {
		s.st.below, s.err = s.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#AA1E1E"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#FDDDDA"}}})
	}
}

// titleRows writes rows 1–4: the title, the institution, the class data.
func (s *attendanceSheet) titleRows() {
	doc := s.doc
	s.set("B1", "DAFTAR HADIR PESERTA PELATIHAN")
	s.setStyle("B1", "B1", s.st.title)
	s.set("B2", lastLine(doc.Institution.Lines))
	s.setStyle("B2", "B2", s.st.bold)
	class := []string{}
	for _, p := range [][2]string{{"Kelas", doc.ClassCode}, {"Program", doc.ProgramName}, {"Kejuruan", doc.Kejuruan}, {"Angkatan", doc.Batch}} {
		if v := strings.TrimSpace(p[1]); v != "" {
			class = append(class, p[0]+": "+v)
		}
	}
	s.set("B3", strings.Join(class, " · "))
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
	s.set("B4", strings.Join(more, " · "))
}

// hiddenRows writes the markers and, above the date columns, the session
// IDs and JP.
func (s *attendanceSheet) hiddenRows() {
	s.set(cellName(1, attIDRow), attendanceMarker)
	s.set(cellName(1, attJPRow), attendanceJPMarker)
	for i, ses := range s.doc.Sessions {
		s.set(cellName(attFirstCol+i, attIDRow), ses.ID)
		s.set(cellName(attFirstCol+i, attJPRow), max(0, ses.JP))
	}
}

// headerRows writes the three header rows: No, Nama, NIK merged down; each
// month merged over its days, the day number, the weekday initial; Jumlah
// over H, I, S, A; % JP.
func (s *attendanceSheet) headerRows() {
	h1, h3 := attHeadRow, attHeadRow+2
	for _, c := range []struct {
		col   int
		title string
	}{{2, "No"}, {3, "Nama Peserta"}, {4, "NIK"}} {
		s.set(cellName(c.col, h1), c.title)
		s.merge(cellName(c.col, h1), cellName(c.col, h3))
	}
	ses := s.doc.Sessions
	for i := 0; i < s.nS; {
		d := ses[i].Date
		e := i
		for e+1 < s.nS && ses[e+1].Date.Year() == d.Year() && ses[e+1].Date.Month() == d.Month() {
			e++
		}
		if !d.IsZero() {
			s.set(cellName(attFirstCol+i, h1), data.MonthName(d.Month())+" "+strconv.Itoa(d.Year()))
		}
		s.merge(cellName(attFirstCol+i, h1), cellName(attFirstCol+e, h1))
		i = e + 1
	}
	for i, se := range ses {
		if !se.Date.IsZero() {
			s.set(cellName(attFirstCol+i, h1+1), se.Date.Day())
			s.set(cellName(attFirstCol+i, h3), weekdayShort(se.Date))
		}
	}
	s.set(cellName(s.colH, h1), "Jumlah")
	s.merge(cellName(s.colH, h1), cellName(s.colH+3, h1))
	for i, c := range []string{"H", "I", "S", "A"} {
		s.set(cellName(s.colH+i, h1+1), c)
		s.merge(cellName(s.colH+i, h1+1), cellName(s.colH+i, h3))
	}
	s.set(cellName(s.colPct, h1), "% JP")
	s.merge(cellName(s.colPct, h1), cellName(s.colPct, h3))
	s.setStyle(cellName(2, h1), cellName(s.colPct, h3), s.st.head)
}

// participantRows writes a row per participant: the hidden ID, No, name,
// NIK, the marks, and the formulas of the totals and % JP.
func (s *attendanceSheet) participantRows() {
	doc := s.doc
	jpRange := ""
	if s.nS > 0 {
		jpRange = "$" + colName(attFirstCol) + "$" + strconv.Itoa(attJPRow) + ":$" + colName(s.lastSes) + "$" + strconv.Itoa(attJPRow)
	}
	for p, person := range doc.People {
		r := attFirstRow + p
		s.set(cellName(1, r), person.ID)
		s.set(cellName(2, r), p+1)
		s.set(cellName(3, r), strings.TrimSpace(person.Name))
		s.set(cellName(4, r), attendanceNIK(doc, person))
		s.setStyle(cellName(2, r), cellName(2, r), s.st.num)
		s.setStyle(cellName(3, r), cellName(3, r), s.st.cell)
		s.setStyle(cellName(4, r), cellName(4, r), s.st.text)
		s.marks(p, r)
		marks := ""
		if s.nS > 0 {
			marks = colName(attFirstCol) + strconv.Itoa(r) + ":" + colName(s.lastSes) + strconv.Itoa(r)
		}
		for i, c := range []string{"H", "I", "S", "A"} {
			if marks != "" {
				s.formula(cellName(s.colH+i, r), `COUNTIF(`+marks+`,"`+c+`")`)
			}
		}
		s.setStyle(cellName(s.colH, r), cellName(s.colH+3, r), s.st.num)
		if marks != "" {
			s.formula(cellName(s.colPct, r), `IFERROR(SUMIF(`+marks+`,"H",`+jpRange+`)/SUM(`+jpRange+`),0)`)
		}
		s.setStyle(cellName(s.colPct, r), cellName(s.colPct, r), s.st.pct)
	}
}

// marks writes participant p's marks in row r: "-" always (greyed), the
// other codes unless the sheet is blank.
func (s *attendanceSheet) marks(p, r int) {
	if s.nS > 0 {
		s.setStyle(cellName(attFirstCol, r), cellName(s.lastSes, r), s.st.mark)
	}
	for i := range s.doc.Sessions {
		m := s.doc.mark(p, i)
		cell := cellName(attFirstCol+i, r)
		if m == MarkNotExpected {
			s.set(cell, m)
			s.setStyle(cell, cell, s.st.none)
		} else if !s.doc.Blank && m != "" {
			s.set(cell, m)
		}
	}
}

// belowMinimum shows a % JP under the minimum in red.
func (s *attendanceSheet) belowMinimum() error {
	if s.doc.Blank || s.nP == 0 {
		return nil
	}
	minimum := strconv.FormatFloat(float64(s.doc.minPercent())/100, 'f', -1, 64)
	return s.f.SetConditionalFormat(AttendanceSheet, cellName(s.colPct, attFirstRow)+":"+cellName(s.colPct, s.lastRow),
		[]excelize.ConditionalFormatOptions{{Type: "cell", Criteria: "<", Format: &s.st.below, Value: minimum}})
}

// markList offers the codes as a list in the mark cells; anything else only
// warns (the import reports it).
func (s *attendanceSheet) markList() error {
	if s.nS == 0 || s.nP == 0 {
		return nil
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = cellName(attFirstCol, attFirstRow) + ":" + cellName(s.lastSes, s.lastRow)
	if err := dv.SetDropList([]string{"H", "I", "S", "A", "-"}); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleWarning, "Kode kehadiran", "Gunakan H (hadir), I (izin), S (sakit) atau A (alpa).")
	return s.f.AddDataValidation(AttendanceSheet, dv)
}

// legend writes the legend under the grid.
func (s *attendanceSheet) legend() {
	s.set(cellName(2, s.lastRow+2), "Keterangan: H = hadir, I = izin, S = sakit, A = alpa, - = belum terdaftar/mengundurkan diri. % JP = JP hadir dari JP terjadwal.")
}

// columnWidths sizes the columns, in characters.
func (s *attendanceSheet) columnWidths() {
	type span struct {
		a, b int
		w    float64
	}
	widths := []span{{1, 1, 12}, {2, 2, 5}, {3, 3, 32}, {4, 4, 19}}
	if s.nS > 0 {
		widths = append(widths, span{attFirstCol, s.lastSes, 4.2})
	}
	widths = append(widths, span{s.colH, s.colH + 3, 4.5}, span{s.colPct, s.colPct, 8})
	for _, c := range widths {
		if s.err == nil {
			s.err = s.f.SetColWidth(AttendanceSheet, colName(c.a), colName(c.b), c.w)
		}
	}
}

// hideAndFreeze hides the ID column and rows, and freezes the panes beside the
// names and under the header.
func (s *attendanceSheet) hideAndFreeze() error {
	if err := s.f.SetColVisible(AttendanceSheet, "A", false); err != nil {
		return err
	}
	for _, r := range []int{attIDRow, attJPRow} {
		if err := s.f.SetRowVisible(AttendanceSheet, r, false); err != nil {
			return err
		}
	}
	return s.f.SetPanes(AttendanceSheet, &excelize.Panes{
		Freeze: true, XSplit: attFirstCol - 1, YSplit: attFirstRow - 1,
		TopLeftCell: cellName(attFirstCol, attFirstRow), ActivePane: "bottomRight",
	})
}

// printSetup prints the sheet on A4 landscape, one page wide, the header
// rows and the name columns repeated on every page.
func (s *attendanceSheet) printSetup() error {
	const sh = AttendanceSheet
	orient, one, zero := "landscape", 1, 0
	size := 9 // A4
	if err := s.f.SetPageLayout(sh, &excelize.PageLayoutOptions{Orientation: &orient, Size: &size, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	fit := true
	if err := s.f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return s.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sh,
		RefersTo: "'" + sh + "'!$B:$D,'" + sh + "'!$" + strconv.Itoa(attHeadRow) + ":$" + strconv.Itoa(attFirstRow-1)})
}
