package app

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// monthCodesShown is how many class codes a day of the month view names.
const monthCodesShown = 3

// calendarScreen is the week and month calendar of sessions across classes,
// filterable by instructor and room.
type calendarScreen struct {
	win   fyne.Window
	store *store.Store

	title      *widget.Label
	mode       *widget.RadioGroup
	instructor *widget.Select
	room       *widget.Select
	body       *fyne.Container
	root       fyne.CanvasObject

	// Everything below is touched on the UI goroutine only.
	month       bool      // the month view; false: the week view
	anchor      time.Time // a day of the period shown
	instructors []data.Instructor
	rooms       []data.Room
	filter      data.CalendarFilter
	entries     []data.CalendarEntry
	holidays    map[string]string // date (data.DateLayout) → name
	gen         int
	dayEntries  []data.CalendarEntry // the sessions of the day opened
	dayDialog   dialog.Dialog        // the day opened, for tests

	// openClass, when set, shows the page of a class (the shell's Classes).
	openClass func(classID string)

	loads worker
}

func newCalendarScreen(win fyne.Window, st *store.Store) *calendarScreen {
	s := &calendarScreen{win: win, store: st, anchor: civilDay(st.Now()), holidays: map[string]string{}}
	s.build()
	return s
}

func (s *calendarScreen) view() fyne.CanvasObject { return s.root }

func (s *calendarScreen) build() {
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	week, month := lang.L("Weekly"), lang.L("Monthly")
	s.mode = widget.NewRadioGroup([]string{week, month}, nil)
	s.mode.Horizontal = true
	s.mode.Required = true
	s.mode.SetSelected(week)
	s.mode.OnChanged = func(v string) { s.setMonth(v == month) }

	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), s.onPrev)
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), s.onNext)
	today := widget.NewButton(lang.L("Today"), s.onToday)

	all := lang.L("All")
	s.instructor = widget.NewSelect([]string{all}, s.onInstructor)
	s.instructor.PlaceHolder = lang.L("Instructor")
	s.room = widget.NewSelect([]string{all}, s.onRoom)
	s.room.PlaceHolder = lang.L("Room")
	s.instructor.Selected, s.room.Selected = all, all

	heading := widget.NewLabelWithStyle(lang.L("Calendar"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	filters := container.NewHBox(
		widget.NewLabel(lang.L("Instructor")), container.NewGridWrap(fyne.NewSize(220, s.instructor.MinSize().Height), s.instructor),
		widget.NewLabel(lang.L("Room")), container.NewGridWrap(fyne.NewSize(200, s.room.MinSize().Height), s.room))
	top := container.NewVBox(
		container.NewBorder(nil, nil, heading, s.mode),
		// The filters wrap under the week on a narrow window.
		container.New(layout.NewRowWrapLayout(), container.NewHBox(prev, today, next, s.title), filters),
	)
	s.body = container.NewStack()
	s.root = container.NewBorder(top, nil, nil, nil, s.body)
}

// start loads the filters and the period once the screen is on the window.
func (s *calendarScreen) start() {
	s.loads.do(func() {
		ctx := context.Background()
		ins, err := s.store.Instructors(ctx, false)
		var rooms []data.Room
		if err == nil {
			rooms, err = s.store.Rooms(ctx, false)
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, s.win)
				return
			}
			s.instructors, s.rooms = ins, rooms
			opts := []string{lang.L("All")}
			for _, in := range ins {
				opts = append(opts, in.Name)
			}
			s.instructor.Options = opts
			s.instructor.Refresh()
			opts = []string{lang.L("All")}
			for _, r := range rooms {
				opts = append(opts, r.Name)
			}
			s.room.Options = opts
			s.room.Refresh()
		})
	})
	s.reload()
}

// period is the first and last day shown: Monday to Sunday of the anchor's
// week, or the anchor's month.
func (s *calendarScreen) period() (from, to time.Time) {
	if s.month {
		from = time.Date(s.anchor.Year(), s.anchor.Month(), 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(0, 1, -1)
	}
	from = weekStart(s.anchor)
	return from, from.AddDate(0, 0, 6)
}

// weekStart is the Monday of d's week.
func weekStart(d time.Time) time.Time { return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) }

// reload reads the sessions and holidays of the period and shows them.
func (s *calendarScreen) reload() {
	from, to := s.period()
	if s.month { // the grid shows whole weeks
		from, to = weekStart(from), weekStart(to).AddDate(0, 0, 6)
	}
	f := s.filter
	f.From, f.To = from, to
	s.title.SetText(periodTitle(s.month, s.anchor))
	var entries []data.CalendarEntry
	holidays := map[string]string{}
	s.loads.load(&s.gen, s.win, func() (err error) {
		ctx := context.Background()
		if entries, err = s.store.Calendar(ctx, f); err != nil {
			return err
		}
		for y := from.Year(); y <= to.Year(); y++ {
			hs, err := s.store.Holidays(ctx, y)
			if err != nil {
				return err
			}
			for _, h := range hs {
				holidays[h.Date.Format(data.DateLayout)] = h.Name
			}
		}
		return nil
	}, func() {
		s.entries, s.holidays = entries, holidays
		s.show(from, to)
	})
}

// show builds the week or month view of the days from from to to.
func (s *calendarScreen) show(from, to time.Time) {
	byDay := map[string][]data.CalendarEntry{}
	for _, e := range s.entries {
		k := e.Date.Format(data.DateLayout)
		byDay[k] = append(byDay[k], e)
	}
	var view fyne.CanvasObject
	if s.month {
		view = s.monthView(from, to, byDay)
	} else {
		view = s.weekView(from, byDay)
	}
	s.body.Objects = []fyne.CanvasObject{view}
	s.body.Refresh()
}

func (s *calendarScreen) weekView(monday time.Time, byDay map[string][]data.CalendarEntry) fyne.CanvasObject {
	today := civilDay(s.store.Now())
	cols := make([]fyne.CanvasObject, 7)
	for i := range 7 {
		d := monday.AddDate(0, 0, i)
		k := d.Format(data.DateLayout)
		head := widget.NewLabelWithStyle(calendarWeekday(d)+" "+strconv.Itoa(d.Day()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Truncation = fyne.TextTruncateEllipsis // a narrow window shortens it, never widens
		if d.Equal(today) {
			head.Importance = widget.HighImportance
		}
		items := []fyne.CanvasObject{head}
		if name, ok := s.holidays[k]; ok {
			items = append(items, calendarHolidayLabel(name))
		}
		for _, e := range byDay[k] {
			items = append(items, calendarSessionCard(e))
		}
		if len(byDay[k]) == 0 {
			none := widget.NewLabel("–")
			none.Importance = widget.LowImportance
			items = append(items, none)
		}
		bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
		if _, ok := s.holidays[k]; ok || d.Weekday() == time.Sunday || d.Weekday() == time.Saturday {
			bg.FillColor = theme.Color(theme.ColorNameDisabledButton)
		}
		bg.CornerRadius = theme.InputRadiusSize()
		day, es := d, byDay[k]
		cols[i] = newDayArea(container.NewStack(bg, container.NewVScroll(container.NewPadded(container.NewVBox(items...)))),
			func() { s.showDay(day, es) })
	}
	return container.NewGridWithColumns(7, cols...)
}

// calendarSessionCard is one session of the week view: "07:30–11:00", then "LAS-2026-01 · Bengkel Las 1".
func calendarSessionCard(e data.CalendarEntry) fyne.CanvasObject {
	when := widget.NewLabelWithStyle(e.Start+"–"+e.End, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	when.Truncation = fyne.TextTruncateEllipsis
	what := e.ClassCode
	if e.RoomName != "" {
		what += " · " + e.RoomName
	}
	l := widget.NewLabel(what)
	l.Wrapping = fyne.TextWrapWord
	parts := []fyne.CanvasObject{when, l}
	if e.InstructorName != "" {
		who := widget.NewLabel(e.InstructorName)
		who.Wrapping = fyne.TextWrapWord // in the text colour: the grey of LowImportance was hard to read
		who.SizeName = theme.SizeNameCaptionText
		parts = append(parts, who)
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	bg.StrokeColor = theme.Color(theme.ColorNamePrimary)
	bg.StrokeWidth = 1
	return container.NewStack(bg, container.New(&calendarCellLayout{}, parts...))
}

func calendarHolidayLabel(name string) *widget.Label {
	l := widget.NewLabel(name)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.DangerImportance
	l.SizeName = theme.SizeNameCaptionText
	return l
}

func (s *calendarScreen) monthView(from, to time.Time, byDay map[string][]data.CalendarEntry) fyne.CanvasObject {
	today := civilDay(s.store.Now())
	var heads, cells []fyne.CanvasObject
	for i := range 7 {
		h := widget.NewLabelWithStyle(calendarWeekday(from.AddDate(0, 0, i)), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		heads = append(heads, h)
	}
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		k := d.Format(data.DateLayout)
		num := widget.NewLabelWithStyle(strconv.Itoa(d.Day()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		inMonth := d.Month() == s.anchor.Month()
		if !inMonth {
			num.Importance = widget.LowImportance
		}
		if d.Equal(today) {
			num.Importance = widget.HighImportance
		}
		items := []fyne.CanvasObject{num}
		if name, ok := s.holidays[k]; ok {
			items = append(items, calendarHolidayLabel(name))
		}
		if es := byDay[k]; len(es) > 0 {
			n := widget.NewLabel(lang.L("{{.Count}} sessions", map[string]any{"Count": len(es)}))
			n.SizeName = theme.SizeNameCaptionText
			codes := widget.NewLabel(calendarCodes(es, monthCodesShown))
			codes.Wrapping = fyne.TextWrapWord
			codes.SizeName = theme.SizeNameCaptionText
			items = append(items, n, codes)
		}
		bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
		if _, ok := s.holidays[k]; ok || !inMonth || d.Weekday() == time.Sunday || d.Weekday() == time.Saturday {
			bg.FillColor = theme.Color(theme.ColorNameDisabledButton)
		}
		bg.CornerRadius = theme.InputRadiusSize()
		day, es := d, byDay[k]
		cells = append(cells, newDayArea(container.NewStack(bg, container.New(&calendarCellLayout{}, items...)),
			func() { s.showDay(day, es) }))
	}
	return container.NewBorder(container.NewGridWithColumns(7, heads...), nil, nil, nil,
		container.NewGridWithColumns(7, cells...))
}

// calendarCodes names the first n classes of a day's sessions, "LAS-2026-01, TIK-2026-02 …".
func calendarCodes(es []data.CalendarEntry, n int) string {
	var codes []string
	seen := map[string]bool{}
	more := false
	for _, e := range es {
		if seen[e.ClassCode] {
			continue
		}
		if len(codes) == n {
			more = true
			break
		}
		seen[e.ClassCode] = true
		codes = append(codes, e.ClassCode)
	}
	out := ""
	for i, c := range codes {
		if i > 0 {
			out += ", "
		}
		out += c
	}
	if more {
		out += " …"
	}
	return out
}

// calendarWeekday is the weekday in the interface language.
func calendarWeekday(d time.Time) string {
	if currentLang == langEN {
		return d.Weekday().String()
	}
	return data.DayName(d)
}

// calendarMonthName is the month in the interface language.
func calendarMonthName(m time.Month) string {
	if currentLang == langEN {
		return m.String()
	}
	return data.MonthName(m)
}

// periodTitle is "November 2026" for a month, "23–29 November 2026" for a
// week (or "30 November – 6 Desember 2026" across months).
func periodTitle(month bool, anchor time.Time) string {
	if month {
		return calendarMonthName(anchor.Month()) + " " + strconv.Itoa(anchor.Year())
	}
	from := weekStart(anchor)
	to := from.AddDate(0, 0, 6)
	switch {
	case from.Year() != to.Year():
		return formatDate(from) + " – " + formatDate(to)
	case from.Month() != to.Month():
		return strconv.Itoa(from.Day()) + " " + calendarMonthName(from.Month()) + " – " + formatDate(to)
	}
	return strconv.Itoa(from.Day()) + "–" + formatDate(to)
}

func (s *calendarScreen) setMonth(on bool) {
	s.month = on
	s.reload()
}

func (s *calendarScreen) onPrev() {
	if s.month {
		s.anchor = time.Date(s.anchor.Year(), s.anchor.Month()-1, 1, 0, 0, 0, 0, time.UTC)
	} else {
		s.anchor = s.anchor.AddDate(0, 0, -7)
	}
	s.reload()
}

func (s *calendarScreen) onNext() {
	if s.month {
		s.anchor = time.Date(s.anchor.Year(), s.anchor.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	} else {
		s.anchor = s.anchor.AddDate(0, 0, 7)
	}
	s.reload()
}

func (s *calendarScreen) onToday() {
	s.anchor = civilDay(s.store.Now())
	s.reload()
}

// showDate moves the calendar to the period holding d.
func (s *calendarScreen) showDate(d time.Time) {
	s.anchor = civilDay(d)
	s.reload()
}

func (s *calendarScreen) onInstructor(string) {
	s.filter.InstructorID = ""
	if i := s.instructor.SelectedIndex(); i > 0 && i-1 < len(s.instructors) {
		s.filter.InstructorID = s.instructors[i-1].ID
	}
	s.reload()
}

func (s *calendarScreen) onRoom(string) {
	s.filter.RoomID = ""
	if i := s.room.SelectedIndex(); i > 0 && i-1 < len(s.rooms) {
		s.filter.RoomID = s.rooms[i-1].ID
	}
	s.reload()
}

// calendarCellLayout stacks objects with no padding between them, so that a
// calendar cell holds more lines.
type calendarCellLayout struct{}

func (calendarCellLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, y))
		y += h
	}
}

func (calendarCellLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
	}
	return fyne.NewSize(w, h)
}
