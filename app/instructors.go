package app

import (
	"balai/data/store"

	"context"
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// instructorsScreen lists the instructors and the rooms/workshops side by side.
type instructorsScreen struct {
	win   fyne.Window
	store *store.Store

	archived *widget.Check
	root     fyne.CanvasObject

	instructors catalogList[data.Instructor]
	rooms       catalogList[data.Room]

	gen   int
	loads worker
}

// catalogList is one list of the screen: its table, buttons and rows.
type catalogList[T any] struct {
	table    *widget.Table
	count    *widget.Label
	add      *widget.Button
	edit     *widget.Button
	archive  *widget.Button
	delete   *widget.Button
	rows     []T
	selected int // -1 for none
}

// current is the selected row, nil when none is.
func (l *catalogList[T]) current() *T {
	if l.selected < 0 || l.selected >= len(l.rows) {
		return nil
	}
	return &l.rows[l.selected]
}

// setRows shows rows and clears the selection.
func (l *catalogList[T]) setRows(rows []T) {
	l.rows = rows
	l.selected = -1
	l.table.UnselectAll()
	l.table.Refresh()
}

// updateButtons enables the buttons that need a selection; archived says
// whether the selected row is archived (Archive becomes Restore).
func (l *catalogList[T]) updateButtons(archived bool) {
	on := l.current() != nil
	setEnabled(l.edit, on)
	setEnabled(l.archive, on)
	setEnabled(l.delete, on)
	if on && archived {
		l.archive.SetText(lang.L("Restore"))
		l.archive.SetIcon(theme.HistoryIcon())
	} else {
		l.archive.SetText(lang.L("Archive"))
		l.archive.SetIcon(theme.FolderIcon())
	}
}

func newInstructorsScreen(win fyne.Window, st *store.Store) *instructorsScreen {
	s := &instructorsScreen{win: win, store: st}
	s.instructors.selected, s.rooms.selected = -1, -1
	s.build()
	return s
}

func (s *instructorsScreen) view() fyne.CanvasObject { return s.root }

func (s *instructorsScreen) build() {
	s.archived = widget.NewCheck(lang.L("Show archived"), func(bool) { s.reload() })

	in := &s.instructors
	in.table = newCatalogTable([]catalogColumn{
		{lang.L("Name"), 220}, {lang.L("NIP / ID number"), 190}, {lang.L("Phone"), 130}, {lang.L("Kejuruan"), 130},
	}, func() int { return len(in.rows) }, s.instructorText, s.onInstructorSelected)
	in.count = widget.NewLabel("")
	in.add = widget.NewButtonWithIcon(lang.L("New instructor"), theme.ContentAddIcon(), s.onAddInstructor)
	in.add.Importance = widget.HighImportance
	in.edit = widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), s.onEditInstructor)
	in.archive = widget.NewButtonWithIcon(lang.L("Archive"), theme.FolderIcon(), s.onArchiveInstructor)
	in.delete = widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), s.onDeleteInstructor)
	in.updateButtons(false)

	rm := &s.rooms
	rm.table = newCatalogTable([]catalogColumn{
		{lang.L("Room or workshop"), 220}, {lang.L("Capacity"), 90},
	}, func() int { return len(rm.rows) }, s.roomText, s.onRoomSelected)
	rm.count = widget.NewLabel("")
	rm.add = widget.NewButtonWithIcon(lang.L("New room"), theme.ContentAddIcon(), s.onAddRoom)
	rm.add.Importance = widget.HighImportance
	rm.edit = widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), s.onEditRoom)
	rm.archive = widget.NewButtonWithIcon(lang.L("Archive"), theme.FolderIcon(), s.onArchiveRoom)
	rm.delete = widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), s.onDeleteRoom)
	rm.updateButtons(false)

	pane := func(title string, count *widget.Label, table *widget.Table, buttons ...fyne.CanvasObject) fyne.CanvasObject {
		t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		return container.NewBorder(container.NewVBox(
			container.NewBorder(nil, nil, container.NewHBox(t, count), nil),
			container.NewHBox(buttons...)), nil, nil, nil, table)
	}
	top := pane(lang.L("Instructors"), in.count, in.table, in.add, in.edit, in.archive, in.delete)
	bottom := pane(lang.L("Rooms and workshops"), rm.count, rm.table, rm.add, rm.edit, rm.archive, rm.delete)
	// One above the other: both lists are short and the instructors' columns need the width.
	split := container.NewVSplit(top, bottom)
	split.Offset = 0.55
	s.root = container.NewBorder(container.NewHBox(s.archived), nil, nil, nil, split)
}

func (s *instructorsScreen) instructorText(row, col int) string {
	if row >= len(s.instructors.rows) {
		return ""
	}
	in := s.instructors.rows[row]
	switch col {
	case 0:
		if !in.ArchivedAt.IsZero() {
			return lang.L("{{.Name}} (archived)", map[string]any{"Name": in.Name})
		}
		return in.Name
	case 1:
		return data.FormatNIP(in.NIP)
	case 2:
		return in.Phone
	case 3:
		return in.Kejuruan
	}
	return ""
}

func (s *instructorsScreen) roomText(row, col int) string {
	if row >= len(s.rooms.rows) {
		return ""
	}
	r := s.rooms.rows[row]
	switch col {
	case 0:
		if !r.ArchivedAt.IsZero() {
			return lang.L("{{.Name}} (archived)", map[string]any{"Name": r.Name})
		}
		return r.Name
	case 1:
		return strconv.Itoa(r.Capacity)
	}
	return ""
}

// start loads both lists once the screen is on the window.
func (s *instructorsScreen) start() { s.reload() }

// reload reads the instructors and the rooms again.
func (s *instructorsScreen) reload() {
	archived := s.archived.Checked
	var ins []data.Instructor
	var rooms []data.Room
	s.loads.load(&s.gen, s.win, func() (err error) {
		ctx := context.Background()
		if ins, err = s.store.Instructors(ctx, archived); err != nil {
			return err
		}
		rooms, err = s.store.Rooms(ctx, archived)
		return err
	}, func() {
		s.instructors.setRows(ins)
		s.rooms.setRows(rooms)
		s.instructors.count.SetText("(" + formatCount(len(ins)) + ")")
		s.rooms.count.SetText("(" + formatCount(len(rooms)) + ")")
		s.instructors.updateButtons(false)
		s.rooms.updateButtons(false)
	})
}

func (s *instructorsScreen) onInstructorSelected(row int) {
	s.instructors.selected = row
	in := s.instructors.current()
	s.instructors.updateButtons(in != nil && !in.ArchivedAt.IsZero())
}

func (s *instructorsScreen) onRoomSelected(row int) {
	s.rooms.selected = row
	r := s.rooms.current()
	s.rooms.updateButtons(r != nil && !r.ArchivedAt.IsZero())
}

func (s *instructorsScreen) onAddInstructor() {
	newInstructorForm(s.win, s.store, nil, s.reload).show()
}

func (s *instructorsScreen) onEditInstructor() {
	if in := s.instructors.current(); in != nil {
		newInstructorForm(s.win, s.store, in, s.reload).show()
	}
}

func (s *instructorsScreen) onArchiveInstructor() {
	if in := s.instructors.current(); in != nil {
		s.archiveInstructor(in.ID, in.ArchivedAt.IsZero())
	}
}

func (s *instructorsScreen) archiveInstructor(id string, on bool) {
	if err := s.store.ArchiveInstructor(context.Background(), id, on); err != nil {
		showError(err, s.win)
		return
	}
	s.reload()
}

func (s *instructorsScreen) onDeleteInstructor() {
	in := s.instructors.current()
	if in == nil {
		return
	}
	c := *in
	askConfirm(s.win, lang.L("Delete instructor?"),
		lang.L("Delete instructor {{.Name}} for good? This cannot be undone.", map[string]any{"Name": c.Name}),
		lang.L("Delete"), widget.DangerImportance, func() {
			s.deleteBooked(s.store.DeleteInstructor(context.Background(), c.ID), !c.ArchivedAt.IsZero(),
				func() { s.archiveInstructor(c.ID, true) })
		})
}

func (s *instructorsScreen) onAddRoom() { newRoomForm(s.win, s.store, nil, s.reload).show() }

func (s *instructorsScreen) onEditRoom() {
	if r := s.rooms.current(); r != nil {
		newRoomForm(s.win, s.store, r, s.reload).show()
	}
}

func (s *instructorsScreen) onArchiveRoom() {
	if r := s.rooms.current(); r != nil {
		s.archiveRoom(r.ID, r.ArchivedAt.IsZero())
	}
}

func (s *instructorsScreen) archiveRoom(id string, on bool) {
	if err := s.store.ArchiveRoom(context.Background(), id, on); err != nil {
		showError(err, s.win)
		return
	}
	s.reload()
}

func (s *instructorsScreen) onDeleteRoom() {
	r := s.rooms.current()
	if r == nil {
		return
	}
	c := *r
	askConfirm(s.win, lang.L("Delete room?"),
		lang.L("Delete room {{.Name}} for good? This cannot be undone.", map[string]any{"Name": c.Name}),
		lang.L("Delete"), widget.DangerImportance, func() {
			s.deleteBooked(s.store.DeleteRoom(context.Background(), c.ID), !c.ArchivedAt.IsZero(),
				func() { s.archiveRoom(c.ID, true) })
		})
}

// deleteBooked reports the outcome of deleting an instructor or a room: one
// still used by a class is offered for archiving instead.
func (s *instructorsScreen) deleteBooked(err error, archived bool, archive func()) {
	if errors.Is(err, data.ErrInUse) {
		msg := userMessageOrProblems(err)
		if archived {
			dialog.ShowInformation(lang.L("Cannot delete"), msg, s.win)
			return
		}
		askConfirm(s.win, lang.L("Cannot delete"), msg, lang.L("Archive"), widget.HighImportance, archive)
		return
	}
	if err != nil {
		showError(err, s.win)
		return
	}
	s.reload()
}

// --- Instructor form ---

// instructorForm adds or edits an instructor in a small dialog.
type instructorForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Instructor
	onSaved func()

	name     *widget.Entry
	nip      *widget.Entry
	phone    *widget.Entry
	kejuruan *widget.Select
	errs     catalogErrors
	save     *widget.Button
	content  *fyne.Container
	dlg      *dialog.CustomDialog

	attempted bool
}

func newInstructorForm(win fyne.Window, st *store.Store, in *data.Instructor, onSaved func()) *instructorForm {
	f := &instructorForm{win: win, store: st, onSaved: onSaved, errs: catalogErrors{}}
	if in != nil {
		c := *in
		f.orig = &c
	}
	f.name = widget.NewEntry()
	f.name.OnChanged = f.onChanged
	f.nip = widget.NewEntry()
	f.nip.SetPlaceHolder(lang.L("18-digit NIP, or another ID number"))
	f.nip.OnChanged = f.onChanged
	f.phone = widget.NewEntry()
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
	grid := catalogGrid(
		f.errs.row("name", lang.L("Name *"), f.name),
		f.errs.row("nip", lang.L("NIP / ID number"), f.nip),
		f.errs.row("phone", lang.L("Phone"), f.phone),
		f.errs.row("kejuruan", lang.L("Kejuruan"), f.kejuruan),
	)
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() })
	f.content = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, nil, container.NewHBox(cancel, f.save))), nil, nil, container.NewVBox(grid))
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
	if rest := f.errs.show(probs); len(rest) > 0 {
		setMessage(f.errs.label("name"), joinLines(append([]string{f.errs.text("name")}, rest...)))
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

// --- Room form ---

// roomForm adds or edits a room or workshop in a small dialog.
type roomForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Room
	onSaved func()

	name     *widget.Entry
	capacity *widget.Entry
	errs     catalogErrors
	save     *widget.Button
	content  *fyne.Container
	dlg      *dialog.CustomDialog

	attempted bool
}

func newRoomForm(win fyne.Window, st *store.Store, r *data.Room, onSaved func()) *roomForm {
	f := &roomForm{win: win, store: st, onSaved: onSaved, errs: catalogErrors{}}
	if r != nil {
		c := *r
		f.orig = &c
	}
	f.name = widget.NewEntry()
	f.name.SetPlaceHolder(lang.L("e.g. Bengkel Las 1"))
	f.name.OnChanged = f.onChanged
	f.capacity = widget.NewEntry()
	f.capacity.SetPlaceHolder("16")
	f.capacity.OnChanged = f.onChanged
	if f.orig != nil {
		f.name.SetText(f.orig.Name)
		f.capacity.SetText(strconv.Itoa(f.orig.Capacity))
	}
	grid := catalogGrid(
		f.errs.row("name", lang.L("Name *"), f.name),
		f.errs.row("capacity", lang.L("Capacity (people) *"), container.NewBorder(nil, nil, container.New(&fixedWidth{width: 90}, f.capacity), nil)),
	)
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() })
	f.content = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, nil, container.NewHBox(cancel, f.save))), nil, nil, container.NewVBox(grid))
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
	if rest := f.errs.show(probs); len(rest) > 0 {
		setMessage(f.errs.label("name"), joinLines(append([]string{f.errs.text("name")}, rest...)))
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

// joinLines joins the texts that are not empty, one a line.
func joinLines(texts []string) string {
	out := ""
	for _, t := range texts {
		if t == "" {
			continue
		}
		if out != "" {
			out += "\n"
		}
		out += t
	}
	return out
}
