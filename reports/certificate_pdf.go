package reports

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/ascii85"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
	xdraw "golang.org/x/image/draw"

	"balai/data"
)

// The certificate (sertifikat pelatihan): a front in Indonesian with the
// letterhead, the holder, the training and the result, the QR code, photo and
// signature, and a back listing the competency units.
//
// Each page is first laid out into a list of positioned elements (text,
// rectangles, lines, images); the PDF writer and the raster preview of the
// app both draw that list, so what the clerk sees is what is printed. The
// layout measures text with gofpdf, whose widths come from the same embedded
// fonts the preview renders with.

// CertificateOptions are the printing choices for certificates.
type CertificateOptions struct {
	Paper Paper // A4 or F4; the zero value prints on A4
	// OffsetX and OffsetY move everything printed on each page, in mm
	// (positive: right, down), to fit stock with a pre-printed border.
	OffsetX, OffsetY float64
	// Created is the PDF's creation date: the same certificates with the same
	// Created give the same bytes. Zero means now.
	Created time.Time
}

// Certificate page margins: wider than letters', as certificates are framed.
const (
	certMarginX      = 20.0
	certMarginTop    = 15.0
	certMarginBottom = 18.0
)

// Image size limits in pixels on the longer side: sharp in print at the sizes
// printed, without embedding a camera's full resolution.
const (
	certLogoPx      = 600
	certPhotoPx     = 600
	certSignaturePx = 800
)

type elemKind uint8

const (
	elemText   elemKind = iota // text at x (left) and y (baseline)
	elemFill                   // filled rectangle
	elemStroke                 // outlined rectangle
	elemLine                   // line from x, y to x+w, y+h
	elemImage                  // image in x, y, w, h
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

// certImages are the images of one certificate.
type certImages struct{ logo, photo, signature *pageImage }

func loadCertImages(cc data.CertificateContent) (certImages, error) {
	var im certImages
	var err error
	if im.logo, err = newPageImage("logo", cc.Logo, certLogoPx); err != nil {
		return im, err
	}
	if im.photo, err = newPageImage("photo", cc.Photo, certPhotoPx); err != nil {
		return im, err
	}
	if im.photo != nil {
		im.photo.inline = true
	}
	if im.signature, err = newPageImage("signature", cc.Signature, certSignaturePx); err != nil {
		return im, err
	}
	return im, nil
}

// layoutCertificate lays out both pages of c on paper, measuring with pdf
// (whose current font it changes).
func layoutCertificate(pdf *gofpdf.Fpdf, c data.Certificate, paper Paper) (front, back certPage, err error) {
	im, err := loadCertImages(c.Content)
	if err != nil {
		return front, back, err
	}
	front, err = layoutFront(pdf, c, paper, im)
	if err != nil {
		return front, back, err
	}
	back = layoutBack(pdf, c, paper)
	return front, back, nil
}

// layoutLetterhead lays out the institution's kop surat between left and
// left+width from top — the logo at the left, the letterhead lines centred in
// bold (the last, the centre's own name, largest), the address, phone and
// e-mail smaller, and the double rule of Indonesian official letters (a thick
// line over a thin one) — and returns the y of the lower rule. Every printed
// document draws its letterhead with it (see letterhead in pdf.go).
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

	var lines []string
	for _, l := range inst.Lines {
		if l = strings.TrimSpace(pdfText(l)); l != "" {
			lines = append(lines, l)
		}
	}
	y := top
	for i, l := range lines {
		size := 12.0
		if i == len(lines)-1 {
			size = 14
		}
		size = fitFontSize(b.pdf, "B", l, size, 7, textW-2*cellMargin)
		h := lineHeight(size) * 0.92
		b.cell(textX, y, textW, h, l, "B", size, "C", colorText)
		y += h
	}
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
	if len(contact) > 0 {
		const size = 8.5
		setFont(b.pdf, "", size)
		h := lineHeight(size) * 0.95
		y += 0.6
		if one := strings.Join(contact, " · "); b.pdf.GetStringWidth(pdfText(one)) <= textW-2*cellMargin {
			contact = []string{one}
		}
		for _, c := range contact {
			setFont(b.pdf, "", size)
			for _, l := range wrapText(b.pdf, c, textW) {
				b.cell(textX, y, textW, h, l, "", size, "C", colorText)
				y += h
			}
		}
	}
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

// word is a piece of a paragraph in one style.
type word struct {
	text, style string
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

// richWords splits s into words of style.
func richWords(s, style string) []word {
	var ws []word
	for _, f := range strings.Fields(pdfText(s)) {
		ws = append(ws, word{f, style})
	}
	return ws
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
	if im.photo != nil {
		w, h := fitImage(im.photo, photoW, photoH)
		b.image(im.photo, photoX+(photoW-w)/2, photoY+(photoH-h)/2, w, h)
	} else {
		b.stroke(photoX, photoY, photoW, photoH, 0.3, colorRule)
		b.cell(photoX, photoY+photoH/2-3, photoW, 6, "Foto 3×4", "", 9, "C", colorMuted)
	}

	// Under the QR code the code itself, for whoever types it in: in groups
	// of four on two lines, as large as the column allows (verification
	// ignores the spaces).
	const qrSize = 30.0
	colW := photoX - 6 - left
	code := strings.TrimSpace(pdfText(c.Code))
	lines := codeLines(code)
	codeSize := 8.5
	for _, l := range lines {
		codeSize = min(codeSize, fitFontSize(pdf, "", l, 8.5, 5, colW-2*cellMargin))
	}
	codeH, capH := lineHeight(codeSize), 3.6
	qrY := photoY + photoH - capH - float64(len(lines))*codeH - qrSize
	if code != "" {
		qr, err := qrElements(code, left+(colW-qrSize)/2, qrY, qrSize)
		if err != nil {
			return certPage{}, fmt.Errorf("certificate %s: %w", c.Number, err)
		}
		b.page.elems = append(b.page.elems, qr...)
		b.cell(left, qrY+qrSize, colW, capH, "Kode verifikasi", "", 7, "C", colorMuted)
		for i, l := range lines {
			b.cell(left, qrY+qrSize+capH+float64(i)*codeH, colW, codeH, l, "", codeSize, "C", colorText)
		}
	}
	return b.page, nil
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

	// The name: as large as fits on one line, else wrapped at the smallest size.
	name := strings.Join(strings.Fields(pdfText(cc.Name)), " ")
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

// certColumns are the back's table columns for width.
func certColumns(width float64) []tableColumn {
	cols := []tableColumn{
		{Title: "No", Width: 10, Align: "C"},
		{Title: "Kode Unit", Width: 38, Align: "L"},
		{Title: "Judul Unit Kompetensi", Align: "L"},
		{Title: "JP", Width: 14, Align: "C"},
		{Title: "Hasil (K/BK)", Width: 24, Align: "C"},
	}
	cols[2].Width = width - 10 - 38 - 14 - 24
	return cols
}

func layoutBack(pdf *gofpdf.Fpdf, c data.Certificate, paper Paper) certPage {
	cc := c.Content
	b := &pageBuilder{pdf: pdf, page: certPage{width: paper.Width, height: paper.Height}}
	left, width := certMarginX, paper.Width-2*certMarginX
	y := certMarginTop + 5

	b.cell(left, y, width, 8, "DAFTAR UNIT KOMPETENSI", "B", 16, "C", colorText)
	y += 12

	// Whose certificate this is: label, colon, value.
	type kv struct{ k, v string }
	program := strings.TrimSpace(cc.ProgramName)
	if k := strings.TrimSpace(cc.Kejuruan); k != "" {
		program = strings.TrimSpace(program + " (Kejuruan " + k + ")")
	}
	info := []kv{
		{"Nama", cc.Name},
		{"Nomor Sertifikat", c.Number},
		{"Sub Kejuruan", program},
	}
	const infoSize = 10.5
	ih := lineHeight(infoSize)
	labelW := 36.0
	for _, r := range info {
		v := strings.TrimSpace(pdfText(r.v))
		if v == "" {
			continue
		}
		b.cell(left, y, labelW, ih, r.k, "", infoSize, "L", colorText)
		b.cell(left+labelW, y, 4, ih, ":", "", infoSize, "L", colorText)
		setFont(pdf, "B", infoSize)
		for _, l := range wrapText(pdf, v, width-labelW-4) {
			b.cell(left+labelW+4, y, width-labelW-4, ih, l, "B", infoSize, "L", colorText)
			y += ih
		}
	}
	y += 5

	// The table, its font shrunk until it fits above the legend.
	cols := certColumns(width)
	rows := make([][]string, 0, len(cc.Units))
	total := 0
	for i, u := range cc.Units {
		jp := ""
		if u.JP > 0 {
			jp = strconv.Itoa(u.JP)
			total += u.JP
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), u.Code, u.Title, jp, strings.ToUpper(strings.TrimSpace(u.Result))})
	}
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.Title
	}
	const padY = 1.2
	legendH := 10.0
	room := paper.Height - certMarginBottom - legendH - y
	size := 10.0
	for ; size > 6; size -= 0.5 {
		if certTableHeight(pdf, cols, header, rows, size, padY) <= room {
			break
		}
	}
	y = certTableRow(b, cols, header, left, y, size, padY, "B", &colorHeaderBg, "C")
	for _, r := range rows {
		y = certTableRow(b, cols, r, left, y, size, padY, "", nil, "")
	}
	// Total: the label over No to the title, the JP, an empty result.
	totalCols := []tableColumn{{Width: cols[0].Width + cols[1].Width + cols[2].Width, Align: "R"}, cols[3], cols[4]}
	y = certTableRow(b, totalCols, []string{"Jumlah", strconv.Itoa(total), ""}, left, y, size, padY, "B", &colorTotalBg, "")

	b.cell(left, y+1.5, width, 5, "Keterangan: K = Kompeten, BK = Belum Kompeten", "I", 8.5, "L", colorMuted)
	return b.page
}

// certTableLines wraps each cell of a row in style at size.
func certTableLines(pdf *gofpdf.Fpdf, cols []tableColumn, cells []string, style string, size float64) [][]string {
	out := make([][]string, len(cells))
	setFont(pdf, style, size)
	for i, c := range cells {
		out[i] = wrapText(pdf, c, cols[i].Width)
	}
	return out
}

func certRowHeight(lines [][]string, size, padY float64) float64 {
	n := 1
	for _, l := range lines {
		n = max(n, len(l))
	}
	return float64(n)*lineHeight(size) + 2*padY
}

func certTableHeight(pdf *gofpdf.Fpdf, cols []tableColumn, header []string, rows [][]string, size, padY float64) float64 {
	h := certRowHeight(certTableLines(pdf, cols, header, "B", size), size, padY) * 2 // header and total
	for _, r := range rows {
		h += certRowHeight(certTableLines(pdf, cols, r, "", size), size, padY)
	}
	return h
}

// certTableRow lays out one row of the table as the table in pdf.go draws
// it (ruled cells, an optional fill) and returns the y under it. align ""
// takes the columns'.
func certTableRow(b *pageBuilder, cols []tableColumn, cells []string, x, y, size, padY float64, style string, fill *[3]int, align string) float64 {
	lines := certTableLines(b.pdf, cols, cells, style, size)
	h := certRowHeight(lines, size, padY)
	lh := lineHeight(size)
	for i, c := range cols {
		if fill != nil {
			b.fill(x, y, c.Width, h, *fill)
		}
		b.stroke(x, y, c.Width, h, 0.2, colorRule)
		a := c.Align
		if align != "" {
			a = align
		}
		for j, l := range lines[i] {
			b.cell(x, y+padY+float64(j)*lh, c.Width, lh, l, style, size, a, colorText)
		}
		x += c.Width
	}
	return y + h
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

// Why photos are inline and shared images are kept to distinct widths:
// gofpdf writes its images ordered by pixel width only, and images of equal
// width in the order of a Go map, which changes from run to run. Stored
// photos are all 300 × 400, so as registered images the same certificates
// would give different bytes each time. A photo is printed once, so it goes
// into its page's content as an inline image instead; the few shared images
// (logo, signature) are registered, one made a pixel narrower when its width
// is taken.

// registerShared registers img once under its name, at a pixel width not
// in taken (the widths of the document's registered images), and adds it.
func registerShared(pdf *gofpdf.Fpdf, img *pageImage, taken map[int]bool) error {
	if pdf.GetImageInfo(img.name) != nil {
		return nil
	}
	w := img.w
	if m := max(img.w, img.h); m > img.maxPx {
		w = max(1, img.w*img.maxPx/m)
	}
	if !taken[w] {
		if _, err := registerImage(pdf, img.name, img.bytes, img.maxPx); err != nil {
			return err
		}
		taken[w] = true
		return nil
	}
	for taken[w] && w > 1 {
		w--
	}
	src, _, err := image.Decode(bytes.NewReader(img.bytes))
	if err != nil {
		return fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	h := max(1, int(math.Round(float64(w)*float64(img.h)/float64(img.w))))
	dst := image.NewNRGBA(image.Rect(0, 0, w, h))
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), xdraw.Src, nil)
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return err
	}
	pdf.RegisterImageOptionsReader(img.name, gofpdf.ImageOptions{ImageType: "png"}, &buf)
	taken[w] = true
	return pdf.Error()
}

// inlineImage writes img into the current page's content at x, y, w, h as
// a JPEG inline image, ASCII85-wrapped so that no byte of it can be taken for
// the end of the image (the page's content is compressed anyway). A JPEG in
// RGB or grey no larger than img.maxPx goes in as it is; any other image is
// scaled down, flattened onto white and encoded as JPEG.
func inlineImage(pdf *gofpdf.Fpdf, img *pageImage, x, y, w, h float64) error {
	jpg, pw, ph, gray, err := inlineJPEG(img)
	if err != nil {
		return err
	}
	cs := "/RGB"
	if gray {
		cs = "/G"
	}
	enc := make([]byte, ascii85.MaxEncodedLen(len(jpg)))
	enc = enc[:ascii85.Encode(enc, jpg)]
	k := pdf.GetConversionRatio()
	_, pageH := pdf.GetPageSize()
	var b strings.Builder
	b.Grow(len(enc) + 200)
	fmt.Fprintf(&b, "q %.2f 0 0 %.2f %.2f %.2f cm\nBI /W %d /H %d /CS %s /BPC 8 /F [/A85 /DCT] ID\n",
		w*k, h*k, x*k, (pageH-y-h)*k, pw, ph, cs)
	// Lines of 80 characters: whitespace inside ASCII85 is ignored.
	for len(enc) > 80 {
		b.Write(enc[:80])
		b.WriteByte('\n')
		enc = enc[80:]
	}
	b.Write(enc)
	b.WriteString("~>\nEI Q")
	pdf.RawWriteStr(b.String())
	return nil
}

func inlineJPEG(img *pageImage) (jpg []byte, w, h int, gray bool, err error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img.bytes))
	if err != nil {
		return nil, 0, 0, false, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if format == "jpeg" && max(cfg.Width, cfg.Height) <= img.maxPx {
		switch cfg.ColorModel {
		case color.YCbCrModel:
			return img.bytes, cfg.Width, cfg.Height, false, nil
		case color.GrayModel:
			return img.bytes, cfg.Width, cfg.Height, true, nil
		}
	}
	src, _, err := image.Decode(bytes.NewReader(img.bytes))
	if err != nil {
		return nil, 0, 0, false, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	b := src.Bounds()
	w, h = b.Dx(), b.Dy()
	if m := max(w, h); m > img.maxPx {
		w, h = max(1, w*img.maxPx/m), max(1, h*img.maxPx/m)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, b, xdraw.Over, nil)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 90}); err != nil {
		return nil, 0, 0, false, err
	}
	return buf.Bytes(), w, h, false, nil
}

// WriteCertificatesPDF writes certs as one document, each on two portrait
// pages, front then back, for duplex printing. All that is printed comes
// from each certificate's Content, Number and Code.
func WriteCertificatesPDF(ctx context.Context, w io.Writer, certs []data.Certificate, opt CertificateOptions) error {
	paper := opt.Paper
	if paper.Width == 0 {
		paper = A4
	}
	created := opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	pdf := newPDF(paper, Portrait, created)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetTitle("Sertifikat Pelatihan", true)
	if len(certs) > 0 {
		pdf.SetAuthor(pdfText(lastLine(certs[0].Content.Letterhead)), true)
		if len(certs) == 1 {
			pdf.SetSubject(pdfText(certs[0].Number+" "+certs[0].Content.Name), true)
		}
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	// The layout measures with a document of its own: selecting fonts to
	// measure in the printed one would write them into its current page.
	measure := newPDF(paper, Portrait, created)
	if err := measure.Error(); err != nil {
		return err
	}
	widths := map[int]bool{}
	for _, c := range certs {
		if err := ctx.Err(); err != nil {
			return err // cancelled: a thousand certificates take seconds
		}
		front, back, err := layoutCertificate(measure, c, paper)
		if err != nil {
			return fmt.Errorf("certificate %s: %w", c.Number, err)
		}
		for _, p := range []certPage{front, back} {
			pdf.AddPage()
			// Inline images (photos) last: nothing overlaps them, and a
			// page's content buffer then grows once to about its size rather
			// than doubling past it, which for a thousand pages held until
			// the end is tens of megabytes.
			for _, inline := range []bool{false, true} {
				for _, e := range p.elems {
					if (e.kind == elemImage && e.img.inline) == inline {
						drawElementPDF(pdf, e, opt.OffsetX, opt.OffsetY, widths)
					}
				}
			}
			if err := pdf.Error(); err != nil {
				return fmt.Errorf("certificate %s: %w", c.Number, err)
			}
		}
	}
	if len(certs) == 0 {
		pdf.AddPage() // gofpdf cannot write a document without pages
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}
