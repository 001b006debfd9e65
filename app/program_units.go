package app

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// The units editor of the program form: one row per competency unit, in
// teaching order, with the units' JP added up against the program's.

// unitRow is one competency unit in the units editor.
type unitRow struct {
	id     string // the stored unit's ID, "" for a new unit
	num    *widget.Label
	code   *widgets.Entry
	title  *widgets.Entry
	jp     *widgets.Entry
	up     *widget.Button
	down   *widget.Button
	remove *widget.Button
	err    *widget.Label
	box    fyne.CanvasObject
}

// unitButtonsWidth is the width of a unit row's move and remove buttons.
const unitButtonsWidth = 132

// appendUnit adds a unit row at the end of the editor.
func (f *programForm) appendUnit(u data.Unit) *unitRow {
	r := &unitRow{id: u.ID}
	r.num = widget.NewLabel("")
	r.code = widgets.NewEntry()
	r.code.SetPlaceHolder(lang.L("e.g. C.24.010.01"))
	r.code.SetText(u.Code)
	r.code.OnChanged = f.onChanged
	r.title = widgets.NewEntry()
	r.title.SetText(u.Title)
	r.title.OnChanged = f.onChanged
	r.jp = widgets.NewEntry()
	if u.JP != 0 {
		r.jp.SetText(strconv.Itoa(u.JP))
	}
	r.jp.OnChanged = f.onJPChanged
	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.moveUnit(r, -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { f.moveUnit(r, 1) })
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { f.removeUnit(r) })
	r.remove.Importance = widget.LowImportance
	r.err = widgets.NewErrorLabel()
	line := container.NewBorder(nil, nil,
		container.NewHBox(widgets.Fixed(36, r.num), widgets.Fixed(170, r.code)),
		container.NewHBox(widgets.Fixed(70, r.jp), widgets.Fixed(unitButtonsWidth,
			container.NewGridWithColumns(3, r.up, r.down, r.remove))),
		r.title)
	r.box = widgets.Field(line, r.err)
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
		widgets.SetEnabled(r.up, i > 0)
		widgets.SetEnabled(r.down, i < len(f.units)-1)
	}
	f.unitsBox.Objects = objs
	if len(f.units) == 0 {
		f.unitsEmpty.Show()
	} else {
		f.unitsEmpty.Hide()
	}
	f.unitsBox.Refresh()
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
