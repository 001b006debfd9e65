package reports

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// A page laid out as positioned elements: the certificate's pages and the
// letterhead of every document are laid out into a list of them once, then
// drawn into a PDF (drawElementPDF) or onto an image (certificate_preview.go),
// so that what the clerk sees is what is printed.

// elemKind is what an element draws.
type elemKind uint8

const (
	elemText   elemKind = iota // text at x (left) and y (baseline)
	elemFill                   // filled rectangle
	elemStroke                 // outlined rectangle
	elemLine                   // line from x, y to x+w, y+h
	elemImage                  // image in x, y, w, h
	elemRects                  // filled rectangles (rects), as one shape
)

// element is one thing printed on a page, in mm from the page's top left
// corner before the print offsets.
type element struct {
	kind       elemKind
	x, y, w, h float64
	text       string
	style      string  // text: "", "B" or "I"
	size       float64 // text: points
	color      [3]int
	lineW      float64 // stroke and line: mm
	img        *pageImage
	rects      [][4]float64 // elemRects: x, y, w, h of each
}

// pageImage is an image on a page, named by its content so that one shared
// by many certificates (the logo, the signature) is embedded once.
type pageImage struct {
	name   string
	bytes  []byte
	maxPx  int
	w, h   int  // pixels
	inline bool // written into the page's content rather than registered
}

// certPage is one laid-out page.
type certPage struct {
	width, height float64
	elems         []element
}

// pageBuilder lays out a page, measuring text with pdf.
type pageBuilder struct {
	pdf  *gofpdf.Fpdf
	page certPage
}

func (b *pageBuilder) add(e element) { b.page.elems = append(b.page.elems, e) }

// text puts s with its left end at x and its baseline at y.
func (b *pageBuilder) text(x, y float64, s, style string, size float64, color [3]int) float64 {
	s = pdfText(s)
	setFont(b.pdf, style, size)
	w := b.pdf.GetStringWidth(s)
	if s != "" {
		b.add(element{kind: elemText, x: x, y: y, w: w, text: s, style: style, size: size, color: color})
	}
	return w
}

// cell puts s in a box at x, y of width w and height h as gofpdf's CellFormat
// would: aligned "L", "C" or "R" inside the cell margins, the baseline a little
// under the middle. It returns the text's left end and width.
func (b *pageBuilder) cell(x, y, w, h float64, s, style string, size float64, align string, color [3]int) (float64, float64) {
	s = pdfText(s)
	setFont(b.pdf, style, size)
	sw := b.pdf.GetStringWidth(s)
	tx := x + cellMargin
	switch align {
	case "C":
		tx = x + (w-sw)/2
	case "R":
		tx = x + w - cellMargin - sw
	}
	base := y + h/2 + 0.3*size*25.4/72
	b.text(tx, base, s, style, size, color)
	return tx, sw
}

func (b *pageBuilder) fill(x, y, w, h float64, c [3]int) {
	b.add(element{kind: elemFill, x: x, y: y, w: w, h: h, color: c})
}

func (b *pageBuilder) stroke(x, y, w, h, lw float64, c [3]int) {
	b.add(element{kind: elemStroke, x: x, y: y, w: w, h: h, lineW: lw, color: c})
}

func (b *pageBuilder) line(x1, y1, x2, y2, lw float64, c [3]int) {
	b.add(element{kind: elemLine, x: x1, y: y1, w: x2 - x1, h: y2 - y1, lineW: lw, color: c})
}

func (b *pageBuilder) image(img *pageImage, x, y, w, h float64) {
	b.add(element{kind: elemImage, x: x, y: y, w: w, h: h, img: img})
}

// newPageImage reads an image's size and names it by its content; nil bytes
// give nil.
func newPageImage(kind string, img []byte, maxPx int) (*pageImage, error) {
	if len(img) == 0 {
		return nil, nil
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return nil, fmt.Errorf("%s: not a PNG or JPEG image: %w", kind, err)
	}
	if cfg.Width < 1 || cfg.Height < 1 {
		return nil, fmt.Errorf("%s: the image is empty", kind)
	}
	sum := sha256.Sum256(img)
	return &pageImage{
		name:  kind + "-" + hex.EncodeToString(sum[:12]),
		bytes: img,
		maxPx: maxPx,
		w:     cfg.Width,
		h:     cfg.Height,
	}, nil
}

// fitImage is the largest w × h of img's proportions inside maxW × maxH.
func fitImage(img *pageImage, maxW, maxH float64) (float64, float64) {
	w := maxW
	h := w * float64(img.h) / float64(img.w)
	if h > maxH {
		h = maxH
		w = h * float64(img.w) / float64(img.h)
	}
	return w, h
}

// drawElementPDF draws e on the current page moved by dx, dy. widths are
// the pixel widths of the document's registered images (see registerShared);
// nil when e is no image.
func drawElementPDF(pdf *gofpdf.Fpdf, e element, dx, dy float64, widths map[int]bool) {
	x, y := e.x+dx, e.y+dy
	switch e.kind {
	case elemText:
		setFont(pdf, e.style, e.size)
		setTextColor(pdf, e.color)
		pdf.Text(x, y, e.text)
	case elemFill:
		setFillColor(pdf, e.color)
		pdf.Rect(x, y, e.w, e.h, "F")
	case elemStroke:
		setDrawColor(pdf, e.color)
		pdf.SetLineWidth(e.lineW)
		pdf.Rect(x, y, e.w, e.h, "D")
	case elemLine:
		setDrawColor(pdf, e.color)
		pdf.SetLineWidth(e.lineW)
		pdf.Line(x, y, x+e.w, y+e.h)
	case elemRects:
		fillRectsPDF(pdf, e.rects, dx, dy, e.color)
	case elemImage:
		if e.img.inline {
			if err := inlineImage(pdf, e.img, x, y, e.w, e.h); err != nil {
				pdf.SetError(fmt.Errorf("%s: %w", e.img.name, err))
			}
			return
		}
		if err := registerShared(pdf, e.img, widths); err != nil {
			pdf.SetError(fmt.Errorf("%s: %w", e.img.name, err))
			return
		}
		pdf.ImageOptions(e.img.name, x, y, e.w, e.h, false, gofpdf.ImageOptions{}, 0, "")
	}
}

// fillRectsPDF fills rects, moved by dx, dy, as one path: where two touch, a
// viewer then draws no hairline seam between them, as it may between
// rectangles filled one by one (a QR code's modules must stay solid).
func fillRectsPDF(pdf *gofpdf.Fpdf, rects [][4]float64, dx, dy float64, c [3]int) {
	if len(rects) == 0 {
		return
	}
	k := pdf.GetConversionRatio()
	_, pageH := pdf.GetPageSize()
	var b strings.Builder
	fmt.Fprintf(&b, "q %.3f %.3f %.3f rg\n", float64(c[0])/255, float64(c[1])/255, float64(c[2])/255)
	for _, r := range rects {
		fmt.Fprintf(&b, "%.2f %.2f %.2f %.2f re\n", (r[0]+dx)*k, (pageH-(r[1]+dy))*k, r[2]*k, -r[3]*k)
	}
	b.WriteString("f Q")
	pdf.RawWriteStr(b.String())
}
