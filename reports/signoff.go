package reports

import (
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// placeDate is the place-date line over a signature: "Balikpapan, 26 November 2026".
func placeDate(inst data.Institution, t time.Time) string {
	d := data.FormatDate(t, "id")
	if c := strings.TrimSpace(inst.City); c != "" {
		return c + ", " + d
	}
	return d
}

// signature is one sign-off block: the lines above the space for the
// signature (place and date, "Mengetahui,", the signatory's office), then the
// name and NIP under it.
type signature struct {
	Above []string // printed in order, each wrapped to the block's width
	Name  string   // bold and underlined; blank gives a dotted line to fill in by hand
	NIP   string   // formatted with data.FormatNIP; blank gives "NIP. " and dots
}

// signatureSpace is the vertical room left for the handwritten signature and stamp.
const signatureSpace = 20.0

// drawSignature draws s in a block of width w at x, y (its top) and returns
// the y under it. With draw false it only measures.
func drawSignature(pdf *gofpdf.Fpdf, x, y, w float64, s signature, draw bool) float64 {
	const size = 10.0
	h := lineHeight(size)
	setFont(pdf, "", size)
	setTextColor(pdf, colorText)
	for _, a := range s.Above {
		for _, l := range wrapText(pdf, a, w) {
			if draw {
				pdf.SetXY(x, y)
				pdf.CellFormat(w, h, l, "", 0, "L", false, 0, "")
			}
			y += h
		}
	}
	y += signatureSpace
	name := strings.TrimSpace(pdfText(s.Name))
	if name == "" {
		name = "(" + strings.Repeat(".", 45) + ")"
		setFont(pdf, "", size)
	} else {
		setFont(pdf, "BU", size)
	}
	for _, l := range pdf.SplitText(name, w) {
		if draw {
			pdf.SetXY(x, y)
			pdf.CellFormat(w, h, l, "", 0, "L", false, 0, "")
		}
		y += h
	}
	setFont(pdf, "", size)
	nip := data.FormatNIP(strings.TrimSpace(s.NIP))
	if nip == "" {
		nip = strings.Repeat(".", 36)
	}
	if draw {
		pdf.SetXY(x, y)
		pdf.CellFormat(w, h, "NIP. "+pdfText(nip), "", 0, "L", false, 0, "")
	}
	return y + h
}

// signOff is a signature block at its place: page (from 0), top left
// corner and width.
type signOff struct {
	Page    int
	X, Y, W float64
	signature
}

// signatureHeight is the height of s in a block of width w.
func signatureHeight(m *gofpdf.Fpdf, w float64, s signature) float64 {
	return drawSignature(m, 0, 0, w, s, false)
}

// drawSignOff draws s on the current page.
func drawSignOff(pdf *gofpdf.Fpdf, s signOff) {
	drawSignature(pdf, s.X, s.Y, s.W, s.signature, true)
}
