package reports

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The portrait design: the letterhead with its double rule, the body
// centred under it, and the foot on the bottom margin — the QR code at the
// left, the photo beside the head's signature at the right.

const portraitSigW = 78.0

// layoutPortraitFront lays out the front of c in the portrait design.
func layoutPortraitFront(pdf *gofpdf.Fpdf, c data.Certificate, sp certSpec, im certImages) (certPage, error) {
	cc := c.Content
	b := sp.newPage(pdf)
	left, width := certMarginX, sp.width-2*certMarginX
	bottom := sp.height - certMarginBottom
	inst := data.Institution{Lines: cc.Letterhead, Address: cc.Address, Phone: cc.Phone, Email: cc.Email}
	top := layoutLetterhead(b, inst, im.logo, left, certMarginTop, width) + 4

	sigX := left + width - portraitSigW
	sig := headSignBlock(cc, im.signature, true, false)
	sigH, _ := layoutSignBlock(b, sig, sigX, 0, portraitSigW, false)
	footTop := bottom - sigH

	st := bodyStyle{scale: 1, colour: sp.colour, bilingual: sp.bilingual, left: left, width: width}
	var blocks []certBlock
	for ; st.scale > 0.76; st.scale -= 0.02 {
		blocks = frontBlocks(c, st)
		if stackHeight(pdf, blocks)+6 <= footTop-top {
			break
		}
	}
	end := placeStack(b, blocks, top, footTop-6, 22)

	sigY := max(footTop, end+6)
	_, space := layoutSignBlock(b, sig, sigX, sigY, portraitSigW, true)
	photoX := sigX - 3 - certPhotoW
	photoY := min(max(space+certSignSpace+1-certPhotoH, sigY), bottom-certPhotoH)
	layoutCertPhoto(b, im.photo, photoX, photoY, certPhotoW, certPhotoH)
	if strings.TrimSpace(c.Code) != "" {
		qr, err := certQR(c, certQRSize+2)
		if err != nil {
			return certPage{}, fmt.Errorf("certificate %s: %w", c.Number, err)
		}
		layoutQRUnder(b, c, qr, sp.bilingual, left, photoX-6-left, bottom)
	}
	return b.page, nil
}
