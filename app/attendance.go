package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
	hint := widget.NewLabel(lang.L("Click the list, then ↑/↓ choose a participant and H, I, S or A sets the mark."))
	hint.Importance = widget.LowImportance
	hint.Truncation = fyne.TextTruncateEllipsis

	t.sheet = newMarkList(t)
	noText := widget.NewLabel(lang.L("No sessions yet. Generate the schedule first; attendance is marked per session."))
	noText.Alignment = fyne.TextAlignCenter
	noText.Wrapping = fyne.TextWrapWord
	t.noSessions = container.NewCenter(noText)
	t.noSessions.Hide()
	t.summary.TextStyle.Bold = true
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Session")), t.allPresent, t.picker),
		t.summary,
		hint,
	)
	marking := container.NewBorder(top, nil, nil, nil, container.NewStack(t.sheet, t.noSessions))

	// The grid.
	t.grid = widget.NewTableWithHeaders(t.gridSize, func() fyne.CanvasObject {
		l := widget.NewLabel("Xxxxxxxxxxxxxxxx")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, t.updateGridCell)
	t.grid.ShowHeaderColumn = false
	t.grid.StickyColumnCount = 1 + gridTotals // the name and the totals stay in view
	t.grid.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		l.Truncation = fyne.TextTruncateEllipsis
		if id.Col >= 0 {
			l.SetText(t.gridHeader(id.Col))
		}
	}
	t.minEntry = widget.NewEntry()
	t.minEntry.OnSubmitted = func(string) { t.onSaveMin() }
	t.minSave = widget.NewButton(lang.L("Save"), t.onSaveMin)
	t.minText = widget.NewLabel("")
	minRow := container.NewHBox(widget.NewLabel(lang.L("Minimum attendance (% of planned JP)")),
		container.NewGridWrap(fyne.NewSize(80, t.minEntry.MinSize().Height), t.minEntry), t.minSave, t.minText)
	grid := container.NewBorder(minRow, nil, nil, nil, t.grid)

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
		if err == nil && chosen == "" {
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

// defaultSession is today's session, else the latest past one, else the first.
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
	if id == "" {
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
	t.marks[i].Code = code
	m := t.marks[i]
	t.sheet.update(i)
	t.showSummary()
	t.save(m)
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

// --- The grid ---

// gridTotals are the columns after the name: H, I, S, A, JP and %; the
// sessions follow.
const gridTotals = 6

func (t *attendanceTab) gridSize() (int, int) {
	return len(t.gridData.Rows), 1 + gridTotals + len(t.gridData.Sessions)
}

func (t *attendanceTab) gridHeader(col int) string {
	switch {
	case col == 0:
		return lang.L("Participant")
	case col <= gridTotals:
		return []string{data.AttendancePresent, data.AttendanceExcused, data.AttendanceSick, data.AttendanceAbsent,
			lang.L("JP"), "%"}[col-1]
	case col-1-gridTotals < len(t.gridData.Sessions):
		return t.gridData.Sessions[col-1-gridTotals].Date.Format("02/01")
	}
	return ""
}

// gridCellText is what the grid shows in a cell.
func (t *attendanceTab) gridCellText(row, col int) string {
	if row >= len(t.gridData.Rows) {
		return ""
	}
	r := t.gridData.Rows[row]
	switch col {
	case 0:
		return r.Name
	case 1:
		return strconv.Itoa(r.Present)
	case 2:
		return strconv.Itoa(r.Excused)
	case 3:
		return strconv.Itoa(r.Sick)
	case 4:
		return strconv.Itoa(r.Absent)
	case 5:
		return strconv.Itoa(r.AttendedJP)
	case 6:
		return percentText(r.Percent)
	}
	if j := col - 1 - gridTotals; j >= 0 && j < len(r.Marks) {
		return r.Marks[j]
	}
	return ""
}

// percentText writes a percentage with one decimal in the interface language's mark.
func percentText(p float64) string {
	s := strconv.FormatFloat(p, 'f', 1, 64)
	if currentLang != langEN {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s + "%"
}

func (t *attendanceTab) updateGridCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.SetText(t.gridCellText(id.Row, id.Col))
	imp := widget.MediumImportance
	if id.Row < len(t.gridData.Rows) && t.gridData.Rows[id.Row].Below {
		imp = widget.DangerImportance
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
}

func (t *attendanceTab) showGrid() {
	t.grid.SetColumnWidth(0, 220)
	for i, w := range []float32{40, 40, 40, 40, 52, 72} {
		t.grid.SetColumnWidth(1+i, w)
	}
	for j := range t.gridData.Sessions {
		t.grid.SetColumnWidth(1+gridTotals+j, 56)
	}
	below := 0
	for _, r := range t.gridData.Rows {
		if r.Below {
			below++
		}
	}
	t.minText.SetText(lang.L("Planned {{.JP}} JP · {{.Below}} below the minimum (in red)",
		map[string]any{"JP": t.gridData.PlannedJP, "Below": below}))
	t.grid.Refresh()
}

// onSaveMin saves the minimum attendance typed.
func (t *attendanceTab) onSaveMin() {
	v, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(t.minEntry.Text), "%"))
	if err != nil || v < 1 || v > 100 {
		dialog.ShowError(errors.New(lang.L("The minimum attendance is a whole percentage from 1 to 100.")), t.win)
		return
	}
	t.loads.do(func() {
		err := t.store.SetMinAttendance(context.Background(), v)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
			}
			t.reload()
		})
	})
}

// --- The marking list ---

// markList is the participants of a session, one row each with the H/I/S/A
// choice and a note. It takes the keyboard focus: ↑/↓ move the current row,
// H, I, S or A set its mark and move down.
type markList struct {
	widget.BaseWidget
	tab     *attendanceTab
	rows    []*markRow
	box     *fyne.Container
	scroll  *container.Scroll
	current int
	focused bool
}

// markRow is the widgets of one participant's row.
type markRow struct {
	bg     *canvas.Rectangle
	name   *widget.Label
	choice *widget.RadioGroup
	reason *widget.Label
	note   *widget.Entry
	root   *fyne.Container
}

func newMarkList(tab *attendanceTab) *markList {
	m := &markList{tab: tab}
	m.box = container.NewVBox()
	m.scroll = container.NewVScroll(m.box)
	m.ExtendBaseWidget(m)
	return m
}

func (m *markList) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(m.scroll) }

// fill shows the marks, keeping the current row where it can.
func (m *markList) fill(marks []data.SessionMark, current int) {
	for len(m.rows) < len(marks) {
		m.rows = append(m.rows, m.newRow(len(m.rows)))
	}
	objs := make([]fyne.CanvasObject, len(marks))
	for i := range marks {
		objs[i] = m.rows[i].root
	}
	m.box.Objects = objs
	m.current = max(0, min(current, len(marks)-1))
	for i := range marks {
		m.update(i)
	}
	m.box.Refresh()
}

// markColumnWidths are the number, name, choice and reason widths; the note takes the rest.
var markColumnWidths = []float32{36, 260, 330}

func (m *markList) newRow(i int) *markRow {
	r := &markRow{bg: canvas.NewRectangle(color.Transparent)}
	r.name = widget.NewLabel("")
	r.name.Truncation = fyne.TextTruncateEllipsis
	opts := make([]string, len(data.AttendanceCodes))
	for j, c := range data.AttendanceCodes {
		opts[j] = c
	}
	r.choice = widget.NewRadioGroup(opts, func(code string) {
		if !m.tab.filling && code != "" {
			m.current = i
			m.tab.setMark(i, code)
			m.showCurrent()
		}
	})
	r.choice.Horizontal = true
	r.choice.Required = true
	r.reason = widget.NewLabel("")
	r.reason.Importance = widget.LowImportance
	r.note = widget.NewEntry()
	r.note.SetPlaceHolder(lang.L("Note (optional)"))
	r.note.OnSubmitted = func(s string) { m.tab.setNote(i, s) }
	r.note.OnChanged = func(s string) {
		if !m.tab.filling {
			m.tab.setNote(i, s)
		}
	}
	num := widget.NewLabel(strconv.Itoa(i + 1))
	num.Alignment = fyne.TextAlignTrailing
	row := container.New(&widgets.RowLayout{Widths: markColumnWidths}, num, r.name,
		container.NewStack(r.choice, r.reason), r.note)
	r.root = container.NewStack(r.bg, row)
	return r
}

// update shows row i as the session's marks hold it.
func (m *markList) update(i int) {
	t := m.tab
	if i >= len(m.rows) || i >= len(t.marks) {
		return
	}
	r, mk := m.rows[i], t.marks[i]
	t.filling = true
	defer func() { t.filling = false }()
	r.name.SetText(mk.Name)
	if !mk.Expected {
		r.choice.Hide()
		r.note.Hide()
		r.reason.SetText(expectedReasonText(mk.Reason))
		r.reason.Show()
	} else {
		r.reason.Hide()
		r.choice.Show()
		r.note.Show()
		r.choice.SetSelected(mk.Code)
		if r.note.Text != mk.Note {
			r.note.SetText(mk.Note)
		}
	}
	m.paint(i)
}

// expectedReasonText says why a participant has no mark for a session.
func expectedReasonText(reason string) string {
	switch reason {
	case data.NotYetEnrolled:
		return lang.L("not yet enrolled")
	case data.AlreadyWithdrawn:
		return lang.L("already withdrawn")
	}
	return reason
}

// paint shows the current row with the selection colour while the list has the focus.
func (m *markList) paint(i int) {
	r := m.rows[i]
	var c color.Color = color.Transparent
	if i == m.current {
		if m.focused {
			c = theme.Color(theme.ColorNameSelection)
		} else {
			c = theme.Color(theme.ColorNameHover)
		}
	}
	if r.bg.FillColor != c {
		r.bg.FillColor = c
		r.bg.Refresh()
	}
}

func (m *markList) showCurrent() {
	for i := range m.tab.marks {
		if i < len(m.rows) {
			m.paint(i)
		}
	}
	if m.current < len(m.rows) && m.current < len(m.tab.marks) {
		r := m.rows[m.current].root
		y := r.Position().Y
		h := r.Size().Height
		off := m.scroll.Offset
		view := m.scroll.Size().Height
		if y < off.Y {
			m.scroll.ScrollToOffset(fyne.NewPos(0, y))
		} else if y+h > off.Y+view && view > 0 {
			m.scroll.ScrollToOffset(fyne.NewPos(0, y+h-view))
		}
	}
}

// move makes row i current, within the list.
func (m *markList) move(i int) {
	m.current = max(0, min(i, len(m.tab.marks)-1))
	m.showCurrent()
}

// Tapped takes the keyboard focus.
func (m *markList) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		c.Focus(m)
	}
}

func (m *markList) FocusGained() {
	m.focused = true
	m.showCurrent()
}

func (m *markList) FocusLost() {
	m.focused = false
	m.showCurrent()
}

// TypedRune sets the current row's mark: h, i, s or a.
func (m *markList) TypedRune(r rune) {
	code := strings.ToUpper(string(r))
	for _, c := range data.AttendanceCodes {
		if c == code {
			if m.current < len(m.tab.marks) && m.tab.marks[m.current].Expected {
				m.tab.setMark(m.current, c)
			}
			m.move(m.current + 1)
			return
		}
	}
}

// TypedKey moves the current row.
func (m *markList) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDown:
		m.move(m.current + 1)
	case fyne.KeyUp:
		m.move(m.current - 1)
	case fyne.KeyHome:
		m.move(0)
	case fyne.KeyEnd:
		m.move(len(m.tab.marks) - 1)
	case fyne.KeyPageDown:
		m.move(m.current + 10)
	case fyne.KeyPageUp:
		m.move(m.current - 10)
	}
}
