package app

import (
	"context"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// classColumn is one column of the class list.
type classColumn struct {
	title string
	width float32
	text  func(cs *data.ClassSummary) string
}

// classesScreen is the list of classes (angkatan) with its filters; a class
// opens its page in place of the list, with a Back button.
type classesScreen struct {
	win   fyne.Window
	store *store.Store

	year     *widget.Select
	kejuruan *widget.Select
	status   *widget.Select
	count    *widget.Label
	table    *widget.Table
	empty    fyne.CanvasObject
	list     fyne.CanvasObject // the list with its filters
	root     *fyne.Container   // the list, or a class page

	columns []classColumn

	// Touched on the UI goroutine only.
	filter  data.ClassFilter
	classes []data.ClassSummary
	years   []int
	gen     int
	page    *classPage // the class page shown, nil for the list
	form    *classForm // the last class form opened, for tests

	// loads runs the screen's queries one at a time.
	loads worker
}

func newClassesScreen(win fyne.Window, st *store.Store) *classesScreen {
	s := &classesScreen{win: win, store: st}
	s.columns = []classColumn{
		{lang.L("Class code"), 120, func(cs *data.ClassSummary) string { return cs.Class.Code }},
		{lang.L("Program"), 290, func(cs *data.ClassSummary) string { return cs.ProgramName }},
		{lang.L("Kejuruan"), 100, func(cs *data.ClassSummary) string { return cs.Kejuruan }},
		{lang.L("Dates"), 290, func(cs *data.ClassSummary) string {
			return formatDate(cs.Class.Start) + " – " + formatDate(cs.Class.End)
		}},
		{lang.L("Enrolled"), 76, func(cs *data.ClassSummary) string {
			return strconv.Itoa(cs.Enrolled) + "/" + strconv.Itoa(cs.Class.Quota)
		}},
		{lang.L("Status"), 110, func(cs *data.ClassSummary) string { return classStatusLabel(cs.Status) }},
		{lang.L("Room"), 140, func(cs *data.ClassSummary) string { return cs.RoomName }},
	}
	s.build()
	return s
}

func (s *classesScreen) view() fyne.CanvasObject { return s.root }

func (s *classesScreen) build() {
	all := lang.L("All")
	s.year = widget.NewSelect([]string{all}, s.onYearFilter)
	s.year.PlaceHolder = lang.L("Year")
	s.kejuruan = widget.NewSelect([]string{all}, s.onKejuruanFilter)
	s.kejuruan.PlaceHolder = lang.L("Kejuruan")
	statuses := []string{all}
	for _, st := range data.ClassStatuses {
		statuses = append(statuses, classStatusLabel(st))
	}
	s.status = widget.NewSelect(statuses, s.onStatusFilter)
	s.status.PlaceHolder = lang.L("Status")
	s.count = widget.NewLabel("")
	s.count.TextStyle.Bold = true

	s.table = widget.NewTableWithHeaders(s.tableSize, s.newCell, s.updateCell)
	s.table.ShowHeaderColumn = false
	s.table.UpdateHeader = s.updateHeader
	s.table.OnSelected = s.onCellSelected
	for i, c := range s.columns {
		s.table.SetColumnWidth(i, c.width)
	}

	add := widget.NewButtonWithIcon(lang.L("New class"), theme.ContentAddIcon(), s.onAdd)
	add.Importance = widget.HighImportance
	holidays := widget.NewButtonWithIcon(lang.L("Holidays…"), theme.CalendarIcon(), s.onHolidays)

	emptyText := widget.NewLabel(lang.L("No classes yet. Open a class of a program to plan its schedule and enrol participants."))
	emptyText.Alignment = fyne.TextAlignCenter
	emptyText.Wrapping = fyne.TextWrapWord
	s.empty = container.NewCenter(container.NewVBox(emptyText,
		container.NewCenter(widget.NewButtonWithIcon(lang.L("New class"), theme.ContentAddIcon(), s.onAdd))))
	s.empty.Hide()

	title := widget.NewLabelWithStyle(lang.L("Classes"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(
		container.NewBorder(nil, nil, title, container.NewHBox(holidays, add)),
		container.NewHBox(s.year, s.kejuruan, s.status, widget.NewSeparator(), s.count),
	)
	s.list = container.NewBorder(top, nil, nil, nil, container.NewStack(s.table, s.empty))
	s.root = container.NewStack(s.list)
}

// classStatusLabel names a class status.
func classStatusLabel(status string) string {
	switch status {
	case data.ClassPlanned:
		return lang.L("Planned")
	case data.ClassRunning:
		return lang.L("Running")
	case data.ClassFinished:
		return lang.L("Finished")
	case data.ClassCancelled:
		return lang.L("Cancelled")
	}
	return status
}

func (s *classesScreen) tableSize() (int, int) { return len(s.classes), len(s.columns) }

func (s *classesScreen) newCell() fyne.CanvasObject {
	l := widget.NewLabel("LAS-2026-01 Xxxxxxxx")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (s *classesScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row >= len(s.classes) {
		l.SetText("")
		return
	}
	cs := &s.classes[id.Row]
	l.Importance = widget.MediumImportance
	if id.Col == 5 && cs.Status == data.ClassCancelled {
		l.Importance = widget.DangerImportance
	}
	l.SetText(s.columns[id.Col].text(cs))
}

func (s *classesScreen) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col >= 0 {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		l.SetText(s.columns[id.Col].title)
	}
}

// start loads the list once the screen is on the window.
func (s *classesScreen) start() { s.reload() }

// reload reads the classes of the filter, and the filters' choices.
func (s *classesScreen) reload() {
	filter := s.filter
	var list, every []data.ClassSummary
	var kejuruan []string
	s.loads.load(&s.gen, s.win, func() (err error) {
		ctx := context.Background()
		if list, err = s.store.Classes(ctx, filter); err != nil {
			return err
		}
		if every, err = s.store.Classes(ctx, data.ClassFilter{}); err != nil {
			return err
		}
		kejuruan, err = s.store.Kejuruan(ctx)
		return err
	}, func() {
		s.classes = list
		s.setChoices(every, kejuruan)
		s.showCount()
		s.table.Refresh()
	})
}

// setChoices offers the years that have classes and the kejuruan list.
func (s *classesScreen) setChoices(every []data.ClassSummary, kejuruan []string) {
	var years []int
	for _, cs := range every {
		if !slices.Contains(years, cs.Class.Year) {
			years = append(years, cs.Class.Year)
		}
	}
	slices.Sort(years)
	slices.Reverse(years)
	s.years = years
	opts := []string{lang.L("All")}
	for _, y := range years {
		opts = append(opts, strconv.Itoa(y))
	}
	s.year.Options = opts
	s.year.Refresh()
	s.kejuruan.Options = append([]string{lang.L("All")}, kejuruan...)
	s.kejuruan.Refresh()
}

func (s *classesScreen) showCount() {
	s.count.SetText(lang.L("{{.Count}} classes", map[string]any{"Count": formatCount(len(s.classes))}))
	filtered := s.filter.Year != 0 || s.filter.Kejuruan != "" || s.filter.Status != ""
	if len(s.classes) == 0 && !filtered {
		s.empty.Show()
		s.table.Hide()
	} else {
		s.empty.Hide()
		s.table.Show()
	}
}

func (s *classesScreen) onYearFilter(v string) {
	s.filter.Year = 0
	if s.year.SelectedIndex() > 0 {
		s.filter.Year, _ = strconv.Atoi(v)
	}
	s.reload()
}

func (s *classesScreen) onKejuruanFilter(v string) {
	s.filter.Kejuruan = ""
	if s.kejuruan.SelectedIndex() > 0 {
		s.filter.Kejuruan = v
	}
	s.reload()
}

func (s *classesScreen) onStatusFilter(string) {
	s.filter.Status = ""
	if i := s.status.SelectedIndex(); i > 0 {
		s.filter.Status = data.ClassStatuses[i-1]
	}
	s.reload()
}

func (s *classesScreen) onCellSelected(id widget.TableCellID) {
	s.table.UnselectAll()
	if id.Row < 0 || id.Row >= len(s.classes) {
		return
	}
	s.openClass(s.classes[id.Row].Class.ID)
}

// openClass shows the page of a class in place of the list.
func (s *classesScreen) openClass(id string) {
	p := newClassPage(s.win, s.store, id)
	p.loads.inline = s.loads.inline
	p.onBack = s.onBack
	s.page = p
	s.root.Objects = []fyne.CanvasObject{p.view()}
	s.root.Refresh()
	p.start()
}

// onBack returns from a class page to the list.
func (s *classesScreen) onBack() {
	s.page = nil
	s.root.Objects = []fyne.CanvasObject{s.list}
	s.root.Refresh()
	s.reload()
}

func (s *classesScreen) onAdd() {
	s.form = newClassForm(s.win, s.store, nil, func(c data.Class) {
		s.reload()
		s.openClass(c.ID)
	})
	s.form.bg.inline = s.loads.inline
	s.form.show()
}

func (s *classesScreen) onHolidays() { showHolidaysDialog(s.win, s.store) }
