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
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// classFormSize is the size of the class form dialog.
var classFormSize = fyne.NewSize(640, 600)

// classForm adds a class or edits one, in a dialog.
type classForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Class
	onSaved func(data.Class)

	program    *widget.Select
	code       *widgets.Entry
	batch      *widgets.Entry
	year       *widgets.Entry
	funding    *widget.Select
	method     *widget.Select      // metode pelatihan
	ttype      *widget.SelectEntry // jenis pelatihan: a list, or typed
	start      *widgets.Entry
	startWords *widget.Label
	end        *widgets.Entry
	endWords   *widget.Label
	room       *widget.Select
	instructor *widget.Select
	quota      *widgets.Entry
	errs       *widgets.FieldErrors
	summary    *widget.Label
	save       *widget.Button
	dlg        *dialog.CustomDialog

	programs    []data.Program
	rooms       []data.Room
	instructors []data.Instructor
	codeEdited  bool // the user typed the code: no longer proposed
	filling     bool
	saved       bool

	bg worker
}

// newClassForm builds the form of a new class (orig nil) or of orig.
func newClassForm(win fyne.Window, st *store.Store, orig *data.Class, onSaved func(data.Class)) *classForm {
	f := &classForm{win: win, store: st, orig: orig, onSaved: onSaved, errs: widgets.NewFieldErrors()}
	f.build()
	return f
}

func (f *classForm) build() {
	f.program = widget.NewSelect(nil, f.onProgramChanged)
	f.program.PlaceHolder = lang.L("(choose)")
	f.code = widgets.NewEntry()
	f.code.SetPlaceHolder("LAS-2026-01")
	f.code.OnChanged = func(string) {
		if !f.filling {
			f.codeEdited = true
		}
	}
	f.batch = widgets.NewEntry()
	f.batch.SetPlaceHolder(lang.L("e.g. Angkatan I"))
	f.year = widgets.NewEntry()
	f.year.SetText(strconv.Itoa(f.store.Now().Year()))
	f.year.OnChanged = func(string) { f.proposeCode() }
	f.funding = widget.NewSelect(data.FundingSources, nil)
	f.funding.PlaceHolder = lang.L("(choose)")
	f.method, f.ttype = newTrainingFields()
	f.start = widgets.NewEntry()
	f.start.SetPlaceHolder("05/01/2026")
	f.startWords = widget.NewLabel("")
	f.start.OnChanged = func(v string) { f.showWords(v, f.startWords) }
	f.end = widgets.NewEntry()
	f.end.SetPlaceHolder("27/02/2026")
	f.endWords = widget.NewLabel("")
	f.end.OnChanged = func(v string) { f.showWords(v, f.endWords) }
	f.room = widget.NewSelect(nil, nil)
	f.room.PlaceHolder = lang.L("(none)")
	f.instructor = widget.NewSelect(nil, nil)
	f.instructor.PlaceHolder = lang.L("(none)")
	f.quota = widgets.NewEntry()
	f.quota.SetText(strconv.Itoa(data.DefaultQuota))

	f.summary = widgets.NewErrorLabel()

	dateBox := func(e *widgets.Entry, words *widget.Label) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widgets.Fixed(130, e), nil, words)
	}
	grid := widgets.PairsGrid(
		f.errs.Row("program", lang.L("Program")+" *", f.program),
		f.errs.Row("code", lang.L("Class code")+" *", f.code),
		f.errs.Row("batch", lang.L("Batch"), f.batch),
		f.errs.Row("year", lang.L("Year"), widgets.Narrow(f.year, 90)),
		f.errs.Row("funding", lang.L("Funding"), f.funding),
		f.errs.Row("method", lang.L("Training method"), f.method),
		f.errs.Row("type", lang.L("Training type"), f.ttype),
		f.errs.Row("start", lang.L("Start date")+" *", dateBox(f.start, f.startWords)),
		f.errs.Row("end", lang.L("End date")+" *", dateBox(f.end, f.endWords)),
		f.errs.Row("room", lang.L("Room"), f.room),
		f.errs.Row("instructor", lang.L("Lead instructor"), f.instructor),
		f.errs.Row("quota", lang.L("Quota"), widgets.Narrow(f.quota, 90)),
	)
	hint := widget.NewLabel(lang.L("The end date is set again when the schedule is generated."))
	hint.Importance = widget.LowImportance
	hint.Wrapping = fyne.TextWrapWord

	save, buttons := widgets.FormButtons(f.onSave, func() { f.dlg.Hide() })
	f.save = save
	content := container.NewBorder(f.summary, buttons, nil, nil,
		container.NewVScroll(container.NewPadded(container.NewVBox(grid, hint))))
	title := lang.L("New class")
	if f.orig != nil {
		title = lang.L("Class") + " " + f.orig.Code
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, content, f.win)
	f.dlg.Resize(classFormSize)
}

// show loads the choices, fills the form and opens it.
func (f *classForm) show() {
	f.dlg.Show()
	widgets.DialogKeys(f.win, f.dlg, f.onSave, f.dlg.Hide)
	f.bg.do(func() {
		ctx := context.Background()
		programs, err := f.store.Programs(ctx, false)
		var rooms []data.Room
		var instructors []data.Instructor
		if err == nil {
			rooms, err = f.store.Rooms(ctx, false)
		}
		if err == nil {
			instructors, err = f.store.Instructors(ctx, false)
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, f.win)
				return
			}
			f.setChoices(programs, rooms, instructors)
		})
	})
}

func (f *classForm) setChoices(programs []data.Program, rooms []data.Room, instructors []data.Instructor) {
	f.filling = true
	defer func() { f.filling = false }()
	f.programs, f.rooms, f.instructors = programs, rooms, instructors
	var opts []string
	for _, p := range programs {
		opts = append(opts, p.Code+" — "+p.Name)
	}
	f.program.SetOptions(opts)
	opts = []string{lang.L("(none)")}
	for _, r := range rooms {
		opts = append(opts, r.Name)
	}
	f.room.SetOptions(opts)
	opts = []string{lang.L("(none)")}
	for _, in := range instructors {
		opts = append(opts, in.Name)
	}
	f.instructor.SetOptions(opts)
	if c := f.orig; c != nil {
		if i := slices.IndexFunc(programs, func(p data.Program) bool { return p.ID == c.ProgramID }); i >= 0 {
			f.program.SetSelectedIndex(i)
		}
		f.code.SetText(c.Code)
		f.codeEdited = true
		f.batch.SetText(c.Batch)
		f.year.SetText(strconv.Itoa(c.Year))
		f.funding.SetSelected(c.Funding)
		setTrainingFields(f.method, f.ttype, *c)
		f.start.SetText(c.Start.Format("02/01/2006"))
		f.end.SetText(c.End.Format("02/01/2006"))
		if i := slices.IndexFunc(rooms, func(r data.Room) bool { return r.ID == c.RoomID }); i >= 0 {
			f.room.SetSelectedIndex(i + 1)
		}
		if i := slices.IndexFunc(instructors, func(in data.Instructor) bool { return in.ID == c.InstructorID }); i >= 0 {
			f.instructor.SetSelectedIndex(i + 1)
		}
		f.quota.SetText(strconv.Itoa(c.Quota))
	}
}

func (f *classForm) showWords(v string, words *widget.Label) {
	if d, ok := data.ParseDate(v); ok {
		words.SetText(dayDate(d))
	} else {
		words.SetText("")
	}
}

func (f *classForm) onProgramChanged(string) {
	if f.filling {
		return
	}
	f.proposeCode()
}

// proposeCode fills the code with the next free one of the program and year,
// unless the user typed a code.
func (f *classForm) proposeCode() {
	i := f.program.SelectedIndex()
	year, err := strconv.Atoi(strings.TrimSpace(f.year.Text))
	if f.codeEdited || f.filling || i < 0 || i >= len(f.programs) || err != nil {
		return
	}
	programID := f.programs[i].ID
	f.bg.do(func() {
		code, err := f.store.NextClassCode(context.Background(), programID, year)
		fyne.Do(func() {
			if err != nil || f.codeEdited {
				return
			}
			f.filling = true
			f.code.SetText(code)
			f.filling = false
		})
	})
}

// input reads the class from the fields; problems are fields that could not be read.
func (f *classForm) input() (data.Class, []data.Problem) {
	var c data.Class
	var probs []data.Problem
	if f.orig != nil {
		c = *f.orig
	}
	c.ProgramID = ""
	if i := f.program.SelectedIndex(); i >= 0 && i < len(f.programs) {
		c.ProgramID = f.programs[i].ID
	}
	c.Code = f.code.Text
	c.Batch = f.batch.Text
	c.Year = 0
	if y := strings.TrimSpace(f.year.Text); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil {
			probs = append(probs, data.Problem{Field: "year", Code: data.CodeBadYear, Detail: y})
		}
		c.Year = n
	}
	c.Funding = f.funding.Selected
	c.Method, c.Type = readTrainingFields(f.method, f.ttype)
	c.Start = readDate("start", f.start.Text, &probs)
	c.End = readDate("end", f.end.Text, &probs)
	c.RoomID = ""
	if i := f.room.SelectedIndex(); i > 0 && i <= len(f.rooms) {
		c.RoomID = f.rooms[i-1].ID
	}
	c.InstructorID = ""
	if i := f.instructor.SelectedIndex(); i > 0 && i <= len(f.instructors) {
		c.InstructorID = f.instructors[i-1].ID
	}
	c.Quota = 0
	if q := strings.TrimSpace(f.quota.Text); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n <= 0 {
			probs = append(probs, data.Problem{Field: "quota", Code: data.CodeQuotaNotPositive, Detail: q})
		}
		c.Quota = n
	}
	return c, probs
}

func (f *classForm) onSave() {
	c, probs := f.input()
	f.save.Disable()
	f.bg.do(func() {
		ctx := context.Background()
		more, err := f.store.ValidateClass(ctx, c)
		probs := append(slices.Clone(probs), more...)
		if err == nil && len(probs) == 0 {
			if c.ID == "" {
				err = f.store.CreateClass(ctx, &c)
			} else {
				err = f.store.UpdateClass(ctx, &c)
			}
		}
		fyne.Do(func() {
			f.save.Enable()
			var ps data.Problems
			if errors.As(err, &ps) {
				probs, err = append(probs, ps...), nil
			}
			if err != nil {
				showError(err, f.win)
				return
			}
			if len(probs) > 0 {
				f.showProblems(probs)
				return
			}
			f.saved = true
			f.dlg.Hide()
			if f.onSaved != nil {
				f.onSaved(c)
			}
		})
	})
}

func (f *classForm) showProblems(probs []data.Problem) {
	rest := f.errs.Show(probs, problemText)
	text := lang.L("Check the fields marked in red.")
	if len(rest) > 0 {
		text = strings.Join(rest, "\n")
	}
	widgets.SetMessage(f.summary, text)
	f.dlg.Refresh()
}
