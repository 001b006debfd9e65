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
	// Signatures are the instructor's, at the left, and the head of the
	// institution's, at the right; both end on the same line.
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
	l.Parts = placeAttendanceGrid(m, flow, l.Grid, attendanceContinued(doc), width)
	l.Legend = placeAttendanceLegend(m, flow, doc, width)
	l.Signatures = placeAttendanceSignatures(m, flow, doc, printed, left, width)
	l.Pages = flow.Pages
	return l, nil
}

// placeAttendanceGrid places the grid down the pages of flow, chunk by
// chunk: each chunk starts a page, and a page its rows overflow to repeats
// the chunk's header under the continuation head continued names.
func placeAttendanceGrid(m *gofpdf.Fpdf, flow *pageFlow, g attendanceGrid, continued func(attendanceChunk) string, width float64) []gridPart {
	var parts []gridPart
	place := func(ci int, kind gridPartKind, p int, h float64) {
		parts = append(parts, gridPart{Page: flow.page(), Y: flow.Y, Chunk: ci, Kind: kind, Person: p})
		flow.Y += h
	}
	header := func(ci int) {
		// A header needs room for itself and two rows under it.
		if !flow.fits(g.HeadH + 2*g.RowH) {
			flow.newPage("")
		}
		place(ci, gridHeader, 0, g.HeadH)
	}
	for ci, ch := range g.Chunks {
		if ci > 0 {
			flow.newPage(continuedHead(m, continued(ch), width))
		}
		header(ci)
		for p := range g.People {
			if !flow.fits(g.RowH) {
				flow.newPage(continuedHead(m, continued(ch), width))
				header(ci)
			}
			place(ci, gridRow, p, g.RowH)
		}
		if len(g.People) == 0 {
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

// placeAttendanceLegend places the legend, and the minimum unless the sheet
// is blank, under the grid.
func placeAttendanceLegend(m *gofpdf.Fpdf, flow *pageFlow, doc *AttendanceDoc, width float64) legendBlock {
	legend := attendanceLegend
	if !doc.Blank {
		legend += doc.percentLegend()
	}
	setFont(m, "", legendSize)
	lines := wrapText(m, legend, width)
	if !flow.fits(2 + float64(len(lines))*lineHeight(legendSize)) {
		flow.newPage("")
	}
	flow.Y += 1.5
	b := legendBlock{Page: flow.page(), Y: flow.Y, Lines: lines}
	for range lines {
		flow.Y += lineHeight(legendSize)
	}
	return b
}

// placeAttendanceSignatures places the instructor's sign-off at the left and
// the head's at the right, both ending on the same line.
func placeAttendanceSignatures(m *gofpdf.Fpdf, flow *pageFlow, doc *AttendanceDoc, printed time.Time, left, width float64) [2]signOff {
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
	hHead := signatureHeight(m, attendanceSigW, head)
	hInstr := signatureHeight(m, attendanceSigW, instr)
	flow.Y += attendanceSigGap
	if !flow.fits(max(hHead, hInstr)) {
		flow.newPage("")
	}
	p, y := flow.page(), flow.Y
	return [2]signOff{
		{Page: p, X: left + 5, Y: y + max(0, hHead-hInstr), W: attendanceSigW, signature: instr},
		{Page: p, X: left + width - attendanceSigW, Y: y + max(0, hInstr-hHead), W: attendanceSigW, signature: head},
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
	const gap = 10.0
	half := (width - gap) / 2
	return [2]fieldColumn{
		layoutFieldColumn(m, left, half, leftPairs),
		layoutFieldColumn(m, left+half+gap, half, rightPairs),
	}
}
