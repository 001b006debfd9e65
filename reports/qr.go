package reports

import (
	"errors"
	"fmt"
	"math"

	"github.com/jung-kurt/gofpdf"
	qrcode "github.com/skip2/go-qrcode"
)

// QR codes are drawn as filled rectangles rather than embedded as images: they
// stay sharp at any printer resolution, need no image per certificate, and the
// same rectangles serve the raster preview.

// qrQuiet is the white margin around the code, in modules, that scanners need
// (ISO/IEC 18004 asks for 4).
const qrQuiet = 4

// qrModule is the least side of a QR code's module, in mm: at 0.66 mm a
// code stays readable from a 100 dpi scan, four times coarser than a
// printer's.
const qrModule = 0.66

// qrCode is a QR code (error correction M) ready to place: its modules and
// its side in mm, quiet zone included.
type qrCode struct {
	bits [][]bool
	side float64
}

// newQRCode encodes text in a square of side least mm or more: more when its
// modules would be smaller than qrModule (a verification address holds
// three times the characters of a code). With fixed set, the side is least.
func newQRCode(text string, least float64, fixed bool) (qrCode, error) {
	if text == "" {
		return qrCode{}, errors.New("qr code: empty text")
	}
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return qrCode{}, fmt.Errorf("qr code: %w", err)
	}
	q.DisableBorder = true
	bits := q.Bitmap()
	if len(bits) == 0 {
		return qrCode{}, errors.New("qr code: empty bitmap")
	}
	side := least
	if !fixed {
		side = max(least, math.Ceil(float64(len(bits)+2*qrQuiet)*qrModule))
	}
	return qrCode{bits: bits, side: side}, nil
}

// elements lays the code out with its top left corner at x, y: a white
// square, then the dark modules as one shape of a rectangle per horizontal
// run.
func (q qrCode) elements(x, y float64) []element {
	m := q.side / float64(len(q.bits)+2*qrQuiet)
	dark := element{kind: elemRects, color: colorText}
	for r, row := range q.bits {
		for c := 0; c < len(row); {
			if !row[c] {
				c++
				continue
			}
			start := c
			for c < len(row) && row[c] {
				c++
			}
			dark.rects = append(dark.rects, [4]float64{x + float64(qrQuiet+start)*m, y + float64(qrQuiet+r)*m, float64(c-start) * m, m})
		}
	}
	return []element{{kind: elemFill, x: x, y: y, w: q.side, h: q.side, color: colorWhite}, dark}
}

// qrElements lays out text as a QR code in a square of side size at x, y,
// its quiet zone included.
func qrElements(text string, x, y, size float64) ([]element, error) {
	q, err := newQRCode(text, size, true)
	if err != nil {
		return nil, err
	}
	return q.elements(x, y), nil
}

// drawQR draws text as a QR code in a square of side size (quiet zone
// included) with its top left corner at x, y.
func drawQR(pdf *gofpdf.Fpdf, text string, x, y, size float64) error {
	els, err := qrElements(text, x, y, size)
	if err != nil {
		return err
	}
	for _, e := range els {
		drawElementPDF(pdf, e, 0, 0, nil)
	}
	return pdf.Error()
}
