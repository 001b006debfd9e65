package app

import (
	"balai/data/store"

	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// programFormSize is the size of the program form.
var programFormSize = fyne.NewSize(900, 640)

// programsScreen lists the training programs with their actions.
type programsScreen struct {
	win   fyne.Window
	store *store.Store

	archived *widget.Check
	count    *widget.Label
	table    *widget.Table
	empty    fyne.CanvasObject
	add      *widget.Button
	edit     *widget.Button
	archive  *widget.Button
	delete   *widget.Button
	root     fyne.CanvasObject

	columns []catalogColumn

	// Touched on the UI goroutine only.
	programs []data.Program
	selected int // row of the selected program, -1 for none
	gen      int

	loads worker
}

func newProgramsScreen(win fyne.Window, st *store.Store) *programsScreen {
	s := &programsScreen{win: win, store: st, selected: -1}
	s.columns = []catalogColumn{
		{lang.L("Code"), 110},
		{lang.L("Program name"), 320},
		{lang.L("Kejuruan"), 170},
		{lang.L("JP"), 70},
		{lang.L("Units"), 130},
	}
	s.build()
	return s
}

func (s *programsScreen) view() fyne.CanvasObject { return s.root }

func (s *programsScreen) build() {
	s.archived = widget.NewCheck(lang.L("Show archived"), s.onArchivedFilter)
	s.count = widget.NewLabel("")
	s.count.TextStyle.Bold = true
	s.table = newCatalogTable(s.columns, func() int { return len(s.programs) }, s.cellText, s.onSelected)

	s.add = widget.NewButtonWithIcon(lang.L("New program"), theme.ContentAddIcon(), s.onAdd)
	s.add.Importance = widget.HighImportance
	s.edit = widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), s.onEdit)
	s.archive = widget.NewButtonWithIcon(lang.L("Archive"), theme.FolderIcon(), s.onArchive)
	s.delete = widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), s.onDelete)
	s.updateButtons()

	emptyText := widget.NewLabel(lang.L("No training programs yet. Add the first one with its competency units."))
	emptyText.Alignment = fyne.TextAlignCenter
	emptyText.Wrapping = fyne.TextWrapWord
	s.empty = container.NewCenter(container.NewVBox(emptyText,
		container.NewCenter(widget.NewButtonWithIcon(lang.L("New program"), theme.ContentAddIcon(), s.onAdd))))
	s.empty.Hide()

	title := widget.NewLabelWithStyle(lang.L("Training programs"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(
		container.NewBorder(nil, nil, title, container.NewHBox(s.edit, s.archive, s.delete, s.add)),
		container.NewHBox(s.archived, widget.NewSeparator(), s.count),
	)
	s.root = container.NewBorder(top, nil, nil, nil, container.NewStack(s.table, s.empty))
}

func (s *programsScreen) cellText(row, col int) string {
	if row >= len(s.programs) {
		return ""
	}
	p := s.programs[row]
	switch col {
	case 0:
		return p.Code
	case 1:
		if !p.ArchivedAt.IsZero() {
			return lang.L("{{.Name}} (archived)", map[string]any{"Name": p.Name})
		}
		return p.Name
	case 2:
		return p.Kejuruan
	case 3:
		return strconv.Itoa(p.JP)
	case 4:
		return strconv.Itoa(len(p.Units))
	}
	return ""
}

// start loads the list once the screen is on the window.
func (s *programsScreen) start() { s.reload() }

// reload reads the programs again.
func (s *programsScreen) reload() {
	archived := s.archived.Checked
	var list []data.Program
	s.loads.load(&s.gen, s.win, func() (err error) {
		list, err = s.store.Programs(context.Background(), archived)
		return err
	}, func() {
		s.programs = list
		s.selected = -1
		s.table.UnselectAll()
		s.count.SetText(lang.L("{{.Count}} programs", map[string]any{"Count": formatCount(len(list))}))
		if len(list) == 0 && !archived {
			s.empty.Show()
			s.table.Hide()
		} else {
			s.empty.Hide()
			s.table.Show()
		}
		s.updateButtons()
		s.table.Refresh()
	})
}

func (s *programsScreen) onArchivedFilter(bool) { s.reload() }

func (s *programsScreen) onSelected(row int) {
	s.selected = row
	s.updateButtons()
}

// current is the selected program, nil when none is.
func (s *programsScreen) current() *data.Program {
	if s.selected < 0 || s.selected >= len(s.programs) {
		return nil
	}
	return &s.programs[s.selected]
}

func (s *programsScreen) updateButtons() {
	p := s.current()
	for _, b := range []*widget.Button{s.edit, s.archive, s.delete} {
		if p == nil {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if p != nil && !p.ArchivedAt.IsZero() {
		s.archive.SetText(lang.L("Restore"))
		s.archive.SetIcon(theme.HistoryIcon())
	} else {
		s.archive.SetText(lang.L("Archive"))
		s.archive.SetIcon(theme.FolderIcon())
	}
}

func (s *programsScreen) onAdd() { newProgramForm(s.win, s.store, nil, s.reload).show() }

func (s *programsScreen) onEdit() {
	if p := s.current(); p != nil {
		newProgramForm(s.win, s.store, p, s.reload).show()
	}
}

// onArchive archives the selected program, or restores an archived one.
func (s *programsScreen) onArchive() {
	if p := s.current(); p != nil {
		s.setArchived(p.ID, p.ArchivedAt.IsZero())
	}
}

func (s *programsScreen) setArchived(id string, archived bool) {
	if err := s.store.ArchiveProgram(context.Background(), id, archived); err != nil {
		showError(err, s.win)
		return
	}
	s.reload()
}

// onDelete asks before deleting the selected program for good.
func (s *programsScreen) onDelete() {
	p := s.current()
	if p == nil {
		return
	}
	id := p.ID
	msg := lang.L("Delete program {{.Code}} – {{.Name}} and its competency units for good? This cannot be undone.",
		map[string]any{"Code": p.Code, "Name": p.Name})
	askConfirm(s.win, lang.L("Delete program?"), msg, lang.L("Delete"), widget.DangerImportance, func() { s.deleteProgram(id) })
}

// deleteProgram deletes a program; one used by a class is offered for archiving instead.
func (s *programsScreen) deleteProgram(id string) {
	err := s.store.DeleteProgram(context.Background(), id)
	if errors.Is(err, data.ErrInUse) {
		p, _ := s.store.Program(context.Background(), id)
		msg := lang.L("Classes use this program, so it must stay.")
		var prob *data.Problem
		if errors.As(err, &prob) && prob.Detail != "" {
			msg = lang.L("Classes use this program (for example class {{.Class}}), so it must stay.", map[string]any{"Class": prob.Detail})
		}
		if !p.ArchivedAt.IsZero() {
			dialog.ShowInformation(lang.L("Cannot delete"), msg+" "+lang.L("It is archived already."), s.win)
			return
		}
		askConfirm(s.win, lang.L("Cannot delete"), msg+" "+lang.L("Archive it instead? It is then hidden from the lists and from new classes."),
			lang.L("Archive"), widget.HighImportance, func() { s.setArchived(id, true) })
		return
	}
	if err != nil {
		showError(err, s.win)
		return
	}
	s.reload()
}

// --- Shared by the programs, instructors and rooms lists ---

// catalogColumn is one column of a simple list table.
type catalogColumn struct {
	title string
	width float32
}

// newCatalogTable is a table with column headers whose rows are selected whole.
func newCatalogTable(cols []catalogColumn, rows func() int, text func(row, col int) string, onSelect func(row int)) *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return rows(), len(cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Xxxxxxxxxxxx")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(text(id.Row, id.Col)) },
	)
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(cols) {
			o.(*widget.Label).SetText(cols[id.Col].title)
		}
	}
	t.OnSelected = func(id widget.TableCellID) { onSelect(id.Row) }
	for i, c := range cols {
		t.SetColumnWidth(i, c.width)
	}
	return t
}

// askConfirm asks a question and runs yes when the user agrees.
func askConfirm(win fyne.Window, title, message, confirm string, imp widget.Importance, yes func()) {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	c := dialog.NewCustomConfirm(title, confirm, lang.L("Cancel"), l, func(ok bool) {
		if ok {
			yes()
		}
	}, win)
	c.SetConfirmImportance(imp)
	c.Resize(fyne.NewSize(480, 0))
	c.Show()
}

// catalogErrors holds the inline error label of each field of a small form.
type catalogErrors map[string]*widget.Label

// label is the (hidden) error label of field.
func (ce catalogErrors) label(field string) *widget.Label {
	if l, ok := ce[field]; ok {
		return l
	}
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	ce[field] = l
	return l
}

// row is a labelled field above its error, for a form layout.
func (ce catalogErrors) row(field, label string, obj fyne.CanvasObject) []fyne.CanvasObject {
	return []fyne.CanvasObject{container.NewVBox(widget.NewLabel(label)), container.New(fieldLayout{}, obj, ce.label(field))}
}

// show puts each problem under its field and returns the texts of those
// without one; the other fields' errors are hidden.
func (ce catalogErrors) show(probs []data.Problem) []string {
	texts := map[string][]string{}
	var rest []string
	for _, p := range probs {
		if _, ok := ce[p.Field]; ok {
			texts[p.Field] = append(texts[p.Field], problemText(p))
		} else {
			rest = append(rest, problemText(p))
		}
	}
	for field, l := range ce {
		setMessage(l, strings.Join(texts[field], "\n"))
	}
	return rest
}

// text is the error shown under a field, "" when hidden.
func (ce catalogErrors) text(field string) string {
	if l := ce[field]; l != nil && l.Visible() {
		return l.Text
	}
	return ""
}

// catalogGrid lays rows out as a two-column form.
func catalogGrid(rows ...[]fyne.CanvasObject) *fyne.Container {
	var objs []fyne.CanvasObject
	for _, r := range rows {
		objs = append(objs, r...)
	}
	return container.New(layout.NewFormLayout(), objs...)
}

// problemsOf is the list of problems in a store error, nil when it has none.
func problemsOf(err error) []data.Problem {
	var ps data.Problems
	if errors.As(err, &ps) {
		return ps
	}
	var p *data.Problem
	if errors.As(err, &p) && !errors.Is(err, data.ErrInUse) {
		return []data.Problem{*p}
	}
	return nil
}

// readCount reads a whole number; ok false when the text is not one.
func readCount(text string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	return n, err == nil
}

// --- Program form ---

// programForm adds or edits a program with its competency units, in a dialog.
type programForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Program // nil for a new program
	onSaved func()

	code       *widget.Entry
	name       *widget.Entry
	kejuruan   *widget.Select
	manageKej  *widget.Button
	jp         *widget.Entry
	desc       *widget.Entry
	units      []*unitRow
	unitsBox   *fyne.Container
	unitsHead  fyne.CanvasObject
	unitsEmpty *widget.Label
	addUnit    *widget.Button
	total      *widget.Label
	errs       catalogErrors
	summary    *widget.Label
	save       *widget.Button
	cancel     *widget.Button
	scroll     *container.Scroll
	content    *fyne.Container
	dlg        *dialog.CustomDialog

	attempted bool // Save was tapped: problems are shown as the user types
	filling   bool // the widgets are being filled in: not a user change
	dirty     bool // the user changed something
}

// unitRow is one competency unit in the units editor.
type unitRow struct {
	id     string // the stored unit's ID, "" for a new unit
	num    *widget.Label
	code   *widget.Entry
	title  *widget.Entry
	jp     *widget.Entry
	up     *widget.Button
	down   *widget.Button
	remove *widget.Button
	err    *widget.Label
	box    fyne.CanvasObject
}

func newProgramForm(win fyne.Window, st *store.Store, p *data.Program, onSaved func()) *programForm {
	f := &programForm{win: win, store: st, onSaved: onSaved, errs: catalogErrors{}}
	if p != nil {
		c := *p
		c.Units = slices.Clone(p.Units)
		f.orig = &c
	}
	f.build()
	f.fill()
	return f
}

func (f *programForm) build() {
	f.code = widget.NewEntry()
	f.code.SetPlaceHolder(lang.L("e.g. LAS"))
	f.code.OnChanged = f.onChanged
	f.name = widget.NewEntry()
	f.name.SetPlaceHolder(lang.L("e.g. Las SMAW 3G"))
	f.name.OnChanged = f.onChanged
	f.kejuruan = widget.NewSelect(nil, f.onChanged)
	f.kejuruan.PlaceHolder = lang.L("(choose)")
	f.loadKejuruan()
	f.manageKej = widget.NewButtonWithIcon(lang.L("Manage kejuruan…"), theme.SettingsIcon(), f.onManageKejuruan)
	f.jp = widget.NewEntry()
	f.jp.SetPlaceHolder("240")
	f.jp.OnChanged = f.onJPChanged
	f.desc = widget.NewMultiLineEntry()
	f.desc.Wrapping = fyne.TextWrapWord
	f.desc.SetMinRowsVisible(2)
	f.desc.OnChanged = f.onChanged

	jpRow := container.NewBorder(nil, nil, container.New(&fixedWidth{width: 90}, f.jp), nil,
		widget.NewLabel(lang.L("JP (1 JP = 45 minutes)")))
	kejRow := container.NewBorder(nil, nil, nil, f.manageKej, f.kejuruan)
	codeRow := container.New(&fixedWidth{width: 160}, f.code)
	grid := catalogGrid(
		f.errs.row("code", lang.L("Program code *"), container.NewBorder(nil, nil, codeRow, nil)),
		f.errs.row("name", lang.L("Program name *"), f.name),
		f.errs.row("kejuruan", lang.L("Kejuruan *"), kejRow),
		f.errs.row("jp", lang.L("Total JP *"), jpRow),
		f.errs.row("description", lang.L("Program description"), f.desc),
	)

	// Units editor.
	head := func(text string) *widget.Label {
		return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	f.unitsHead = container.NewBorder(nil, nil,
		container.NewHBox(container.New(&fixedWidth{width: 36}, head(lang.L("No."))), container.New(&fixedWidth{width: 170}, head(lang.L("Unit code")))),
		container.NewHBox(container.New(&fixedWidth{width: 70}, head(lang.L("JP"))), container.New(&fixedWidth{width: unitButtonsWidth}, widget.NewLabel(""))),
		head(lang.L("Unit title *")))
	f.unitsBox = container.NewVBox()
	f.unitsEmpty = widget.NewLabel(lang.L("No competency units yet. Add them in teaching order."))
	f.unitsEmpty.Importance = widget.LowImportance
	f.addUnit = widget.NewButtonWithIcon(lang.L("Add unit"), theme.ContentAddIcon(), f.onAddUnit)
	f.total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	unitsErr := f.errs.label("units")
	units := container.NewVBox(sectionTitle(lang.L("Competency units")), f.unitsHead, f.unitsBox, f.unitsEmpty,
		container.NewBorder(nil, nil, f.addUnit, nil, f.total), unitsErr)

	f.summary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.summary.Importance = widget.DangerImportance
	f.summary.Wrapping = fyne.TextWrapWord
	f.summary.Hide()

	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), f.onCancel)
	required := widget.NewLabel(lang.L("* must be filled in."))
	required.Importance = widget.LowImportance
	buttons := container.NewBorder(nil, nil, required, container.NewHBox(f.cancel, f.save))

	// One scroll for the fields and the units: messages that appear push
	// the rows down instead of squeezing them.
	f.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(grid, units)))
	f.content = container.NewBorder(f.summary, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, f.scroll)

	title := lang.L("New training program")
	if f.orig != nil {
		title = lang.L("Training program") + ": " + f.orig.Code
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, f.content, f.win)
	f.dlg.Resize(programFormSize)
}

// unitButtonsWidth is the width of a unit row's move and remove buttons.
const unitButtonsWidth = 132

// loadKejuruan fills the kejuruan choices, keeping the current choice.
func (f *programForm) loadKejuruan() {
	names, err := f.store.Kejuruan(context.Background())
	if err != nil {
		showError(err, f.win)
		return
	}
	if f.orig != nil && f.orig.Kejuruan != "" && !slices.Contains(names, f.orig.Kejuruan) {
		names = append(names, f.orig.Kejuruan)
	}
	f.kejuruan.SetOptions(names)
}

// fill shows the program being edited, or one empty unit row for a new one.
func (f *programForm) fill() {
	f.filling = true
	defer func() { f.filling = false }()
	if f.orig == nil {
		f.appendUnit(data.Unit{})
		f.showTotal()
		return
	}
	f.code.SetText(f.orig.Code)
	f.name.SetText(f.orig.Name)
	f.kejuruan.SetSelected(f.orig.Kejuruan)
	f.jp.SetText(strconv.Itoa(f.orig.JP))
	f.desc.SetText(f.orig.Description)
	for _, u := range f.orig.Units {
		f.appendUnit(u)
	}
	f.showTotal()
}

func (f *programForm) show() {
	f.dlg.Show()
	f.win.Canvas().Focus(f.code)
}

// appendUnit adds a unit row at the end of the editor.
func (f *programForm) appendUnit(u data.Unit) *unitRow {
	r := &unitRow{id: u.ID}
	r.num = widget.NewLabel("")
	r.code = widget.NewEntry()
	r.code.SetPlaceHolder(lang.L("e.g. C.24.010.01"))
	r.code.SetText(u.Code)
	r.code.OnChanged = f.onChanged
	r.title = widget.NewEntry()
	r.title.SetText(u.Title)
	r.title.OnChanged = f.onChanged
	r.jp = widget.NewEntry()
	if u.JP != 0 {
		r.jp.SetText(strconv.Itoa(u.JP))
	}
	r.jp.OnChanged = f.onJPChanged
	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.moveUnit(r, -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { f.moveUnit(r, 1) })
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { f.removeUnit(r) })
	r.remove.Importance = widget.LowImportance
	r.err = widget.NewLabel("")
	r.err.Importance = widget.DangerImportance
	r.err.Wrapping = fyne.TextWrapWord
	r.err.Hide()
	line := container.NewBorder(nil, nil,
		container.NewHBox(container.New(&fixedWidth{width: 36}, r.num), container.New(&fixedWidth{width: 170}, r.code)),
		container.NewHBox(container.New(&fixedWidth{width: 70}, r.jp), container.New(&fixedWidth{width: unitButtonsWidth},
			container.NewGridWithColumns(3, r.up, r.down, r.remove))),
		r.title)
	r.box = container.New(fieldLayout{}, line, r.err)
	f.units = append(f.units, r)
	f.layoutUnits()
	return r
}

// layoutUnits shows the rows in their order, numbered from 1.
func (f *programForm) layoutUnits() {
	objs := make([]fyne.CanvasObject, len(f.units))
	for i, r := range f.units {
		objs[i] = r.box
		r.num.SetText(strconv.Itoa(i+1) + ".")
		setEnabled(r.up, i > 0)
		setEnabled(r.down, i < len(f.units)-1)
	}
	f.unitsBox.Objects = objs
	if len(f.units) == 0 {
		f.unitsEmpty.Show()
	} else {
		f.unitsEmpty.Hide()
	}
	f.unitsBox.Refresh()
}

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

func (f *programForm) onAddUnit() {
	r := f.appendUnit(data.Unit{})
	f.changed()
	f.scroll.ScrollToBottom()
	f.win.Canvas().Focus(r.code)
}

func (f *programForm) removeUnit(r *unitRow) {
	i := slices.Index(f.units, r)
	if i < 0 {
		return
	}
	f.units = slices.Delete(f.units, i, i+1)
	f.layoutUnits()
	f.showTotal()
	f.changed()
}

// moveUnit moves a unit one place up (by -1) or down (by 1).
func (f *programForm) moveUnit(r *unitRow, by int) {
	i := slices.Index(f.units, r)
	j := i + by
	if i < 0 || j < 0 || j >= len(f.units) {
		return
	}
	f.units[i], f.units[j] = f.units[j], f.units[i]
	f.layoutUnits()
	f.changed()
}

func (f *programForm) onChanged(string) { f.changed() }

func (f *programForm) onJPChanged(string) {
	f.showTotal()
	f.changed()
}

// changed validates again as the user types, once Save was tapped.
func (f *programForm) changed() {
	if f.filling {
		return
	}
	f.dirty = true
	if f.attempted {
		f.showProblems(f.check())
	}
}

// showTotal writes the units' JP against the program's: red when they differ.
func (f *programForm) showTotal() {
	sum := 0
	for _, r := range f.units {
		if n, ok := readCount(r.jp.Text); ok {
			sum += n
		}
	}
	jp, ok := readCount(f.jp.Text)
	switch {
	case !ok || jp <= 0:
		f.total.SetText(lang.L("Units' total: {{.Sum}} JP", map[string]any{"Sum": sum}))
		f.total.Importance = widget.MediumImportance
	case sum == jp:
		f.total.SetText(lang.L("Units' total: {{.Sum}} of {{.JP}} JP — matches", map[string]any{"Sum": sum, "JP": jp}))
		f.total.Importance = widget.SuccessImportance
	case sum < jp:
		f.total.SetText(lang.L("Units' total: {{.Sum}} of {{.JP}} JP — {{.Diff}} JP short", map[string]any{"Sum": sum, "JP": jp, "Diff": jp - sum}))
		f.total.Importance = widget.DangerImportance
	default:
		f.total.SetText(lang.L("Units' total: {{.Sum}} of {{.JP}} JP — {{.Diff}} JP over", map[string]any{"Sum": sum, "JP": jp, "Diff": sum - jp}))
		f.total.Importance = widget.DangerImportance
	}
	f.total.Refresh()
}

// input is the program as the form holds it, with the problems of numbers
// that are not numbers.
func (f *programForm) input() (data.Program, []data.Problem) {
	p := data.Program{Code: f.code.Text, Name: f.name.Text, Kejuruan: f.kejuruan.Selected, Description: f.desc.Text}
	if f.orig != nil {
		p.ID = f.orig.ID
	}
	var probs []data.Problem
	jpText := strings.TrimSpace(f.jp.Text)
	if n, ok := readCount(jpText); ok {
		p.JP = n
	} else if jpText != "" {
		probs = append(probs, data.Problem{Field: "jp", Code: data.CodeJPNotPositive, Detail: jpText})
		p.JP = -1 // a problem of its own, not one more
	}
	for _, r := range f.units {
		n, _ := readCount(r.jp.Text)
		p.Units = append(p.Units, data.Unit{ID: r.id, Code: r.code.Text, Title: r.title.Text, JP: n})
	}
	return p, probs
}

// check is every problem of the form's program that needs no database.
func (f *programForm) check() []data.Problem {
	p, probs := f.input()
	for _, v := range data.ValidateProgram(p) {
		if v.Field == "jp" && len(probs) > 0 {
			continue // the JP typed is not a number: said already
		}
		probs = append(probs, v)
	}
	return probs
}

// showProblems puts each problem under its field or unit row.
func (f *programForm) showProblems(probs []data.Problem) {
	unitTexts := make([][]string, len(f.units))
	var fields []data.Problem
	mismatch := false
	for _, p := range probs {
		var i int
		var rest string
		if _, err := fmt.Sscanf(p.Field, "units.%d.%s", &i, &rest); err == nil && i >= 0 && i < len(f.units) {
			unitTexts[i] = append(unitTexts[i], problemText(p))
			continue
		}
		if p.Code == data.CodeUnitsJPMismatch {
			mismatch = true // the total line says by how much
			continue
		}
		fields = append(fields, p)
	}
	rest := f.errs.show(fields)
	if mismatch {
		units := f.errs.label("units")
		setMessage(units, joinLines([]string{lang.L("The units' JP must add up to the total JP before the program can be saved: change the JP of a unit or the total."), f.errs.text("units")}))
	}
	for i, r := range f.units {
		setMessage(r.err, strings.Join(unitTexts[i], "\n"))
	}
	switch {
	case len(probs) == 0:
		setMessage(f.summary, "")
	default:
		setMessage(f.summary, strings.Join(append([]string{lang.L("Nothing has been saved yet: correct what is marked in red.")}, rest...), "\n"))
	}
	f.unitsBox.Refresh()
	f.content.Refresh()
}

// onSave validates and saves the program with its units.
func (f *programForm) onSave() {
	f.attempted = true
	probs := f.check()
	f.showProblems(probs)
	if len(probs) > 0 {
		return
	}
	p, _ := f.input()
	ctx := context.Background()
	var err error
	if f.orig == nil {
		err = f.store.CreateProgram(ctx, &p)
	} else {
		err = f.store.UpdateProgram(ctx, &p)
	}
	if ps := problemsOf(err); ps != nil {
		f.showProblems(ps)
		return
	}
	if err != nil {
		showError(err, f.win)
		return
	}
	f.dlg.Hide()
	if f.onSaved != nil {
		f.onSaved()
	}
}

// onCancel closes the form; changes are given up after asking.
func (f *programForm) onCancel() {
	if !f.dirty {
		f.dlg.Hide()
		return
	}
	askConfirm(f.win, lang.L("Discard changes?"), lang.L("The changes to this program have not been saved."),
		lang.L("Discard"), widget.DangerImportance, f.dlg.Hide)
}

// onManageKejuruan opens the kejuruan list; the choices follow its changes.
func (f *programForm) onManageKejuruan() { showKejuruanDialog(f.win, f.store, f.onKejuruanChanged) }

// onKejuruanChanged reloads the choices after the list changed, keeping the
// choice (under its new name after a rename).
func (f *programForm) onKejuruanChanged(oldName, newName string) {
	sel := f.kejuruan.Selected
	if sel == oldName && newName != "" {
		sel = newName
	}
	f.loadKejuruan()
	if slices.Contains(f.kejuruan.Options, sel) {
		f.kejuruan.SetSelected(sel)
	} else {
		f.kejuruan.ClearSelected()
	}
}

// --- Kejuruan list ---

// kejuruanDialog lets the user add, rename and delete vocational fields.
type kejuruanDialog struct {
	win       fyne.Window
	store     *store.Store
	onChanged func(oldName, newName string) // after a change; names set on a rename

	names    []string
	selected int
	list     *widget.List
	entry    *widget.Entry
	add      *widget.Button
	rename   *widget.Button
	delete   *widget.Button
	msg      *widget.Label
	dlg      dialog.Dialog
}

func showKejuruanDialog(win fyne.Window, st *store.Store, onChanged func(oldName, newName string)) *kejuruanDialog {
	d := &kejuruanDialog{win: win, store: st, onChanged: onChanged, selected: -1}
	d.list = widget.NewList(func() int { return len(d.names) },
		func() fyne.CanvasObject { return widget.NewLabel("Administrasi Perkantoran") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(d.names[i]) })
	d.list.OnSelected = d.onSelected
	d.entry = widget.NewEntry()
	d.entry.SetPlaceHolder(lang.L("Name of the kejuruan"))
	d.entry.OnSubmitted = func(string) { d.onAdd() }
	d.add = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), d.onAdd)
	d.rename = widget.NewButtonWithIcon(lang.L("Rename"), theme.DocumentCreateIcon(), d.onRename)
	d.delete = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), d.onDelete)
	d.msg = widget.NewLabel("")
	d.msg.Wrapping = fyne.TextWrapWord
	d.msg.Importance = widget.DangerImportance
	d.msg.Hide()
	hint := widget.NewLabel(lang.L("Select a kejuruan to rename or delete it. Renaming also renames it in its programs and instructors."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	bottom := container.NewVBox(d.entry, container.NewHBox(d.add, d.rename, d.delete), d.msg, hint)
	d.load()
	d.updateButtons()
	d.dlg = dialog.NewCustom(lang.L("Kejuruan"), lang.L("Close"), container.NewBorder(nil, bottom, nil, nil, d.list), win)
	d.dlg.Resize(fyne.NewSize(460, 520))
	d.dlg.Show()
	return d
}

func (d *kejuruanDialog) load() {
	names, err := d.store.Kejuruan(context.Background())
	if err != nil {
		showError(err, d.win)
		return
	}
	d.names = names
	d.selected = -1
	d.list.UnselectAll()
	d.list.Refresh()
	d.updateButtons()
}

func (d *kejuruanDialog) onSelected(i widget.ListItemID) {
	d.selected = i
	d.entry.SetText(d.names[i])
	d.updateButtons()
}

func (d *kejuruanDialog) updateButtons() {
	setEnabled(d.rename, d.selected >= 0)
	setEnabled(d.delete, d.selected >= 0)
}

// done reports the outcome of a change: its error under the entry, or a fresh list.
func (d *kejuruanDialog) done(err error, oldName, newName string) {
	if err != nil {
		setMessage(d.msg, userMessageOrProblems(err))
		return
	}
	setMessage(d.msg, "")
	d.entry.SetText("")
	d.load()
	if d.onChanged != nil {
		d.onChanged(oldName, newName)
	}
}

func (d *kejuruanDialog) onAdd() {
	d.done(d.store.AddKejuruan(context.Background(), d.entry.Text), "", "")
}

func (d *kejuruanDialog) onRename() {
	if d.selected < 0 {
		return
	}
	oldName := d.names[d.selected]
	newName := strings.TrimSpace(d.entry.Text)
	d.done(d.store.RenameKejuruan(context.Background(), oldName, newName), oldName, newName)
}

func (d *kejuruanDialog) onDelete() {
	if d.selected < 0 {
		return
	}
	name := d.names[d.selected]
	d.done(d.store.DeleteKejuruan(context.Background(), name), name, "")
}

// userMessageOrProblems is every problem of err in words, else userMessage.
func userMessageOrProblems(err error) string {
	var p *data.Problem
	if errors.Is(err, data.ErrInUse) && errors.As(err, &p) {
		return problemText(*p)
	}
	if ps := problemsOf(err); ps != nil {
		texts := make([]string, len(ps))
		for i, p := range ps {
			texts[i] = problemText(p)
		}
		return strings.Join(texts, "\n")
	}
	return userMessage(err)
}
