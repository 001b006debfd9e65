package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/reports"
)

// schedulePrint are the choices for a printed schedule: the paper and the
// sessions it holds.
type schedulePrint struct {
	paper    reports.Paper
	from, to time.Time // zero for all sessions
}

// askSchedulePrint asks for the paper and the sessions, then where to save
// the schedule.
func (p *classPage) askSchedulePrint() {
	paper := widget.NewRadioGroup([]string{"A4", "F4"}, nil)
	paper.Horizontal = true
	paper.Required = true
	paper.SetSelected("A4")
	dates := make([]time.Time, len(p.data.Sessions))
	for i, s := range p.data.Sessions {
		dates[i] = s.Date
	}
	period := newSessionRange(dates, p.store.Now())
	form := widget.NewForm(widget.NewFormItem(lang.L("Paper"), paper))
	for _, it := range period.formItems() {
		form.AppendItem(it)
	}
	code := strings.ToLower(p.data.Class.Code)
	d := dialog.NewCustomConfirm(lang.L("Print schedule"), lang.L("Continue"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		from, to, problem := period.dates()
		if problem != "" {
			dialog.ShowInformation(lang.L("Print schedule"), problem, p.win)
			return
		}
		opt := schedulePrint{paper: reports.A4, from: from, to: to}
		if paper.Selected == "F4" {
			opt.paper = reports.F4
		}
		widgets.ShowSaveDialog(p.win, lang.L("Save the schedule as PDF"), "jadwal-"+code+".pdf", func(wc fyne.URIWriteCloser, err error) {
			p.saveSchedule(wc, err, opt)
		})
	}, p.win)
	d.Resize(fyne.NewSize(580, d.MinSize().Height)) // the weeks' names in full
	d.Show()
}
