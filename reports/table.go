package reports

import (
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// A table that breaks across pages, repeating its header row: laid out row
// by row down the pages of a flow (tableLayout), then drawn (drawTableRow).

// tableColumn is one column: its header, width and the alignment of its cells
// ("L", "C" or "R").
type tableColumn struct {
	Title string
	Width float64
	Align string
}

// cellPara is one paragraph of a table cell, wrapped to the cell's width.
type cellPara struct {
	Text  string
	Style string  // "", "B", "I"
	Size  float64 // 0: the table's size
	Align string  // "": the column's alignment
	Muted bool    // grey text
}

// tableCell is what a cell holds: paragraphs from the top.
type tableCell []cellPara

// textCell is a cell of one plain paragraph.
func textCell(s string) tableCell { return tableCell{{Text: s}} }

// rowStyle is how a row is filled and written.
type rowStyle struct {
	Fill   *[3]int // background; nil for none
	Bold   bool
	Header bool
}

// cellLines is one wrapped paragraph ready to draw.
type cellLines struct {
	para  cellPara
	lines []string
	lineH float64
}

// cellPadY is the room above and below a cell's text.
const cellPadY = 1.0

// laidRow is a row wrapped to the table's columns, ready to draw: cell i
// covers Spans[i] columns.
type laidRow struct {
	Spans  []int
	Cells  [][]cellLines
	Height float64
	Style  rowStyle
}

// tableRow is a laid-out row at its place: the page it is on, from 0, and
// the y of its top.
type tableRow struct {
	Page  int
	Y     float64
	Index int // the document's row it shows, from 0; -1 for the header and others
	laidRow
}

// tableLayout lays a table out down the pages of a flow: a row that does
// not fit goes to a new page, under the continuation head and the header.
type tableLayout struct {
	measure    *gofpdf.Fpdf
	flow       *pageFlow
	cols       []tableColumn
	size       float64 // font size of cells
	continued  string  // the head of the pages the table continues on
	rows       []tableRow
	rowsOnPage int
}

func newTableLayout(m *gofpdf.Fpdf, flow *pageFlow, size float64, cols []tableColumn, continued string) *tableLayout {
	return &tableLayout{measure: m, flow: flow, cols: cols, size: size, continued: continued}
}

// lay wraps a row's cells (cell i covering spans[i] columns) and measures it.
func (t *tableLayout) lay(spans []int, cells []tableCell, style rowStyle) laidRow {
	out := make([][]cellLines, len(cells))
	height := 0.0
	col := 0
	for i, c := range cells {
		w := 0.0
		for k := 0; k < spans[i]; k++ {
			w += t.cols[col+k].Width
		}
		col += spans[i]
		h := 0.0
		for _, p := range c {
			size := p.Size
			if size == 0 {
				size = t.size
			}
			s := p.Style
			if style.Bold && !strings.Contains(s, "B") {
				s += "B"
			}
			p.Style, p.Size = s, size
			setFont(t.measure, s, size)
			lines := wrapText(t.measure, p.Text, w)
			lh := lineHeight(size)
			out[i] = append(out[i], cellLines{para: p, lines: lines, lineH: lh})
			h += float64(len(lines)) * lh
		}
		height = max(height, h)
	}
	return laidRow{Spans: spans, Cells: out, Height: max(height, lineHeight(t.size)) + 2*cellPadY, Style: style}
}

// header places the header row.
func (t *tableLayout) header() {
	cells := make([]tableCell, len(t.cols))
	for i, c := range t.cols {
		cells[i] = tableCell{{Text: c.Title, Align: "C"}}
	}
	fill := colorHeaderBg
	t.place(-1, t.lay(ones(len(cells)), cells, rowStyle{Fill: &fill, Bold: true, Header: true}))
}

// row places row index of one cell per column.
func (t *tableLayout) row(index int, cells []tableCell, style rowStyle) {
	t.place(index, t.lay(ones(len(cells)), cells, style))
}

// rowSpans places a row whose cell i covers spans[i] columns.
func (t *tableLayout) rowSpans(spans []int, cells []tableCell, style rowStyle) {
	t.place(-1, t.lay(spans, cells, style))
}

// height is the height of a row (spans nil: one column per cell).
func (t *tableLayout) height(spans []int, cells []tableCell, bold bool) float64 {
	if spans == nil {
		spans = ones(len(cells))
	}
	return t.lay(spans, cells, rowStyle{Bold: bold}).Height
}

// newPage continues the table on a new page, under its header.
func (t *tableLayout) newPage() {
	t.flow.newPage(t.continued)
	t.header()
}

func ones(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = 1
	}
	return s
}

// place puts r under the rows before it, on a new page when it does not fit.
func (t *tableLayout) place(index int, r laidRow) {
	f := t.flow
	if !r.Style.Header && !f.fits(r.Height) {
		t.newPage()
	}
	if r.Style.Header {
		// A header needs room for itself and one row under it.
		if !f.fits(2*r.Height+lineHeight(t.size)) && f.Y > f.Top+1 {
			f.newPage(t.continued)
		}
		t.rowsOnPage = 0
	} else {
		t.rowsOnPage++
	}
	t.rows = append(t.rows, tableRow{Page: f.page(), Y: f.Y, Index: index, laidRow: r})
	f.Y += r.Height
}

// drawTableRow draws r with its left edge at left.
func drawTableRow(pdf *gofpdf.Fpdf, cols []tableColumn, left float64, r tableRow) {
	x, y, h := left, r.Y, r.Height
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	col := 0
	for i, cell := range r.Cells {
		w := 0.0
		align := cols[col].Align
		for k := 0; k < r.Spans[i]; k++ {
			w += cols[col+k].Width
		}
		col += r.Spans[i]
		if r.Style.Fill != nil {
			setFillColor(pdf, *r.Style.Fill)
			pdf.Rect(x, y, w, h, "FD")
		} else {
			pdf.Rect(x, y, w, h, "D")
		}
		drawCellText(pdf, cell, x, y+cellPadY, w, align)
		x += w
	}
	setTextColor(pdf, colorText)
	pdf.SetXY(left, y+h)
}

// drawCellText draws a cell's paragraphs from y in a cell at x of width w,
// aligned as the column (align) unless a paragraph says otherwise.
func drawCellText(pdf *gofpdf.Fpdf, cell []cellLines, x, y, w float64, align string) {
	for _, p := range cell {
		setFont(pdf, p.para.Style, p.para.Size)
		if p.para.Muted {
			setTextColor(pdf, colorMuted)
		} else {
			setTextColor(pdf, colorText)
		}
		a := align
		if p.para.Align != "" {
			a = p.para.Align
		}
		if a == "" {
			a = "L"
		}
		for _, l := range p.lines {
			pdf.SetXY(x, y)
			pdf.CellFormat(w, p.lineH, l, "", 0, a, false, 0, "")
			y += p.lineH
		}
	}
}
