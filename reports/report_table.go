package reports

import (
	"github.com/jung-kurt/gofpdf"
)

// A table of the recaps: a header of one or more rows whose cells may span
// columns and rows ("Golongan umur" over "15–19" over "L" and "P"), repeated
// on every page the table continues on, and body rows laid out and drawn as
// the schedule's are (table.go).

// headCell is one cell of a table's header: its column and row (from 0) and
// how many of each it covers.
type headCell struct {
	Col, Span, Row, RowSpan int
	Text                    string
}

// tableHead is a header of Rows rows of RowH each.
type tableHead struct {
	Rows  int
	RowH  float64
	Cells []headCell
}

// height is the header's height.
func (h tableHead) height() float64 { return float64(h.Rows) * h.RowH }

// simpleHeader is a header of one row naming each column.
func simpleHeader(titles []string, rowH float64) tableHead {
	h := tableHead{Rows: 1, RowH: rowH}
	for i, t := range titles {
		h.Cells = append(h.Cells, headCell{Col: i, Span: 1, Row: 0, RowSpan: 1, Text: t})
	}
	return h
}

// placedHeader is the header at its place.
type placedHeader struct {
	Page int
	Y    float64
}

// reportTable lays out a table with a tableHead down a page flow.
type reportTable struct {
	lay       *tableLayout // wraps and measures body rows
	head      tableHead
	flow      *pageFlow
	continued string
	heads     []placedHeader
	rows      []tableRow
	minRowH   float64 // rows are at least this high (room to write by hand); 0: as their text
}

func newReportTable(m *gofpdf.Fpdf, flow *pageFlow, size float64, cols []tableColumn, head tableHead, continued string) *reportTable {
	return &reportTable{lay: newTableLayout(m, flow, size, cols, continued), head: head, flow: flow, continued: continued}
}

// start places the header where the flow is, on a new page when it and one
// row do not fit.
func (t *reportTable) start() {
	if !t.flow.fits(t.head.height()+2*lineHeight(t.lay.size)) && t.flow.Y > t.flow.Top+1 {
		t.flow.newPage(t.continued)
	}
	t.heads = append(t.heads, placedHeader{Page: t.flow.page(), Y: t.flow.Y})
	t.flow.Y += t.head.height()
}

// add places a row whose cell i covers spans[i] columns (nil: one each), on
// a new page under the header again when it does not fit.
func (t *reportTable) add(spans []int, cells []tableCell, style rowStyle) {
	if spans == nil {
		spans = ones(len(cells))
	}
	r := t.lay.lay(spans, cells, style)
	r.Height = max(r.Height, t.minRowH)
	if !t.flow.fits(r.Height) {
		t.flow.newPage(t.continued)
		t.heads = append(t.heads, placedHeader{Page: t.flow.page(), Y: t.flow.Y})
		t.flow.Y += t.head.height()
	}
	t.rows = append(t.rows, tableRow{Page: t.flow.page(), Y: t.flow.Y, Index: -1, laidRow: r})
	t.flow.Y += r.Height
}

// laidTable is a reportTable ready to draw.
type laidTable struct {
	Cols  []tableColumn
	Head  tableHead
	Size  float64
	Heads []placedHeader
	Rows  []tableRow
}

func (t *reportTable) laid() laidTable {
	return laidTable{Cols: t.lay.cols, Head: t.head, Size: t.lay.size, Heads: t.heads, Rows: t.rows}
}

// drawOnPage draws the table's headers and rows that are on page p.
func (l laidTable) drawOnPage(pdf *gofpdf.Fpdf, left float64, p int) {
	for _, h := range l.Heads {
		if h.Page == p {
			drawTableHead(pdf, l.Cols, l.Head, l.Size, left, h.Y)
		}
	}
	for _, r := range l.Rows {
		if r.Page == p {
			drawTableRow(pdf, l.Cols, left, r)
		}
	}
}

// lastPage is the last page the table is on.
func (l laidTable) lastPage() int {
	p := 0
	for _, h := range l.Heads {
		p = max(p, h.Page)
	}
	for _, r := range l.Rows {
		p = max(p, r.Page)
	}
	return p
}

// drawTableHead draws h with its top left corner at left, y.
func drawTableHead(pdf *gofpdf.Fpdf, cols []tableColumn, h tableHead, size, left, y float64) {
	xs := make([]float64, len(cols)+1)
	xs[0] = left
	for i, c := range cols {
		xs[i+1] = xs[i] + c.Width
	}
	setDrawColor(pdf, colorRule)
	setFillColor(pdf, colorHeaderBg)
	setTextColor(pdf, colorText)
	pdf.SetLineWidth(0.2)
	for _, c := range h.Cells {
		x, w := xs[c.Col], xs[c.Col+c.Span]-xs[c.Col]
		cy, ch := y+float64(c.Row)*h.RowH, float64(c.RowSpan)*h.RowH
		pdf.Rect(x, cy, w, ch, "FD")
		setFont(pdf, "B", size)
		lines := wrapText(pdf, c.Text, w)
		lh := lineHeight(size)
		ty := cy + (ch-float64(len(lines))*lh)/2
		for _, l := range lines {
			pdf.SetXY(x, ty)
			pdf.CellFormat(w, lh, l, "", 0, "C", false, 0, "")
			ty += lh
		}
	}
}
