package reports

import (
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The recaps (realisasi, IPK III/1, the tracer call list) share one shape:
// the letterhead and a title, then tables, paragraphs and charts down the
// pages, then the head's sign-off. They are laid out first (recapBuilder
// into a recapLayout), then drawn.

// recapLayout is a recap laid out on its paper; lengths are mm from the
// page's top left corner.
type recapLayout struct {
	Left, Width float64
	Pages       []pageStart
	Head        docHead
	Tables      []laidTable
	Texts       []textBlock
	Charts      []placedChart
	SignOff     *signOff
	Note        string // the footer's note
}

// textBlock is a paragraph at its place.
type textBlock struct {
	Page       int
	X, Y, W    float64
	Lines      []string
	Style      string
	Size       float64
	Muted      bool
	LineHeight float64
}

// placedChart is a chart at its place.
type placedChart struct {
	Page    int
	X, Y, W float64
	Chart   Chart
}

// recapSpec is what a recap prints in its head and footer.
type recapSpec struct {
	Title, Subtitle string
	Fields          [2][][2]string // the two columns of "label: value"
	Note            string
	Continued       string // the head of the pages after the first
}

// recapBuilder lays a recap out down its pages.
type recapBuilder struct {
	m    *gofpdf.Fpdf
	flow *pageFlow
	l    recapLayout
	spec recapSpec
	// spare is the room beside the last row of charts when it is not full,
	// where the sign-off goes if it fits; nil when there is none.
	spare *placedChart
}

// newRecapBuilder lays out the head of inst's recap.
func newRecapBuilder(m *gofpdf.Fpdf, inst data.Institution, spec recapSpec) (*recapBuilder, error) {
	left, _, _, _ := m.GetMargins()
	b := &recapBuilder{m: m, spec: spec, l: recapLayout{Left: left, Width: contentWidth(m), Note: spec.Note}}
	head, err := layoutDocHead(m, inst, headSpec{Title: spec.Title, Subtitle: spec.Subtitle, TitleGap: 2, FieldsGap: 3,
		Fields: func(m *gofpdf.Fpdf, left, width float64) [2]fieldColumn {
			if len(spec.Fields[1]) == 0 {
				return [2]fieldColumn{layoutFieldColumn(m, left, width, spec.Fields[0]), {}}
			}
			rw := min(fieldColumnWidth(m, spec.Fields[1]), width/2)
			return [2]fieldColumn{layoutFieldColumn(m, left, width-rw-6, spec.Fields[0]),
				layoutFieldColumn(m, left+width-rw, rw, spec.Fields[1])}
		}})
	if err != nil {
		return nil, err
	}
	b.l.Head = head
	b.flow = newPageFlow(m)
	b.flow.Y = head.Bottom
	return b, nil
}

// text places a paragraph across the width; a section title keeps the room
// of keepWith under it on its page.
func (b *recapBuilder) text(s, style string, size float64, muted bool, keepWith float64) {
	setFont(b.m, style, size)
	lines := wrapText(b.m, s, b.l.Width)
	lh := lineHeight(size)
	h := float64(len(lines)) * lh
	if !b.flow.fits(h + keepWith) {
		b.flow.newPage(b.spec.Continued)
	}
	b.l.Texts = append(b.l.Texts, textBlock{Page: b.flow.page(), X: b.l.Left, Y: b.flow.Y, W: b.l.Width,
		Lines: lines, Style: style, Size: size, Muted: muted, LineHeight: lh})
	b.flow.Y += h
}

// gap leaves room of h.
func (b *recapBuilder) gap(h float64) { b.flow.Y += h }

// table starts a table at the flow; add its rows, then call done.
func (b *recapBuilder) table(size float64, cols []tableColumn, head tableHead) *reportTable {
	t := newReportTable(b.m, b.flow, size, cols, head, continuedHead(b.m, b.spec.Continued, b.l.Width))
	t.start()
	return t
}

// done keeps the table t for drawing.
func (b *recapBuilder) done(t *reportTable) { b.l.Tables = append(b.l.Tables, t.laid()) }

// charts places cs in columns across the width, row by row.
func (b *recapBuilder) charts(cs []Chart, columns int) {
	const gapX, gapY = 10.0, 5.0
	w := (b.l.Width - gapX*float64(columns-1)) / float64(columns)
	for i := 0; i < len(cs); i += columns {
		row := cs[i:min(i+columns, len(cs))]
		h := 0.0
		for _, c := range row {
			h = max(h, chartHeight(b.m, c, w))
		}
		if !b.flow.fits(h) {
			b.flow.newPage(b.spec.Continued)
		}
		for j, c := range row {
			b.l.Charts = append(b.l.Charts, placedChart{Page: b.flow.page(), X: b.l.Left + float64(j)*(w+gapX), Y: b.flow.Y, W: w, Chart: c})
		}
		b.spare = nil
		if len(row) < columns {
			b.spare = &placedChart{Page: b.flow.page(), X: b.l.Left + float64(len(row))*(w+gapX), Y: b.flow.Y, W: w}
		}
		b.flow.Y += h + gapY
	}
}

// signOff places the head's sign-off at the right.
func (b *recapBuilder) signOff(inst data.Institution, printed time.Time) {
	const w, gap = 90.0, 6.0
	sig := scheduleSignature(inst, printed)
	h := signatureHeight(b.m, w, sig)
	if sp := b.spare; sp != nil && sp.Page == b.flow.page() && sp.Y+gap+h <= b.flow.Bottom {
		// Beside the last chart rather than alone under it.
		b.l.SignOff = &signOff{Page: sp.Page, X: sp.X + sp.W - w, Y: sp.Y + gap, W: w, signature: sig}
		b.spare = nil
		return
	}
	b.flow.Y += gap
	if !b.flow.fits(h) {
		b.flow.newPage(b.spec.Continued)
	}
	b.l.SignOff = &signOff{Page: b.flow.page(), X: b.l.Left + b.l.Width - w, Y: b.flow.Y, W: w, signature: sig}
	b.flow.Y += h
}

// layout is the recap laid out.
func (b *recapBuilder) layout() recapLayout {
	b.l.Pages = b.flow.Pages
	return b.l
}

// writeRecapPDF lays out and writes a recap on paper in orientation o,
// printed on printed (zero: now): build adds what follows the head.
func writeRecapPDF(w io.Writer, paper Paper, o Orientation, printed time.Time, inst data.Institution, spec recapSpec,
	build func(b *recapBuilder) error) error {
	if printed.IsZero() {
		printed = time.Now()
	}
	pdf := newPDF(paper, o, printed)
	pdf.SetTitle(pdfText(strings.TrimSpace(spec.Title+" "+spec.Subtitle)), true)
	pdf.SetAuthor(pdfText(lastLine(inst.Lines)), true)
	l, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (recapLayout, error) {
		b, err := newRecapBuilder(m, inst, spec)
		if err != nil {
			return recapLayout{}, err
		}
		if err := build(b); err != nil {
			return recapLayout{}, err
		}
		return b.layout(), nil
	})
	if err != nil {
		return err
	}
	if err := l.draw(pdf); err != nil {
		return err
	}
	return writePDF(w, pdf, l.Note)
}

// draw draws the recap page by page.
func (l recapLayout) draw(pdf *gofpdf.Fpdf) error {
	d := newPageDrawer(pdf, l.Pages, l.Left, l.Width)
	for p := range l.Pages {
		d.to(p)
		if p == 0 {
			if err := drawDocHead(pdf, l.Head, l.Left, l.Width); err != nil {
				return err
			}
		}
		for _, t := range l.Tables {
			t.drawOnPage(pdf, l.Left, p)
		}
		for _, t := range l.Texts {
			if t.Page == p {
				drawTextBlock(pdf, t)
			}
		}
		for _, c := range l.Charts {
			if c.Page == p {
				drawChart(pdf, c.Chart, c.X, c.Y, c.W)
			}
		}
		if l.SignOff != nil && l.SignOff.Page == p {
			drawSignOff(pdf, *l.SignOff)
		}
	}
	return pdf.Error()
}

func drawTextBlock(pdf *gofpdf.Fpdf, t textBlock) {
	setFont(pdf, t.Style, t.Size)
	setTextColor(pdf, colorText)
	if t.Muted {
		setTextColor(pdf, colorMuted)
	}
	y := t.Y
	for _, l := range t.Lines {
		pdf.SetXY(t.X, y)
		pdf.CellFormat(t.W, t.LineHeight, l, "", 0, "L", false, 0, "")
		y += t.LineHeight
	}
	setTextColor(pdf, colorText)
}
