package app

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// seekerPageSize is how many rows one query fetches for the table.
const seekerPageSize = 100

// maxCachedPages bounds the rows kept in memory while scrolling far.
const maxCachedPages = 40

// seekerColumn is one column of the register table.
type seekerColumn struct {
	title string
	sort  data.SeekerSort
	width float32
	text  func(sk *data.Seeker, revealed bool) string
}

// seekersScreen is the job-seeker register: search, filters, a table that
// fetches its rows page by page, and the actions on them.
type seekersScreen struct {
	win   fyne.Window
	store *store.Store

	search     *widget.Entry
	sex        *widget.Select
	education  *widget.Select
	kecamatan  *widget.Select
	employment *widget.Select
	archived   *widget.Check
	count      *widget.Label
	table      *widget.Table
	empty      fyne.CanvasObject
	root       fyne.CanvasObject

	columns []seekerColumn

	// Everything below is touched on the UI goroutine only.
	filter   store.SeekerFilter
	total    int
	gen      int // bumped by every reload; late answers of older ones are dropped
	pages    map[int][]data.Seeker
	loading  map[int]bool
	revealed string // ID of the one seeker whose NIK is shown in full
	debounce *time.Timer
	// searchDelay waits for a pause in typing so that a fast typist causes
	// one query, not ten; tests set it to zero.
	searchDelay time.Duration

	// form is the seeker form open, nil when none: Ctrl+N while it is open
	// brings it forward instead of stacking a second one.
	form *seekerForm

	// loads runs the screen's queries one at a time.
	loads worker
}

func newSeekersScreen(win fyne.Window, st *store.Store) *seekersScreen {
	s := &seekersScreen{win: win, store: st, pages: map[int][]data.Seeker{}, loading: map[int]bool{},
		searchDelay: 150 * time.Millisecond}
	s.columns = []seekerColumn{
		{lang.L("NIK"), data.SortNIK, 150, func(sk *data.Seeker, revealed bool) string {
			if revealed {
				return sk.NIK
			}
			return data.MaskNIK(sk.NIK)
		}},
		{lang.L("Full name"), data.SortName, 250, func(sk *data.Seeker, _ bool) string { return sk.Name }},
		{lang.L("M/F"), "", 50, func(sk *data.Seeker, _ bool) string { return sexLetter(sk.Sex) }},
		{lang.L("Date of birth"), data.SortBirthDate, 150, func(sk *data.Seeker, _ bool) string { return formatDate(sk.BirthDate) }},
		{lang.L("Education"), "", 95, func(sk *data.Seeker, _ bool) string { return sk.Education }},
		{lang.L("Kecamatan"), data.SortKecamatan, 165, func(sk *data.Seeker, _ bool) string { return sk.Kecamatan }},
		{lang.L("Phone"), "", 135, func(sk *data.Seeker, _ bool) string { return sk.Phone }},
		{lang.L("Employment status"), "", 140, func(sk *data.Seeker, _ bool) string { return employmentLabel(sk.Employment) }},
		{lang.L("Registered on"), data.SortRegistered, 150, func(sk *data.Seeker, _ bool) string { return formatDate(sk.RegisteredOn) }},
	}
	s.build()
	return s
}

func (s *seekersScreen) view() fyne.CanvasObject { return s.root }

func (s *seekersScreen) build() {
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.L("Search name, NIK, phone or AK/1 number…"))
	s.search.OnChanged = s.onSearchChanged

	all := lang.L("All")
	s.sex = widget.NewSelect([]string{all, lang.L("Male"), lang.L("Female")}, s.onSexFilter)
	s.sex.PlaceHolder = lang.L("Sex")
	s.education = widget.NewSelect(append([]string{all}, data.EducationLevels...), s.onEducationFilter)
	s.education.PlaceHolder = lang.L("Education")
	s.kecamatan = widget.NewSelect([]string{all}, s.onKecamatanFilter)
	s.kecamatan.PlaceHolder = lang.L("Kecamatan")
	employment := []string{all}
	for _, e := range data.EmploymentStatuses {
		employment = append(employment, employmentLabel(e))
	}
	s.employment = widget.NewSelect(employment, s.onEmploymentFilter)
	s.employment.PlaceHolder = lang.L("Employment status")
	s.archived = widget.NewCheck(lang.L("Archived"), s.onArchivedFilter)

	s.count = widget.NewLabel("")
	s.count.TextStyle.Bold = true

	s.table = widget.NewTableWithHeaders(s.tableSize, s.newCell, s.updateCell)
	s.table.ShowHeaderColumn = false
	s.table.CreateHeader = s.newHeader
	s.table.UpdateHeader = s.updateHeader
	s.table.OnSelected = s.onCellSelected
	for i, c := range s.columns {
		s.table.SetColumnWidth(i, c.width)
	}

	add := widget.NewButtonWithIcon(lang.L("New job seeker"), theme.ContentAddIcon(), s.onAdd)
	add.Importance = widget.HighImportance
	// Named in full: "Impor…" read as a word cut short.
	imp := widget.NewButtonWithIcon(lang.L("Import Excel/CSV"), theme.UploadIcon(), s.onImport)
	exp := widget.NewButtonWithIcon(lang.L("Export Excel/CSV"), theme.DownloadIcon(), s.onExport)

	emptyText := widget.NewLabel(lang.L("No job seekers yet. Add one, or import the Excel list you already have."))
	emptyText.Alignment = fyne.TextAlignCenter
	emptyText.Wrapping = fyne.TextWrapWord
	s.empty = container.NewCenter(container.NewVBox(emptyText,
		container.NewCenter(container.NewHBox(
			widget.NewButtonWithIcon(lang.L("New job seeker"), theme.ContentAddIcon(), s.onAdd),
			widget.NewButtonWithIcon(lang.L("Import…"), theme.UploadIcon(), s.onImport)))))
	s.empty.Hide()

	title := widget.NewLabelWithStyle(lang.L("Job seekers"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(
		container.NewBorder(nil, nil, title, container.NewHBox(imp, exp, add)),
		container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()), nil, s.search),
		container.NewHBox(s.sex, s.education, s.kecamatan, s.employment, s.archived, widget.NewSeparator(), s.count),
	)
	s.root = container.NewBorder(top, nil, nil, nil, container.NewStack(s.table, s.empty))
}

func (s *seekersScreen) tableSize() (int, int) { return s.total, len(s.columns) }

func (s *seekersScreen) newCell() fyne.CanvasObject {
	l := widget.NewLabel("6471**********51 Xxxxxxxxx")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (s *seekersScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	sk := s.seekerAt(id.Row)
	if sk == nil {
		l.SetText("…")
		return
	}
	l.SetText(s.columns[id.Col].text(sk, sk.ID == s.revealed))
}

// seekerAt returns the seeker on a table row, asking for its page if it is not
// loaded yet (the cell then shows "…" until the page arrives).
func (s *seekersScreen) seekerAt(row int) *data.Seeker {
	page := row / seekerPageSize
	if p, ok := s.pages[page]; ok {
		if i := row % seekerPageSize; i < len(p) {
			return &p[i]
		}
		return nil
	}
	s.loadPage(page)
	return nil
}

func (s *seekersScreen) loadPage(page int) {
	if s.loading[page] {
		return
	}
	s.loading[page] = true
	gen, filter := s.gen, s.filter
	s.loads.do(func() {
		list, err := s.store.FindSeekers(context.Background(), filter, page*seekerPageSize, seekerPageSize)
		fyne.Do(func() {
			if gen != s.gen {
				return
			}
			delete(s.loading, page)
			if err != nil {
				showError(err, s.win)
				return
			}
			if len(s.pages) >= maxCachedPages {
				clear(s.pages)
			}
			s.pages[page] = list
			s.table.Refresh()
		})
	})
}

// start loads the first page once the screen is on the window.
func (s *seekersScreen) start() { s.reload() }

// reload counts the matches again and drops every cached page.
func (s *seekersScreen) reload() {
	clear(s.pages)
	clear(s.loading)
	filter := s.filter
	var n int
	var first []data.Seeker
	s.loads.load(&s.gen, s.win, func() (err error) {
		ctx := context.Background()
		if n, err = s.store.CountSeekers(ctx, filter); err != nil {
			return err
		}
		first, err = s.store.FindSeekers(ctx, filter, 0, seekerPageSize)
		return err
	}, func() {
		s.total = n
		s.pages[0] = first
		s.showCount()
		s.table.ScrollToTop()
		s.table.Refresh()
	})
	s.loadKecamatans()
}

func (s *seekersScreen) showCount() {
	s.count.SetText(lang.L("{{.Count}} job seekers", map[string]any{"Count": formatCount(s.total)}))
	filtered := s.filter.Query != "" || s.filter.Sex != "" || s.filter.Education != "" ||
		s.filter.Kecamatan != "" || s.filter.Employment != "" || s.filter.Archived
	if s.total == 0 && !filtered {
		s.empty.Show()
		s.table.Hide()
	} else {
		s.empty.Hide()
		s.table.Show()
	}
}

func (s *seekersScreen) loadKecamatans() {
	s.loads.do(func() {
		names, err := s.store.Kecamatans(context.Background())
		if err != nil {
			return // the filter keeps its old choices; the table reports errors
		}
		fyne.Do(func() {
			s.kecamatan.Options = append([]string{lang.L("All")}, names...)
			s.kecamatan.Refresh()
		})
	})
}

func (s *seekersScreen) onSearchChanged(text string) {
	if s.debounce != nil {
		s.debounce.Stop()
	}
	search := func() {
		if s.filter.Query != text {
			s.filter.Query = text
			s.reload()
		}
	}
	if s.searchDelay == 0 {
		search()
		return
	}
	s.debounce = time.AfterFunc(s.searchDelay, func() { fyne.Do(search) })
}

func (s *seekersScreen) onSexFilter(v string) {
	switch s.sex.SelectedIndex() {
	case 1:
		s.filter.Sex = data.SexMale
	case 2:
		s.filter.Sex = data.SexFemale
	default:
		s.filter.Sex = ""
	}
	s.reload()
}

func (s *seekersScreen) onEducationFilter(v string) {
	s.filter.Education = ""
	if s.education.SelectedIndex() > 0 {
		s.filter.Education = v
	}
	s.reload()
}

func (s *seekersScreen) onKecamatanFilter(v string) {
	s.filter.Kecamatan = ""
	if s.kecamatan.SelectedIndex() > 0 {
		s.filter.Kecamatan = v
	}
	s.reload()
}

func (s *seekersScreen) onEmploymentFilter(string) {
	s.filter.Employment = ""
	if i := s.employment.SelectedIndex(); i > 0 {
		s.filter.Employment = data.EmploymentStatuses[i-1]
	}
	s.reload()
}

func (s *seekersScreen) onArchivedFilter(on bool) {
	s.filter.Archived = on
	s.reload()
}

func (s *seekersScreen) newHeader() fyne.CanvasObject {
	b := widget.NewButton("", nil)
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	return b
}

func (s *seekersScreen) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 {
		return
	}
	c := s.columns[id.Col]
	b.SetText(c.title)
	b.SetIcon(nil)
	if c.sort != "" && (s.filter.Sort == c.sort || (s.filter.Sort == "" && c.sort == data.SortName)) {
		if s.filter.Desc {
			b.SetIcon(theme.MoveDownIcon())
		} else {
			b.SetIcon(theme.MoveUpIcon())
		}
	}
	col := id.Col
	b.OnTapped = func() { s.onSort(col) }
}

// onSort sorts by a column; a second tap on the same column reverses it.
func (s *seekersScreen) onSort(col int) {
	c := s.columns[col]
	if c.sort == "" {
		return
	}
	current := s.filter.Sort
	if current == "" {
		current = data.SortName
	}
	if current == c.sort {
		s.filter.Desc = !s.filter.Desc
	} else {
		s.filter.Sort, s.filter.Desc = c.sort, false
	}
	s.reload()
}

// onCellSelected opens the seeker, or reveals their NIK when the NIK cell is tapped.
func (s *seekersScreen) onCellSelected(id widget.TableCellID) {
	s.table.UnselectAll()
	sk := s.seekerAt(id.Row)
	if sk == nil {
		return
	}
	if id.Col == 0 {
		if s.revealed == sk.ID {
			s.revealed = ""
		} else {
			s.revealed = sk.ID
		}
		s.table.Refresh()
		return
	}
	s.onEdit(*sk)
}

func (s *seekersScreen) focusSearch() { s.win.Canvas().Focus(s.search) }

func (s *seekersScreen) onAdd() { s.openForm(nil) }

func (s *seekersScreen) onEdit(sk data.Seeker) { s.openForm(&sk) }

// openForm opens the seeker form for sk (nil: a new seeker), or brings the
// form already open forward.
func (s *seekersScreen) openForm(sk *data.Seeker) {
	if s.form != nil {
		s.form.focusFirst()
		return
	}
	f := newSeekerForm(s.win, s.store, sk, s.reload)
	s.form = f
	f.show()
	f.dlg.SetOnClosed(func() {
		if s.form == f {
			s.form = nil
		}
	})
}

func (s *seekersScreen) onImport() { showImportWizard(s.win, s.store, s.reload) }

func (s *seekersScreen) onExport() { showExportDialog(s.win, s.store, s.filter) }
