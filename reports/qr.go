package reports

import (
	"errors"
	"fmt"

	"github.com/jung-kurt/gofpdf"
	qrcode "github.com/skip2/go-qrcode"
)

// QR codes are drawn as filled rectangles rather than embedded as images: they
// stay sharp at any printer resolution, need no image per certificate, and the
// same rectangles serve the raster preview.

// qrQuiet is the white margin around the code, in modules, that scanners need
// (ISO/IEC 18004 asks for 4).
const qrQuiet = 4

// qrElements lays out text as a QR code (error correction M) in a square of
// side size at x, y, its quiet zone included: a white square, then one black
// rectangle per horizontal run of dark modules.
func qrElements(text string, x, y, size float64) ([]element, error) {
	if text == "" {
		return nil, errors.New("qr code: empty text")
	}
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("qr code: %w", err)
	}
	q.DisableBorder = true
	bits := q.Bitmap()
	n := len(bits)
	if n == 0 {
		return nil, errors.New("qr code: empty bitmap")
	}
	m := size / float64(n+2*qrQuiet)
	els := []element{{kind: elemFill, x: x, y: y, w: size, h: size, color: colorWhite}}
	for r, row := range bits {
		for c := 0; c < len(row); {
			if !row[c] {
				c++
				continue
			}
			start := c
			for c < len(row) && row[c] {
				c++
			}
			els = append(els, element{
				kind:  elemFill,
				x:     x + float64(qrQuiet+start)*m,
				y:     y + float64(qrQuiet+r)*m,
				w:     float64(c-start) * m,
				h:     m,
				color: colorText,
			})
		}
	}
	return els, nil
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
