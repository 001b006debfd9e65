package app

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

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

// programFormSize is the size of the program form.
var programFormSize = fyne.NewSize(900, 640)

// programForm adds or edits a program with its competency units, in a dialog.
type programForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Program // nil for a new program
	onSaved func()

	code       *widgets.Entry
	name       *widgets.Entry
	kejuruan   *widget.Select
	manageKej  *widget.Button
	jp         *widgets.Entry
	desc       *widgets.Entry
	units      []*unitRow
	unitsBox   *fyne.Container
	unitsHead  fyne.CanvasObject
	unitsEmpty *widget.Label
	addUnit    *widget.Button
	total      *widget.Label
	errs       *widgets.FieldErrors
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

func newProgramForm(win fyne.Window, st *store.Store, p *data.Program, onSaved func()) *programForm {
	f := &programForm{win: win, store: st, onSaved: onSaved, errs: widgets.NewFieldErrors()}
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
	grid := f.buildFields()
	units := f.buildUnits()
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

// buildFields makes the program's own fields: code, name, kejuruan, JP and
// description.
func (f *programForm) buildFields() fyne.CanvasObject {
	f.code = widgets.NewEntry()
	f.code.SetPlaceHolder(lang.L("e.g. LAS"))
	f.code.OnChanged = f.onChanged
	f.name = widgets.NewEntry()
	f.name.SetPlaceHolder(lang.L("e.g. Las SMAW 3G"))
	f.name.OnChanged = f.onChanged
	f.kejuruan = widget.NewSelect(nil, f.onChanged)
	f.kejuruan.PlaceHolder = lang.L("(choose)")
	f.loadKejuruan()
	f.manageKej = widget.NewButtonWithIcon(lang.L("Manage kejuruan…"), theme.SettingsIcon(), f.onManageKejuruan)
	f.jp = widgets.NewEntry()
	f.jp.SetPlaceHolder("240")
	f.jp.OnChanged = f.onJPChanged
	f.desc = widgets.NewMultiLineEntry()
	f.desc.Wrapping = fyne.TextWrapWord
	f.desc.SetMinRowsVisible(2)
	f.desc.OnChanged = f.onChanged

	jpRow := container.NewBorder(nil, nil, widgets.Fixed(90, f.jp), nil,
		widget.NewLabel(lang.L("JP (1 JP = 45 minutes)")))
	kejRow := container.NewBorder(nil, nil, nil, f.manageKej, f.kejuruan)
	codeRow := widgets.Fixed(160, f.code)
	return widgets.PairsGrid(
		f.errs.Row("code", lang.L("Program code *"), container.NewBorder(nil, nil, codeRow, nil)),
		f.errs.Row("name", lang.L("Program name *"), f.name),
		f.errs.Row("kejuruan", lang.L("Kejuruan *"), kejRow),
		f.errs.Row("jp", lang.L("Total JP *"), jpRow),
		f.errs.Row("description", lang.L("Program description"), f.desc),
	)
}

// buildUnits makes the units editor: a heading row, one row per unit, Add
// unit and the units' total JP.
func (f *programForm) buildUnits() fyne.CanvasObject {
	head := func(text string) *widget.Label {
		return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	f.unitsHead = container.NewBorder(nil, nil,
		container.NewHBox(widgets.Fixed(36, head(lang.L("No."))), widgets.Fixed(170, head(lang.L("Unit code")))),
		container.NewHBox(widgets.Fixed(70, head(lang.L("JP"))), widgets.Fixed(unitButtonsWidth, widget.NewLabel(""))),
		head(lang.L("Unit title *")))
	f.unitsBox = container.NewVBox()
	f.unitsEmpty = widget.NewLabel(lang.L("No competency units yet. Add them in teaching order."))
	f.unitsEmpty.Importance = widget.LowImportance
	f.addUnit = widget.NewButtonWithIcon(lang.L("Add unit"), theme.ContentAddIcon(), f.onAddUnit)
	f.total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	unitsErr := f.errs.Label("units")
	return container.NewVBox(widgets.SectionTitle(lang.L("Competency units")), f.unitsHead, f.unitsBox, f.unitsEmpty,
		container.NewBorder(nil, nil, f.addUnit, nil, f.total), unitsErr)
}

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
	widgets.DialogKeys(f.win, f.dlg, f.onSave, f.onCancel)
	f.win.Canvas().Focus(f.code)
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
	rest := f.errs.Show(fields, problemText)
	if mismatch {
		units := f.errs.Label("units")
		widgets.SetMessage(units, joinLines([]string{lang.L("The units' JP must add up to the total JP before the program can be saved: change the JP of a unit or the total."), f.errs.Text("units")}))
	}
	for i, r := range f.units {
		widgets.SetMessage(r.err, strings.Join(unitTexts[i], "\n"))
	}
	switch {
	case len(probs) == 0:
		widgets.SetMessage(f.summary, "")
	default:
		widgets.SetMessage(f.summary, strings.Join(append([]string{lang.L("Nothing has been saved yet: correct what is marked in red.")}, rest...), "\n"))
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
	closeSavedForm(err, f.showProblems, f.win, f.dlg, f.onSaved)
}

// onCancel closes the form; changes are given up after asking.
func (f *programForm) onCancel() {
	if !f.dirty {
		f.dlg.Hide()
		return
	}
	widgets.AskConfirm(f.win, lang.L("Discard changes?"), lang.L("The changes to this program have not been saved."),
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
