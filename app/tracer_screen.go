package app

import (
	"context"
	"io"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// tracerScreen (Penelusuran alumni) lists the tracer-study rounds — due now,
// or every round of the classes that ended in the last 18 months — and opens
// a round's calls (tracer_form.go) or saves its call list.
type tracerScreen struct {
	win   fyne.Window
	store *store.Store

	all     *widget.Check
	table   *widget.Table
	empty   *widget.Label
	call    *widget.Button
	pdf     *widget.Button
	xlsx    *widget.Button
	root    fyne.CanvasObject
	form    *tracerForm // the last form opened, for tests
	saveErr <-chan error

	// Touched on the UI goroutine only.
	rounds   []data.TracerRoundSummary
	selected int
	gen      int

	loads worker
}

func newTracerScreen(win fyne.Window, st *store.Store) *tracerScreen {
	s := &tracerScreen{win: win, store: st, selected: -1}
	s.build()
	return s
}

func (s *tracerScreen) view() fyne.CanvasObject { return s.root }

func (s *tracerScreen) build() {
	title := widget.NewLabelWithStyle(lang.L("Tracer study"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.all = widget.NewCheck(lang.L("Show every round of the last 18 months"), func(bool) { s.reload() })
	cols := []widgets.Column{{Title: lang.L("Class"), Width: 120}, {Title: lang.L("Round"), Width: 90},
		{Title: lang.L("Due"), Width: 140}, {Title: lang.L("To call"), Width: 120}, {Title: lang.L("Reached"), Width: 100},
		{Title: lang.L("Not traced"), Width: 120}, {Title: lang.L("People"), Width: 70}, {Title: lang.L("Open until"), Width: 140},
		{Title: lang.L("Program"), Width: 240}}
	s.table = widgets.NewTextTable(cols, func() int { return len(s.rounds) }, s.cell, s.onSelect)
	s.call = widget.NewButtonWithIcon(lang.L("Record calls…"), theme.MailComposeIcon(), s.onCall)
	s.call.Importance = widget.HighImportance
	s.pdf = widget.NewButtonWithIcon(lang.L("PDF…"), theme.DocumentSaveIcon(), func() { s.onSaveList(".pdf") })
	s.xlsx = widget.NewButtonWithIcon(lang.L("Excel…"), theme.DocumentSaveIcon(), func() { s.onSaveList(".xlsx") })
	s.enableButtons()
	hint := widget.NewLabel(lang.L("Alumni are called 3, 6 and 12 months after their class ends. Three calls without an answer: not traced for that round."))
	hint.Truncation = fyne.TextTruncateEllipsis // one line: a wrapped one asks a narrow screen for a tall window
	hint.Importance = widget.LowImportance
	s.empty = widget.NewLabel(lang.L("No tracer round is due. Rounds are due 3, 6 and 12 months after a class ends."))
	s.empty.Alignment = fyne.TextAlignCenter
	s.empty.Truncation = fyne.TextTruncateEllipsis
	s.empty.Hide()
	top := container.NewVBox(container.NewBorder(nil, nil, title,
		container.NewHBox(widget.NewLabel(lang.L("Call list:")), s.pdf, s.xlsx, widget.NewSeparator(), s.call)),
		s.all, hint)
	s.root = container.NewBorder(top, nil, nil, nil, container.NewStack(s.table, container.NewVBox(layout.NewSpacer(), s.empty, layout.NewSpacer())))
}

func (s *tracerScreen) cell(row, col int) string {
	if row >= len(s.rounds) {
		return ""
	}
	r := s.rounds[row]
	switch col {
	case 0:
		return r.ClassCode
	case 1:
		return lang.L("{{.Months}} months", map[string]any{"Months": r.Round})
	case 2:
		return formatDate(r.Due)
	case 3:
		return strconv.Itoa(r.Remaining())
	case 4:
		return strconv.Itoa(r.Reached)
	case 5:
		return strconv.Itoa(r.Untraced)
	case 6:
		return strconv.Itoa(r.People)
	case 7:
		return formatDate(r.Closes.AddDate(0, 0, -1))
	}
	return r.ProgramName
}

func (s *tracerScreen) onSelect(row int) {
	s.selected = row
	s.enableButtons()
}

func (s *tracerScreen) enableButtons() {
	on := s.selected >= 0 && s.selected < len(s.rounds)
	for _, b := range []*widget.Button{s.call, s.pdf, s.xlsx} {
		setEnabled(b, on)
	}
}

func (s *tracerScreen) start() { s.reload() }

// reload reads the rounds again, keeping the one chosen.
func (s *tracerScreen) reload() {
	all := s.all.Checked
	var rounds []data.TracerRoundSummary
	s.loads.load(&s.gen, s.win, func() error {
		var err error
		rounds, err = s.store.TracerRounds(context.Background(), !all)
		return err
	}, func() {
		var keep data.TracerRoundSummary
		if s.selected >= 0 && s.selected < len(s.rounds) {
			keep = s.rounds[s.selected]
		}
		s.rounds, s.selected = rounds, -1
		for i, r := range rounds {
			if r.ClassID == keep.ClassID && r.Round == keep.Round {
				s.selected = i
			}
		}
		s.table.UnselectAll()
		if s.selected >= 0 {
			s.table.Select(widget.TableCellID{Row: s.selected, Col: 0})
		}
		s.table.Refresh()
		s.empty.Hidden = len(rounds) > 0
		s.empty.Refresh()
		s.enableButtons()
	})
}

// onCall opens the calls of the round chosen.
func (s *tracerScreen) onCall() {
	if s.selected < 0 || s.selected >= len(s.rounds) {
		return
	}
	r := s.rounds[s.selected]
	s.form = showTracerForm(s.win, s.store, r.ClassID, r.Round, s.loads.inline, s.reload)
}

// onSaveList saves the round's call list as PDF or Excel.
func (s *tracerScreen) onSaveList(ext string) {
	if s.selected < 0 || s.selected >= len(s.rounds) {
		return
	}
	r := s.rounds[s.selected]
	name := "penelusuran-" + r.ClassCode + "-" + strconv.Itoa(r.Round) + "-bulan" + ext
	widgets.ShowSaveDialog(s.win, lang.L("Save the call list"), name, func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(err, s.win)
			return
		}
		if wc == nil {
			return
		}
		s.saveErr = saveInBackground(s.win, wc, func(w io.Writer) error {
			doc, err := office.TracerListDoc(context.Background(), s.store, r.ClassID, r.Round)
			if err != nil {
				return err
			}
			if ext == ".xlsx" {
				return reports.WriteTracerListXLSX(w, doc)
			}
			return reports.WriteTracerListPDF(w, doc, reports.A4)
		}, func(u fyne.URI) {
			dialog.ShowInformation(lang.L("Saved"), lang.L("The file was saved to {{.File}}.", map[string]any{"File": u.Name()}), s.win)
		})
	})
}
