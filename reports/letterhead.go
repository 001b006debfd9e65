package reports

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// drawLetterhead draws the elements of a letterhead laid out by
// layoutLetterhead on the current page, and leaves the pen as newPDF set it.
func drawLetterhead(pdf *gofpdf.Fpdf, elems []element) error {
	widths := map[int]bool{}
	for _, e := range elems {
		drawElementPDF(pdf, e, 0, 0, widths)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("letterhead: %w", err)
	}
	setTextColor(pdf, colorText)
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	setDefaultFont(pdf)
	return nil
}

// layoutLetterhead lays out the institution's kop surat between left and
// left+width from top — the logo at the left, the letterhead lines centred in
// bold (the last, the centre's own name, largest), the address, phone and
// e-mail smaller, and the double rule of Indonesian official letters (a thick
// line over a thin one) — and returns the y of the lower rule. Every printed
// document draws its letterhead with it (see layoutDocHead).
func layoutLetterhead(b *pageBuilder, inst data.Institution, logo *pageImage, left, top, width float64) float64 {
	const logoH, logoMaxW, logoGap = 24.0, 30.0, 4.0
	logoW := 0.0
	if logo != nil {
		logoW = min(logoMaxW, logoH*float64(logo.w)/float64(logo.h))
	}
	textW := width - 2*(logoW+logoGap)
	if logoW == 0 {
		textW = width
	}
	textX := left + (width-textW)/2

	y := layoutLetterheadLines(b, inst.Lines, textX, top, textW)
	y = layoutLetterheadContact(b, letterheadContact(inst), textX, y, textW)
	if logoW > 0 {
		ly := top
		if y-top > logoH {
			ly = top + (y-top-logoH)/2
		}
		b.image(logo, left, ly, logoW, logoH)
		y = max(y, top+logoH)
	}
	y += 1.5
	b.line(left, y, left+width, y, 0.7, colorLetterRule)
	b.line(left, y+1.1, left+width, y+1.1, 0.2, colorLetterRule)
	return y + 1.1
}

// layoutLetterheadLines puts the letterhead lines centred in bold from y,
// each as large as fits (the last, the centre's own name, largest), and
// returns the y under them.
func layoutLetterheadLines(b *pageBuilder, lines []string, x, y, w float64) float64 {
	var kept []string
	for _, l := range lines {
		if l = strings.TrimSpace(pdfText(l)); l != "" {
			kept = append(kept, l)
		}
	}
	for i, l := range kept {
		size := 12.0
		if i == len(kept)-1 {
			size = 14
		}
		size = fitFontSize(b.pdf, "B", l, size, 7, w-2*cellMargin)
		h := lineHeight(size) * 0.92
		b.cell(x, y, w, h, l, "B", size, "C", colorText)
		y += h
	}
	return y
}

// letterheadContact is the address, then phone and e-mail on one line.
func letterheadContact(inst data.Institution) []string {
	var contact, reach []string
	if a := strings.TrimSpace(inst.Address); a != "" {
		contact = append(contact, a)
	}
	if p := strings.TrimSpace(inst.Phone); p != "" {
		reach = append(reach, "Telp. "+p)
	}
	if e := strings.TrimSpace(inst.Email); e != "" {
		reach = append(reach, "Email: "+e)
	}
	if len(reach) > 0 {
		contact = append(contact, strings.Join(reach, " · "))
	}
	return contact
}

// layoutLetterheadContact puts the contact lines centred and smaller from y,
// on one line when they fit it, and returns the y under them.
func layoutLetterheadContact(b *pageBuilder, contact []string, x, y, w float64) float64 {
	if len(contact) == 0 {
		return y
	}
	const size = 8.5
	setFont(b.pdf, "", size)
	h := lineHeight(size) * 0.95
	y += 0.6
	if one := strings.Join(contact, " · "); b.pdf.GetStringWidth(pdfText(one)) <= w-2*cellMargin {
		contact = []string{one}
	}
	for _, c := range contact {
		setFont(b.pdf, "", size)
		for _, l := range wrapText(b.pdf, c, w) {
			b.cell(x, y, w, h, l, "", size, "C", colorText)
			y += h
		}
	}
	return y
}
