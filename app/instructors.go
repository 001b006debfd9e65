package app

import (
	"context"
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
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
	widgets.SetEnabled(l.edit, on)
	widgets.SetEnabled(l.archive, on)
	widgets.SetEnabled(l.delete, on)
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
	in.table = widgets.NewTextTable([]widgets.Column{
		{Title: lang.L("Name"), Width: 220}, {Title: lang.L("NIP / ID number"), Width: 190}, {Title: lang.L("Phone"), Width: 130}, {Title: lang.L("Kejuruan"), Width: 130},
	}, func() int { return len(in.rows) }, s.instructorText, s.onInstructorSelected)
	in.count = widget.NewLabel("")
	in.add = widget.NewButtonWithIcon(lang.L("New instructor"), theme.ContentAddIcon(), s.onAddInstructor)
	in.add.Importance = widget.HighImportance
	in.edit = widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), s.onEditInstructor)
	in.archive = widget.NewButtonWithIcon(lang.L("Archive"), theme.FolderIcon(), s.onArchiveInstructor)
	in.delete = widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), s.onDeleteInstructor)
	in.updateButtons(false)

	rm := &s.rooms
	rm.table = widgets.NewTextTable([]widgets.Column{
		{Title: lang.L("Room or workshop"), Width: 220}, {Title: lang.L("Capacity"), Width: 90},
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
	widgets.AskConfirm(s.win, lang.L("Delete instructor?"),
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
	widgets.AskConfirm(s.win, lang.L("Delete room?"),
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
			showInfo(lang.L("Cannot delete"), msg, s.win)
			return
		}
		widgets.AskConfirm(s.win, lang.L("Cannot delete"), msg, lang.L("Archive"), widget.HighImportance, archive)
		return
	}
	if err != nil {
		showError(err, s.win)
		return
	}
	s.reload()
}
