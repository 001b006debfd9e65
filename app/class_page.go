package app

import (
	"context"
	"errors"
	"fmt"
	"io"
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

	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// dayDate writes a date with its weekday: "Senin, 5 Januari 2026".
func dayDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	day := data.DayName(t)
	if currentLang == langEN {
		day = t.Weekday().String()
	}
	return day + ", " + formatDate(t)
}

// classPage shows one class: its data, planned JP, schedule, units and
// participants.
type classPage struct {
	win     fyne.Window
	store   *store.Store
	classID string
	onBack  func() // nil: no Back button

	back    *widget.Button
	title   *widget.Label
	details [3]*widget.Label // one label a line, so that the header keeps its height
	jp      *widget.Label
	// conflictSum counts the sessions that conflict, marked red in the table.
	conflictSum *widget.Label
	sessions    *widget.Table
	noSched     fyne.CanvasObject
	units       *widget.Table
	tabs        *container.AppTabs
	// participants is the Participants tab (app/participants.go).
	participants *participantsTab
	// attendance is the Attendance tab (app/attendance.go).
	attendance *attendanceTab
	// certificates is the Certificates tab (app/certificates.go).
	certificates *certificatesTab
	root         fyne.CanvasObject

	// Touched on the UI goroutine only.
	data        *office.ClassPage
	classForm   *classForm    // the last class form opened, for tests
	sessionForm *sessionForm  // the last session form opened, for tests
	generator   *scheduleForm // the last generate dialog opened, for tests
	confirm     dialog.Dialog // the last confirmation shown, for tests
	pdfDone     <-chan error  // receives the outcome of the last PDF written, for tests

	loads worker
}

func newClassPage(win fyne.Window, st *store.Store, classID string) *classPage {
	p := &classPage{win: win, store: st, classID: classID}
	p.build()
	return p
}

func (p *classPage) view() fyne.CanvasObject { return p.root }

// sessionColumns are the columns of the sessions table.
var sessionColumnWidths = []float32{180, 100, 40, 220, 140, 120, 220}

func (p *classPage) build() {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.details = [3]*widget.Label{widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")}
	p.jp = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.conflictSum = widget.NewLabel("")
	p.conflictSum.Importance = widget.DangerImportance

	edit := widget.NewButtonWithIcon(lang.L("Edit class…"), theme.DocumentCreateIcon(), p.onEdit)
	p.back = widget.NewButtonWithIcon(lang.L("Back to classes"), theme.NavigateBackIcon(), func() {
		if p.onBack != nil {
			p.onBack()
		}
	})
	left := container.NewHBox(p.back, p.title)
	header := container.NewVBox(
		container.NewBorder(nil, nil, left, edit),
		container.New(&tightRows{}, p.details[0], p.details[1], p.details[2]),
		container.NewHBox(p.jp, p.conflictSum),
		widget.NewSeparator(),
	)

	// Schedule.
	p.sessions = widget.NewTableWithHeaders(func() (int, int) {
		if p.data == nil {
			return 0, len(sessionColumnWidths)
		}
		return len(p.data.Sessions), len(sessionColumnWidths)
	}, func() fyne.CanvasObject {
		l := widget.NewLabel("Senin, 5 Januari 2026")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, p.updateSessionCell)
	p.sessions.ShowHeaderColumn = false
	p.sessions.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			l := o.(*widget.Label)
			l.TextStyle.Bold = true
			l.SetText(sessionColumnTitles()[id.Col])
		}
	}
	p.sessions.OnSelected = func(id widget.TableCellID) {
		p.sessions.UnselectAll()
		if p.data != nil && id.Row >= 0 && id.Row < len(p.data.Sessions) {
			p.onEditSession(p.data.Sessions[id.Row])
		}
	}
	for i, w := range sessionColumnWidths {
		p.sessions.SetColumnWidth(i, w)
	}
	generate := widget.NewButtonWithIcon(lang.L("Generate schedule…"), theme.ViewRefreshIcon(), p.onGenerate)
	generate.Importance = widget.HighImportance
	add := widget.NewButtonWithIcon(lang.L("Add session…"), theme.ContentAddIcon(), p.onAddSession)
	print := widget.NewButtonWithIcon(lang.L("Print schedule (PDF)…"), theme.DocumentPrintIcon(), p.onPrint)
	noSchedText := widget.NewLabel(lang.L("No schedule yet. Generate it from the teaching hours of the week, then move or add sessions by hand."))
	noSchedText.Wrapping = fyne.TextWrapWord
	noSchedText.Alignment = fyne.TextAlignCenter
	p.noSched = container.NewCenter(noSchedText)
	p.noSched.Hide()
	schedule := container.NewBorder(container.NewHBox(generate, add, print), nil, nil, nil,
		container.NewStack(p.sessions, p.noSched))

	// Units.
	p.units = widget.NewTableWithHeaders(func() (int, int) {
		if p.data == nil {
			return 0, 3
		}
		return len(p.data.Program.Units), 3
	}, func() fyne.CanvasObject {
		l := widget.NewLabel("C.25LAS00.001.1")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, p.updateUnitCell)
	p.units.ShowHeaderColumn = false
	p.units.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			l := o.(*widget.Label)
			l.TextStyle.Bold = true
			l.SetText([]string{lang.L("Unit code"), lang.L("Unit title"), lang.L("JP")}[id.Col])
		}
	}
	p.units.SetColumnWidth(0, 190)
	p.units.SetColumnWidth(1, 520)
	p.units.SetColumnWidth(2, 60)

	p.participants = newParticipantsTab(p.win, p.store, p.classID)
	p.attendance = newAttendanceTab(p.win, p.store, p.classID)
	p.certificates = newCertificatesTab(p.win, p.store, p.classID)
	p.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Participants"), theme.AccountIcon(), p.participants.view()),
		container.NewTabItemWithIcon(lang.L("Schedule"), theme.CalendarIcon(), schedule),
		container.NewTabItemWithIcon(lang.L("Units"), theme.ListIcon(), p.units),
		container.NewTabItemWithIcon(lang.L("Attendance"), theme.ConfirmIcon(), p.attendance.view()),
		container.NewTabItemWithIcon(lang.L("Certificates"), theme.DocumentIcon(), p.certificates.view()),
	)
	// Enrolments, withdrawals and schedule changes made in the other tabs
	// show in the attendance and the certificates at once.
	p.tabs.OnSelected = func(item *container.TabItem) {
		switch item {
		case p.tabs.Items[3]:
			p.attendance.reload()
		case p.tabs.Items[4]:
			p.certificates.reload()
		}
	}
	p.root = container.NewBorder(header, nil, nil, nil, p.tabs)
}

func sessionColumnTitles() []string {
	return []string{lang.L("Date"), lang.L("Time"), lang.L("JP"), lang.L("Unit"), lang.L("Instructor"),
		lang.L("Room"), lang.L("Conflicts")}
}

func (p *classPage) updateSessionCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.SetText(p.sessionCellText(id.Row, id.Col))
	imp := widget.MediumImportance
	if p.data != nil && id.Row < len(p.data.Sessions) && len(p.data.Conflicts[p.data.Sessions[id.Row].ID]) > 0 {
		imp = widget.DangerImportance
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
}

// sessionCellText is what the sessions table shows in a cell.
func (p *classPage) sessionCellText(row, col int) string {
	if p.data == nil || row >= len(p.data.Sessions) {
		return ""
	}
	s := p.data.Sessions[row]
	switch col {
	case 0:
		if row > 0 && p.data.Sessions[row-1].Date.Equal(s.Date) {
			return ""
		}
		return dayDate(s.Date)
	case 1:
		return s.Start + "–" + s.End
	case 2:
		return strconv.Itoa(s.JP)
	case 3:
		if u, ok := p.data.Unit(s.UnitID); ok {
			return strings.TrimSpace(u.Code + " " + u.Title)
		}
		return s.Note
	case 4:
		return p.data.InstructorName(s.InstructorID)
	case 5:
		return p.data.RoomName(s.RoomID)
	case 6:
		var out []string
		for _, c := range p.data.Conflicts[s.ID] {
			out = append(out, conflictText(c))
		}
		return strings.Join(out, "; ")
	}
	return ""
}

// conflictText names a conflict shortly: "Bentrok: ruang dipakai LAS-2026-02".
func conflictText(c data.Conflict) string {
	if c.Kind == data.ConflictRoom {
		return lang.L("Conflict: room used by {{.Class}}", map[string]any{"Class": c.ClassCode})
	}
	return lang.L("Conflict: instructor teaches {{.Class}}", map[string]any{"Class": c.ClassCode})
}

// conflictDetail names a conflict with the other session's time and program.
func conflictDetail(c data.Conflict) string {
	return conflictText(c) + " (" + c.ProgramName + ", " + c.Other.Start + "–" + c.Other.End + ")"
}

func (p *classPage) updateUnitCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if p.data == nil || id.Row >= len(p.data.Program.Units) {
		l.SetText("")
		return
	}
	u := p.data.Program.Units[id.Row]
	l.SetText([]string{u.Code, u.Title, strconv.Itoa(u.JP)}[id.Col])
}

// start reads the class.
func (p *classPage) start() {
	if p.onBack == nil {
		p.back.Hide()
	}
	p.participants.loads.inline = p.loads.inline
	p.participants.start()
	p.attendance.loads.inline = p.loads.inline
	p.attendance.start()
	p.certificates.loads.inline = p.loads.inline // loaded when its tab is shown
	p.reload()
}

func (p *classPage) reload() {
	id := p.classID
	p.loads.do(func() {
		d, err := office.LoadClassPage(context.Background(), p.store, id)
		fyne.Do(func() {
			if err != nil {
				showError(err, p.win)
				return
			}
			p.show(d)
		})
	})
}

func (p *classPage) show(d *office.ClassPage) {
	p.data = d
	c := d.Class
	p.title.SetText(c.Code + " · " + d.Program.Name)
	lines := []string{
		fmt.Sprintf("%s: %s   %s: %s   %s: %s", lang.L("Kejuruan"), d.Program.Kejuruan, lang.L("Batch"), orDash(c.Batch),
			lang.L("Status"), classStatusLabel(c.Status(classToday(p.store.Now())))),
		fmt.Sprintf("%s: %s – %s   %s: %s   %s: %s", lang.L("Dates"), formatDate(c.Start), formatDate(c.End),
			lang.L("Room"), orDash(d.RoomName(c.RoomID)), lang.L("Lead instructor"), orDash(d.InstructorName(c.InstructorID))),
		fmt.Sprintf("%s: %d/%d   %s: %s", lang.L("Enrolled"), d.Enrolled, c.Quota, lang.L("Funding"), orDash(c.Funding)),
	}
	for i, l := range lines {
		p.details[i].SetText(l)
	}
	p.jp.SetText(lang.L("Planned {{.Planned}} JP of {{.Program}} JP", map[string]any{"Planned": d.PlannedJP, "Program": d.Program.JP}))
	if d.PlannedJP == d.Program.JP {
		p.jp.Importance = widget.SuccessImportance
	} else {
		p.jp.Importance = widget.DangerImportance
	}
	p.jp.Refresh()
	if n := len(d.Conflicts); n > 0 {
		p.conflictSum.SetText(lang.L("{{.Count}} sessions conflict with other bookings (marked in red)", map[string]any{"Count": n}))
	} else {
		p.conflictSum.SetText("")
	}
	if len(d.Sessions) == 0 {
		p.noSched.Show()
		p.sessions.Hide()
	} else {
		p.noSched.Hide()
		p.sessions.Show()
	}
	p.sessions.Refresh()
	p.units.Refresh()
	p.root.Refresh() // the header grew: lay the page out again
}

// tightRows stacks single-line labels without the padding between them.
type tightRows struct{}

func (tightRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height - 2*theme.Padding()
		o.Move(fyne.NewPos(0, y-theme.Padding()))
		o.Resize(fyne.NewSize(size.Width, h+2*theme.Padding()))
		y += h
	}
}

func (tightRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height - 2*theme.Padding()
	}
	return fyne.NewSize(w, h)
}

// classToday is t's calendar day, as class dates are held.
func classToday(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

func (p *classPage) onEdit() {
	if p.data == nil {
		return
	}
	c := p.data.Class
	p.classForm = newClassForm(p.win, p.store, &c, func(data.Class) { p.reload() })
	p.classForm.bg.inline = p.loads.inline
	p.classForm.show()
}

// --- Schedule PDF ---

func (p *classPage) onPrint() {
	if p.data == nil {
		return
	}
	widgets.ShowSaveDialog(p.win, lang.L("Save the schedule as PDF"), "jadwal-"+strings.ToLower(p.data.Class.Code)+".pdf", p.onPDFChosen)
}

func (p *classPage) onPDFChosen(wc fyne.URIWriteCloser, err error) {
	if err != nil {
		showError(err, p.win)
		return
	}
	if wc == nil {
		return
	}
	classID := p.classID
	p.pdfDone = saveInBackground(p.win, wc, func(w io.Writer) error {
		doc, err := office.ScheduleDoc(context.Background(), p.store, classID)
		if err != nil {
			return err
		}
		return reports.WriteSchedulePDF(w, doc, reports.A4)
	}, func(u fyne.URI) {
		dialog.ShowInformation(lang.L("Schedule saved"),
			lang.L("The schedule was saved to {{.File}}.", map[string]any{"File": u.Name()}), p.win)
	})
}

// --- Generating the schedule ---

func (p *classPage) onGenerate() {
	if p.data == nil {
		return
	}
	p.generator = newScheduleForm(p)
	p.generator.dlg.Show()
}

// scheduleForm asks for the week's teaching hours and the start date.
type scheduleForm struct {
	page   *classPage
	days   []time.Weekday
	teach  map[time.Weekday]*widget.Check
	starts map[time.Weekday]*widget.Entry
	ends   map[time.Weekday]*widget.Entry
	breaks map[time.Weekday]*widget.Entry
	start  *widget.Entry
	jpWeek *widget.Label
	errMsg *widget.Label
	dlg    *dialog.ConfirmDialog
}

func newScheduleForm(p *classPage) *scheduleForm {
	f := &scheduleForm{page: p, teach: map[time.Weekday]*widget.Check{}, starts: map[time.Weekday]*widget.Entry{},
		ends: map[time.Weekday]*widget.Entry{}, breaks: map[time.Weekday]*widget.Entry{},
		days: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}}
	week := data.DefaultWeekPattern()
	grid := container.NewGridWithColumns(4,
		bold(lang.L("Day")), bold(lang.L("From")), bold(lang.L("Until")), bold(lang.L("Breaks")))
	for _, wd := range f.days {
		dp := week[wd]
		f.teach[wd] = widget.NewCheck(weekdayName(wd), func(bool) { f.refresh() })
		f.teach[wd].SetChecked(dp.Start != "")
		f.starts[wd] = widget.NewEntry()
		f.starts[wd].SetPlaceHolder("07:30")
		f.starts[wd].SetText(dp.Start)
		f.ends[wd] = widget.NewEntry()
		f.ends[wd].SetPlaceHolder("16:00")
		f.ends[wd].SetText(dp.End)
		f.breaks[wd] = widget.NewEntry()
		f.breaks[wd].SetPlaceHolder("12:00-13:00")
		var bs []string
		for _, b := range dp.Breaks {
			bs = append(bs, b.Start+"-"+b.End)
		}
		f.breaks[wd].SetText(strings.Join(bs, ", "))
		for _, e := range []*widget.Entry{f.starts[wd], f.ends[wd], f.breaks[wd]} {
			e.OnChanged = func(string) { f.refresh() }
		}
		grid.Add(f.teach[wd])
		grid.Add(f.starts[wd])
		grid.Add(f.ends[wd])
		grid.Add(f.breaks[wd])
	}
	f.start = widget.NewEntry()
	f.start.SetText(p.data.Class.Start.Format("02/01/2006"))
	f.jpWeek = widget.NewLabel("")
	f.errMsg = widgets.NewErrorLabel()
	hint := widget.NewLabel(lang.L("Breaks are written like 10:00-10:15, 12:00-13:00. Weekends and holidays are skipped; 1 JP = 45 minutes."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	startRow := widgets.PairsGrid([2]fyne.CanvasObject{widget.NewLabel(lang.L("Start date")),
		container.NewHBox(widgets.Fixed(130, f.start), f.jpWeek)})
	content := container.NewVBox(startRow, grid, hint, f.errMsg)
	f.dlg = dialog.NewCustomConfirm(lang.L("Generate schedule"), lang.L("Generate"), lang.L("Cancel"),
		content, func(ok bool) {
			if ok {
				f.submit()
			}
		}, p.win)
	f.dlg.Resize(fyne.NewSize(760, 560))
	f.refresh()
	return f
}

func bold(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// weekdayName is the weekday in the interface language.
func weekdayName(wd time.Weekday) string {
	if currentLang == langEN {
		return wd.String()
	}
	return data.DayName(time.Date(2026, 1, 4+int(wd), 0, 0, 0, 0, time.UTC)) // 4 January 2026 is a Sunday
}

// week reads the pattern from the fields.
func (f *scheduleForm) week() data.WeekPattern {
	w := data.WeekPattern{}
	for _, wd := range f.days {
		if !f.teach[wd].Checked {
			continue
		}
		dp := data.DayPattern{Start: strings.TrimSpace(f.starts[wd].Text), End: strings.TrimSpace(f.ends[wd].Text)}
		for _, b := range strings.Split(f.breaks[wd].Text, ",") {
			b = strings.TrimSpace(b)
			if b == "" {
				continue
			}
			from, until, _ := strings.Cut(strings.ReplaceAll(b, "–", "-"), "-")
			dp.Breaks = append(dp.Breaks, data.TimeRange{Start: strings.TrimSpace(from), End: strings.TrimSpace(until)})
		}
		w[wd] = dp
	}
	return w
}

// refresh shows the JP a week holds, or what is wrong with the pattern.
func (f *scheduleForm) refresh() {
	if f.jpWeek == nil {
		return // still being built
	}
	for _, wd := range f.days {
		on := f.teach[wd].Checked
		for _, e := range []*widget.Entry{f.starts[wd], f.ends[wd], f.breaks[wd]} {
			if on {
				e.Enable()
			} else {
				e.Disable()
			}
		}
	}
	n, err := f.week().JPPerWeek()
	if err != nil {
		f.jpWeek.SetText("")
		widgets.SetMessage(f.errMsg, userMessage(err))
		return
	}
	widgets.SetMessage(f.errMsg, "")
	f.jpWeek.SetText(lang.L("{{.JP}} JP a week", map[string]any{"JP": n}))
}

// submit moves the class's start when it changed, then generates, asking
// first when the class has sessions.
func (f *scheduleForm) submit() {
	p := f.page
	week := f.week()
	if _, err := week.JPPerWeek(); err != nil {
		showError(err, p.win)
		return
	}
	start, ok := data.ParseDate(f.start.Text)
	if !ok {
		showError(&data.Problem{Field: "start", Code: data.CodeBadDate, Detail: f.start.Text}, p.win)
		return
	}
	if n := len(p.data.Sessions); n > 0 {
		p.confirm = dialog.NewConfirm(lang.L("Replace the schedule?"),
			lang.L("The class already has {{.Count}} sessions. Generating deletes them and plans the schedule again, including sessions changed by hand.",
				map[string]any{"Count": n}),
			func(ok bool) {
				if ok {
					p.generate(start, week, true)
				}
			}, p.win)
		p.confirm.Show()
		return
	}
	p.generate(start, week, false)
}

// generate plans the schedule from start (moving the class's start date
// there first when it differs).
func (p *classPage) generate(start time.Time, week data.WeekPattern, replace bool) {
	class := p.data.Class
	p.loads.do(func() {
		ctx := context.Background()
		var err error
		if !class.Start.Equal(start) {
			class.Start = start
			if class.End.Before(start) {
				class.End = start
			}
			err = p.store.UpdateClass(ctx, &class)
		}
		if err == nil {
			_, err = p.store.GenerateSchedule(ctx, class.ID, week, replace)
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, p.win)
			}
			p.reload()
		})
	})
}

// --- Sessions by hand ---

func (p *classPage) onAddSession() {
	if p.data == nil {
		return
	}
	s := data.Session{ClassID: p.classID, Start: "07:30", End: "09:45", JP: 3,
		InstructorID: p.data.Class.InstructorID, RoomID: p.data.Class.RoomID}
	if n := len(p.data.Sessions); n > 0 {
		s.Date = p.data.Sessions[n-1].Date
	} else {
		s.Date = p.data.Class.Start
	}
	p.sessionForm = newSessionForm(p, s)
	p.sessionForm.dlg.Show()
}

func (p *classPage) onEditSession(s data.Session) {
	p.sessionForm = newSessionForm(p, s)
	p.sessionForm.dlg.Show()
}

// sessionForm adds or edits one session. Before saving it looks for
// conflicts; when there are some it shows them and Save becomes "Save anyway".
type sessionForm struct {
	page *classPage
	orig data.Session

	date       *widget.Entry
	dateWords  *widget.Label
	start      *widget.Entry
	end        *widget.Entry
	jp         *widget.Entry
	unit       *widget.Select
	instructor *widget.Select
	room       *widget.Select
	note       *widget.Entry
	errs       *widgets.FieldErrors
	conflicts  *widget.Label
	conflictBx fyne.CanvasObject
	save       *widget.Button
	dlg        *dialog.CustomDialog

	shown   []data.Conflict // the conflicts the user has seen
	checked bool            // shown belongs to the fields as they are
	saved   bool
}

func newSessionForm(p *classPage, s data.Session) *sessionForm {
	f := &sessionForm{page: p, orig: s, errs: widgets.NewFieldErrors()}
	d := p.data
	changed := func(string) {
		f.checked = false
		if f.save != nil && f.save.Text != lang.L("Save") {
			f.save.SetText(lang.L("Save"))
		}
	}
	f.date = widget.NewEntry()
	f.date.SetText(s.Date.Format("02/01/2006"))
	f.dateWords = widget.NewLabel(dayDate(s.Date))
	f.date.OnChanged = func(v string) {
		t, _ := data.ParseDate(v)
		f.dateWords.SetText(dayDate(t))
		changed(v)
	}
	f.start = widget.NewEntry()
	f.start.SetText(s.Start)
	f.start.OnChanged = changed
	f.end = widget.NewEntry()
	f.end.SetText(s.End)
	f.end.OnChanged = changed
	f.jp = widget.NewEntry()
	f.jp.SetText(strconv.Itoa(s.JP))
	f.jp.OnChanged = changed
	units := []string{lang.L("(none)")}
	for _, u := range d.Program.Units {
		units = append(units, strings.TrimSpace(u.Code+" "+u.Title))
	}
	f.unit = widget.NewSelect(units, changed)
	f.unit.SetSelectedIndex(0)
	if i := slices.IndexFunc(d.Program.Units, func(u data.Unit) bool { return u.ID == s.UnitID }); i >= 0 {
		f.unit.SetSelectedIndex(i + 1)
	}
	instructors := []string{lang.L("(none)")}
	for _, in := range d.Instructors {
		instructors = append(instructors, in.Name)
	}
	f.instructor = widget.NewSelect(instructors, changed)
	f.instructor.SetSelectedIndex(0)
	if i := slices.IndexFunc(d.Instructors, func(in data.Instructor) bool { return in.ID == s.InstructorID }); i >= 0 {
		f.instructor.SetSelectedIndex(i + 1)
	}
	rooms := []string{lang.L("(none)")}
	for _, r := range d.Rooms {
		rooms = append(rooms, r.Name)
	}
	f.room = widget.NewSelect(rooms, changed)
	f.room.SetSelectedIndex(0)
	if i := slices.IndexFunc(d.Rooms, func(r data.Room) bool { return r.ID == s.RoomID }); i >= 0 {
		f.room.SetSelectedIndex(i + 1)
	}
	f.note = widget.NewEntry()
	f.note.SetText(s.Note)

	f.conflicts = widget.NewLabel("")
	f.conflicts.Wrapping = fyne.TextWrapWord
	f.conflictBx = widgets.NoticeBox(theme.WarningIcon(), theme.ColorNameWarning, f.conflicts)
	f.conflictBx.Hide()

	grid := widgets.PairsGrid(
		f.errs.Row("date", lang.L("Date")+" *", container.NewBorder(nil, nil,
			widgets.Fixed(130, f.date), nil, f.dateWords)),
		f.errs.Row("start", lang.L("From")+" *", widgets.Narrow(f.start, 90)),
		f.errs.Row("end", lang.L("Until")+" *", widgets.Narrow(f.end, 90)),
		f.errs.Row("jp", lang.L("JP")+" *", widgets.Narrow(f.jp, 90)),
		f.errs.Row("unit", lang.L("Unit"), f.unit),
		f.errs.Row("instructor", lang.L("Instructor"), f.instructor),
		f.errs.Row("room", lang.L("Room"), f.room),
		f.errs.Row("note", lang.L("Note"), f.note),
	)
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() })
	var left fyne.CanvasObject = container.NewHBox()
	if s.ID != "" {
		del := widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), f.onDelete)
		del.Importance = widget.DangerImportance
		left = del
	}
	buttons := container.NewBorder(nil, nil, left, container.NewHBox(cancel, f.save))
	title := lang.L("New session")
	if s.ID != "" {
		title = lang.L("Session")
	}
	f.dlg = dialog.NewCustomWithoutButtons(title,
		container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil,
			container.NewVBox(grid, f.conflictBx)), p.win)
	f.dlg.Resize(fyne.NewSize(620, 0))
	return f
}

// input reads the session from the fields.
func (f *sessionForm) input() (data.Session, []data.Problem) {
	s := f.orig
	var probs []data.Problem
	s.Date = readDate("date", f.date.Text, &probs)
	if strings.TrimSpace(f.date.Text) == "" {
		probs = append(probs, data.Problem{Field: "date", Code: data.CodeRequired})
	}
	s.Start, s.End = strings.TrimSpace(f.start.Text), strings.TrimSpace(f.end.Text)
	jp, err := strconv.Atoi(strings.TrimSpace(f.jp.Text))
	if err != nil {
		probs = append(probs, data.Problem{Field: "jp", Code: data.CodeSessionJP, Detail: f.jp.Text})
	}
	s.JP = jp
	d := f.page.data
	s.UnitID, s.InstructorID, s.RoomID = "", "", ""
	if i := f.unit.SelectedIndex(); i > 0 {
		s.UnitID = d.Program.Units[i-1].ID
	}
	if i := f.instructor.SelectedIndex(); i > 0 {
		s.InstructorID = d.Instructors[i-1].ID
	}
	if i := f.room.SelectedIndex(); i > 0 {
		s.RoomID = d.Rooms[i-1].ID
	}
	s.Note = f.note.Text
	return s, probs
}

// onSave checks for conflicts first; with conflicts the user has not seen
// it shows them and waits for "Save anyway".
func (f *sessionForm) onSave() {
	s, probs := f.input()
	if len(probs) > 0 {
		f.errs.Show(probs, problemText)
		f.dlg.Refresh()
		return
	}
	confirmed := f.checked
	p := f.page
	p.loads.do(func() {
		ctx := context.Background()
		conflicts, err := p.store.Conflicts(ctx, s)
		saved := false
		if err == nil && (len(conflicts) == 0 || confirmed) {
			if s.ID == "" {
				err = p.store.AddSession(ctx, &s)
			} else {
				err = p.store.UpdateSession(ctx, &s)
			}
			saved = err == nil
		}
		fyne.Do(func() {
			var prob *data.Problem
			if errors.As(err, &prob) {
				f.errs.Show([]data.Problem{*prob}, problemText)
				f.dlg.Refresh()
				return
			}
			if err != nil {
				showError(err, p.win)
				return
			}
			f.errs.Show(nil, problemText)
			if !saved {
				f.showConflicts(conflicts)
				return
			}
			f.saved = true
			f.dlg.Hide()
			p.reload()
		})
	})
}

func (f *sessionForm) showConflicts(cs []data.Conflict) {
	f.shown, f.checked = cs, true
	lines := []string{lang.L("This session overlaps other sessions:")}
	for _, c := range cs {
		lines = append(lines, "• "+conflictDetail(c))
	}
	lines = append(lines, lang.L("Save anyway to keep it; the conflict stays marked in the schedule."))
	f.conflicts.SetText(strings.Join(lines, "\n"))
	f.conflictBx.Show()
	f.save.SetText(lang.L("Save anyway"))
	f.dlg.Refresh()
}

func (f *sessionForm) onDelete() {
	p := f.page
	p.confirm = dialog.NewConfirm(lang.L("Delete session?"),
		lang.L("The session of {{.Date}}, {{.Time}} is removed from the schedule.",
			map[string]any{"Date": dayDate(f.orig.Date), "Time": f.orig.Start + "–" + f.orig.End}),
		func(ok bool) {
			if !ok {
				return
			}
			id := f.orig.ID
			p.loads.do(func() {
				err := p.store.DeleteSession(context.Background(), id)
				fyne.Do(func() {
					if err != nil {
						showError(err, p.win)
						return
					}
					f.dlg.Hide()
					p.reload()
				})
			})
		}, p.win)
	p.confirm.Show()
}
