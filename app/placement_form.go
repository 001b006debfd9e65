package app

import (
	"context"
	"errors"
	"slices"
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

// placementFormSize is the size of the placement form dialog.
var placementFormSize = fyne.NewSize(860, 560)

// placementForm records what a participant does after the training: a new
// record in the history, which is listed under the fields, newest first.
type placementForm struct {
	win     fyne.Window
	store   *store.Store
	who     data.ClassPlacement
	onSaved func()

	fields  *placementFields
	source  *widget.Select
	waiting *widget.Label
	history *widget.Table
	summary *widget.Label
	save    *widget.Button
	dlg     *dialog.CustomDialog

	// Touched on the UI goroutine only.
	records []data.Placement
	saved   bool

	bg worker
}

// showPlacementForm opens the placement form of a participant of a class.
func showPlacementForm(win fyne.Window, st *store.Store, who data.ClassPlacement, inline bool, onSaved func()) *placementForm {
	f := &placementForm{win: win, store: st, who: who, onSaved: onSaved}
	f.bg.inline = inline
	f.build()
	f.dlg.Show()
	f.load()
	return f
}

func (f *placementForm) build() {
	errs := widgets.NewFieldErrors()
	f.fields = newPlacementFields(errs)
	f.fields.onSubmit = f.onSave
	var sources []string
	for _, s := range data.PlacementSources {
		sources = append(sources, sourceLabel(s))
	}
	f.source = widget.NewSelect(sources, nil)
	f.source.SetSelected(sourceLabel(data.SourceAlumni))
	f.waiting = widget.NewLabel("")
	f.waiting.Importance = widget.LowImportance
	f.fields.start.OnChanged = func(string) { f.showWaiting() }
	f.fields.status.OnChanged = func(string) {
		f.fields.enableForStatus()
		f.showWaiting()
	}
	f.summary = widgets.NewErrorLabel()
	cols := []widgets.Column{{Title: lang.L("Recorded"), Width: 150}, {Title: lang.L("Status"), Width: 120},
		{Title: lang.L("Employer / business"), Width: 220}, {Title: lang.L("Source"), Width: 170}, {Title: lang.L("By"), Width: 100}}
	f.history = widgets.NewTextTable(cols, func() int { return len(f.records) }, f.historyCell, func(int) {})
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Close"), theme.CancelIcon(), func() { f.dlg.Hide() })

	head := widget.NewLabel(lang.L("{{.Name}} · {{.Class}} ({{.Program}}), ended {{.End}}",
		map[string]any{"Name": f.who.Name, "Class": f.who.ClassCode, "Program": f.who.ProgramName, "End": formatDate(f.who.ClassEnd)}))
	head.Wrapping = fyne.TextWrapWord
	source := widgets.PairsGrid([2]fyne.CanvasObject{widget.NewLabel(lang.L("Source")), f.source})
	form := container.NewVBox(head, f.summary, f.fields.grid(), container.NewGridWithColumns(2, source, f.waiting),
		widgets.SectionTitle(lang.L("History (the newest is in force)")))
	buttons := container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, container.NewHBox(cancel, f.save)))
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Placement after training"), container.NewBorder(form, buttons, nil, nil, f.history), f.win)
	f.dlg.Resize(placementFormSize)
}

func (f *placementForm) historyCell(row, col int) string {
	if row >= len(f.records) {
		return ""
	}
	p := f.records[row]
	switch col {
	case 0:
		return formatDate(p.RecordedAt)
	case 1:
		return placementStatusLabel(p.Status)
	case 2:
		return strings.Trim(p.Employer+", "+p.City, ", ")
	case 3:
		s := sourceLabel(p.Source)
		if p.Round > 0 {
			s += " · " + lang.L("{{.Months}} months", map[string]any{"Months": p.Round})
		}
		return s
	}
	return p.RecordedBy
}

// load reads the history and fills the fields from the record in force.
func (f *placementForm) load() {
	id := f.who.ParticipantID
	f.bg.do(func() {
		records, err := f.store.PlacementHistory(context.Background(), id)
		fyne.Do(func() {
			if err != nil {
				showError(err, f.win)
				return
			}
			f.records = records
			f.history.Refresh()
			if len(records) > 0 {
				f.fields.set(records[0])
			} else {
				f.fields.set(data.Placement{})
			}
			f.showWaiting()
			f.win.Canvas().Focus(f.fields.status)
		})
	})
}

func (f *placementForm) showWaiting() { f.waiting.SetText(f.fields.waitingText(f.who.ClassEnd)) }

// onSave adds the fields as the newest record.
func (f *placementForm) onSave() {
	p, probs := f.fields.read()
	p.ParticipantID = f.who.ParticipantID
	if i := f.source.SelectedIndex(); i >= 0 {
		p.Source = data.PlacementSources[i]
	}
	if len(probs) > 0 {
		f.showProblems(probs)
		return
	}
	f.save.Disable()
	f.bg.do(func() {
		err := f.store.SavePlacement(context.Background(), &p)
		fyne.Do(func() {
			f.save.Enable()
			var ps data.Problems
			if errors.As(err, &ps) {
				f.showProblems(slices.Clone(ps))
				return
			}
			if err != nil {
				showError(err, f.win)
				return
			}
			f.saved = true
			f.dlg.Hide()
			if f.onSaved != nil {
				f.onSaved()
			}
		})
	})
}

func (f *placementForm) showProblems(probs []data.Problem) {
	rest := f.fields.errs.Show(probs, problemText)
	text := lang.L("Check the fields marked in red.")
	if len(rest) > 0 {
		text = strings.Join(rest, "\n")
	}
	widgets.SetMessage(f.summary, text)
	f.dlg.Refresh()
}
