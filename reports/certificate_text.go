package reports

import (
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// What a certificate says, in Indonesian and, for a bilingual certificate,
// the English printed in italics under each line.

// bilingualText is a line and its English.
type bilingualText struct{ id, en string }

var (
	certTitle       = bilingualText{"SERTIFIKAT PELATIHAN", "CERTIFICATE OF TRAINING"}
	certAwarded     = bilingualText{"diberikan kepada:", "is awarded to:"}
	certScan        = bilingualText{"Pindai untuk memeriksa keaslian", "Scan to verify authenticity"}
	certUnitsTitle  = bilingualText{"DAFTAR UNIT KOMPETENSI", "LIST OF COMPETENCY UNITS"}
	certUnitsLegend = "Keterangan: K = Kompeten, BK = Belum Kompeten"
)

// numberLine is "Nomor: 001/LAS/UPTD-BLKI/XI/2026"; "" without a number.
func numberLine(number string) string {
	if n := strings.TrimSpace(number); n != "" {
		return "Nomor: " + n
	}
	return ""
}

// replacesText says which certificate a reissued one replaces.
func replacesText(number string) bilingualText {
	number = strings.TrimSpace(number)
	if number == "" {
		return bilingualText{}
	}
	return bilingualText{"Pengganti sertifikat Nomor " + number, "Replaces certificate No. " + number}
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

// resultEnglish is the line under "dan dinyatakan KOMPETEN".
func resultEnglish(r string) string {
	switch strings.ToUpper(strings.TrimSpace(r)) {
	case "K":
		return "and is declared COMPETENT"
	case "BK":
		return "and is declared NOT YET COMPETENT"
	}
	return ""
}

// birthLine is "Tempat, tanggal lahir: Balikpapan, 12 Maret 1998", without
// what is unknown; "" when both are.
func birthLine(cc data.CertificateContent) bilingualText {
	place := strings.TrimSpace(cc.BirthPlace)
	join := func(date string) string {
		var parts []string
		if place != "" {
			parts = append(parts, place)
		}
		if date != "" {
			parts = append(parts, date)
		}
		return strings.Join(parts, ", ")
	}
	id, en := join(data.FormatDate(cc.BirthDate, "id")), join(data.FormatDate(cc.BirthDate, "en"))
	if id == "" {
		return bilingualText{}
	}
	return bilingualText{"Tempat, tanggal lahir: " + id, "Place and date of birth: " + en}
}

// birthValue is the birth place and date alone, as a pre-printed blank takes them.
func birthValue(cc data.CertificateContent) string {
	return strings.TrimPrefix(birthLine(cc).id, "Tempat, tanggal lahir: ")
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
		ws = append(ws, word{"selama", ""}, word{strconv.Itoa(cc.JP) + " JP", ""}, word{"(jam pelajaran)", ""})
	}
	// A date stays on one line.
	start, end := data.FormatDate(cc.Start, "id"), data.FormatDate(cc.End, "id")
	switch {
	case start != "" && end != "":
		ws = append(ws, word{"dari tanggal", ""}, word{start, ""}, word{"sampai dengan", ""}, word{end, ""})
	case start != "":
		ws = append(ws, word{"mulai tanggal", ""}, word{start, ""})
	case end != "":
		ws = append(ws, word{"sampai dengan tanggal", ""}, word{end, ""})
	}
	return ws
}

// trainingEnglish is the paragraph's English.
func trainingEnglish(cc data.CertificateContent) string {
	s := "has completed competency-based training"
	if p := strings.TrimSpace(cc.ProgramName); p != "" {
		s += " in " + p
		if k := strings.TrimSpace(cc.Kejuruan); k != "" {
			s += " (" + k + ")"
		}
	}
	if cc.JP > 0 {
		s += " of " + strconv.Itoa(cc.JP) + " lesson hours (JP)"
	}
	if d := trainingDates(cc, "en"); d != "" {
		s += " " + d
	}
	return s
}

// trainingDates is "dari tanggal 5 Oktober 2026 sampai dengan 20 November
// 2026" (lang "id") or "from 5 October 2026 to 20 November 2026" ("en").
func trainingDates(cc data.CertificateContent, lang string) string {
	start, end := data.FormatDate(cc.Start, lang), data.FormatDate(cc.End, lang)
	words := [3][2]string{{"dari tanggal ", " sampai dengan "}, {"mulai tanggal ", ""}, {"sampai dengan tanggal ", ""}}
	if lang == "en" {
		words = [3][2]string{{"from ", " to "}, {"from ", ""}, {"until ", ""}}
	}
	switch {
	case start != "" && end != "":
		return words[0][0] + start + words[0][1] + end
	case start != "":
		return words[1][0] + start
	case end != "":
		return words[2][0] + end
	}
	return ""
}

// jpAndDates is the hours and dates on one line, for a pre-printed blank:
// "240 JP (jam pelajaran), 5 Oktober 2026 s.d. 20 November 2026".
func jpAndDates(cc data.CertificateContent) string {
	var parts []string
	if cc.JP > 0 {
		parts = append(parts, strconv.Itoa(cc.JP)+" JP (jam pelajaran)")
	}
	start, end := data.FormatDate(cc.Start, "id"), data.FormatDate(cc.End, "id")
	if start != "" && end != "" {
		parts = append(parts, start+" s.d. "+end)
	}
	return strings.Join(parts, ", ")
}

// programValue is "Las SMAW 3G (Kejuruan Las)".
func programValue(cc data.CertificateContent) string {
	p := strings.TrimSpace(cc.ProgramName)
	if k := strings.TrimSpace(cc.Kejuruan); k != "" {
		p = strings.TrimSpace(p + " (Kejuruan " + k + ")")
	}
	return p
}

// fundingText is "diselenggarakan oleh … atas biaya …", when the certificate
// names both.
func fundingText(cc data.CertificateContent) bilingualText {
	org, funds := strings.TrimSpace(cc.Organiser), strings.TrimSpace(cc.Funding)
	if org == "" || funds == "" {
		return bilingualText{}
	}
	return bilingualText{"diselenggarakan oleh " + org + " atas biaya " + funds, "organised by " + org + ", funded by " + funds}
}

// verifyNote tells on the back how to check the certificate.
func verifyNote(c data.Certificate) bilingualText {
	code := strings.Join(codeLines(c.Code), " ")
	if code == "" {
		return bilingualText{}
	}
	if a := strings.TrimSpace(c.Content.VerifyAddress); a != "" {
		return bilingualText{
			"Periksa keaslian: pindai kode QR di halaman depan, atau buka " + a + " dan masukkan kode " + code + ".",
			"To verify: scan the QR code on the front, or open " + a + " and enter the code " + code + ".",
		}
	}
	issuer := strings.TrimSpace(c.Content.Organiser)
	if issuer == "" {
		issuer = strings.TrimSpace(lastLine(c.Content.Letterhead))
	}
	if issuer == "" {
		issuer = "penerbitnya"
	}
	return bilingualText{
		"Periksa keaslian: pindai kode QR di halaman depan, atau sampaikan kode " + code + " kepada " + issuer + ".",
		"To verify: scan the QR code on the front, or give the code " + code + " to " + issuer + ".",
	}
}

// codeLines writes a verification code in groups of four characters on two
// lines: "EFXN VFZW VBHT BFAJ W2UC" and "P62B AGGZ WO3S DXAC KV4D".
func codeLines(code string) []string {
	code = strings.TrimSpace(code)
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
func centredRich(b *pageBuilder, line []word, cx, y, size float64, colour [3]int) {
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
		x += b.text(x, y, r.text, r.style, size, colour) + space
	}
}
