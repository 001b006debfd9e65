package reports

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// AttendanceDoc is what the attendance sheet (daftar hadir) of one class
// prints or exports: the caller gathers it from the store.
type AttendanceDoc struct {
	Institution                                                       data.Institution
	ClassCode, ProgramName, Kejuruan, Batch, RoomName, InstructorName string
	InstructorNIP                                                     string
	Start, End                                                        time.Time
	Sessions                                                          []AttendanceSession // in order
	People                                                            []AttendancePerson  // in order
	// Marks[person][session]: "", "H", "I", "S", "A", or "-" (not expected:
	// not yet enrolled, or withdrawn).
	Marks [][]string
	// Blank prints the sheet before the sessions: empty boxes for
	// signatures, no totals.
	Blank   bool
	MaskNIK bool
	// MinPercent is the minimum attendance, in % of the planned JP; 0 means 80.
	MinPercent int
	// Printed is the place-date line's date and the PDF's creation date;
	// zero means now.
	Printed time.Time
}

// AttendanceSession is one session (column) of the sheet.
type AttendanceSession struct {
	ID         string
	Date       time.Time
	Start, End string // "07:30"
	JP         int
}

// AttendancePerson is one participant (row) of the sheet.
type AttendancePerson struct {
	ID, Name, NIK string
}

// Attendance codes.
const (
	MarkPresent     = "H" // hadir
	MarkExcused     = "I" // izin
	MarkSick        = "S" // sakit
	MarkAbsent      = "A" // alpa
	MarkNotExpected = "-" // not enrolled yet, or withdrawn
)

// attendanceLegend explains the codes under the table.
const attendanceLegend = "Keterangan: H = hadir, I = izin, S = sakit, A = alpa, – = belum terdaftar/mengundurkan diri"

// mark is the code of person p at session s, upper-cased.
func (doc *AttendanceDoc) mark(p, s int) string {
	if p < len(doc.Marks) && s < len(doc.Marks[p]) {
		return strings.ToUpper(strings.TrimSpace(doc.Marks[p][s]))
	}
	return ""
}

func (doc *AttendanceDoc) minPercent() int {
	if doc.MinPercent <= 0 {
		return 80
	}
	return doc.MinPercent
}

// attendanceTotals are one participant's counts.
type attendanceTotals struct {
	H, I, S, A int
	JP, Plan   int // JP attended (H), JP planned (all sessions)
}

// percent is the attended JP in % of the planned JP, rounded down.
func (t attendanceTotals) percent() int {
	if t.Plan <= 0 {
		return 0
	}
	return t.JP * 100 / t.Plan
}

func (doc *AttendanceDoc) totals(p int) attendanceTotals {
	var t attendanceTotals
	for s, ses := range doc.Sessions {
		t.Plan += max(0, ses.JP)
		switch doc.mark(p, s) {
		case MarkPresent:
			t.H++
			t.JP += max(0, ses.JP)
		case MarkExcused:
			t.I++
		case MarkSick:
			t.S++
		case MarkAbsent:
			t.A++
		}
	}
	return t
}

// below reports whether the participant's attendance is under the minimum.
func (doc *AttendanceDoc) below(t attendanceTotals) bool {
	return t.Plan > 0 && t.JP*100 < doc.minPercent()*t.Plan
}

// weekdayInitial is the first letter of the Indonesian weekday.
func weekdayInitial(t time.Time) string { return data.DayName(t)[:1] }

// shortDate is "5/1".
func shortDate(t time.Time) string {
	return strconv.Itoa(t.Day()) + "/" + strconv.Itoa(int(t.Month()))
}

var (
	colorBelowBg = [3]int{253, 221, 218}
	colorNoneBg  = [3]int{225, 225, 225}
)

// WriteAttendancePDF writes the attendance sheet of a class in landscape on
// paper: the letterhead, the title, the class data, the grid of participants
// × sessions (split across pages by sessions, then by participants, each page
// repeating the No/Nama/NIK columns and the header), totals H/I/S/A and % of
// the planned JP (rows under the minimum shaded), the legend and the sign-off
// of the instructor and the head of the institution. With doc.Blank the grid
// has empty boxes to sign in and no totals.
func WriteAttendancePDF(w io.Writer, doc AttendanceDoc, paper Paper) error {
	printed := doc.Printed
	if printed.IsZero() {
		printed = time.Now()
	}
	code := strings.TrimSpace(doc.ClassCode)
	pdf := newPDF(paper, Landscape, printed)
	pdf.SetTitle(pdfText(strings.TrimSpace("Daftar Hadir "+code)), true)
	pdf.SetSubject(pdfText(doc.ProgramName), true)
	pdf.SetAuthor(pdfText(lastLine(doc.Institution.Lines)), true)
	// Measuring with a document of its own writes nothing into the pages.
	measure := newPDF(paper, Landscape, printed)
	pdf.AddPage()
	if err := letterhead(pdf, measure, doc.Institution); err != nil {
		return err
	}
	left, _, _, _ := pdf.GetMargins()
	width := contentWidth(pdf)

	setFont(pdf, "B", 13)
	pdf.CellFormat(width, 6.5, "DAFTAR HADIR PESERTA PELATIHAN", "", 1, "C", false, 0, "")
	pdf.Ln(2)
	attendanceClassBlock(pdf, doc)
	pdf.Ln(3)

	g := newAttendanceGrid(pdf, measure, &doc, width)
	continued := func(first, last int) {
		setFont(pdf, "I", 8)
		setTextColor(pdf, colorMuted)
		head := "Daftar Hadir " + code
		if doc.ProgramName != "" {
			head += " · " + doc.ProgramName
		}
		head += " (lanjutan) · sesi " + strconv.Itoa(first+1) + "–" + strconv.Itoa(last)
		pdf.SetX(left)
		pdf.CellFormat(width, 5, truncateText(pdf, pdfText(head), width), "", 1, "L", false, 0, "")
		setTextColor(pdf, colorText)
		pdf.Ln(1)
	}
	for ci, ch := range g.chunks {
		if ci > 0 {
			pdf.AddPage()
			continued(ch.first, ch.last)
		}
		g.header(ch)
		for p := range doc.People {
			if !fits(pdf, g.rowH) {
				pdf.AddPage()
				continued(ch.first, ch.last)
				g.header(ch)
			}
			g.row(ch, p)
		}
		if len(doc.People) == 0 {
			setFont(pdf, "I", 8)
			pdf.SetX(left)
			pdf.CellFormat(g.tableWidth(ch), g.rowH, "Belum ada peserta.", "1", 1, "C", false, 0, "")
		}
	}

	// Legend and minimum.
	setFont(pdf, "", 8)
	legend := attendanceLegend
	if !doc.Blank {
		legend += ". % = JP hadir dari " + strconv.Itoa(g.plan) + " JP terjadwal; minimum " +
			strconv.Itoa(doc.minPercent()) + "% (baris berwarna: di bawah minimum)."
	}
	lines := wrapText(pdf, legend, width)
	if !fits(pdf, 2+float64(len(lines))*lineHeight(8)) {
		pdf.AddPage()
	}
	pdf.Ln(1.5)
	for _, l := range lines {
		pdf.SetX(left)
		pdf.CellFormat(width, lineHeight(8), l, "", 1, "L", false, 0, "")
	}

	// Sign-off: instructor at the left, head at the right.
	inst := doc.Institution
	headTitle := strings.TrimSpace(inst.HeadTitle)
	if headTitle == "" {
		headTitle = "Kepala"
	}
	instr := signature{
		Above: []string{"Instruktur,"},
		Name:  doc.InstructorName,
		NIP:   doc.InstructorNIP,
	}
	head := signature{
		Above: []string{placeDate(inst, printed), "Mengetahui,", headTitle + ","},
		Name:  inst.HeadName,
		NIP:   inst.HeadNIP,
	}
	const sigW, sigGap = 95.0, 4.0
	// Both blocks end on the same line: the instructor's starts lower.
	hHead := drawSignature(measure, 0, 0, sigW, head, false)
	hInstr := drawSignature(measure, 0, 0, sigW, instr, false)
	pdf.Ln(sigGap)
	if !fits(pdf, max(hHead, hInstr)) {
		pdf.AddPage()
	}
	y := pdf.GetY()
	drawSignature(pdf, left+5, y+max(0, hHead-hInstr), sigW, instr, true)
	drawSignature(pdf, left+width-sigW, y+max(0, hInstr-hHead), sigW, head, true)

	note := "Daftar Hadir " + code + " · dicetak " + data.FormatDate(printed, "id")
	return writePDF(w, pdf, note)
}

// attendanceClassBlock prints the class data in two columns.
func attendanceClassBlock(pdf *gofpdf.Fpdf, doc AttendanceDoc) {
	dates := ""
	switch {
	case !doc.Start.IsZero() && !doc.End.IsZero():
		dates = data.FormatDate(doc.Start, "id") + " s.d. " + data.FormatDate(doc.End, "id")
	case !doc.Start.IsZero():
		dates = "mulai " + data.FormatDate(doc.Start, "id")
	}
	plan := 0
	for _, s := range doc.Sessions {
		plan += max(0, s.JP)
	}
	instr := doc.InstructorName
	leftPairs := [][2]string{
		{"Kode Kelas", doc.ClassCode},
		{"Program/Sub-kejuruan", doc.ProgramName},
		{"Kejuruan", doc.Kejuruan},
		{"Angkatan", doc.Batch},
	}
	rightPairs := [][2]string{
		{"Tanggal", dates},
		{"Jumlah sesi", strconv.Itoa(len(doc.Sessions)) + " sesi, " + strconv.Itoa(plan) + " JP"},
		{"Ruang", doc.RoomName},
		{"Instruktur", instr},
	}
	left, _, _, _ := pdf.GetMargins()
	width := contentWidth(pdf)
	const gap = 10.0
	half := (width - gap) / 2
	y := pdf.GetY()
	y1 := fieldBlock(pdf, left, y, half, leftPairs)
	y2 := fieldBlock(pdf, left+half+gap, y, half, rightPairs)
	pdf.SetXY(left, max(y1, y2))
}

// attendanceChunk is the range of sessions [first, last) on one page's
// width; the last chunk carries the totals.
type attendanceChunk struct {
	first, last int
	totals      bool
}

// attendanceGrid lays out and draws the participants × sessions table.
type attendanceGrid struct {
	pdf                   *gofpdf.Fpdf
	doc                   *AttendanceDoc
	noW, nameW, nikW      float64
	sesW, totW, pctW      float64
	rowH, headH, fontSize float64
	chunks                []attendanceChunk
	plan                  int
	totals                []attendanceTotals
}

func newAttendanceGrid(pdf, m *gofpdf.Fpdf, doc *AttendanceDoc, width float64) *attendanceGrid {
	g := &attendanceGrid{pdf: pdf, doc: doc, fontSize: 7.5}
	measure := func(style string, size float64, texts ...string) float64 {
		setFont(m, style, size)
		w := 0.0
		for _, s := range texts {
			w = max(w, m.GetStringWidth(pdfText(s)))
		}
		return w + 2*cellMargin + 0.5
	}
	g.noW = measure("B", g.fontSize, "No", strconv.Itoa(len(doc.People)))
	g.nameW = measure("B", g.fontSize, "Nama Peserta")
	g.nikW = measure("B", g.fontSize, "NIK")
	for _, p := range doc.People {
		g.nameW = max(g.nameW, measure("", g.fontSize, p.Name))
		g.nikW = max(g.nikW, measure("", g.fontSize, g.nik(p)))
	}
	g.nameW = min(max(g.nameW, 40), 62)
	g.nikW = min(g.nikW, 32)
	g.sesW = 6.6
	g.rowH = 5.2
	g.headH = 9
	if doc.Blank {
		g.sesW = 11 // room for a signature
		g.rowH = 7.5
	}
	// All participants on the first page when a slightly lower row allows it.
	if n := len(doc.People); n > 0 {
		avail := pageBottom(pdf) - pdf.GetY() - g.headH - 0.5
		if fit := avail / float64(n); fit < g.rowH && fit >= 5 {
			g.rowH = fit
		}
	}
	g.totW = 6.2
	g.pctW = 10

	for p := range doc.People {
		g.totals = append(g.totals, doc.totals(p))
	}
	for _, s := range doc.Sessions {
		g.plan += max(0, s.JP)
	}

	fixed := g.noW + g.nameW + g.nikW
	avail := width - fixed
	tail := 4*g.totW + g.pctW
	if doc.Blank {
		tail = 0
	}
	per := max(1, int(avail/g.sesW))
	perLast := max(0, int((avail-tail)/g.sesW))
	n := len(doc.Sessions)
	// As few pages across as the sessions need, the sessions spread evenly
	// over them (the last, which carries the totals, holds fewer).
	k := 1
	for (k-1)*per+perLast < n {
		k++
	}
	lastSize := n
	if k > 1 {
		lastSize = min(perLast, (n+k-1)/k)
	}
	first := 0
	for i := 0; i < k-1; i++ {
		take := (n - lastSize - first + (k - 1 - i) - 1) / (k - 1 - i)
		g.chunks = append(g.chunks, attendanceChunk{first: first, last: first + take})
		first += take
	}
	g.chunks = append(g.chunks, attendanceChunk{first: first, last: n, totals: !doc.Blank})
	// Spread the session columns over the page when they do not fill it.
	if len(g.chunks) == 1 && n > 0 {
		g.sesW = min(g.sesW*1.6, (avail-tail)/float64(n))
	}
	return g
}

func (g *attendanceGrid) nik(p AttendancePerson) string {
	nik := strings.TrimSpace(p.NIK)
	if g.doc.MaskNIK && nik != "" {
		return data.MaskNIK(nik)
	}
	return nik
}

func (g *attendanceGrid) tableWidth(ch attendanceChunk) float64 {
	w := g.noW + g.nameW + g.nikW + float64(ch.last-ch.first)*g.sesW
	if ch.totals {
		w += 4*g.totW + g.pctW
	}
	return w
}

// cell draws a bordered box with text centred or aligned.
func (g *attendanceGrid) cell(x, y, w, h float64, text, align string, fill *[3]int) {
	pdf := g.pdf
	if fill != nil {
		setFillColor(pdf, *fill)
		pdf.Rect(x, y, w, h, "FD")
	} else {
		pdf.Rect(x, y, w, h, "D")
	}
	if text != "" {
		pdf.SetXY(x, y)
		pdf.CellFormat(w, h, text, "", 0, align, false, 0, "")
	}
}

// header draws the two-level header of a chunk: No, Nama, NIK spanning both
// levels; the sessions under a "Tanggal" band, each with its day/month over
// the weekday initial; the totals under "Jumlah".
func (g *attendanceGrid) header(ch attendanceChunk) {
	pdf := g.pdf
	if !fits(pdf, g.headH+2*g.rowH) {
		pdf.AddPage()
	}
	left, _, _, _ := pdf.GetMargins()
	x, y := left, pdf.GetY()
	fill := colorHeaderBg
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	setTextColor(pdf, colorText)
	band := 3.6
	setFont(pdf, "B", g.fontSize)
	g.cell(x, y, g.noW, g.headH, "No", "C", &fill)
	x += g.noW
	g.cell(x, y, g.nameW, g.headH, "Nama Peserta", "C", &fill)
	x += g.nameW
	nikTitle := "NIK"
	g.cell(x, y, g.nikW, g.headH, nikTitle, "C", &fill)
	x += g.nikW
	sw := float64(ch.last-ch.first) * g.sesW
	if sw > 0 {
		label := "Tanggal / Sesi"
		if g.doc.Blank {
			label = "Tanggal dan Paraf Peserta"
		}
		months := monthSpan(g.doc.Sessions[ch.first:ch.last])
		if months != "" {
			label += " (" + months + ")"
		}
		setFont(pdf, "B", 7)
		g.cell(x, y, sw, band, truncateText(pdf, label, sw), "C", &fill)
		for s := ch.first; s < ch.last; s++ {
			d := g.doc.Sessions[s].Date
			setFont(pdf, "B", 6.5)
			g.cell(x, y+band, g.sesW, g.headH-band, "", "C", &fill)
			pdf.SetXY(x, y+band+0.3)
			pdf.CellFormat(g.sesW, 2.8, shortDate(d), "", 0, "C", false, 0, "")
			setFont(pdf, "", 6)
			pdf.SetXY(x, y+band+2.9)
			pdf.CellFormat(g.sesW, 2.5, weekdayInitial(d), "", 0, "C", false, 0, "")
			x += g.sesW
		}
	}
	if ch.totals {
		setFont(pdf, "B", 7)
		g.cell(x, y, 4*g.totW, band, "Jumlah", "C", &fill)
		for _, c := range []string{"H", "I", "S", "A"} {
			g.cell(x, y+band, g.totW, g.headH-band, c, "C", &fill)
			x += g.totW
		}
		g.cell(x, y, g.pctW, g.headH, "% JP", "C", &fill)
	}
	pdf.SetXY(left, y+g.headH)
}

// monthSpan names the months of sessions: "Januari 2026" or
// "Januari–Februari 2026".
func monthSpan(ss []AttendanceSession) string {
	if len(ss) == 0 {
		return ""
	}
	a, b := ss[0].Date, ss[len(ss)-1].Date
	if a.IsZero() || b.IsZero() {
		return ""
	}
	switch {
	case a.Year() == b.Year() && a.Month() == b.Month():
		return data.MonthName(a.Month()) + " " + strconv.Itoa(a.Year())
	case a.Year() == b.Year():
		return data.MonthName(a.Month()) + "–" + data.MonthName(b.Month()) + " " + strconv.Itoa(a.Year())
	}
	return data.MonthName(a.Month()) + " " + strconv.Itoa(a.Year()) + "–" + data.MonthName(b.Month()) + " " + strconv.Itoa(b.Year())
}

// row draws participant p's row of chunk ch.
func (g *attendanceGrid) row(ch attendanceChunk, p int) {
	pdf := g.pdf
	doc := g.doc
	left, _, _, _ := pdf.GetMargins()
	x, y := left, pdf.GetY()
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	setTextColor(pdf, colorText)
	tot := g.totals[p]
	var fill *[3]int
	below := !doc.Blank && doc.below(tot)
	if below {
		f := colorBelowBg
		fill = &f
	} else if p%2 == 1 && !doc.Blank {
		f := colorZebra
		fill = &f
	}
	person := doc.People[p]
	setFont(pdf, "", g.fontSize)
	g.cell(x, y, g.noW, g.rowH, strconv.Itoa(p+1), "C", fill)
	x += g.noW
	g.cell(x, y, g.nameW, g.rowH, truncateText(pdf, pdfText(strings.TrimSpace(person.Name)), g.nameW), "L", fill)
	x += g.nameW
	setFont(pdf, "", g.fontSize-0.5)
	g.cell(x, y, g.nikW, g.rowH, truncateText(pdf, pdfText(g.nik(person)), g.nikW), "C", fill)
	x += g.nikW
	for s := ch.first; s < ch.last; s++ {
		m := doc.mark(p, s)
		switch {
		case m == MarkNotExpected:
			f := colorNoneBg
			setTextColor(pdf, colorMuted)
			setFont(pdf, "", g.fontSize)
			g.cell(x, y, g.sesW, g.rowH, "–", "C", &f)
			setTextColor(pdf, colorText)
		case doc.Blank:
			g.cell(x, y, g.sesW, g.rowH, "", "C", nil)
		default:
			setFont(pdf, "B", g.fontSize)
			if m != MarkPresent && m != "" {
				setTextColor(pdf, [3]int{170, 30, 30})
			}
			g.cell(x, y, g.sesW, g.rowH, pdfText(m), "C", fill)
			setTextColor(pdf, colorText)
		}
		x += g.sesW
	}
	if ch.totals {
		setFont(pdf, "", g.fontSize)
		for _, n := range []int{tot.H, tot.I, tot.S, tot.A} {
			g.cell(x, y, g.totW, g.rowH, strconv.Itoa(n), "C", fill)
			x += g.totW
		}
		pct := "–"
		if tot.Plan > 0 {
			pct = strconv.Itoa(tot.percent()) + "%"
		}
		if below {
			setFont(pdf, "B", g.fontSize)
			setTextColor(pdf, [3]int{170, 30, 30})
		}
		g.cell(x, y, g.pctW, g.rowH, pct, "C", fill)
		setTextColor(pdf, colorText)
	}
	pdf.SetXY(left, y+g.rowH)
}
