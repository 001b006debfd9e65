package reports

import (
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// attendanceLayout is an attendance sheet laid out on its paper: the head of
// the first page, the grid's measures and the sessions each page holds
// across, the grid's parts page by page, the legend and the two sign-offs.
// Lengths are mm from the page's top left corner.
type attendanceLayout struct {
	Left, Width float64
	Pages       []pageStart
	Head        docHead
	Grid        attendanceGrid
	Parts       []gridPart // in drawing order
	Legend      legendBlock
	// Signatures are the head of the institution's ("Mengetahui,"), at the
	// left, and the instructor's with the place and date, at the right;
	// both end on the same line.
	Signatures [2]signOff
	Note       string // the footer's note
}

// gridPart is a part of the grid at its place: a chunk's header, a
// participant's row, or the row saying there is nobody.
type gridPart struct {
	Page   int
	Y      float64
	Chunk  int
	Kind   gridPartKind
	Person int // a row's participant, from 0
}

type gridPartKind uint8

const (
	gridHeader gridPartKind = iota
	gridRow
	gridNobody
)

// legendBlock is the legend under the grid.
type legendBlock struct {
	Page  int
	Y     float64
	Lines []string
}

const (
	legendSize       = 8.0
	attendanceSigW   = 95.0
	attendanceSigGap = 4.0 // between the legend and the sign-offs
	// attendanceKeepRows last rows go to a new page with the legend and the
	// sign-offs rather than leave them alone on the last one.
	attendanceKeepRows = 5
)

var (
	colorBelowBg = [3]int{253, 221, 218}
	colorNoneBg  = [3]int{225, 225, 225}
)

// layoutAttendance lays out doc, printed on printed, measuring with m.
func layoutAttendance(m *gofpdf.Fpdf, doc *AttendanceDoc, printed time.Time) (attendanceLayout, error) {
	left, _, _, _ := m.GetMargins()
	width := contentWidth(m)
	code := strings.TrimSpace(doc.ClassCode)
	l := attendanceLayout{
		Left: left, Width: width,
		Note: "Daftar Hadir " + code + " · dicetak " + data.FormatDate(printed, "id"),
	}
	head, err := layoutDocHead(m, doc.Institution, headSpec{
		Title: "DAFTAR HADIR PESERTA PELATIHAN", TitleGap: 2, FieldsGap: 3,
		Fields: func(m *gofpdf.Fpdf, left, width float64) [2]fieldColumn {
			return attendanceFields(m, doc, left, width)
		},
	})
	if err != nil {
		return l, err
	}
	l.Head = head
	flow := newPageFlow(m)
	flow.Y = head.Bottom
	l.Grid = layoutAttendanceGrid(m, doc, width, flow.Bottom-flow.Y)
	legend := attendanceLegendLines(m, doc, width)
	sigs := attendanceSignatures(doc, printed)
	// What must follow the last rows on their page: the legend, the sign-offs.
	after := legendHeight(legend) + attendanceSigGap +
		max(signatureHeight(m, attendanceSigW, sigs[0]), signatureHeight(m, attendanceSigW, sigs[1]))
	l.Parts = placeAttendanceGrid(m, flow, l.Grid, attendanceContinued(doc), width, after)
	l.Legend = placeAttendanceLegend(flow, legend)
	l.Signatures = placeAttendanceSignatures(m, flow, sigs, left, width)
	l.Pages = flow.Pages
	return l, nil
}

// placeAttendanceGrid places the grid down the pages of flow, chunk by
// chunk: each chunk starts a page, and a page its rows overflow to repeats
// the chunk's header under the continuation head continued names. The last
// rows of the last chunk go to a new page rather than leave what follows
// them (of height after) alone there.
func placeAttendanceGrid(m *gofpdf.Fpdf, flow *pageFlow, g attendanceGrid, continued func(attendanceChunk) string, width, after float64) []gridPart {
	var parts []gridPart
	place := func(ci int, kind gridPartKind, p int, h float64) {
		parts = append(parts, gridPart{Page: flow.page(), Y: flow.Y, Chunk: ci, Kind: kind, Person: p})
		flow.Y += h
	}
	n := len(g.People)
	rows := max(1, n) // a chunk without people has its "nobody" row
	tail := max(0, n-attendanceKeepRows)
	header := func(ci int) {
		need := g.HeadH + float64(min(2, rows))*g.RowH // a header and two rows under it
		if ci == len(g.Chunks)-1 && tail == 0 {
			need = g.HeadH + float64(rows)*g.RowH + after // and the whole short chunk with what follows
		}
		if !flow.fits(need) && flow.Y > flow.Top+continuedHeadH+continuedGap+0.01 {
			flow.newPage(continuedHead(m, continued(g.Chunks[ci]), width))
		}
		place(ci, gridHeader, 0, g.HeadH)
	}
	for ci, ch := range g.Chunks {
		last := ci == len(g.Chunks)-1
		if ci > 0 {
			flow.newPage(continuedHead(m, continued(ch), width))
		}
		header(ci)
		for p := range g.People {
			keep := last && p == tail && p > 0 && !flow.fits(float64(n-p)*g.RowH+after)
			if keep || !flow.fits(g.RowH) {
				flow.newPage(continuedHead(m, continued(ch), width))
				header(ci)
			}
			place(ci, gridRow, p, g.RowH)
		}
		if n == 0 {
			place(ci, gridNobody, 0, g.RowH)
		}
	}
	return parts
}

// attendanceContinued is the continuation head of the pages of a chunk.
func attendanceContinued(doc *AttendanceDoc) func(attendanceChunk) string {
	return func(ch attendanceChunk) string {
		head := "Daftar Hadir " + strings.TrimSpace(doc.ClassCode)
		if doc.ProgramName != "" {
			head += " · " + doc.ProgramName
		}
		return head + " (lanjutan) · sesi " + strconv.Itoa(ch.First+1) + "–" + strconv.Itoa(ch.Last)
	}
}

// attendanceLegendLines are the legend's lines: the codes and, unless the
// sheet is blank, what the percentage means.
func attendanceLegendLines(m *gofpdf.Fpdf, doc *AttendanceDoc, width float64) []string {
	legend := attendanceLegend
	if !doc.Blank {
		legend += doc.percentLegend()
	}
	setFont(m, "", legendSize)
	return wrapText(m, legend, width)
}

func legendHeight(lines []string) float64 { return 1.5 + float64(len(lines))*lineHeight(legendSize) }

// placeAttendanceLegend places the legend under the grid.
func placeAttendanceLegend(flow *pageFlow, lines []string) legendBlock {
	if !flow.fits(legendHeight(lines)) {
		flow.newPage("")
	}
	flow.Y += 1.5
	b := legendBlock{Page: flow.page(), Y: flow.Y, Lines: lines}
	for range lines {
		flow.Y += lineHeight(legendSize)
	}
	return b
}

// attendanceSignatures are the sign-offs, as is usual: "Mengetahui," the
// head of the institution at the left; the place and date — the last
// session's unless given — and the instructor at the right.
func attendanceSignatures(doc *AttendanceDoc, printed time.Time) [2]signature {
	inst := doc.Institution
	headTitle := strings.TrimSpace(inst.HeadTitle)
	if headTitle == "" {
		headTitle = "Kepala"
	}
	return [2]signature{
		{Above: []string{"Mengetahui,", headTitle + ","}, Name: inst.HeadName, NIP: inst.HeadNIP},
		{Above: []string{placeDate(inst, doc.signDate(printed)), "Instruktur,"}, Name: doc.InstructorName, NIP: doc.InstructorNIP},
	}
}

// placeAttendanceSignatures places the sign-offs sigs at the left and the
// right under the legend, both ending on the same line.
func placeAttendanceSignatures(m *gofpdf.Fpdf, flow *pageFlow, sigs [2]signature, left, width float64) [2]signOff {
	h0, h1 := signatureHeight(m, attendanceSigW, sigs[0]), signatureHeight(m, attendanceSigW, sigs[1])
	flow.Y += attendanceSigGap
	if !flow.fits(max(h0, h1)) {
		flow.newPage("")
	}
	p, y := flow.page(), flow.Y
	return [2]signOff{
		{Page: p, X: left + 5, Y: y + max(0, h1-h0), W: attendanceSigW, signature: sigs[0]},
		{Page: p, X: left + width - attendanceSigW, Y: y + max(0, h0-h1), W: attendanceSigW, signature: sigs[1]},
	}
}

// attendanceFields lays out the class data in two columns of fields, each
// half the width.
func attendanceFields(m *gofpdf.Fpdf, doc *AttendanceDoc, left, width float64) [2]fieldColumn {
	dates := ""
	switch {
	case !doc.Start.IsZero() && !doc.End.IsZero():
		dates = data.FormatDate(doc.Start, "id") + " s.d. " + data.FormatDate(doc.End, "id")
	case !doc.Start.IsZero():
		dates = "mulai " + data.FormatDate(doc.Start, "id")
	}
	leftPairs := [][2]string{
		{"Kode Kelas", doc.ClassCode},
		{"Program/Sub-kejuruan", doc.ProgramName},
		{"Kejuruan", doc.Kejuruan},
		{"Angkatan", doc.Batch},
	}
	rightPairs := [][2]string{
		{"Tanggal", dates},
		{"Jumlah sesi", strconv.Itoa(len(doc.Sessions)) + " sesi, " + strconv.Itoa(doc.plan()) + " JP"},
		{"Ruang", doc.RoomName},
		{"Instruktur", doc.InstructorName},
	}
	if !doc.From.IsZero() || !doc.To.IsZero() {
		rightPairs = append([][2]string{{"Periode lembar ini", sheetPeriod(doc)}}, rightPairs...)
	}
	const gap = 10.0
	half := (width - gap) / 2
	return [2]fieldColumn{
		layoutFieldColumn(m, left, half, leftPairs),
		layoutFieldColumn(m, left+half+gap, half, rightPairs),
	}
}

// sheetPeriod is the range of dates a partial sheet holds: "12 Januari 2026
// s.d. 16 Januari 2026", as the sessions it holds show it.
func sheetPeriod(doc *AttendanceDoc) string {
	from, to := doc.From, doc.To
	if n := len(doc.Sessions); n > 0 {
		if from.IsZero() || doc.Sessions[0].Date.After(from) {
			from = doc.Sessions[0].Date
		}
		if to.IsZero() || doc.Sessions[n-1].Date.Before(to) {
			to = doc.Sessions[n-1].Date
		}
	}
	switch {
	case !from.IsZero() && !to.IsZero():
		return data.FormatDate(from, "id") + " s.d. " + data.FormatDate(to, "id")
	case !from.IsZero():
		return "mulai " + data.FormatDate(from, "id")
	}
	return "sampai " + data.FormatDate(to, "id")
}
