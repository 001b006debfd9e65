package reports

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
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
	pdf := newPDF(paper, Landscape, printed)
	pdf.SetTitle(pdfText(strings.TrimSpace("Daftar Hadir "+strings.TrimSpace(doc.ClassCode))), true)
	pdf.SetSubject(pdfText(doc.ProgramName), true)
	pdf.SetAuthor(pdfText(lastLine(doc.Institution.Lines)), true)
	l, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (attendanceLayout, error) {
		return layoutAttendance(m, &doc, printed)
	})
	if err != nil {
		return err
	}
	if err := drawAttendance(pdf, l); err != nil {
		return err
	}
	return writePDF(w, pdf, l.Note)
}

// drawAttendance draws l page by page.
func drawAttendance(pdf *gofpdf.Fpdf, l attendanceLayout) error {
	d := newPageDrawer(pdf, l.Pages, l.Left, l.Width)
	d.to(0)
	if err := drawDocHead(pdf, l.Head, l.Left, l.Width); err != nil {
		return err
	}
	g := l.Grid
	for _, part := range l.Parts {
		d.to(part.Page)
		ch := g.Chunks[part.Chunk]
		switch part.Kind {
		case gridHeader:
			drawGridHeader(pdf, g, ch, l.Left, part.Y)
		case gridRow:
			drawGridRow(pdf, g, ch, part.Person, l.Left, part.Y)
		case gridNobody:
			setFont(pdf, "I", 8)
			pdf.SetXY(l.Left, part.Y)
			pdf.CellFormat(g.tableWidth(ch), g.RowH, "Belum ada peserta.", "1", 1, "C", false, 0, "")
		}
	}
	// The font first: a new page starts in the font in force.
	setFont(pdf, "", legendSize)
	d.to(l.Legend.Page)
	pdf.SetXY(l.Left, l.Legend.Y)
	for _, line := range l.Legend.Lines {
		pdf.SetX(l.Left)
		pdf.CellFormat(l.Width, lineHeight(legendSize), line, "", 1, "L", false, 0, "")
	}
	d.to(l.Signatures[0].Page)
	for _, s := range l.Signatures {
		drawSignOff(pdf, s)
	}
	return nil
}

// drawGridHeader draws the two-level header of chunk ch with its top at y:
// No, Nama, NIK spanning both levels; the sessions under the chunk's band,
// each with its date over its day; the totals under "Jumlah".
func drawGridHeader(pdf *gofpdf.Fpdf, g attendanceGrid, ch attendanceChunk, left, y float64) {
	x := left
	fill := colorHeaderBg
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	setTextColor(pdf, colorText)
	band := gridBandH
	setFont(pdf, "B", g.FontSize)
	gridCell(pdf, x, y, g.NoW, g.HeadH, "No", "C", &fill)
	x += g.NoW
	gridCell(pdf, x, y, g.NameW, g.HeadH, "Nama Peserta", "C", &fill)
	x += g.NameW
	gridCell(pdf, x, y, g.NikW, g.HeadH, "NIK", "C", &fill)
	x += g.NikW
	if sw := float64(ch.Last-ch.First) * ch.SesW; sw > 0 {
		setFont(pdf, "B", 7)
		gridCell(pdf, x, y, sw, band, ch.Band, "C", &fill)
		for _, s := range g.Sessions[ch.First:ch.Last] {
			setFont(pdf, "B", 6.5)
			gridCell(pdf, x, y+band, ch.SesW, g.HeadH-band, "", "C", &fill)
			pdf.SetXY(x, y+band+0.3)
			pdf.CellFormat(ch.SesW, 2.8, s.Date, "", 0, "C", false, 0, "")
			setFont(pdf, "", 6)
			pdf.SetXY(x, y+band+2.9)
			pdf.CellFormat(ch.SesW, 2.5, s.Day, "", 0, "C", false, 0, "")
			if s.Time != "" {
				setFont(pdf, "", 5.5)
				pdf.SetXY(x, y+band+5.4)
				pdf.CellFormat(ch.SesW, 2.4, s.Time, "", 0, "C", false, 0, "")
			}
			x += ch.SesW
		}
	}
	if ch.Totals {
		setFont(pdf, "B", 7)
		gridCell(pdf, x, y, 4*g.TotW, band, "Jumlah", "C", &fill)
		for _, c := range []string{"H", "I", "S", "A"} {
			gridCell(pdf, x, y+band, g.TotW, g.HeadH-band, c, "C", &fill)
			x += g.TotW
		}
		gridCell(pdf, x, y, g.PctW, g.HeadH, "% JP", "C", &fill)
	}
	pdf.SetXY(left, y+g.HeadH)
}

// colorMarkAlert is the colour of marks other than present, and of a
// percentage under the minimum.
var colorMarkAlert = [3]int{170, 30, 30}

// drawGridRow draws participant p's row of chunk ch with its top at y.
func drawGridRow(pdf *gofpdf.Fpdf, g attendanceGrid, ch attendanceChunk, p int, left, y float64) {
	x := left
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	setTextColor(pdf, colorText)
	r := g.People[p]
	fill := r.Fill
	setFont(pdf, "", g.FontSize)
	gridCell(pdf, x, y, g.NoW, g.RowH, strconv.Itoa(p+1), "C", fill)
	x += g.NoW
	gridCell(pdf, x, y, g.NameW, g.RowH, r.Name, "L", fill)
	x += g.NameW
	setFont(pdf, "", g.FontSize-0.5)
	gridCell(pdf, x, y, g.NikW, g.RowH, r.NIK, "C", fill)
	x += g.NikW
	for _, m := range r.Marks[ch.First:ch.Last] {
		switch {
		case m == MarkNotExpected:
			f := colorNoneBg
			setTextColor(pdf, colorMuted)
			setFont(pdf, "", g.FontSize)
			gridCell(pdf, x, y, ch.SesW, g.RowH, "–", "C", &f)
			setTextColor(pdf, colorText)
		case g.Blank:
			gridCell(pdf, x, y, ch.SesW, g.RowH, "", "C", nil)
		default:
			setFont(pdf, "B", g.FontSize)
			if m != MarkPresent && m != "" {
				setTextColor(pdf, colorMarkAlert)
			}
			gridCell(pdf, x, y, ch.SesW, g.RowH, pdfText(m), "C", fill)
			setTextColor(pdf, colorText)
		}
		x += ch.SesW
	}
	if ch.Totals {
		drawGridTotals(pdf, g, r, x, y)
	}
	pdf.SetXY(left, y+g.RowH)
}

// drawGridTotals draws r's totals H, I, S, A and % JP from x.
func drawGridTotals(pdf *gofpdf.Fpdf, g attendanceGrid, r gridPerson, x, y float64) {
	setFont(pdf, "", g.FontSize)
	for _, n := range []int{r.Totals.H, r.Totals.I, r.Totals.S, r.Totals.A} {
		gridCell(pdf, x, y, g.TotW, g.RowH, strconv.Itoa(n), "C", r.Fill)
		x += g.TotW
	}
	if r.Below {
		setFont(pdf, "B", g.FontSize)
		setTextColor(pdf, colorMarkAlert)
	}
	gridCell(pdf, x, y, g.PctW, g.RowH, r.Percent, "C", r.Fill)
	setTextColor(pdf, colorText)
}

// gridCell draws a bordered box, filled unless fill is nil, with text
// aligned in it.
func gridCell(pdf *gofpdf.Fpdf, x, y, w, h float64, text, align string, fill *[3]int) {
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
