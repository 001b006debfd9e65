package reports

import (
	"strings"

	"balai/data"
)

// The foot of a front — the QR code with the verification code, the 3×4
// photo and the signatory — and the sign-offs of the back.

// The photo, 3×4 as Indonesian forms ask, and the QR code, in mm.
const (
	certPhotoW, certPhotoH = 30.0, 40.0
	certQRSize             = 28.0 // at least; see qrSide
	// certSignSpace is the room left for the signature and the stamp (cap),
	// which is pressed half on the signature and over the photo's corner.
	certSignSpace = 25.0
)

// signBlock is a sign-off: the lines above the room for the signature and
// the stamp, then the name (bold, underlined), the rank and the NIP.
type signBlock struct {
	Above     []string
	Name      string
	Rank      string // the pangkat/golongan grade; "" prints no line
	NIP       string
	Signature *pageImage // the scanned signature, in the room left for it; nil for none
	Size      float64    // points
	Space     float64    // the room for the signature, mm
}

// headSignBlock is the head of the centre's sign-off, as the certificate
// stored it: the place and date when dated, "Mengetahui," when knowing.
func headSignBlock(cc data.CertificateContent, sig *pageImage, dated, knowing bool) signBlock {
	s := signBlock{Name: cc.SignatoryName, Rank: cc.SignatoryRank, NIP: cc.SignatoryNIP, Signature: sig,
		Size: 11, Space: certSignSpace}
	if dated {
		s.Above = append(s.Above, certPlaceDate(cc))
	}
	if knowing {
		s.Above = append(s.Above, "Mengetahui,")
	}
	if t := strings.TrimSpace(cc.SignatoryTitle); t != "" {
		s.Above = append(s.Above, t+",")
	}
	return s
}

// instructorSignBlock is the lead instructor's sign-off.
func instructorSignBlock(cc data.CertificateContent, dated bool) signBlock {
	s := signBlock{Name: cc.InstructorName, NIP: cc.InstructorNIP, Size: 11, Space: certSignSpace}
	if dated {
		s.Above = append(s.Above, certPlaceDate(cc))
	}
	s.Above = append(s.Above, "Instruktur,")
	return s
}

// certPlaceDate is "Balikpapan, 26 November 2026", without what is unknown.
func certPlaceDate(cc data.CertificateContent) string {
	return strings.Trim(strings.TrimSpace(strings.TrimSpace(cc.Place)+", "+data.FormatDate(cc.IssuedOn, "id")), ", ")
}

// layoutSignBlock lays s out centred in the column from x of width w, from
// y; with draw false it only measures. It returns the block's height and the
// y of the room for the signature.
func layoutSignBlock(b *pageBuilder, s signBlock, x, y, w float64, draw bool) (height, space float64) {
	top := y
	h := lineHeight(s.Size)
	put := func(text, style string) {
		if draw && text != "" {
			b.cell(x, y, w, h, text, style, s.Size, "C", colorText)
		}
		y += h
	}
	for _, a := range s.Above {
		setFont(b.pdf, "", s.Size)
		for _, l := range wrapText(b.pdf, a, w-2*cellMargin) {
			put(l, "")
		}
	}
	space = y
	if draw && s.Signature != nil {
		sw, sh := fitImage(s.Signature, min(w-2*cellMargin, 70), s.Space-4)
		b.image(s.Signature, x+(w-sw)/2, y+(s.Space-sh)/2, sw, sh)
	}
	y += s.Space
	name := strings.TrimSpace(pdfText(s.Name))
	if name == "" {
		put("("+strings.Repeat(".", 40)+")", "")
	} else {
		setFont(b.pdf, "B", s.Size)
		for _, l := range b.pdf.SplitText(name, w-2*cellMargin) {
			l = strings.TrimSpace(l)
			if draw {
				tx, tw := b.cell(x, y, w, h, l, "B", s.Size, "C", colorText)
				under := y + h/2 + 0.3*s.Size*25.4/72 + 0.7
				b.line(tx, under, tx+tw, under, 0.25, colorText)
			}
			y += h
		}
	}
	if r := data.RankLabel(s.Rank); r != "" {
		put(r, "")
	}
	nip := data.FormatNIP(strings.TrimSpace(s.NIP))
	if nip == "" {
		nip = strings.Repeat(".", 32)
	}
	put("NIP. "+nip, "")
	return y - top, space
}

// layoutCertPhoto puts the holder's photo in the box x, y, w, h, or an empty
// frame to paste one in.
func layoutCertPhoto(b *pageBuilder, photo *pageImage, x, y, w, h float64) {
	if photo != nil {
		pw, ph := fitImage(photo, w, h)
		b.image(photo, x+(w-pw)/2, y+(h-ph)/2, pw, ph)
		return
	}
	b.stroke(x, y, w, h, 0.3, colorRule)
	b.cell(x, y+h/2-3, w, 6, "Foto 3×4", "", 9, "C", colorMuted)
}

// qrText is what c's QR code holds: the verification address with the code,
// or the code alone.
func qrText(c data.Certificate) string {
	return data.VerificationAddress(c.Content.VerifyAddress, strings.TrimSpace(c.Code))
}

// certQR is c's QR code: the verification address with the code, or the
// code alone, at least least mm wide.
func certQR(c data.Certificate, least float64) (qrCode, error) {
	return newQRCode(qrText(c), least, false)
}

// layoutQRBeside puts qr with its top left corner at x, y and, to its right
// in a column textW wide, "Pindai untuk memeriksa keaslian" and c's code in
// groups of four, the whole as high as the QR code.
func layoutQRBeside(b *pageBuilder, c data.Certificate, qr qrCode, bilingual bool, x, y, textW float64) {
	code := strings.TrimSpace(pdfText(c.Code))
	b.page.elems = append(b.page.elems, qr.elements(x, y)...)
	size := qr.side
	tx := x + size + 1
	lines := codeText(b, code, textW, 9)
	codeH := lineHeight(lines.size)
	capH := lineHeight(7.5)
	blockH := capH + float64(len(lines.lines))*codeH + 1
	if bilingual {
		blockH += lineHeight(6.5)
	}
	ty := y + (size-blockH)/2
	b.cell(tx, ty, textW, capH, certScan.id, "B", 7.5, "L", colorText)
	ty += capH
	if bilingual {
		b.cell(tx, ty, textW, lineHeight(6.5), certScan.en, "I", 6.5, "L", colorMuted)
		ty += lineHeight(6.5)
	}
	ty++
	for _, l := range lines.lines {
		b.cell(tx, ty, textW, codeH, l, "", lines.size, "L", colorText)
		ty += codeH
	}
}

// layoutQRUnder puts qr centred in the column from left of width colW, with
// "Pindai untuk memeriksa keaslian" and c's code under it, the whole ending
// at bottom.
func layoutQRUnder(b *pageBuilder, c data.Certificate, qr qrCode, bilingual bool, left, colW, bottom float64) {
	code := strings.TrimSpace(pdfText(c.Code))
	lines := codeText(b, code, colW, 8.5)
	codeH, capH := lineHeight(lines.size), lineHeight(7.5)
	under := capH + float64(len(lines.lines))*codeH
	if bilingual {
		under += lineHeight(6.5)
	}
	qrY := bottom - under - qr.side
	b.page.elems = append(b.page.elems, qr.elements(left+(colW-qr.side)/2, qrY)...)
	y := qrY + qr.side
	b.cell(left, y, colW, capH, certScan.id, "B", 7.5, "C", colorText)
	y += capH
	if bilingual {
		b.cell(left, y, colW, lineHeight(6.5), certScan.en, "I", 6.5, "C", colorMuted)
		y += lineHeight(6.5)
	}
	for _, l := range lines.lines {
		b.cell(left, y, colW, codeH, l, "", lines.size, "C", colorText)
		y += codeH
	}
}

// codeLinesAt is a verification code in lines and the size that fits them.
type codeLinesAt struct {
	lines []string
	size  float64
}

// codeText is the code in groups of four on two lines, as large as width
// allows up to size points.
func codeText(b *pageBuilder, code string, width, size float64) codeLinesAt {
	lines := codeLines(code)
	for _, l := range lines {
		size = min(size, fitFontSize(b.pdf, "", l, size, 5, width-2*cellMargin))
	}
	return codeLinesAt{lines: lines, size: size}
}
