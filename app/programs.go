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

	columns []widgets.Column

	// Touched on the UI goroutine only.
	programs []data.Program
	selected int // row of the selected program, -1 for none
	gen      int

	loads worker
}

func newProgramsScreen(win fyne.Window, st *store.Store) *programsScreen {
	s := &programsScreen{win: win, store: st, selected: -1}
	s.columns = []widgets.Column{
		{Title: lang.L("Code"), Width: 110},
		{Title: lang.L("Program name"), Width: 320},
		{Title: lang.L("Kejuruan"), Width: 170},
		{Title: lang.L("JP"), Width: 70},
		{Title: lang.L("Units"), Width: 130},
	}
	s.build()
	return s
}

func (s *programsScreen) view() fyne.CanvasObject { return s.root }

func (s *programsScreen) build() {
	s.archived = widget.NewCheck(lang.L("Show archived"), s.onArchivedFilter)
	s.count = widget.NewLabel("")
	s.count.TextStyle.Bold = true
	s.table = widgets.NewTextTable(s.columns, func() int { return len(s.programs) }, s.cellText, s.onSelected)

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
	widgets.AskConfirm(s.win, lang.L("Delete program?"), msg, lang.L("Delete"), widget.DangerImportance, func() { s.deleteProgram(id) })
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
			showInfo(lang.L("Cannot delete"), msg+" "+lang.L("It is archived already."), s.win)
			return
		}
		widgets.AskConfirm(s.win, lang.L("Cannot delete"), msg+" "+lang.L("Archive it instead? It is then hidden from the lists and from new classes."),
			lang.L("Archive"), widget.HighImportance, func() { s.setArchived(id, true) })
		return
	}
	if err != nil {
		showError(err, s.win)
		return
	}
	s.reload()
}
