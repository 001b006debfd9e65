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

// layoutScheduleFor lays doc out on paper as WriteSchedulePDF does.
func layoutScheduleFor(t *testing.T, doc ScheduleDoc, paper Paper) scheduleLayout {
	t.Helper()
	pdf := newPDF(paper, Portrait, doc.Printed)
	l, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (scheduleLayout, error) {
		return layoutSchedule(m, doc, doc.Printed)
	})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestScheduleLayoutPages(t *testing.T) {
	tests := []struct {
		paper    Paper
		sessions int
		want     []int // sessions on each page
	}{
		// Room names never wrap, which narrows the units' column; a last
		// page holds at least scheduleKeepRows rows (issue 14).
		{A4, 3, []int{3}},
		{A4, 20, []int{11, 9}},
		{A4, 40, []int{12, 15, 13}},
		{A4, 90, []int{11, 18, 14, 14, 17, 16}},
		{F4, 20, []int{14, 6}},
		{F4, 40, []int{14, 17, 9}},
		{F4, 60, []int{14, 17, 18, 11}},
		{F4, 90, []int{13, 20, 15, 19, 12, 11}},
	}
	for _, tt := range tests {
		l := layoutScheduleFor(t, testScheduleDoc(t, tt.sessions), tt.paper)
		if got := sessionsPerPage(l); !slices.Equal(got, tt.want) {
			t.Errorf("%s, %d sessions: %v sessions per page, want %v", tt.paper.Name, tt.sessions, got, tt.want)
		}
		if got, want := l.SignOff.Page, len(l.Pages)-1; got != want {
			t.Errorf("%s, %d sessions: sign-off on page %d, want the last, %d", tt.paper.Name, tt.sessions, got, want)
		}
	}
}

// TestScheduleLayoutTable checks what any schedule's layout holds: the
// columns fill the width, every page of the table starts with its header
// (and, after the first, the continuation head), the rows follow each other
// within the page, and the date shows on a day's first row and at the top of
// a page.
func TestScheduleLayoutTable(t *testing.T) {
	for _, paper := range Papers {
		bottom := pageBottom(newPDF(paper, Portrait, time.Time{}))
		for n := 1; n <= 70; n += 3 {
			doc := testScheduleDoc(t, n)
			l := layoutScheduleFor(t, doc, paper)
			name := paper.Name + ", " + strconv.Itoa(n) + " sessions"
			sum := 0.0
			for _, c := range l.Columns {
				sum += c.Width
			}
			if math.Abs(sum-l.Width) > 1e-9 {
				t.Errorf("%s: columns %.3f mm wide, want the page's %.3f", name, sum, l.Width)
			}
			if l.Pages[0].Continued != "" {
				t.Errorf("%s: the first page has a continuation head", name)
			}
			var sessions []int
			for i, r := range l.Rows {
				first := i == 0 || l.Rows[i-1].Page != r.Page
				if first != r.Style.Header {
					t.Errorf("%s: row %d (page %d): header %v, first on its page %v", name, i, r.Page, r.Style.Header, first)
				}
				if first && r.Page > 0 && l.Pages[r.Page].Continued == "" {
					t.Errorf("%s: page %d of the table has no continuation head", name, r.Page)
				}
				if !first && r.Y != l.Rows[i-1].Y+l.Rows[i-1].Height {
					t.Errorf("%s: row %d does not follow the row above it", name, i)
				}
				if r.Y+r.Height > bottom+0.01 {
					t.Errorf("%s: row %d ends at %.2f, under the page's bottom %.2f", name, i, r.Y+r.Height, bottom)
				}
				if r.Index < 0 {
					continue
				}
				sessions = append(sessions, r.Index)
				topOfPage := l.Rows[i-1].Style.Header
				newDay := r.Index == 0 || !sameDay(doc.Rows[r.Index].Date, doc.Rows[r.Index-1].Date)
				if dated := len(r.Cells[1]) > 0 && len(r.Cells[1][0].lines) > 0; dated != (newDay || topOfPage) {
					t.Errorf("%s: session %d dated %v; a new day %v, at the top of a page %v", name, r.Index, dated, newDay, topOfPage)
				}
			}
			if len(sessions) != n || !slices.IsSorted(sessions) || sessions[n-1] != n-1 {
				t.Errorf("%s: sessions placed %v", name, sessions)
			}
			if last := l.Rows[len(l.Rows)-1]; last.Index != -1 || !last.Style.Bold {
				t.Errorf("%s: the last row is not the totals", name)
			}
			if per := sessionsPerPage(l); len(per) > 1 && per[len(per)-1] < min(n, scheduleKeepRows) {
				t.Errorf("%s: the last page holds %d sessions: %v", name, per[len(per)-1], per)
			}
			for _, r := range l.Rows {
				if room := r.Cells[len(r.Cells)-1]; r.Index >= 0 && len(room) > 0 && len(room[0].lines) > 1 {
					t.Errorf("%s: session %d's room wraps: %q", name, r.Index, room[0].lines)
				}
			}
		}
	}
}

// TestScheduleLayoutDrawn checks that the document drawn from a layout has
// its pages.
func TestScheduleLayoutDrawn(t *testing.T) {
	doc := testScheduleDoc(t, 90)
	for _, paper := range Papers {
		pdf := newPDF(paper, Portrait, doc.Printed)
		l, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (scheduleLayout, error) {
			return layoutSchedule(m, doc, doc.Printed)
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := drawSchedule(pdf, l); err != nil {
			t.Fatal(err)
		}
		if got, want := pdf.PageCount(), len(l.Pages); got != want {
			t.Errorf("%s: %d pages drawn, %d laid out", paper.Name, got, want)
		}
		if _, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (scheduleLayout, error) {
			return layoutSchedule(m, doc, doc.Printed)
		}); err == nil {
			t.Error("a layout measured with a document that has pages: no error")
		}
	}
}

func TestScheduleBetween(t *testing.T) {
	doc := testScheduleDoc(t, 40)
	week := doc.Between(time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 18, 0, 0, 0, 0, time.UTC))
	if len(week.Rows) != 9 || !sameDay(week.Rows[0].Date, time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("week: %d rows", len(week.Rows))
	}
	if got, want := scheduleSubtitle(week), "sesi 12 Januari 2026 s.d. 16 Januari 2026"; !strings.HasSuffix(got, want) {
		t.Errorf("subtitle %q, want it to end in %q", got, want)
	}
	l := layoutScheduleFor(t, week, A4)
	sum := 0
	for _, n := range sessionsPerPage(l) {
		sum += n
	}
	if sum != 9 {
		t.Errorf("a week's schedule shows %d sessions, want 9", sum)
	}
}
