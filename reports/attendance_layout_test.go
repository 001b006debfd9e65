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
// across, and how wide their columns are, on A4 and F4.
func TestAttendanceLayoutColumns(t *testing.T) {
	tests := []struct {
		paper    Paper
		sessions int
		blank    bool
		want     []int   // sessions per page across
		sesW     float64 // a session's column
	}{
		{A4, 10, false, []int{10}, 10.56}, // spread over the page
		{A4, 60, false, []int{20, 20, 20}, 6.6},
		{A4, 90, false, []int{23, 22, 22, 23}, 6.6},
		{F4, 60, false, []int{31, 29}, 6.6},
		{F4, 90, false, []int{31, 30, 29}, 6.6},
		{A4, 10, true, []int{10}, 17.6},
		{A4, 60, true, []int{15, 15, 15, 15}, 11},
		{F4, 60, true, []int{20, 20, 20}, 11},
	}
	for _, tt := range tests {
		doc := testAttendanceDoc(t, tt.sessions)
		doc.Blank = tt.blank
		g := layoutAttendanceFor(t, doc, tt.paper).Grid
		name := tt.paper.Name + ", " + strconv.Itoa(tt.sessions) + " sessions, blank " + strconv.FormatBool(tt.blank)
		if got := chunkSizes(g); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v sessions per page, want %v", name, got, tt.want)
		}
		if math.Abs(g.SesW-tt.sesW) > 0.005 {
			t.Errorf("%s: session columns %.2f mm wide, want %.2f", name, g.SesW, tt.sesW)
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
		{A4, 16, false, []int{16}},
		{A4, 22, false, []int{22}},
		{A4, 23, false, []int{22, 1}},
		{A4, 40, false, []int{22, 18}},
		{F4, 40, false, []int{22, 18}},
		{A4, 40, true, []int{15, 22, 3}},
		{F4, 40, true, []int{15, 22, 3}},
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
