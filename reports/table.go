package reports

import (
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// A table that breaks across pages, repeating its header row.

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

// table draws rows at the cursor, starting a new page (with continued, if
// set, and the header row) when a row does not fit.
type table struct {
	pdf        *gofpdf.Fpdf
	measure    *gofpdf.Fpdf // measures the cells
	cols       []tableColumn
	size       float64 // font size of cells
	padY       float64 // space above and below a cell's text
	continued  func()  // draws what goes above the header on a continuation page
	rowsOnPage int
}

func newTable(pdf, measure *gofpdf.Fpdf, size float64, cols []tableColumn) *table {
	return &table{pdf: pdf, measure: measure, cols: cols, size: size, padY: 1.0}
}

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

func (t *table) layout(spans []int, cells []tableCell, bold bool) ([][]cellLines, float64) {
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
			style := p.Style
			if bold && !strings.Contains(style, "B") {
				style += "B"
			}
			p.Style, p.Size = style, size
			setFont(t.measure, style, size)
			lines := wrapText(t.measure, p.Text, w)
			lh := lineHeight(size)
			out[i] = append(out[i], cellLines{para: p, lines: lines, lineH: lh})
			h += float64(len(lines)) * lh
		}
		height = max(height, h)
	}
	return out, max(height, lineHeight(t.size)) + 2*t.padY
}

// header draws the header row.
func (t *table) header() {
	cells := make([]tableCell, len(t.cols))
	for i, c := range t.cols {
		cells[i] = tableCell{{Text: c.Title, Align: "C"}}
	}
	spans := ones(len(cells))
	fill := colorHeaderBg
	t.draw(spans, cells, rowStyle{Fill: &fill, Bold: true, Header: true})
}

// row draws one row of one cell per column.
func (t *table) row(cells []tableCell, style rowStyle) {
	t.draw(ones(len(cells)), cells, style)
}

// rowSpans draws a row whose cell i covers spans[i] columns.
func (t *table) rowSpans(spans []int, cells []tableCell, style rowStyle) {
	t.draw(spans, cells, style)
}

// height is the height of a row (spans nil: one column per cell).
func (t *table) height(spans []int, cells []tableCell, bold bool) float64 {
	if spans == nil {
		spans = ones(len(cells))
	}
	_, h := t.layout(spans, cells, bold)
	return h
}

// newPage continues the table on a new page, under its header.
func (t *table) newPage() {
	t.pdf.AddPage()
	if t.continued != nil {
		t.continued()
	}
	t.header()
}

func ones(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = 1
	}
	return s
}

func (t *table) draw(spans []int, cells []tableCell, style rowStyle) {
	pdf := t.pdf
	laid, h := t.layout(spans, cells, style.Bold)
	if !style.Header && !fits(pdf, h) {
		t.newPage()
	}
	if style.Header {
		// A header needs room for itself and one row under it.
		if !fits(pdf, 2*h+lineHeight(t.size)) && pdf.GetY() > marginTop+1 {
			pdf.AddPage()
			if t.continued != nil {
				t.continued()
			}
		}
		t.rowsOnPage = 0
	}
	left, _, _, _ := pdf.GetMargins()
	x, y := left, pdf.GetY()
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	col := 0
	for i := range cells {
		w := 0.0
		align := t.cols[col].Align
		for k := 0; k < spans[i]; k++ {
			w += t.cols[col+k].Width
		}
		col += spans[i]
		if style.Fill != nil {
			setFillColor(pdf, *style.Fill)
			pdf.Rect(x, y, w, h, "FD")
		} else {
			pdf.Rect(x, y, w, h, "D")
		}
		ty := y + t.padY
		for _, p := range laid[i] {
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
				pdf.SetXY(x, ty)
				pdf.CellFormat(w, p.lineH, l, "", 0, a, false, 0, "")
				ty += p.lineH
			}
		}
		x += w
	}
	setTextColor(pdf, colorText)
	pdf.SetXY(left, y+h)
	if !style.Header {
		t.rowsOnPage++
	}
}
