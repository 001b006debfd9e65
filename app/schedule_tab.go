package app

import (
	"context"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
	"balai/reports"
)

// The schedule tab of a class page: the sessions with their conflicts,
// generating them from the week's teaching hours, adding one by hand, and
// printing the schedule.

// sessionColumnWidths are the widths of the sessions table's columns; the
// date's is set to the longest date shown (fitSessionColumns), and the
// conflicts column shows only when a session has one.
var sessionColumnWidths = []float32{180, 100, 40, 380, 160, 170, 220}

// buildSchedule makes the schedule tab: its buttons over the sessions, or
// a word on how to make the schedule when there is none.
func (p *classPage) buildSchedule() fyne.CanvasObject {
	p.sessions = widget.NewTableWithHeaders(func() (int, int) {
		if p.data == nil {
			return 0, len(sessionColumnWidths) - 1
		}
		if len(p.data.Conflicts) == 0 {
			return len(p.data.Sessions), len(sessionColumnWidths) - 1
		}
		return len(p.data.Sessions), len(sessionColumnWidths)
	}, func() fyne.CanvasObject {
		l := widget.NewLabel("Senin, 5 Januari 2026")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, p.updateSessionCell)
	p.sessions.ShowHeaderColumn = false
	p.sessions.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			l := o.(*widget.Label)
			l.TextStyle.Bold = true
			l.SetText(sessionColumnTitles()[id.Col])
		}
	}
	p.sessions.OnSelected = func(id widget.TableCellID) {
		p.sessions.UnselectAll()
		if p.data != nil && id.Row >= 0 && id.Row < len(p.data.Sessions) {
			p.onEditSession(p.data.Sessions[id.Row])
		}
	}
	for i, w := range sessionColumnWidths {
		p.sessions.SetColumnWidth(i, w)
	}
	generate := widget.NewButtonWithIcon(lang.L("Generate schedule…"), theme.ViewRefreshIcon(), p.onGenerate)
	generate.Importance = widget.HighImportance
	add := widget.NewButtonWithIcon(lang.L("Add session…"), theme.ContentAddIcon(), p.onAddSession)
	print := widget.NewButtonWithIcon(lang.L("Print schedule (PDF)…"), theme.DocumentPrintIcon(), p.onPrint)
	noSchedText := widget.NewLabel(lang.L("No schedule yet. Generate it from the teaching hours of the week, then move or add sessions by hand."))
	noSchedText.Wrapping = fyne.TextWrapWord
	noSchedText.Alignment = fyne.TextAlignCenter
	p.noSched = container.NewCenter(noSchedText)
	p.noSched.Hide()
	return container.NewBorder(container.NewHBox(generate, add, print), nil, nil, nil,
		container.NewStack(p.sessions, p.noSched))
}

// fitSessionColumns widens the date column to the longest date of the
// sessions, so that none is cut.
func (p *classPage) fitSessionColumns() {
	w := sessionColumnWidths[0]
	for i := range p.data.Sessions {
		text := p.sessionCellText(i, 0)
		w = max(w, fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width*1.1+4*theme.InnerPadding())
	}
	p.sessions.SetColumnWidth(0, w)
}

func sessionColumnTitles() []string {
	return []string{lang.L("Date"), lang.L("Time"), lang.L("JP"), lang.L("Unit"), lang.L("Instructor"),
		lang.L("Room"), lang.L("Conflicts")}
}

func (p *classPage) updateSessionCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.SetText(p.sessionCellText(id.Row, id.Col))
	imp := widget.MediumImportance
	if p.data != nil && id.Row < len(p.data.Sessions) && len(p.data.Conflicts[p.data.Sessions[id.Row].ID]) > 0 {
		imp = widget.DangerImportance
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
}

// sessionCellText is what the sessions table shows in a cell.
func (p *classPage) sessionCellText(row, col int) string {
	if p.data == nil || row >= len(p.data.Sessions) {
		return ""
	}
	s := p.data.Sessions[row]
	switch col {
	case 0:
		if row > 0 && p.data.Sessions[row-1].Date.Equal(s.Date) {
			return ""
		}
		return dayDate(s.Date)
	case 1:
		return s.Start + "–" + s.End
	case 2:
		return strconv.Itoa(s.JP)
	case 3:
		if u, ok := p.data.Unit(s.UnitID); ok {
			return strings.TrimSpace(u.Code + " " + u.Title)
		}
		return s.Note
	case 4:
		return p.data.InstructorName(s.InstructorID)
	case 5:
		return p.data.RoomName(s.RoomID)
	case 6:
		var out []string
		for _, c := range p.data.Conflicts[s.ID] {
			out = append(out, conflictText(c))
		}
		return strings.Join(out, "; ")
	}
	return ""
}

// conflictText names a conflict shortly: "Bentrok: ruang dipakai LAS-2026-02".
func conflictText(c data.Conflict) string {
	if c.Kind == data.ConflictRoom {
		return lang.L("Conflict: room used by {{.Class}}", map[string]any{"Class": c.ClassCode})
	}
	return lang.L("Conflict: instructor teaches {{.Class}}", map[string]any{"Class": c.ClassCode})
}

// conflictDetail names a conflict with the other session's time and program.
func conflictDetail(c data.Conflict) string {
	return conflictText(c) + " (" + c.ProgramName + ", " + c.Other.Start + "–" + c.Other.End + ")"
}

func (p *classPage) onPrint() {
	if p.data == nil {
		return
	}
	p.askSchedulePrint() // schedule_print.go
}

// onPDFChosen saves the whole schedule on A4 to the file chosen.
func (p *classPage) onPDFChosen(wc fyne.URIWriteCloser, err error) {
	p.saveSchedule(wc, err, schedulePrint{paper: reports.A4})
}

// saveSchedule saves the schedule as opt says to the file chosen.
func (p *classPage) saveSchedule(wc fyne.URIWriteCloser, err error, opt schedulePrint) {
	if err != nil {
		showError(err, p.win)
		return
	}
	if wc == nil {
		return
	}
	classID := p.classID
	p.pdfDone = saveInBackground(p.win, wc, func(w io.Writer) error {
		doc, err := office.ScheduleDoc(context.Background(), p.store, classID)
		if err != nil {
			return err
		}
		return reports.WriteSchedulePDF(w, doc.Between(opt.from, opt.to), opt.paper)
	}, func(u fyne.URI) {
		widgets.ShowSaved(p.win, lang.L("Schedule saved"), lang.L("The schedule is saved as a PDF."), u)
	})
}

func (p *classPage) onGenerate() {
	if p.data == nil {
		return
	}
	p.generator = newScheduleForm(p)
	widgets.ShowConfirmDialog(p.win, p.generator.dlg)
}

// generate plans the schedule from start, which becomes the class's start
// date.
func (p *classPage) generate(start time.Time, week data.WeekPattern, replace bool) {
	classID := p.classID
	p.loads.do(func() {
		_, err := p.store.GenerateScheduleFrom(context.Background(), classID, start, week, replace)
		fyne.Do(func() {
			if err != nil {
				showError(err, p.win)
			}
			p.reload()
		})
	})
}

func (p *classPage) onAddSession() {
	if p.data == nil {
		return
	}
	s := data.Session{ClassID: p.classID, Start: "07:30", End: "09:45", JP: 3,
		InstructorID: p.data.Class.InstructorID, RoomID: p.data.Class.RoomID}
	if n := len(p.data.Sessions); n > 0 {
		s.Date = p.data.Sessions[n-1].Date
	} else {
		s.Date = p.data.Class.Start
	}
	p.showSessionForm(s)
}

func (p *classPage) onEditSession(s data.Session) { p.showSessionForm(s) }

func (p *classPage) showSessionForm(s data.Session) {
	f := newSessionForm(p, s)
	p.sessionForm = f
	f.dlg.Show()
	widgets.DialogKeys(p.win, f.dlg, f.onSave, f.dlg.Hide)
}
