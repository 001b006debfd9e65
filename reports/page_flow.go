package reports

import (
	"errors"

	"github.com/jung-kurt/gofpdf"
)

// The schedule and the attendance sheet are laid out before anything is
// drawn: a layout step decides what goes where — column widths, the y of
// every block, the page each lands on — into a plain value, and a drawing
// step puts that value on paper. The layout measures text with the document
// itself before its first page, when selecting a font for measuring writes
// nothing into it (see measureBeforeFirstPage).

// pageFlow follows a document down its pages while it is laid out: how each
// page so far begins, and the y under the last block placed.
type pageFlow struct {
	Top, Bottom float64 // content runs from Top to Bottom on every page
	Pages       []pageStart
	Y           float64
}

// pageStart is how a page begins: with a continuation head, one line naming
// the document, or plainly (Continued "").
type pageStart struct {
	Continued string
}

// The continuation head: a line of continuedHeadH, then continuedGap.
const (
	continuedHeadH = 5.0
	continuedGap   = 1.0
)

// newPageFlow starts the first page of a document laid out on m.
func newPageFlow(m *gofpdf.Fpdf) *pageFlow {
	_, top, _, _ := m.GetMargins()
	f := &pageFlow{Top: top, Bottom: pageBottom(m)}
	f.newPage("")
	return f
}

// page is the index of the current page, from 0.
func (f *pageFlow) page() int { return len(f.Pages) - 1 }

// fits reports whether a block of height h fits under Y on this page.
func (f *pageFlow) fits(h float64) bool { return f.Y+h <= f.Bottom+0.01 }

// newPage starts a page, with the continuation head continued unless it is "".
func (f *pageFlow) newPage(continued string) {
	f.Pages = append(f.Pages, pageStart{Continued: continued})
	f.Y = f.Top
	if continued != "" {
		f.Y += continuedHeadH
		f.Y += continuedGap
	}
}

// continuedHead is the continuation head's text, shortened to width.
func continuedHead(m *gofpdf.Fpdf, text string, width float64) string {
	setFont(m, "I", 8)
	return truncateText(m, pdfText(text), width)
}

// measureBeforeFirstPage lays a document out with its own pdf, which must
// have no page yet, and leaves the pdf's font as newPDF set it.
func measureBeforeFirstPage[L any](pdf *gofpdf.Fpdf, layout func(*gofpdf.Fpdf) (L, error)) (L, error) {
	if pdf.PageNo() > 0 {
		var zero L
		return zero, errors.New("layout: the document has pages already")
	}
	l, err := layout(pdf)
	setDefaultFont(pdf)
	return l, err
}

// pageDrawer draws a laid-out document, starting its pages as laid out.
type pageDrawer struct {
	pdf         *gofpdf.Fpdf
	pages       []pageStart
	page        int // the current page's index; -1 before the first
	left, width float64
}

func newPageDrawer(pdf *gofpdf.Fpdf, pages []pageStart, left, width float64) *pageDrawer {
	return &pageDrawer{pdf: pdf, pages: pages, page: -1, left: left, width: width}
}

// to moves on to page p, starting every page up to it.
func (d *pageDrawer) to(p int) {
	for d.page < p {
		d.page++
		d.pdf.AddPage()
		if h := d.pages[d.page].Continued; h != "" {
			d.continuedHead(h)
		}
	}
}

// continuedHead draws a continuation head at the top of the page.
func (d *pageDrawer) continuedHead(text string) {
	pdf := d.pdf
	setFont(pdf, "I", 8)
	setTextColor(pdf, colorMuted)
	pdf.SetX(d.left)
	pdf.CellFormat(d.width, continuedHeadH, text, "", 1, "L", false, 0, "")
	setTextColor(pdf, colorText)
	pdf.Ln(continuedGap)
}
