package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data/store"
)

// kejuruanDialog lets the user add, rename and delete vocational fields.
type kejuruanDialog struct {
	win       fyne.Window
	store     *store.Store
	onChanged func(oldName, newName string) // after a change; names set on a rename

	names    []string
	selected int
	list     *widget.List
	entry    *widgets.Entry
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
	d.entry = widgets.NewEntry()
	d.entry.SetPlaceHolder(lang.L("Name of the kejuruan"))
	d.entry.OnSubmitted = func(string) { d.onAdd() }
	d.add = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), d.onAdd)
	d.rename = widget.NewButtonWithIcon(lang.L("Rename"), theme.DocumentCreateIcon(), d.onRename)
	d.delete = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), d.onDelete)
	d.msg = widgets.NewErrorLabel()
	hint := widget.NewLabel(lang.L("Select a kejuruan to rename or delete it. Renaming also renames it in its programs and instructors."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	bottom := container.NewVBox(d.entry, container.NewHBox(d.add, d.rename, d.delete), d.msg, hint)
	d.load()
	d.updateButtons()
	d.dlg = dialog.NewCustom(lang.L("Kejuruan"), lang.L("Close"), container.NewBorder(nil, bottom, nil, nil, d.list), win)
	d.dlg.Resize(fyne.NewSize(460, 520))
	widgets.ShowMessageDialog(win, d.dlg)
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
	widgets.SetEnabled(d.rename, d.selected >= 0)
	widgets.SetEnabled(d.delete, d.selected >= 0)
}

// done reports the outcome of a change: its error under the entry, or a fresh list.
func (d *kejuruanDialog) done(err error, oldName, newName string) {
	if err != nil {
		widgets.SetMessage(d.msg, userMessageOrProblems(err))
		return
	}
	widgets.SetMessage(d.msg, "")
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
