package app

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// attendanceTab is the attendance tab of a class page: marking one session
// (by mouse or keyboard, saved as you go) and the grid of participants ×
// sessions with each participant's totals against the minimum.
type attendanceTab struct {
	win     fyne.Window
	store   *store.Store
	classID string

	picker     *widget.Select
	allPresent *widget.Button
	summary    *widget.Label
	sheet      *markList
	noSessions fyne.CanvasObject
	grid       *widget.Table
	minEntry   *widget.Entry
	minSave    *widget.Button
	minText    *widget.Label
	tabs       *container.AppTabs
	root       fyne.CanvasObject

	// Everything below is touched on the UI goroutine only.
	sessions  []data.Session
	sessionID string // the session being marked
	marks     []data.SessionMark
	gridData  data.AttendanceGrid
	filling   bool // rows are being filled in: a change is not the user's
	// futureOK is the session still to come that the user agreed to mark.
	futureOK string
	confirm  dialog.Dialog // the last question asked, for tests

	// loads runs the tab's queries and writes one at a time.
	loads worker
}

func newAttendanceTab(win fyne.Window, st *store.Store, classID string) *attendanceTab {
	t := &attendanceTab{win: win, store: st, classID: classID}
	t.build()
	return t
}

func (t *attendanceTab) view() fyne.CanvasObject { return t.root }

func (t *attendanceTab) build() {
	t.picker = widget.NewSelect(nil, t.onPickSession)
	t.picker.PlaceHolder = lang.L("Choose a session")
	t.allPresent = widget.NewButtonWithIcon(lang.L("All present"), theme.ConfirmIcon(), t.onAllPresent)
	t.allPresent.Importance = widget.HighImportance
	t.summary = widget.NewLabel("")
	// What the codes mean, and that a key moves on to the next row: H ↓ H
	// would otherwise mark every other participant.
	hint := widget.NewLabel(lang.L("H present · I excused · S sick · A absent. Click the list: ↑/↓ choose a participant; H, I, S or A sets the mark and moves to the next."))
	hint.Importance = widget.LowImportance
	hint.Wrapping = fyne.TextWrapWord

	t.sheet = newMarkList(t)
	noText := widget.NewLabel(lang.L("No sessions yet. Generate the schedule first; attendance is marked per session."))
	noText.Alignment = fyne.TextAlignCenter
	noText.Wrapping = fyne.TextWrapWord
	t.noSessions = container.NewCenter(noText)
	t.noSessions.Hide()
	t.summary.TextStyle.Bold = true
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Session")), container.NewHBox(t.summary, t.allPresent), t.picker),
		hint,
	)
	marking := container.NewBorder(top, nil, nil, nil, container.NewStack(t.sheet, t.noSessions))

	grid := t.buildGrid()

	t.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Mark a session"), marking),
		container.NewTabItem(lang.L("Attendance grid"), grid),
	)
	t.tabs.OnSelected = func(*container.TabItem) { t.reload() } // participants may have changed
	t.root = container.NewBorder(t.sheetButtons(), nil, nil, nil, t.tabs)
}

// sessionOption is how the picker names a session: "Senin, 9 November 2026 07:30–16:00".
func sessionOption(s data.Session) string {
	return dayDate(s.Date) + " " + s.Start + "–" + s.End
}

// start loads the sessions once the tab is on the window.
func (t *attendanceTab) start() { t.reload() }

// reload reads the sessions, the marks of the chosen session and the grid.
func (t *attendanceTab) reload() {
	classID, chosen := t.classID, t.sessionID
	now := t.store.Now()
	t.loads.do(func() {
		ctx := context.Background()
		sessions, err := t.store.Sessions(ctx, classID)
		// A schedule generated again replaces the sessions: the one chosen
		// may be gone.
		if err == nil && !slices.ContainsFunc(sessions, func(s data.Session) bool { return s.ID == chosen }) {
			chosen = defaultSession(sessions, now)
		}
		var marks []data.SessionMark
		if err == nil && chosen != "" {
			marks, err = t.store.SessionSheet(ctx, chosen)
		}
		var grid data.AttendanceGrid
		if err == nil {
			grid, err = t.store.ClassAttendance(ctx, classID)
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
				return
			}
			t.sessions, t.gridData = sessions, grid
			t.showSessions(chosen)
			t.showMarks(chosen, marks)
			t.minEntry.SetText(strconv.Itoa(grid.MinPercent))
			t.showGrid()
		})
	})
}

// defaultSession is today's session, else the latest past one, else the
// first (the nearest to come).
func defaultSession(sessions []data.Session, now time.Time) string {
	if len(sessions) == 0 {
		return ""
	}
	today := civilDay(now)
	best := ""
	for _, s := range sessions {
		if s.Date.After(today) {
			break
		}
		best = s.ID
	}
	if best == "" {
		best = sessions[0].ID
	}
	return best
}

func (t *attendanceTab) showSessions(chosen string) {
	opts := make([]string, len(t.sessions))
	sel := -1
	for i, s := range t.sessions {
		opts[i] = sessionOption(s)
		if s.ID == chosen {
			sel = i
		}
	}
	t.filling = true
	t.picker.Options = opts
	if sel >= 0 {
		t.picker.SetSelectedIndex(sel)
	} else {
		t.picker.ClearSelected()
	}
	t.picker.Refresh()
	t.filling = false
	if len(t.sessions) == 0 {
		t.noSessions.Show()
		t.sheet.Hide()
		t.allPresent.Disable()
	} else {
		t.noSessions.Hide()
		t.sheet.Show()
		t.allPresent.Enable()
	}
}

// onPickSession reads the marks of the session chosen.
func (t *attendanceTab) onPickSession(string) {
	i := t.picker.SelectedIndex()
	if t.filling || i < 0 || i >= len(t.sessions) {
		return
	}
	id := t.sessions[i].ID
	t.loads.do(func() {
		marks, err := t.store.SessionSheet(context.Background(), id)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
				return
			}
			t.showMarks(id, marks)
		})
	})
}

// showMarks fills the marking list with a session's marks.
func (t *attendanceTab) showMarks(sessionID string, marks []data.SessionMark) {
	same := sessionID == t.sessionID
	t.sessionID, t.marks = sessionID, marks
	cur := t.sheet.current
	if !same {
		cur = 0
	}
	t.sheet.fill(marks, cur)
	t.showSummary()
}

// showSummary counts the session's marks: "H 14 · I 1 · S 0 · A 1 · unmarked 0".
func (t *attendanceTab) showSummary() {
	counts := map[string]int{}
	unmarked := 0
	for _, m := range t.marks {
		if !m.Expected {
			continue
		}
		if m.Code == "" {
			unmarked++
		} else {
			counts[m.Code]++
		}
	}
	var parts []string
	for _, c := range data.AttendanceCodes {
		parts = append(parts, fmt.Sprintf("%s %d", c, counts[c]))
	}
	text := strings.Join(parts, " · ")
	if unmarked > 0 {
		text += " · " + lang.L("{{.Count}} not marked", map[string]any{"Count": unmarked})
	}
	t.summary.SetText(text)
}

// onAllPresent marks everyone expected at the session present.
func (t *attendanceTab) onAllPresent() {
	id := t.sessionID
	if id == "" || !t.mayMark(t.onAllPresent) {
		return
	}
	t.loads.do(func() {
		_, err := t.store.MarkAllPresent(context.Background(), id)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
			}
			t.reload()
		})
	})
}

// setMark saves the mark of row i of the session and shows the new totals.
func (t *attendanceTab) setMark(i int, code string) {
	if i < 0 || i >= len(t.marks) || !t.marks[i].Expected {
		return
	}
	if !t.mayMark(func() { t.setMark(i, code) }) {
		t.sheet.update(i) // the row shows the stored mark until the user agrees
		return
	}
	t.marks[i].Code = code
	m := t.marks[i]
	t.sheet.update(i)
	t.showSummary()
	t.save(m)
}

// mayMark reports whether the session chosen may be marked now: one held
// (today or before) may; for one still to come the user is asked first,
// once per session, and mark runs if they agree.
func (t *attendanceTab) mayMark(mark func()) bool {
	i := slices.IndexFunc(t.sessions, func(s data.Session) bool { return s.ID == t.sessionID })
	if i < 0 || t.futureOK == t.sessionID || !t.sessions[i].Date.After(civilDay(t.store.Now())) {
		return true
	}
	id := t.sessionID
	t.confirm = widgets.AskConfirm(t.win, lang.L("Session not held yet"),
		lang.L("The session of {{.Date}} has not taken place yet. Record attendance for it anyway?",
			map[string]any{"Date": dayDate(t.sessions[i].Date)}),
		lang.L("Record anyway"), widget.WarningImportance, func() {
			if t.sessionID == id {
				t.futureOK = id
				mark()
			}
		})
	return false
}

// setNote saves the note of row i once it has a mark.
func (t *attendanceTab) setNote(i int, note string) {
	if i < 0 || i >= len(t.marks) || t.marks[i].Note == note {
		return
	}
	t.marks[i].Note = note
	if t.marks[i].Code != "" {
		t.save(t.marks[i])
	}
}

func (t *attendanceTab) save(m data.SessionMark) {
	sessionID := t.sessionID
	t.loads.do(func() {
		ctx := context.Background()
		err := t.store.MarkAttendance(ctx, sessionID, m.ParticipantID, m.Code, m.Note)
		var grid data.AttendanceGrid
		if err == nil {
			grid, err = t.store.ClassAttendance(ctx, t.classID)
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
				t.reload()
				return
			}
			t.gridData = grid
			t.showGrid()
		})
	})
}
