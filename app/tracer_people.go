package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// tracerPeople is the list of a round's participants in the tracer form. It
// takes the keyboard focus: ↑/↓ choose the person; 1–4 answer with a
// status (Bekerja, Wirausaha, Belum bekerja, Lanjut studi); T, M and S
// record a call without an answer (tidak diangkat, nomor tidak aktif, salah
// sambung).
type tracerPeople struct {
	widget.BaseWidget
	form    *tracerForm
	rows    []*tracerPersonRow
	box     *fyne.Container
	scroll  *container.Scroll
	current int
	focused bool
}

type tracerPersonRow struct {
	bg    *canvas.Rectangle
	name  *widget.Label
	state *widget.Label
	root  *fyne.Container
}

func newTracerPeople(f *tracerForm) *tracerPeople {
	l := &tracerPeople{form: f}
	l.box = container.NewVBox()
	l.scroll = container.NewVScroll(l.box)
	l.ExtendBaseWidget(l)
	return l
}

func (l *tracerPeople) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.scroll)
}

// fill shows people, keeping the current row where it can.
func (l *tracerPeople) fill(people []data.TracerPerson, current int) {
	for len(l.rows) < len(people) {
		r := &tracerPersonRow{bg: canvas.NewRectangle(color.Transparent), name: widget.NewLabel(""), state: widget.NewLabel("")}
		r.name.Truncation = fyne.TextTruncateEllipsis
		r.state.Importance = widget.LowImportance
		r.state.Alignment = fyne.TextAlignTrailing
		r.root = container.NewStack(r.bg, container.NewBorder(nil, nil, nil, r.state, r.name))
		l.rows = append(l.rows, r)
	}
	objs := make([]fyne.CanvasObject, len(people))
	for i, p := range people {
		r := l.rows[i]
		r.name.SetText(p.Name)
		r.state.SetText(tracerStateText(p))
		r.name.TextStyle.Bold = p.State == data.TracerPending || p.State == data.TracerTrying // still to reach
		r.name.Refresh()
		objs[i] = r.root
	}
	l.box.Objects = objs
	l.box.Refresh()
	l.current = max(0, min(current, len(people)-1))
	l.showCurrent()
}

// tracerStateText is a person's state in the round: "reached · Bekerja",
// "2 calls without an answer".
func tracerStateText(p data.TracerPerson) string {
	switch p.State {
	case data.TracerReached:
		return "✓ " + placementStatusLabel(p.Last.Status)
	case data.TracerUntraced:
		return placementStatusLabel(data.PlacementUntraced)
	case data.TracerTrying:
		return lang.L("{{.Count}}× no answer", map[string]any{"Count": p.Failed})
	}
	return lang.L("not called yet")
}

// move makes row i current and shows that person in the form.
func (l *tracerPeople) move(i int) {
	n := len(l.form.sheet.People)
	if n == 0 {
		return
	}
	l.current = max(0, min(i, n-1))
	l.showCurrent()
	l.form.showPerson(l.current)
}

func (l *tracerPeople) showCurrent() {
	for i, r := range l.rows {
		var c color.Color = color.Transparent
		if i == l.current {
			c = theme.Color(theme.ColorNameHover)
			if l.focused {
				c = theme.Color(theme.ColorNameSelection)
			}
		}
		if r.bg.FillColor != c {
			r.bg.FillColor = c
			r.bg.Refresh()
		}
	}
	if l.current < len(l.rows) && l.current < len(l.box.Objects) {
		r := l.rows[l.current].root
		y, h, off, view := r.Position().Y, r.Size().Height, l.scroll.Offset.Y, l.scroll.Size().Height
		if y < off {
			l.scroll.ScrollToOffset(fyne.NewPos(0, y))
		} else if y+h > off+view && view > 0 {
			l.scroll.ScrollToOffset(fyne.NewPos(0, y+h-view))
		}
	}
}

// Tapped makes the row tapped current and takes the keyboard focus.
func (l *tracerPeople) Tapped(e *fyne.PointEvent) {
	y := e.Position.Y + l.scroll.Offset.Y
	for i, o := range l.box.Objects {
		if y >= o.Position().Y && y < o.Position().Y+o.Size().Height {
			l.move(i)
			break
		}
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil {
		c.Focus(l)
	}
}

func (l *tracerPeople) FocusGained() {
	l.focused = true
	l.showCurrent()
}

func (l *tracerPeople) FocusLost() {
	l.focused = false
	l.showCurrent()
}

// tracerKeys are the letters of the calls without an answer.
var tracerKeys = map[string]string{"T": data.CallNoAnswer, "M": data.CallUnreachable, "S": data.CallWrongNumber}

// TypedRune answers (1–4) or records a call without an answer (T, M, S).
func (l *tracerPeople) TypedRune(r rune) {
	k := strings.ToUpper(string(r))
	if outcome, ok := tracerKeys[k]; ok {
		l.form.recordFailed(outcome)
		return
	}
	if r >= '1' && r <= '4' {
		l.form.answer(data.PlacementStatuses[r-'1'])
	}
}

// TypedKey moves the current row; Enter goes to the answer's fields.
func (l *tracerPeople) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDown:
		l.move(l.current + 1)
	case fyne.KeyUp:
		l.move(l.current - 1)
	case fyne.KeyHome:
		l.move(0)
	case fyne.KeyEnd:
		l.move(len(l.form.sheet.People) - 1)
	case fyne.KeyPageDown:
		l.move(l.current + 8)
	case fyne.KeyPageUp:
		l.move(l.current - 8)
	case fyne.KeyReturn, fyne.KeyEnter:
		l.form.focusStatus()
	}
}
