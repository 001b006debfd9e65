package reports

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// layoutAttendanceFor lays doc out on paper as WriteAttendancePDF does.
func layoutAttendanceFor(t *testing.T, doc AttendanceDoc, paper Paper) attendanceLayout {
	t.Helper()
	pdf := newPDF(paper, Landscape, doc.Printed)
	l, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (attendanceLayout, error) {
		return layoutAttendance(m, &doc, doc.Printed)
	})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func chunkSizes(g attendanceGrid) []int {
	var sizes []int
	for _, c := range g.Chunks {
		sizes = append(sizes, c.Last-c.First)
	}
	return sizes
}

func TestAttendanceChunks(t *testing.T) {
	tests := []struct {
		n, per, perLast int
		want            [][2]int
	}{
		{0, 30, 25, [][2]int{{0, 0}}},
		{20, 30, 25, [][2]int{{0, 20}}},
		{25, 30, 25, [][2]int{{0, 25}}},
		{26, 30, 25, [][2]int{{0, 13}, {13, 26}}},
		{60, 30, 25, [][2]int{{0, 20}, {20, 40}, {40, 60}}},
		{61, 30, 25, [][2]int{{0, 20}, {20, 40}, {40, 61}}},
		{10, 30, 0, [][2]int{{0, 10}, {10, 10}}}, // no room for a session beside the totals
	}
	for _, tt := range tests {
		for _, totals := range []bool{false, true} {
			got := attendanceChunks(tt.n, tt.per, tt.perLast, totals)
			var ranges [][2]int
			for i, c := range got {
				ranges = append(ranges, [2]int{c.First, c.Last})
				if last := i == len(got)-1; c.Totals != (last && totals) {
					t.Errorf("attendanceChunks(%d, %d, %d, %v): chunk %d totals %v", tt.n, tt.per, tt.perLast, totals, i, c.Totals)
				}
			}
			if !slices.Equal(ranges, tt.want) {
				t.Errorf("attendanceChunks(%d, %d, %d) = %v, want %v", tt.n, tt.per, tt.perLast, ranges, tt.want)
			}
		}
	}
}

// TestAttendanceLayoutColumns checks how many sessions each page holds
// across on A4 and F4, and that their columns share the width left: the
// table fills the page, and a blank sheet's boxes are at least 15 mm wide.
func TestAttendanceLayoutColumns(t *testing.T) {
	tests := []struct {
		paper    Paper
		sessions int
		blank    bool
		want     []int // sessions per page across
	}{
		{A4, 10, false, []int{10}},
		{A4, 60, false, []int{20, 20, 20}},
		{A4, 90, false, []int{23, 22, 22, 23}},
		{F4, 60, false, []int{31, 29}},
		{F4, 90, false, []int{31, 30, 29}},
		{A4, 10, true, []int{10}},
		{A4, 60, true, []int{12, 12, 12, 12, 12}},
		{F4, 60, true, []int{15, 15, 15, 15}},
	}
	for _, tt := range tests {
		doc := testAttendanceDoc(t, tt.sessions)
		doc.Blank = tt.blank
		l := layoutAttendanceFor(t, doc, tt.paper)
		g := l.Grid
		name := tt.paper.Name + ", " + strconv.Itoa(tt.sessions) + " sessions, blank " + strconv.FormatBool(tt.blank)
		if got := chunkSizes(g); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v sessions per page, want %v", name, got, tt.want)
		}
		for i, ch := range g.Chunks {
			if w := g.tableWidth(ch); math.Abs(w-l.Width) > 0.01 {
				t.Errorf("%s: chunk %d is %.1f mm wide, want the page's %.1f", name, i, w, l.Width)
			}
			if least := map[bool]float64{false: gridSessionW, true: 15}[tt.blank]; ch.SesW < least-1e-9 {
				t.Errorf("%s: chunk %d's sessions are %.2f mm wide, want at least %g", name, i, ch.SesW, least)
			}
		}
		if tt.blank && g.RowH < 9 {
			t.Errorf("%s: rows %.2f mm high, want at least 9 to sign in", name, g.RowH)
		}
	}
}

// TestAttendanceLayoutPages checks what any sheet's layout holds: every
// chunk fits the width, starts a page, and has all participants in order
// under its header, repeated on each page it continues on; nothing crosses
// the page's bottom; the legend and sign-offs come after the grid, the two
// sign-offs ending on one line.
func TestAttendanceLayoutPages(t *testing.T) {
	for _, paper := range Papers {
		bottom := pageBottom(newPDF(paper, Landscape, time.Time{}))
		for _, sessions := range []int{1, 12, 31, 60, 95} {
			for _, people := range []int{0, 1, 16, 40} {
				for _, blank := range []bool{false, true} {
					doc := testAttendanceDoc(t, sessions)
					doc.People, doc.Marks = repeatPeople(doc, people)
					doc.Blank = blank
					l := layoutAttendanceFor(t, doc, paper)
					name := paper.Name + ", " + strconv.Itoa(sessions) + " sessions × " + strconv.Itoa(people) + ", blank " + strconv.FormatBool(blank)
					checkAttendanceLayout(t, name, l, bottom, people)
				}
			}
		}
	}
}

// repeatPeople is n participants made from doc's, with their marks.
func repeatPeople(doc AttendanceDoc, n int) ([]AttendancePerson, [][]string) {
	var people []AttendancePerson
	var marks [][]string
	for p := range n {
		person := doc.People[p%len(doc.People)]
		person.ID += "-" + strconv.Itoa(p)
		people = append(people, person)
		marks = append(marks, doc.Marks[p%len(doc.Marks)])
	}
	return people, marks
}

func checkAttendanceLayout(t *testing.T, name string, l attendanceLayout, bottom float64, people int) {
	t.Helper()
	g := l.Grid
	next := 0
	for ci, ch := range g.Chunks {
		if ch.First != next || ch.Last < ch.First || g.tableWidth(ch) > l.Width+1e-9 {
			t.Errorf("%s: chunk %d is sessions %d–%d, %.1f mm wide", name, ci, ch.First, ch.Last, g.tableWidth(ch))
		}
		if ch.Totals != (ci == len(g.Chunks)-1 && !g.Blank) {
			t.Errorf("%s: chunk %d totals %v", name, ci, ch.Totals)
		}
		next = ch.Last
	}
	if next != len(g.Sessions) {
		t.Errorf("%s: the chunks end at session %d of %d", name, next, len(g.Sessions))
	}
	rows := map[int][]int{}
	for i, part := range l.Parts {
		h := g.RowH
		if part.Kind == gridHeader {
			h = g.HeadH
		}
		if part.Y+h > bottom+0.01 {
			t.Errorf("%s: part %d ends at %.2f, under the page's bottom %.2f", name, i, part.Y+h, bottom)
		}
		first := i == 0 || l.Parts[i-1].Page != part.Page
		if first && part.Kind != gridHeader {
			t.Errorf("%s: page %d starts without the grid's header", name, part.Page)
		}
		if first && i > 0 && part.Chunk != l.Parts[i-1].Chunk && !strings.Contains(l.Pages[part.Page].Continued, "sesi "+strconv.Itoa(g.Chunks[part.Chunk].First+1)+"–") {
			t.Errorf("%s: page %d's continuation head %q does not name its sessions", name, part.Page, l.Pages[part.Page].Continued)
		}
		if part.Kind == gridRow {
			rows[part.Chunk] = append(rows[part.Chunk], part.Person)
		}
	}
	for ci := range g.Chunks {
		if got := rows[ci]; len(got) != people || !slices.IsSorted(got) {
			t.Errorf("%s: chunk %d has rows %v, want %d participants in order", name, ci, got, people)
		}
	}
	last := l.Parts[len(l.Parts)-1]
	if l.Legend.Page < last.Page || (l.Legend.Page == last.Page && l.Legend.Y < last.Y) {
		t.Errorf("%s: the legend is above the grid", name)
	}
	s := l.Signatures
	m := newPDF(A4, Landscape, time.Time{})
	if s[0].Page != s[1].Page || s[0].Page < l.Legend.Page || s[0].Page != len(l.Pages)-1 {
		t.Errorf("%s: sign-offs on pages %d and %d of %d, the legend on %d", name, s[0].Page, s[1].Page, len(l.Pages), l.Legend.Page)
	}
	if last.Page != s[0].Page {
		t.Errorf("%s: the sign-offs are on page %d, the grid's last rows on %d", name, s[0].Page, last.Page)
	}
	end0, end1 := s[0].Y+signatureHeight(m, s[0].W, s[0].signature), s[1].Y+signatureHeight(m, s[1].W, s[1].signature)
	if math.Abs(end0-end1) > 1e-9 || end0 > bottom+0.01 {
		t.Errorf("%s: the sign-offs end at %.2f and %.2f (bottom %.2f)", name, end0, end1, bottom)
	}
}

// TestAttendanceLayoutRows checks how the participants break across pages.
func TestAttendanceLayoutRows(t *testing.T) {
	tests := []struct {
		paper  Paper
		people int
		blank  bool
		want   []int // rows of the first chunk on each of its pages
	}{
		// The last rows go with the legend and the sign-offs, never leaving
		// them alone on a page (issue 14): a 16-person class cannot have
		// all on the first page under the letterhead and the sign-offs.
		{A4, 5, false, []int{5}},
		{A4, 16, false, []int{11, 5}},
		{A4, 22, false, []int{17, 5}},
		{A4, 23, false, []int{18, 5}},
		{A4, 40, false, []int{21, 19}},
		{F4, 40, false, []int{22, 18}},
		{A4, 40, true, []int{12, 18, 10}},
		{F4, 40, true, []int{12, 18, 10}},
	}
	for _, tt := range tests {
		doc := testAttendanceDoc(t, 20)
		doc.People, doc.Marks = repeatPeople(doc, tt.people)
		doc.Blank = tt.blank
		l := layoutAttendanceFor(t, doc, tt.paper)
		var got []int
		page := -1
		for _, part := range l.Parts {
			if part.Chunk != 0 || part.Kind != gridRow {
				continue
			}
			if part.Page != page {
				got = append(got, 0)
				page = part.Page
			}
			got[len(got)-1]++
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s, %d participants, blank %v: %v rows per page, want %v", tt.paper.Name, tt.people, tt.blank, got, tt.want)
		}
	}
}

// TestAttendanceLayoutDrawn checks that the document drawn from a layout has
// its pages.
func TestAttendanceLayoutDrawn(t *testing.T) {
	doc := testAttendanceDoc(t, 60)
	doc.People, doc.Marks = repeatPeople(doc, 30)
	for _, paper := range Papers {
		pdf := newPDF(paper, Landscape, doc.Printed)
		l, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (attendanceLayout, error) {
			return layoutAttendance(m, &doc, doc.Printed)
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := drawAttendance(pdf, l); err != nil {
			t.Fatal(err)
		}
		if got, want := pdf.PageCount(), len(l.Pages); got != want {
			t.Errorf("%s: %d pages drawn, %d laid out", paper.Name, got, want)
		}
	}
}

func TestSessionLabels(t *testing.T) {
	days := map[string]bool{}
	for d := range 7 {
		days[weekdayShort(time.Date(2026, 1, 5+d, 0, 0, 0, 0, time.UTC))] = true
	}
	if want := []string{"Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"}; len(days) != 7 || !days["Sel"] || !days["Sab"] {
		t.Errorf("weekday labels %v, want %v", days, want)
	}
	doc := testAttendanceDoc(t, 5) // Monday two sessions, Tuesday two, Wednesday one
	got := sessionLabels(doc.Sessions)
	want := []sessionLabel{{"5/1", "Sen", "07:30"}, {"5/1", "Sen", "12:30"}, {"6/1", "Sel", "07:30"}, {"6/1", "Sel", "12:30"}, {"7/1", "Rab", ""}}
	if !slices.Equal(got, want) {
		t.Errorf("sessionLabels = %v, want %v", got, want)
	}
	if g := layoutAttendanceFor(t, doc, A4).Grid; g.HeadH != gridHeadH+gridTimeH {
		t.Errorf("header %.1f mm high with start times, want %.1f", g.HeadH, gridHeadH+gridTimeH)
	}
}

// A sheet for one week: its sessions and their marks only, the period in the
// head, signed on the week's last session.
func TestAttendanceBetween(t *testing.T) {
	doc := testAttendanceDoc(t, 60)
	week := doc.Between(time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 18, 0, 0, 0, 0, time.UTC))
	if len(week.Sessions) != 9 || week.Sessions[0].ID != "ses-10" || len(week.Marks[3]) != 9 || week.Marks[3][0] != doc.Marks[3][9] {
		t.Fatalf("week: %d sessions from %s", len(week.Sessions), week.Sessions[0].ID)
	}
	if got := week.signDate(doc.Printed); !got.Equal(time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("signed on %v, want the last session's date", got)
	}
	week.SignDate = time.Date(2026, 1, 19, 0, 0, 0, 0, time.UTC)
	if got := week.signDate(doc.Printed); !got.Equal(week.SignDate) {
		t.Errorf("signed on %v, want the date given", got)
	}
	l := layoutAttendanceFor(t, week, A4)
	var period string
	for _, f := range l.Head.Fields[1].Fields {
		if f.Label == "Periode lembar ini" {
			period = strings.Join(f.Lines, " ")
		}
	}
	if period != "12 Januari 2026 s.d. 16 Januari 2026" {
		t.Errorf("period %q", period)
	}
	s := l.Signatures
	if s[0].Above[0] != "Mengetahui," || s[1].Above[0] != "Balikpapan, 19 Januari 2026" || s[1].Above[1] != "Instruktur," {
		t.Errorf("sign-offs: left %q, right %q", s[0].Above, s[1].Above)
	}
	if all := doc.Between(time.Time{}, time.Time{}); len(all.Sessions) != 60 || !all.From.IsZero() {
		t.Errorf("no range: %d sessions", len(all.Sessions))
	}
}
