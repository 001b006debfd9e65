package reports

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// The recaps as workbooks: the letterhead's lines and the title over the
// tables, headers shaded as in the PDF, counts as numbers and rates as
// percentages, so that the office can sum and chart them further.

// recapSheet writes one sheet of a recap workbook, row by row; the first
// error stops every later write and is kept in err.
type recapSheet struct {
	f     *excelize.File
	name  string
	st    recapStyles
	row   int // the next row to write, from 1
	width int // columns the title rows span
	err   error
}

// recapStyles are the workbook's cell styles.
type recapStyles struct {
	letterhead, title, subtitle, heading, header, text, line, bold, number, number1, percent, date int
	totalText, totalNumber, totalPercent, note                                                     int
}

// newRecapWorkbook starts a workbook whose first sheet is called sheet.
func newRecapWorkbook(sheet, title string) (*excelize.File, recapStyles, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName(f.GetSheetName(0), sheet); err != nil {
		return f, recapStyles{}, err
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "Balai", Title: title, Language: "id-ID"})
	st, err := newRecapStyles(f)
	return f, st, err
}

func newRecapStyles(f *excelize.File) (recapStyles, error) {
	var st recapStyles
	var firstErr error
	style := func(s *excelize.Style) int {
		id, err := f.NewStyle(s)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return id
	}
	border := []excelize.Border{{Type: "left", Color: "#7F7F7F", Style: 1}, {Type: "right", Color: "#7F7F7F", Style: 1},
		{Type: "top", Color: "#7F7F7F", Style: 1}, {Type: "bottom", Color: "#7F7F7F", Style: 1}}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center"}
	pct := "0.0%"
	date := exportDateFormat
	totalFill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#EBEBEB"}}
	st.letterhead = style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 11}, Alignment: center})
	st.title = style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: center})
	st.subtitle = style(&excelize.Style{Alignment: center})
	st.heading = style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 11}})
	st.header = style(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	st.text = style(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, NumFmt: 49})
	st.line = style(&excelize.Style{Border: border, NumFmt: 49}) // text on one line: a list's cells
	st.bold = style(&excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	st.number = style(&excelize.Style{Border: border, NumFmt: 1})
	one := "0.0"
	st.number1 = style(&excelize.Style{Border: border, CustomNumFmt: &one})
	st.percent = style(&excelize.Style{Border: border, CustomNumFmt: &pct})
	st.date = style(&excelize.Style{Border: border, CustomNumFmt: &date, Alignment: &excelize.Alignment{Horizontal: "left"}})
	st.totalText = style(&excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Fill: totalFill})
	st.totalNumber = style(&excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Fill: totalFill, NumFmt: 1})
	st.totalPercent = style(&excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Fill: totalFill, CustomNumFmt: &pct})
	st.note = style(&excelize.Style{Font: &excelize.Font{Italic: true, Color: "#595959", Size: 9},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	return st, firstErr
}

// set writes v with style into column col (from 1) of the current row.
func (s *recapSheet) set(col int, v any, style int) {
	if s.err != nil {
		return
	}
	cell := cellName(col, s.row)
	if v != nil {
		if s.err = s.f.SetCellValue(s.name, cell, v); s.err != nil {
			return
		}
	}
	if style != 0 {
		s.err = s.f.SetCellStyle(s.name, cell, cell, style)
	}
}

// merge merges columns from..to of rows r1..r2.
func (s *recapSheet) merge(c1, r1, c2, r2 int) {
	if s.err == nil && (c1 != c2 || r1 != r2) {
		s.err = s.f.MergeCell(s.name, cellName(c1, r1), cellName(c2, r2))
	}
}

// line writes text across the title width in style, and moves down.
func (s *recapSheet) line(text string, style int) {
	s.set(1, text, style)
	s.merge(1, s.row, s.width, s.row)
	s.row++
}

// note writes a note across the title width, lines tall.
func (s *recapSheet) note(text string, lines int) {
	if s.err == nil && lines > 1 {
		s.err = s.f.SetRowHeight(s.name, s.row, 12*float64(lines))
	}
	s.line(text, s.st.note)
}

// head writes the letterhead's lines, the title and the subtitle.
func (s *recapSheet) head(inst data.Institution, title, subtitle string) {
	for _, l := range inst.Lines {
		if l = strings.TrimSpace(l); l != "" {
			s.line(l, s.st.letterhead)
		}
	}
	if a := strings.TrimSpace(inst.Address); a != "" {
		s.line(a, s.st.subtitle)
	}
	s.row++
	s.line(title, s.st.title)
	if subtitle != "" {
		s.line(subtitle, s.st.subtitle)
	}
	s.row++
}

// headerCells writes a header of cells (spanning as in the PDF) from the
// current row, and moves under it.
func (s *recapSheet) headerCells(h tableHead, firstCol int) {
	top := s.row
	for _, c := range h.Cells {
		s.row = top + c.Row
		s.set(firstCol+c.Col, c.Text, s.st.header)
		for col := firstCol + c.Col; col < firstCol+c.Col+c.Span; col++ {
			for r := top + c.Row; r < top+c.Row+c.RowSpan; r++ {
				s.row = r
				s.set(col, nil, s.st.header)
			}
		}
		s.merge(firstCol+c.Col, top+c.Row, firstCol+c.Col+c.Span-1, top+c.Row+c.RowSpan-1)
	}
	if h.Rows == 1 && s.err == nil {
		s.err = s.f.SetRowHeight(s.name, top, 30) // room for a title on two lines
	}
	s.row = top + h.Rows
}

// rate writes a rate as a percentage, or "–" without one.
func (s *recapSheet) rate(col int, rate float64, ok bool, style, dash int) {
	if ok {
		s.set(col, rate, style)
	} else {
		s.set(col, "–", dash)
	}
}

// widths sets the columns' widths, from column 1.
func (s *recapSheet) widths(ws ...float64) {
	for i, w := range ws {
		if s.err == nil {
			s.err = s.f.SetColWidth(s.name, colName(i+1), colName(i+1), w)
		}
	}
}

// landscape sets the sheet to print in landscape, fit to the page's width.
func (s *recapSheet) landscape() {
	if s.err != nil {
		return
	}
	orient, fit, one, zero := "landscape", true, 1, 0
	if s.err = s.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); s.err == nil {
		s.err = s.f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit})
	}
}

// writeWorkbook writes f to w and closes it.
func writeWorkbook(w io.Writer, f *excelize.File) (err error) {
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	_, err = f.WriteTo(w)
	return err
}
