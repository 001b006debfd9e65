package reports

import (
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// attendanceGrid is the measure of the participants × sessions grid: its
// columns, heights, the sessions each page holds across, and what its cells
// say.
type attendanceGrid struct {
	NoW, NameW, NikW float64
	SesW, TotW, PctW float64 // a session's column, a total's, the % JP
	RowH, HeadH      float64
	FontSize         float64
	Blank            bool // empty boxes to sign in, no totals
	Chunks           []attendanceChunk
	Sessions         []sessionLabel // one per session
	People           []gridPerson   // one per participant
}

// attendanceChunk is the range of sessions [First, Last) on one page's
// width, and the band over them; the last chunk carries the totals. Its
// sessions' columns share the width the names and totals leave.
type attendanceChunk struct {
	First, Last int
	Totals      bool
	SesW        float64 // a session's column
	Band        string  // "Tanggal / Sesi (Januari 2026)", shortened to fit
}

// sessionLabel is how the grid's header names a session: its date over its
// day, and its start time when the day has more than one session.
type sessionLabel struct {
	Date, Day string // "5/1", "Sen"
	Time      string // "07:30"; "" for a day's only session
}

// gridPerson is one participant's row: name and NIK shortened to their
// columns, the marks, the totals.
type gridPerson struct {
	Name, NIK string
	Marks     []string // one per session, as AttendanceDoc.mark gives them
	Totals    attendanceTotals
	Below     bool    // under the minimum: the row is shaded, the % in red
	Fill      *[3]int // the row's background; nil for none
	Percent   string  // "85%", or "–" with no JP planned
}

// The grid's fixed measures, in mm; a blank sheet has wider session columns
// and higher rows, to sign in: at least 15 × 9 mm (split over more pages
// rather than smaller).
const (
	gridFontSize  = 7.5
	gridSessionW  = 6.6 // the least; the sessions share the width left
	gridRowH      = 5.2
	gridBlankSesW = 15.0
	gridBlankRowH = 9.0
	gridMinRowH   = 5.0 // a row made lower to keep everyone on the first page
	gridHeadH     = 9.0
	gridTimeH     = 2.6 // a third header line, for the start times
	gridBandH     = 3.6 // the band over the sessions and over the totals
	gridTotalW    = 6.2
	gridPercentW  = 10.0
)

// layoutAttendanceGrid measures the grid of doc for pages width wide, with
// room from the grid's top to the first page's bottom.
func layoutAttendanceGrid(m *gofpdf.Fpdf, doc *AttendanceDoc, width, room float64) attendanceGrid {
	g := attendanceGrid{FontSize: gridFontSize, Blank: doc.Blank}
	measure := func(style string, texts ...string) float64 {
		setFont(m, style, g.FontSize)
		w := 0.0
		for _, s := range texts {
			w = max(w, m.GetStringWidth(pdfText(s)))
		}
		return w + 2*cellMargin + 0.5
	}
	g.NoW = measure("B", "No", strconv.Itoa(len(doc.People)))
	g.NameW = measure("B", "Nama Peserta")
	g.NikW = measure("B", "NIK")
	for _, p := range doc.People {
		g.NameW = max(g.NameW, measure("", p.Name))
		g.NikW = max(g.NikW, measure("", attendanceNIK(doc, p)))
	}
	g.NameW = min(max(g.NameW, 40), 62)
	g.NikW = min(g.NikW, 32)
	g.SesW, g.RowH, g.HeadH = gridSessionW, gridRowH, gridHeadH
	if doc.Blank {
		g.SesW, g.RowH = gridBlankSesW, gridBlankRowH
	}
	g.Sessions = sessionLabels(doc.Sessions)
	for _, l := range g.Sessions {
		if l.Time != "" {
			g.HeadH = gridHeadH + gridTimeH
		}
	}
	// All participants on the first page when a slightly lower row allows
	// it; never lower on a blank sheet, where they sign.
	if n := len(doc.People); n > 0 && !doc.Blank {
		avail := room - g.HeadH - 0.5
		if fit := avail / float64(n); fit < g.RowH && fit >= gridMinRowH {
			g.RowH = fit
		}
	}
	g.TotW, g.PctW = gridTotalW, gridPercentW

	avail := width - (g.NoW + g.NameW + g.NikW)
	tail := 4*g.TotW + g.PctW
	if doc.Blank {
		tail = 0
	}
	n := len(doc.Sessions)
	g.Chunks = attendanceChunks(n, max(1, int(avail/g.SesW)), max(0, int((avail-tail)/g.SesW)), !doc.Blank)
	// Each chunk's sessions share the width: the table fills the page.
	for i, ch := range g.Chunks {
		g.Chunks[i].SesW = g.SesW
		if k := ch.Last - ch.First; k > 0 {
			left := avail
			if ch.Totals {
				left -= tail
			}
			g.Chunks[i].SesW = max(g.SesW, left/float64(k))
		}
	}
	g.People = gridPeople(m, doc, g)
	for i := range g.Chunks {
		g.Chunks[i].Band = chunkBand(m, doc, g, g.Chunks[i])
	}
	return g
}

// attendanceChunks splits n sessions into the chunks of as few pages across
// as they need, per sessions fitting on a page and perLast on the last, which
// carries the totals if totals is set; the sessions are spread about evenly
// over the pages, the last holding at most perLast.
func attendanceChunks(n, per, perLast int, totals bool) []attendanceChunk {
	k := 1
	for (k-1)*per+perLast < n {
		k++
	}
	lastSize := n
	if k > 1 {
		lastSize = min(perLast, (n+k-1)/k)
	}
	var chunks []attendanceChunk
	first := 0
	for i := 0; i < k-1; i++ {
		take := (n - lastSize - first + (k - 1 - i) - 1) / (k - 1 - i)
		chunks = append(chunks, attendanceChunk{First: first, Last: first + take})
		first += take
	}
	return append(chunks, attendanceChunk{First: first, Last: n, Totals: totals})
}

// chunkBand is the band over a chunk's sessions, shortened to their width.
func chunkBand(m *gofpdf.Fpdf, doc *AttendanceDoc, g attendanceGrid, ch attendanceChunk) string {
	sw := float64(ch.Last-ch.First) * ch.SesW
	if sw <= 0 {
		return ""
	}
	label := "Tanggal / Sesi"
	if doc.Blank {
		label = "Tanggal dan Paraf Peserta"
	}
	if months := monthSpan(doc.Sessions[ch.First:ch.Last]); months != "" {
		label += " (" + months + ")"
	}
	setFont(m, "B", 7)
	return truncateText(m, label, sw)
}

// gridPeople are the participants' rows of the grid g.
func gridPeople(m *gofpdf.Fpdf, doc *AttendanceDoc, g attendanceGrid) []gridPerson {
	people := make([]gridPerson, len(doc.People))
	for p, person := range doc.People {
		r := gridPerson{Totals: doc.totals(p), Percent: "–"}
		setFont(m, "", g.FontSize)
		r.Name = truncateText(m, pdfText(strings.TrimSpace(person.Name)), g.NameW)
		setFont(m, "", g.FontSize-0.5)
		r.NIK = truncateText(m, pdfText(attendanceNIK(doc, person)), g.NikW)
		for s := range doc.Sessions {
			r.Marks = append(r.Marks, doc.mark(p, s))
		}
		if r.Totals.Plan > 0 {
			r.Percent = strconv.Itoa(r.Totals.percent()) + "%"
		}
		r.Below = !doc.Blank && doc.below(r.Totals)
		if r.Below {
			f := colorBelowBg
			r.Fill = &f
		} else if p%2 == 1 && !doc.Blank {
			f := colorZebra
			r.Fill = &f
		}
		people[p] = r
	}
	return people
}

// attendanceNIK is p's NIK as the sheet prints it: masked if doc says so.
func attendanceNIK(doc *AttendanceDoc, p AttendancePerson) string {
	nik := strings.TrimSpace(p.NIK)
	if doc.MaskNIK && nik != "" {
		return data.MaskNIK(nik)
	}
	return nik
}

// tableWidth is the width of the grid on the pages of chunk ch.
func (g attendanceGrid) tableWidth(ch attendanceChunk) float64 {
	w := g.NoW + g.NameW + g.NikW + float64(ch.Last-ch.First)*ch.SesW
	if ch.Totals {
		w += 4*g.TotW + g.PctW
	}
	return w
}

// sessionLabels are the header's labels of sessions: a day with more than
// one session shows each one's start time.
func sessionLabels(ss []AttendanceSession) []sessionLabel {
	perDay := map[time.Time]int{}
	for _, s := range ss {
		perDay[civilDate(s.Date)]++
	}
	out := make([]sessionLabel, len(ss))
	for i, s := range ss {
		out[i] = sessionLabel{Date: shortDate(s.Date), Day: weekdayShort(s.Date)}
		if perDay[civilDate(s.Date)] > 1 {
			out[i].Time = strings.TrimSpace(s.Start)
		}
	}
	return out
}

// weekdayShort is the Indonesian weekday in three letters, which no two
// days share: Sen, Sel, Rab, Kam, Jum, Sab, Min.
func weekdayShort(t time.Time) string { return data.DayName(t)[:3] }

// shortDate is "5/1".
func shortDate(t time.Time) string {
	return strconv.Itoa(t.Day()) + "/" + strconv.Itoa(int(t.Month()))
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
