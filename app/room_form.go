package app

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// roomForm adds or edits a room or workshop in a small dialog.
type roomForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Room
	onSaved func()

	name     *widgets.Entry
	capacity *widgets.Entry
	errs     *widgets.FieldErrors
	save     *widget.Button
	content  *fyne.Container
	dlg      *dialog.CustomDialog

	attempted bool
}

func newRoomForm(win fyne.Window, st *store.Store, r *data.Room, onSaved func()) *roomForm {
	f := &roomForm{win: win, store: st, onSaved: onSaved, errs: widgets.NewFieldErrors()}
	if r != nil {
		c := *r
		f.orig = &c
	}
	f.name = widgets.NewEntry()
	f.name.SetPlaceHolder(lang.L("e.g. Bengkel Las 1"))
	f.name.OnChanged = f.onChanged
	f.capacity = widgets.NewEntry()
	f.capacity.SetPlaceHolder("16")
	f.capacity.OnChanged = f.onChanged
	if f.orig != nil {
		f.name.SetText(f.orig.Name)
		f.capacity.SetText(strconv.Itoa(f.orig.Capacity))
	}
	grid := widgets.PairsGrid(
		f.errs.Row("name", lang.L("Name *"), f.name),
		f.errs.Row("capacity", lang.L("Capacity (people) *"), container.NewBorder(nil, nil, widgets.Fixed(90, f.capacity), nil)),
	)
	save, buttons := widgets.FormButtons(f.onSave, func() { f.dlg.Hide() })
	f.save = save
	f.content = container.NewBorder(nil, buttons, nil, nil, container.NewVBox(grid))
	title := lang.L("New room")
	if f.orig != nil {
		title = lang.L("Room") + ": " + f.orig.Name
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, f.content, win)
	f.dlg.Resize(fyne.NewSize(480, 280))
	return f
}

func (f *roomForm) show() {
	f.dlg.Show()
	widgets.DialogKeys(f.win, f.dlg, f.onSave, f.dlg.Hide)
	f.win.Canvas().Focus(f.name)
}

// input is the room in the form, with a problem when the capacity is not a number.
func (f *roomForm) input() (data.Room, []data.Problem) {
	r := data.Room{Name: f.name.Text}
	if f.orig != nil {
		r.ID = f.orig.ID
	}
	var probs []data.Problem
	if n, ok := readCount(f.capacity.Text); ok {
		r.Capacity = n
	} else if text := f.capacity.Text; text != "" {
		probs = append(probs, data.Problem{Field: "capacity", Code: data.CodeCapacityNotPositive, Detail: text})
		r.Capacity = 1 // reported already
	}
	return r, append(probs, data.ValidateRoom(r)...)
}

func (f *roomForm) onChanged(string) {
	if f.attempted {
		_, probs := f.input()
		f.showProblems(probs)
	}
}

func (f *roomForm) showProblems(probs []data.Problem) {
	if rest := f.errs.Show(probs, problemText); len(rest) > 0 {
		widgets.SetMessage(f.errs.Label("name"), joinLines(append([]string{f.errs.Text("name")}, rest...)))
	}
	f.content.Refresh()
}

func (f *roomForm) onSave() {
	f.attempted = true
	r, probs := f.input()
	f.showProblems(probs)
	if len(probs) > 0 {
		return
	}
	var err error
	if f.orig == nil {
		err = f.store.CreateRoom(context.Background(), &r)
	} else {
		err = f.store.UpdateRoom(context.Background(), &r)
	}
	closeSavedForm(err, f.showProblems, f.win, f.dlg, f.onSaved)
}
