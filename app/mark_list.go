package app

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

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
