package reports

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The landscape design, the default: a frame in the centre's colour, logos
// left and right of the centre's name, the body centred, and a foot with the
// QR code at the left, then the photo beside the head's signature at the
// right, where the stamp overlaps both.

// The landscape foot's measures, mm.
const (
	landscapeSigW     = 100.0 // the signatory's column
	landscapePhotoGap = 3.0   // from the photo to the signatory's column
	landscapeLogoH    = 20.0
	landscapeLogoMaxW = 28.0
)

// layoutLandscapeFront lays out the front of c in the landscape design.
func layoutLandscapeFront(pdf *gofpdf.Fpdf, c data.Certificate, sp certSpec, im certImages) (certPage, error) {
	cc := c.Content
	b := sp.newPage(pdf)
	layoutFrame(b, sp)
	left, width := certInset, sp.width-2*certInset
	bottom := sp.height - certInset
	top := layoutLandscapeHead(b, cc, im, sp, left, certInset, width)

	// The foot on the bottom margin: the signatory at the right, the photo
	// left of it, the QR code at the left.
	sigX := left + width - landscapeSigW
	sig := headSignBlock(cc, im.signature, true, false)
	sig.Size = 10.5
	sigH, _ := layoutSignBlock(b, sig, sigX, 0, landscapeSigW, false)
	footTop := bottom - sigH

	// The body between the head and the foot, its sizes scaled down when a
	// long name or the English do not leave it room.
	st := bodyStyle{scale: 1, colour: sp.colour, bilingual: sp.bilingual, left: left + 8, width: width - 16}
	var blocks []certBlock
	for ; st.scale > 0.76; st.scale -= 0.02 {
		blocks = frontBlocks(c, st)
		if stackHeight(pdf, blocks)+3 <= footTop-top {
			break
		}
	}
	end := placeStack(b, blocks, top, footTop-3, 16)

	sigY := max(footTop, end+3)
	_, space := layoutSignBlock(b, sig, sigX, sigY, landscapeSigW, true)
	photoX := sigX - landscapePhotoGap - certPhotoW
	// Its foot level with the signature's, the photo never rises above the
	// signatory's column, nor falls off the page.
	photoY := min(max(space+certSignSpace+1-certPhotoH, sigY), bottom-certPhotoH)
	layoutCertPhoto(b, im.photo, photoX, photoY, certPhotoW, certPhotoH)
	if strings.TrimSpace(c.Code) != "" {
		qr, err := certQR(c, certQRSize)
		if err != nil {
			return certPage{}, fmt.Errorf("certificate %s: %w", c.Number, err)
		}
		layoutQRBeside(b, c, qr, sp.bilingual, left, bottom-qr.side, photoX-6-left-qr.side)
	}
	return b.page, nil
}

// layoutFrame draws the frame of a landscape front: a broad rule and a fine
// one inside it in the design's colour, with corner brackets.
func layoutFrame(b *pageBuilder, sp certSpec) {
	w, h := sp.width, sp.height
	const outer, inner, bracket = 6.0, 9.0, 16.0
	b.add(element{kind: elemStroke, x: outer, y: outer, w: w - 2*outer, h: h - 2*outer, lineW: 1.6, color: sp.colour})
	b.add(element{kind: elemStroke, x: inner, y: inner, w: w - 2*inner, h: h - 2*inner, lineW: 0.35, color: sp.colour})
	in := inner + 2.2
	for _, corner := range [4][2]float64{{in, in}, {w - in, in}, {in, h - in}, {w - in, h - in}} {
		dx, dy := bracket, bracket
		if corner[0] > w/2 {
			dx = -bracket
		}
		if corner[1] > h/2 {
			dy = -bracket
		}
		b.line(corner[0], corner[1], corner[0]+dx, corner[1], 0.8, sp.colour)
		b.line(corner[0], corner[1], corner[0], corner[1]+dy, 0.8, sp.colour)
	}
}

// layoutLandscapeHead puts the logos left and right and the letterhead lines
// centred between them, the last (the centre's own name) in the design's
// colour; it returns the y under them.
func layoutLandscapeHead(b *pageBuilder, cc data.CertificateContent, im certImages, sp certSpec, left, top, width float64) float64 {
	logoW := func(img *pageImage) float64 {
		if img == nil {
			return 0
		}
		return min(landscapeLogoMaxW, landscapeLogoH*float64(img.w)/float64(img.h))
	}
	side := max(logoW(im.logo), logoW(im.logo2))
	textX, textW := left+side+4, width-2*(side+4)
	var lines []string
	for _, l := range cc.Letterhead {
		if l = strings.TrimSpace(pdfText(l)); l != "" {
			lines = append(lines, l)
		}
	}
	y := top + 1
	for i, l := range lines {
		size, colour := 10.5, colorText
		if i == len(lines)-1 {
			size, colour = 13, sp.colour
		}
		size = fitFontSize(b.pdf, "B", l, size, 7, textW-2*cellMargin)
		h := lineHeight(size) * 0.95
		b.cell(textX, y, textW, h, l, "B", size, "C", colour)
		y += h
	}
	logoY := top
	if y-top < landscapeLogoH {
		y = top + landscapeLogoH
	} else {
		logoY = top + (y-top-landscapeLogoH)/2
	}
	if im.logo != nil {
		w := logoW(im.logo)
		b.image(im.logo, left+(side-w)/2, logoY, w, landscapeLogoH)
	}
	if im.logo2 != nil {
		w := logoW(im.logo2)
		b.image(im.logo2, left+width-side+(side-w)/2, logoY, w, landscapeLogoH)
	}
	return y
}
