package reports

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// layoutFront lays out the front of c: the body from the letterhead to the
// result, its gaps widened to fill the page, and the foot (QR code, photo,
// signatory) on the bottom margin.
func layoutFront(pdf *gofpdf.Fpdf, c data.Certificate, paper Paper, im certImages) (certPage, error) {
	cc := c.Content
	b := &pageBuilder{pdf: pdf, page: certPage{width: paper.Width, height: paper.Height}}
	left, width := certMarginX, paper.Width-2*certMarginX

	// The foot sits on the bottom margin; the body is laid out once to
	// measure it, then again with the room left over shared among its gaps,
	// so that the page is evenly filled on A4 and F4 alike.
	const sigW = 72.0
	sigX := left + width - sigW
	sigH := layoutCertSignature(b, cc, im.signature, sigX, 0, sigW, false)
	footTop := paper.Height - certMarginBottom - sigH
	probe := &pageBuilder{pdf: pdf}
	end := layoutFrontBody(probe, c, im, left, width, [4]float64{})
	var extra [4]float64
	if slack := footTop - 14 - end; slack > 0 {
		slack = min(slack, 40) // beyond that the body would look scattered
		for i, share := range [4]float64{0.3, 0.25, 0.25, 0.2} {
			extra[i] = slack * share * 0.8
		}
	}
	y := layoutFrontBody(b, c, im, left, width, extra)

	// The foot, its three parts aligned at the bottom: the QR code and
	// verification code, the photo, the signatory.
	sigY := max(y+8, footTop)
	layoutCertSignature(b, cc, im.signature, sigX, sigY, sigW, true)

	const photoW, photoH = 30.0, 40.0
	photoX := sigX - 8 - photoW
	photoY := sigY + sigH - photoH - 1
	layoutCertPhoto(b, im.photo, photoX, photoY, photoW, photoH)
	if err := layoutCertCode(b, c.Code, left, photoX-6-left, photoY+photoH); err != nil {
		return certPage{}, fmt.Errorf("certificate %s: %w", c.Number, err)
	}
	return b.page, nil
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

// layoutCertCode puts the verification code as a QR code in the column from
// left of width colW, ending at bottom; under the QR code the code itself,
// for whoever types it in: in groups of four on two lines, as large as the
// column allows (verification ignores the spaces).
func layoutCertCode(b *pageBuilder, code string, left, colW, bottom float64) error {
	const qrSize = 30.0
	code = strings.TrimSpace(pdfText(code))
	lines := codeLines(code)
	codeSize := 8.5
	for _, l := range lines {
		codeSize = min(codeSize, fitFontSize(b.pdf, "", l, 8.5, 5, colW-2*cellMargin))
	}
	codeH, capH := lineHeight(codeSize), 3.6
	qrY := bottom - capH - float64(len(lines))*codeH - qrSize
	if code == "" {
		return nil
	}
	qr, err := qrElements(code, left+(colW-qrSize)/2, qrY, qrSize)
	if err != nil {
		return err
	}
	b.page.elems = append(b.page.elems, qr...)
	b.cell(left, qrY+qrSize, colW, capH, "Kode verifikasi", "", 7, "C", colorMuted)
	for i, l := range lines {
		b.cell(left, qrY+qrSize+capH+float64(i)*codeH, colW, codeH, l, "", codeSize, "C", colorText)
	}
	return nil
}

// layoutFrontBody lays out the front from the letterhead to the result with
// extra room added to its four gaps, and returns the y under it.
func layoutFrontBody(b *pageBuilder, c data.Certificate, im certImages, left, width float64, extra [4]float64) float64 {
	cc := c.Content
	pdf := b.pdf
	cx := left + width/2
	inst := data.Institution{Lines: cc.Letterhead, Address: cc.Address, Phone: cc.Phone, Email: cc.Email}
	y := layoutLetterhead(b, inst, im.logo, left, certMarginTop, width)
	y += 12 + extra[0]

	b.cell(left, y, width, 13, "SERTIFIKAT", "B", 32, "C", colorText)
	y += 13
	if n := strings.TrimSpace(pdfText(c.Number)); n != "" {
		b.cell(left, y+1, width, 6, "Nomor: "+n, "", 11, "C", colorText)
		y += 7
	}
	y += 10 + extra[1]

	b.cell(left, y, width, 6, "diberikan kepada:", "I", 12, "C", colorText)
	y += 9

	y = layoutCertName(b, cc.Name, left, y, width)
	if bl := birthLine(cc); bl != "" {
		b.cell(left, y, width, 6, bl, "", 11, "C", colorText)
		y += 6
	}
	y += 8 + extra[2]

	// What was followed, centred, the program in bold.
	const paraSize = 12.0
	lh := lineHeight(paraSize) * 1.2
	for _, l := range richLines(pdf, trainingWords(cc), paraSize, width-16) {
		centredRich(b, l, cx, y+lh/2+0.3*paraSize*25.4/72, paraSize)
		y += lh
	}
	if r := resultText(cc.Result); r != "" {
		y += 3 + extra[3]
		b.cell(left, y, width, 6, "dan dinyatakan", "", 12, "C", colorText)
		y += 6 + 1.5
		b.cell(left, y, width, 10, r, "B", 22, "C", colorText)
		y += 10
	}
	return y
}

// layoutCertName puts the holder's name from y, over a rule: as large as
// fits on one line, else wrapped at the smallest size. It returns the y
// under the rule.
func layoutCertName(b *pageBuilder, name string, left, y, width float64) float64 {
	pdf := b.pdf
	cx := left + width/2
	name = strings.Join(strings.Fields(pdfText(name)), " ")
	const nameMax, nameMin = 24.0, 15.0
	nameW := width - 10
	size := fitFontSize(pdf, "B", name, nameMax, nameMin, nameW)
	setFont(pdf, "B", size)
	nameLines := []string{name}
	if pdf.GetStringWidth(name) > nameW {
		nameLines = pdf.SplitText(name, nameW)
	}
	nh := lineHeight(size) * 0.95
	widest := 0.0
	for _, l := range nameLines {
		_, w := b.cell(left, y, width, nh, strings.TrimSpace(l), "B", size, "C", colorText)
		widest = max(widest, w)
		y += nh
	}
	ruleW := min(width-10, max(110, widest+16))
	b.line(cx-ruleW/2, y+1, cx+ruleW/2, y+1, 0.3, colorRule)
	y += 3.5
	return y
}

// layoutCertSignature lays out the signatory's block at x, y of width w and
// returns its height; with draw false it only measures. The scanned
// signature, if any, sits in the space left for the hand-signed one.
func layoutCertSignature(b *pageBuilder, cc data.CertificateContent, sig *pageImage, x, y, w float64, draw bool) float64 {
	const size = 11.0
	h := lineHeight(size)
	top := y
	put := func(s, style string) {
		if draw {
			b.cell(x, y, w, h, s, style, size, "L", colorText)
		}
		y += h
	}
	above := []string{}
	if pd := strings.TrimSpace(strings.TrimSpace(cc.Place) + ", " + data.FormatDate(cc.IssuedOn, "id")); strings.Trim(pd, ", ") != "" {
		above = append(above, strings.Trim(pd, ", "))
	}
	if t := strings.TrimSpace(cc.SignatoryTitle); t != "" {
		above = append(above, t+",")
	}
	for _, a := range above {
		setFont(b.pdf, "", size)
		for _, l := range wrapText(b.pdf, a, w) {
			put(l, "")
		}
	}
	const space, sigMaxH = 22.0, 18.0
	if draw && sig != nil {
		sw, sh := fitImage(sig, w-2*cellMargin, sigMaxH)
		b.image(sig, x+cellMargin, y+(space-sh)/2, sw, sh)
	}
	y += space
	name := strings.TrimSpace(pdfText(cc.SignatoryName))
	if name == "" {
		put("("+strings.Repeat(".", 40)+")", "")
	} else {
		setFont(b.pdf, "B", size)
		for _, l := range b.pdf.SplitText(name, w-2*cellMargin) {
			l = strings.TrimSpace(l)
			if draw {
				tx, tw := b.cell(x, y, w, h, l, "B", size, "L", colorText)
				b.line(tx, y+h/2+0.3*size*25.4/72+0.7, tx+tw, y+h/2+0.3*size*25.4/72+0.7, 0.25, colorText)
			}
			y += h
		}
	}
	nip := data.FormatNIP(strings.TrimSpace(cc.SignatoryNIP))
	if nip == "" {
		nip = strings.Repeat(".", 32)
	}
	put("NIP. "+pdfText(nip), "")
	return y - top
}

// codeLines writes a verification code in groups of four characters on two
// lines: "EFXN VFZW VBHT BFAJ W2UC" and "P62B AGGZ WO3S DXAC KV4D".
func codeLines(code string) []string {
	if code == "" {
		return nil
	}
	var groups []string
	for len(code) > 4 {
		groups = append(groups, code[:4])
		code = code[4:]
	}
	groups = append(groups, code)
	half := (len(groups) + 1) / 2
	if half == len(groups) {
		return []string{strings.Join(groups, " ")}
	}
	return []string{strings.Join(groups[:half], " "), strings.Join(groups[half:], " ")}
}

// resultText is the result as the front prints it.
func resultText(r string) string {
	switch strings.ToUpper(strings.TrimSpace(r)) {
	case "K":
		return "KOMPETEN"
	case "BK":
		return "BELUM KOMPETEN"
	}
	return strings.ToUpper(strings.TrimSpace(r))
}

// birthLine is "Tempat, tanggal lahir: Balikpapan, 12 Maret 1998", without
// what is unknown; "" when both are.
func birthLine(cc data.CertificateContent) string {
	var parts []string
	if p := strings.TrimSpace(cc.BirthPlace); p != "" {
		parts = append(parts, p)
	}
	if d := data.FormatDate(cc.BirthDate, "id"); d != "" {
		parts = append(parts, d)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Tempat, tanggal lahir: " + strings.Join(parts, ", ")
}

// trainingWords is the paragraph of what was followed, the program in bold.
func trainingWords(cc data.CertificateContent) []word {
	ws := richWords("telah mengikuti Pelatihan Berbasis Kompetensi", "")
	if p := strings.TrimSpace(cc.ProgramName); p != "" {
		ws = append(ws, richWords("Sub Kejuruan", "")...)
		ws = append(ws, richWords(p, "B")...)
	}
	if k := strings.TrimSpace(cc.Kejuruan); k != "" {
		ws = append(ws, richWords("(Kejuruan "+k+")", "")...)
	}
	if cc.JP > 0 {
		ws = append(ws, richWords("selama "+strconv.Itoa(cc.JP)+" Jam Pelatihan", "")...)
	}
	start, end := data.FormatDate(cc.Start, "id"), data.FormatDate(cc.End, "id")
	switch {
	case start != "" && end != "":
		ws = append(ws, richWords("dari tanggal "+start+" sampai dengan "+end, "")...)
	case start != "":
		ws = append(ws, richWords("mulai tanggal "+start, "")...)
	case end != "":
		ws = append(ws, richWords("sampai dengan tanggal "+end, "")...)
	}
	return ws
}

// word is a piece of a paragraph in one style.
type word struct {
	text, style string
}

// richWords splits s into words of style.
func richWords(s, style string) []word {
	var ws []word
	for _, f := range strings.Fields(pdfText(s)) {
		ws = append(ws, word{f, style})
	}
	return ws
}

// richLines breaks words of size into lines of at most width; each line is a
// list of runs of one style.
func richLines(pdf *gofpdf.Fpdf, words []word, size, width float64) [][]word {
	var lines [][]word
	var cur []word
	curW := 0.0
	setFont(pdf, "", size)
	space := pdf.GetStringWidth(" ")
	for _, w := range words {
		setFont(pdf, w.style, size)
		ww := pdf.GetStringWidth(w.text)
		if len(cur) > 0 && curW+space+ww > width {
			lines = append(lines, cur)
			cur, curW = nil, 0
		}
		if len(cur) > 0 {
			curW += space
		}
		cur = append(cur, w)
		curW += ww
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// centredRich lays out a line of words centred on cx at baseline y, one text
// element per run of a style.
func centredRich(b *pageBuilder, line []word, cx, y, size float64) {
	setFont(b.pdf, "", size)
	space := b.pdf.GetStringWidth(" ")
	// Join runs of a style, so that the text extracts as it reads.
	var runs []word
	for i, w := range line {
		if i > 0 && runs[len(runs)-1].style == w.style {
			runs[len(runs)-1].text += " " + w.text
			continue
		}
		runs = append(runs, w)
	}
	total := 0.0
	for i, r := range runs {
		setFont(b.pdf, r.style, size)
		total += b.pdf.GetStringWidth(r.text)
		if i > 0 {
			total += space
		}
	}
	x := cx - total/2
	for _, r := range runs {
		x += b.text(x, y, r.text, r.style, size, colorText) + space
	}
}
