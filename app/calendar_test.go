package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// shownTexts are the texts of the labels laid out under o.
func shownTexts(o fyne.CanvasObject) []string {
	if o == nil {
		return nil
	}
	var out []string
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

// hasText reports whether a label under o contains text.
func hasText(o fyne.CanvasObject, text string) bool {
	for _, s := range shownTexts(o) {
		if strings.Contains(s, text) {
			return true
		}
	}
	return false
}

func openCalendar(t *testing.T, st *store.Store) *calendarScreen {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	s := newCalendarScreen(w, st)
	s.loads.inline = true
	w.SetContent(s.view())
	w.Resize(fyne.NewSize(1200, 760))
	s.start()
	return s
}

func TestCalendarWeekAndFilters(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	las := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	tik := newTrainingFixture(t, st, "TIK", "Rina Marlina", "Laboratorium Komputer")
	a := las.class(t, st, "LAS-2026-01", day(2026, 12, 7), day(2027, 1, 29), 16)
	b := tik.class(t, st, "TIK-2026-01", day(2026, 12, 7), day(2027, 1, 29), 16)
	for _, c := range []data.Class{a, b} {
		if _, err := st.GenerateSchedule(ctx, c.ID, data.DefaultWeekPattern(), false); err != nil {
			t.Fatal(err)
		}
	}
	s := openCalendar(t, st)
	s.showDate(day(2026, 12, 9))
	if got, want := s.title.Text, "7–13 December 2026"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	body := s.body.Objects[0]
	for _, want := range []string{"Monday 7", "Sunday 13", "LAS-2026-01 · Bengkel Las 1", "TIK-2026-01 · Laboratorium Komputer", "07:30–"} {
		if !hasText(body, want) {
			t.Errorf("the week does not show %q", want)
		}
	}

	// The instructor filter hides the other class.
	s.instructor.SetSelected("Agus Setiawan")
	body = s.body.Objects[0]
	if !hasText(body, "LAS-2026-01") || hasText(body, "TIK-2026-01") {
		t.Errorf("filtered by Agus Setiawan the week shows %q", shownTexts(body))
	}
	s.instructor.SetSelectedIndex(0)
	s.room.SetSelected("Laboratorium Komputer")
	body = s.body.Objects[0]
	if hasText(body, "LAS-2026-01") || !hasText(body, "TIK-2026-01") {
		t.Errorf("filtered by the computer lab the week shows %q", shownTexts(body))
	}
	s.room.SetSelectedIndex(0)

	// Month view: a day with its count and codes; 25 December is a holiday.
	s.mode.SetSelected("Monthly")
	if got, want := s.title.Text, "December 2026"; got != want {
		t.Errorf("month title %q, want %q", got, want)
	}
	body = s.body.Objects[0]
	if !hasText(body, "sessions") || !hasText(body, "LAS-2026-01, TIK-2026-01") {
		t.Errorf("the month does not show counts and codes: %q", shownTexts(body))
	}
	if !hasText(body, "Hari Raya Natal") {
		t.Error("the month does not mark Christmas")
	}

	// Navigation.
	s.onNext()
	if got, want := s.title.Text, "January 2027"; got != want {
		t.Errorf("next month %q, want %q", got, want)
	}
	s.onToday()
	if got, want := s.title.Text, "November 2026"; got != want {
		t.Errorf("today's month %q, want %q", got, want)
	}
}

func TestCalendarTitlesIndonesian(t *testing.T) {
	defer func(prev string) { currentLang = prev }(currentLang)
	currentLang = langID
	tests := []struct {
		month bool
		d     [3]int
		want  string
	}{
		{true, [3]int{2026, 11, 26}, "November 2026"},
		{false, [3]int{2026, 11, 26}, "23–29 November 2026"},
		{false, [3]int{2026, 12, 1}, "30 November – 6 Desember 2026"},
		{false, [3]int{2026, 12, 30}, "28 Desember 2026 – 3 Januari 2027"},
	}
	for _, tt := range tests {
		d := day(tt.d[0], time.Month(tt.d[1]), tt.d[2])
		if got := periodTitle(tt.month, d); got != tt.want {
			t.Errorf("periodTitle(%v, %v) = %q, want %q", tt.month, d, got, tt.want)
		}
	}
	if got := calendarWeekday(day(2026, 11, 23)); got != "Senin" {
		t.Errorf("Monday in Indonesian: %q", got)
	}
}
