package app

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// attendanceFixture is the demo register and classes; the store's today is
// Thursday 26 November 2026, so the running class started on Monday 9 November.
type attendanceFixture struct {
	store   *store.Store
	running data.Class
	parts   []data.ParticipantRow
}

func newAttendanceFixture(t *testing.T) attendanceFixture {
	t.Helper()
	st := openStore(t)
	ctx := context.Background()
	codes := addDemoClasses(t, st, false)
	running, err := st.ClassByCode(ctx, codes[1])
	if err != nil {
		t.Fatal(err)
	}
	parts, err := st.Participants(ctx, running.ID)
	if err != nil {
		t.Fatal(err)
	}
	return attendanceFixture{store: st, running: running, parts: parts}
}

// openAttendanceTab shows a class's attendance in a test window.
func openAttendanceTab(t *testing.T, st *store.Store, classID string) (*attendanceTab, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	tab := newAttendanceTab(w, st, classID)
	tab.loads.inline = true
	w.SetContent(tab.view())
	w.Resize(fyne.NewSize(1200, 760))
	tab.start()
	return tab, w
}

// markOf is the code the store holds for a participant at a session.
func markOf(t *testing.T, st *store.Store, sessionID, participantID string) string {
	t.Helper()
	marks, err := st.SessionSheet(context.Background(), sessionID)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(marks, func(m data.SessionMark) bool { return m.ParticipantID == participantID })
	if i < 0 {
		t.Fatalf("participant %s is not on the sheet", participantID)
	}
	return marks[i].Code
}

// gridRow finds a participant's row in the grid.
func gridRow(t *testing.T, tab *attendanceTab, participantID string) int {
	t.Helper()
	i := slices.IndexFunc(tab.gridData.Rows, func(r data.AttendanceRow) bool { return r.ParticipantID == participantID })
	if i < 0 {
		t.Fatalf("participant %s is not in the grid", participantID)
	}
	return i
}

func TestAttendanceMarkWithKeyboard(t *testing.T) {
	f := newAttendanceFixture(t)
	tab, w := openAttendanceTab(t, f.store, f.running.ID)

	// Today's session is chosen; the first is picked by hand.
	if got, want := tab.picker.Selected, "Thursday, 26 November 2026 07:30–16:00"; got != want {
		t.Errorf("session chosen at first: %q, want %q", got, want)
	}
	tab.picker.SetSelected("Monday, 9 November 2026 07:30–16:00")
	if tab.sessionID != tab.sessions[0].ID {
		t.Fatalf("picking the first session shows %s", tab.sessionID)
	}
	session := tab.sessionID
	if len(tab.marks) < 16 {
		t.Fatalf("%d participants on the sheet", len(tab.marks))
	}

	test.Tap(tab.allPresent)
	for _, m := range tab.marks {
		if m.Expected && m.Code != data.AttendancePresent {
			t.Fatalf("%s is %q after All present", m.Name, m.Code)
		}
	}

	// The keyboard: focus the list, Down, i, Down, a. Each key moves down
	// after setting, so rows 1 and 3 change.
	w.Canvas().Focus(tab.sheet)
	tab.sheet.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	tab.sheet.TypedRune('i')
	tab.sheet.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	tab.sheet.TypedRune('a')
	excused, absent := tab.marks[1].ParticipantID, tab.marks[3].ParticipantID
	if got := markOf(t, f.store, session, excused); got != data.AttendanceExcused {
		t.Errorf("second participant stored as %q, want I", got)
	}
	if got := markOf(t, f.store, session, absent); got != data.AttendanceAbsent {
		t.Errorf("fourth participant stored as %q, want A", got)
	}
	if got := markOf(t, f.store, session, tab.marks[2].ParticipantID); got != data.AttendancePresent {
		t.Errorf("the row skipped by Down changed to %q", got)
	}
	if got := tab.sheet.rows[1].choice.Selected; got != data.AttendanceExcused {
		t.Errorf("second row shows %q", got)
	}
	if tab.sheet.current != 4 {
		t.Errorf("current row %d after two marks, want 4", tab.sheet.current)
	}
	if got, want := tab.summary.Text, "H 14 · I 1 · S 0 · A 1"; got != want {
		t.Errorf("session summary %q, want %q", got, want)
	}

	// The grid's totals.
	r := gridRow(t, tab, excused)
	if got := tab.gridCellText(r, 1+gridTotals); got != data.AttendanceExcused {
		t.Errorf("grid shows %q for the excused participant's first session", got)
	}
	if got := tab.gridCellText(r, 2); got != "1" {
		t.Errorf("I count %q", got)
	}
	if got := tab.gridCellText(r, 1); got != "0" {
		t.Errorf("H count %q", got)
	}
	r = gridRow(t, tab, absent)
	if got := tab.gridCellText(r, 4); got != "1" {
		t.Errorf("A count %q", got)
	}
	r = gridRow(t, tab, tab.marks[0].ParticipantID)
	if got := tab.gridCellText(r, 1); got != "1" {
		t.Errorf("H count of a present participant %q", got)
	}
	if got, want := tab.gridCellText(r, 5), strconv.Itoa(tab.sessions[0].JP); got != want {
		t.Errorf("attended JP %q, want %q", got, want)
	}
}

func TestAttendanceLateJoinerAndMinimum(t *testing.T) {
	f := newAttendanceFixture(t)
	ctx := context.Background()
	// A seeker not in any demo class joins the running class on 20 November.
	free, err := f.store.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortRegistered}, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	late, err := f.store.Enrol(ctx, f.running.ID, free[0].ID, data.EnrolOptions{Status: data.ParticipantActive, On: day(2026, 11, 20)})
	if err != nil {
		t.Fatal(err)
	}
	// Every past session is attended by all.
	sessions, err := f.store.Sessions(ctx, f.running.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sessions {
		if s.Date.After(day(2026, 11, 26)) {
			break
		}
		if _, err := f.store.MarkAllPresent(ctx, s.ID); err != nil {
			t.Fatal(err)
		}
	}

	tab, w := openAttendanceTab(t, f.store, f.running.ID)
	tab.picker.SetSelected("Monday, 9 November 2026 07:30–16:00")
	i := slices.IndexFunc(tab.marks, func(m data.SessionMark) bool { return m.ParticipantID == late.ID })
	if i < 0 {
		t.Fatal("the late joiner is not on the sheet")
	}
	row := tab.sheet.rows[i]
	if row.choice.Visible() || !row.reason.Visible() || row.reason.Text != "not yet enrolled" {
		t.Errorf("late joiner: choice shown %v, reason %q", row.choice.Visible(), row.reason.Text)
	}
	w.Canvas().Focus(tab.sheet)
	tab.sheet.move(i)
	tab.sheet.TypedRune('a')
	if got := markOf(t, f.store, tab.sessionID, late.ID); got != "" {
		t.Errorf("the late joiner was marked %q", got)
	}

	// Mid-course the percentage is of the JP held so far: a third of the way
	// through, someone present at every session is not flagged, although a
	// third of the planned JP is below the default minimum of 80%.
	target, other := f.parts[0].ID, f.parts[1].ID
	if got := tab.minEntry.Text; got != "80" {
		t.Errorf("minimum shown %q, want 80", got)
	}
	full := tab.gridData.Rows[gridRow(t, tab, target)]
	if !full.Below || full.Standing != data.AttendanceOK {
		t.Errorf("present throughout, a third of the way: below the final minimum %v, standing %q", full.Below, full.Standing)
	}
	if got := tab.gridHeader(6); got != "% so far" {
		t.Errorf("percentage column %q", got)
	}
	if got := tab.gridCellText(gridRow(t, tab, target), 6); got != "100.0%" {
		t.Errorf("present throughout: %q so far, want 100.0%%", got)
	}

	// Absent from the first three sessions, the participant is below the
	// minimum so far (orange) but can still reach it.
	for _, s := range sessions[:3] {
		tab.picker.SetSelected(sessionOption(s))
		j := slices.IndexFunc(tab.marks, func(m data.SessionMark) bool { return m.ParticipantID == target })
		w.Canvas().Focus(tab.sheet)
		tab.sheet.move(j)
		tab.sheet.TypedRune('a')
		if got := markOf(t, f.store, s.ID, target); got != data.AttendanceAbsent {
			t.Fatalf("%s: stored %q, want A", sessionOption(s), got)
		}
	}
	r := gridRow(t, tab, target)
	if got := tab.gridData.Rows[r].Standing; got != data.AttendanceBelowSoFar {
		t.Fatalf("%s absent three times: standing %q", tab.gridData.Rows[r].Name, got)
	}
	if got := tab.gridCellText(r, 4); got != "3" {
		t.Errorf("A count %q, want 3", got)
	}
	cell := widget.NewLabel("")
	tab.updateGridCell(widgetCell(r, 0), cell)
	if cell.Importance != widget.WarningImportance {
		t.Error("the row below the minimum so far is not orange")
	}
	ok := widget.NewLabel("")
	tab.updateGridCell(widgetCell(gridRow(t, tab, other), 0), ok)
	if ok.Importance != widget.MediumImportance {
		t.Error("a row at the minimum so far is coloured")
	}
	// (The late joiner, never marked, can no longer reach it either.)
	if want := "Held 118 of 160 JP · 1 below the minimum so far (orange) · 1 can no longer reach it (red)"; tab.minText.Text != want {
		t.Errorf("minimum line %q", tab.minText.Text)
	}

	// With a minimum of 100% the three absences can never be made up: red.
	tab.minEntry.SetText("100")
	test.Tap(tab.minSave)
	if min, err := f.store.MinAttendance(ctx); err != nil || min != 100 {
		t.Errorf("minimum stored %v, %v; want 100", min, err)
	}
	r = gridRow(t, tab, target)
	if got := tab.gridData.Rows[r].Standing; got != data.AttendanceOutOfReach {
		t.Fatalf("absent three times against 100%%: standing %q", got)
	}
	tab.updateGridCell(widgetCell(r, 0), cell)
	if cell.Importance != widget.DangerImportance {
		t.Error("the row that cannot reach the minimum is not red")
	}
	if want := "0 below the minimum so far"; !strings.Contains(tab.minText.Text, want) {
		t.Errorf("minimum line %q", tab.minText.Text)
	}
}
