package app

import (
	"context"
	"errors"
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
)

// sessionForm adds or edits one session. Before saving it looks for
// conflicts; when there are some it shows them and Save becomes "Save anyway".
type sessionForm struct {
	page *classPage
	orig data.Session

	date       *widgets.Entry
	dateWords  *widget.Label
	start      *widgets.Entry
	end        *widgets.Entry
	jp         *widgets.Entry
	unit       *widget.Select
	instructor *widget.Select
	room       *widget.Select
	note       *widgets.Entry
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
	f.buildFields()
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
	title := lang.L("New session")
	if s.ID != "" {
		title = lang.L("Session")
	}
	f.dlg = dialog.NewCustomWithoutButtons(title,
		container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), f.buildButtons()), nil, nil,
			container.NewVBox(grid, f.conflictBx)), p.win)
	f.dlg.Resize(fyne.NewSize(620, 0))
	return f
}

// buildFields makes the entries and choices, filled with the session.
func (f *sessionForm) buildFields() {
	s, d := f.orig, f.page.data
	f.date = widgets.NewEntry()
	f.date.SetText(s.Date.Format("02/01/2006"))
	f.dateWords = widget.NewLabel(dayDate(s.Date))
	f.date.OnChanged = func(v string) {
		t, _ := data.ParseDate(v)
		f.dateWords.SetText(dayDate(t))
		f.onChanged(v)
	}
	f.start = widgets.NewEntry()
	f.start.SetText(s.Start)
	f.start.OnChanged = f.onChanged
	f.end = widgets.NewEntry()
	f.end.SetText(s.End)
	f.end.OnChanged = f.onChanged
	f.jp = widgets.NewEntry()
	f.jp.SetText(strconv.Itoa(s.JP))
	f.jp.OnChanged = f.onChanged
	units := make([]string, len(d.Program.Units))
	for i, u := range d.Program.Units {
		units[i] = strings.TrimSpace(u.Code + " " + u.Title)
	}
	f.unit = noneOr(units, slices.IndexFunc(d.Program.Units, func(u data.Unit) bool { return u.ID == s.UnitID }), f.onChanged)
	instructors := make([]string, len(d.Instructors))
	for i, in := range d.Instructors {
		instructors[i] = in.Name
	}
	f.instructor = noneOr(instructors, slices.IndexFunc(d.Instructors, func(in data.Instructor) bool { return in.ID == s.InstructorID }), f.onChanged)
	rooms := make([]string, len(d.Rooms))
	for i, r := range d.Rooms {
		rooms[i] = r.Name
	}
	f.room = noneOr(rooms, slices.IndexFunc(d.Rooms, func(r data.Room) bool { return r.ID == s.RoomID }), f.onChanged)
	f.note = widgets.NewEntry()
	f.note.SetText(s.Note)
}

// noneOr is a choice of "(none)" and names, showing names[chosen] (none
// for -1).
func noneOr(names []string, chosen int, changed func(string)) *widget.Select {
	sel := widget.NewSelect(append([]string{lang.L("(none)")}, names...), changed)
	sel.SetSelectedIndex(chosen + 1)
	return sel
}

// buildButtons makes Save and Cancel, and Delete for a stored session.
func (f *sessionForm) buildButtons() fyne.CanvasObject {
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() })
	var left fyne.CanvasObject = container.NewHBox()
	if f.orig.ID != "" {
		del := widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), f.onDelete)
		del.Importance = widget.DangerImportance
		left = del
	}
	return container.NewBorder(nil, nil, left, container.NewHBox(cancel, f.save))
}

// onChanged asks for the conflicts to be looked for again: Save is Save
// again, not "Save anyway".
func (f *sessionForm) onChanged(string) {
	f.checked = false
	if f.save != nil && f.save.Text != lang.L("Save") {
		f.save.SetText(lang.L("Save"))
	}
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
	c := dialog.NewConfirm(lang.L("Delete session?"),
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
	p.confirm = c
	widgets.ShowConfirmDialog(p.win, c)
}
