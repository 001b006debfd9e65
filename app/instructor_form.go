package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// instructorForm adds or edits an instructor in a small dialog.
type instructorForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Instructor
	onSaved func()

	name     *widgets.Entry
	nip      *widgets.Entry
	phone    *widgets.Entry
	kejuruan *widget.Select
	errs     *widgets.FieldErrors
	save     *widget.Button
	content  *fyne.Container
	dlg      *dialog.CustomDialog

	attempted bool
}

func newInstructorForm(win fyne.Window, st *store.Store, in *data.Instructor, onSaved func()) *instructorForm {
	f := &instructorForm{win: win, store: st, onSaved: onSaved, errs: widgets.NewFieldErrors()}
	if in != nil {
		c := *in
		f.orig = &c
	}
	f.name = widgets.NewEntry()
	f.name.OnChanged = f.onChanged
	f.nip = widgets.NewEntry()
	f.nip.SetPlaceHolder(lang.L("18-digit NIP, or another ID number"))
	f.nip.OnChanged = f.onChanged
	f.phone = widgets.NewEntry()
	f.phone.SetPlaceHolder("0812 3456 7890")
	f.phone.OnChanged = f.onChanged
	names, err := st.Kejuruan(context.Background())
	if err != nil {
		showError(err, win)
	}
	none := lang.L("(none)")
	f.kejuruan = widget.NewSelect(append([]string{none}, names...), f.onChanged)
	f.kejuruan.PlaceHolder = none
	if f.orig != nil {
		f.name.SetText(f.orig.Name)
		f.nip.SetText(data.FormatNIP(f.orig.NIP))
		f.phone.SetText(f.orig.Phone)
		if f.orig.Kejuruan != "" {
			f.kejuruan.SetSelected(f.orig.Kejuruan)
		}
	}
	grid := widgets.PairsGrid(
		f.errs.Row("name", lang.L("Name *"), f.name),
		f.errs.Row("nip", lang.L("NIP / ID number"), f.nip),
		f.errs.Row("phone", lang.L("Phone"), f.phone),
		f.errs.Row("kejuruan", lang.L("Kejuruan"), f.kejuruan),
	)
	save, buttons := widgets.FormButtons(f.onSave, func() { f.dlg.Hide() })
	f.save = save
	f.content = container.NewBorder(nil, buttons, nil, nil, container.NewVBox(grid))
	title := lang.L("New instructor")
	if f.orig != nil {
		title = lang.L("Instructor") + ": " + f.orig.Name
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, f.content, win)
	f.dlg.Resize(fyne.NewSize(560, 380))
	return f
}

func (f *instructorForm) show() {
	f.dlg.Show()
	widgets.DialogKeys(f.win, f.dlg, f.onSave, f.dlg.Hide)
	f.win.Canvas().Focus(f.name)
}

func (f *instructorForm) input() data.Instructor {
	in := data.Instructor{Name: f.name.Text, NIP: f.nip.Text, Phone: f.phone.Text}
	if f.kejuruan.SelectedIndex() > 0 {
		in.Kejuruan = f.kejuruan.Selected
	}
	if f.orig != nil {
		in.ID = f.orig.ID
	}
	return in
}

func (f *instructorForm) onChanged(string) {
	if f.attempted {
		f.showProblems(data.ValidateInstructor(f.input()))
	}
}

func (f *instructorForm) showProblems(probs []data.Problem) {
	if rest := f.errs.Show(probs, problemText); len(rest) > 0 {
		widgets.SetMessage(f.errs.Label("name"), joinLines(append([]string{f.errs.Text("name")}, rest...)))
	}
	f.content.Refresh()
}

func (f *instructorForm) onSave() {
	f.attempted = true
	in := f.input()
	probs := data.ValidateInstructor(in)
	f.showProblems(probs)
	if len(probs) > 0 {
		return
	}
	var err error
	if f.orig == nil {
		err = f.store.CreateInstructor(context.Background(), &in)
	} else {
		err = f.store.UpdateInstructor(context.Background(), &in)
	}
	closeSavedForm(err, f.showProblems, f.win, f.dlg, f.onSaved)
}
