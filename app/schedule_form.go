package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// The dialog that generates a class's schedule from the teaching hours of
// the week and a start date.

// scheduleForm asks for the week's teaching hours and the start date.
type scheduleForm struct {
	page   *classPage
	days   []time.Weekday
	teach  map[time.Weekday]*widget.Check
	starts map[time.Weekday]*widgets.Entry
	ends   map[time.Weekday]*widgets.Entry
	breaks map[time.Weekday]*widgets.Entry
	start  *widgets.Entry
	jpWeek *widget.Label
	errMsg *widget.Label
	dlg    *dialog.ConfirmDialog
}

func newScheduleForm(p *classPage) *scheduleForm {
	f := &scheduleForm{page: p, teach: map[time.Weekday]*widget.Check{}, starts: map[time.Weekday]*widgets.Entry{},
		ends: map[time.Weekday]*widgets.Entry{}, breaks: map[time.Weekday]*widgets.Entry{},
		days: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}}
	week := data.DefaultWeekPattern()
	grid := container.NewGridWithColumns(4,
		bold(lang.L("Day")), bold(lang.L("From")), bold(lang.L("Until")), bold(lang.L("Breaks")))
	for _, wd := range f.days {
		dp := week[wd]
		f.teach[wd] = widget.NewCheck(weekdayName(wd), func(bool) { f.refresh() })
		f.teach[wd].SetChecked(dp.Start != "")
		f.starts[wd] = widgets.NewEntry()
		f.starts[wd].SetPlaceHolder("07:30")
		f.starts[wd].SetText(dp.Start)
		f.ends[wd] = widgets.NewEntry()
		f.ends[wd].SetPlaceHolder("16:00")
		f.ends[wd].SetText(dp.End)
		f.breaks[wd] = widgets.NewEntry()
		f.breaks[wd].SetPlaceHolder("12:00-13:00")
		var bs []string
		for _, b := range dp.Breaks {
			bs = append(bs, b.Start+"-"+b.End)
		}
		f.breaks[wd].SetText(strings.Join(bs, ", "))
		for _, e := range []*widgets.Entry{f.starts[wd], f.ends[wd], f.breaks[wd]} {
			e.OnChanged = func(string) { f.refresh() }
		}
		grid.Add(f.teach[wd])
		grid.Add(f.starts[wd])
		grid.Add(f.ends[wd])
		grid.Add(f.breaks[wd])
	}
	f.start = widgets.NewEntry()
	f.start.SetText(p.data.Class.Start.Format("02/01/2006"))
	f.jpWeek = widget.NewLabel("")
	f.errMsg = widgets.NewErrorLabel()
	hint := widget.NewLabel(lang.L("Breaks are written like 10:00-10:15, 12:00-13:00. Weekends and holidays are skipped; 1 JP = 45 minutes."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	startRow := widgets.PairsGrid([2]fyne.CanvasObject{widget.NewLabel(lang.L("Start date")),
		container.NewHBox(widgets.Fixed(130, f.start), f.jpWeek)})
	content := container.NewVBox(startRow, grid, hint, f.errMsg)
	f.dlg = dialog.NewCustomConfirm(lang.L("Generate schedule"), lang.L("Generate"), lang.L("Cancel"),
		content, func(ok bool) {
			if ok {
				f.submit()
			}
		}, p.win)
	f.dlg.Resize(fyne.NewSize(760, 560))
	f.refresh()
	return f
}

func bold(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// week reads the pattern from the fields.
func (f *scheduleForm) week() data.WeekPattern {
	w := data.WeekPattern{}
	for _, wd := range f.days {
		if !f.teach[wd].Checked {
			continue
		}
		dp := data.DayPattern{Start: strings.TrimSpace(f.starts[wd].Text), End: strings.TrimSpace(f.ends[wd].Text)}
		for _, b := range strings.Split(f.breaks[wd].Text, ",") {
			b = strings.TrimSpace(b)
			if b == "" {
				continue
			}
			from, until, _ := strings.Cut(strings.ReplaceAll(b, "–", "-"), "-")
			dp.Breaks = append(dp.Breaks, data.TimeRange{Start: strings.TrimSpace(from), End: strings.TrimSpace(until)})
		}
		w[wd] = dp
	}
	return w
}

// refresh shows the JP a week holds, or what is wrong with the pattern.
func (f *scheduleForm) refresh() {
	if f.jpWeek == nil {
		return // still being built
	}
	for _, wd := range f.days {
		on := f.teach[wd].Checked
		for _, e := range []*widgets.Entry{f.starts[wd], f.ends[wd], f.breaks[wd]} {
			if on {
				e.Enable()
			} else {
				e.Disable()
			}
		}
	}
	n, err := f.week().JPPerWeek()
	if err != nil {
		f.jpWeek.SetText("")
		widgets.SetMessage(f.errMsg, userMessage(err))
		return
	}
	widgets.SetMessage(f.errMsg, "")
	f.jpWeek.SetText(lang.L("{{.JP}} JP a week", map[string]any{"JP": n}))
}

// submit moves the class's start when it changed, then generates, asking
// first when the class has sessions.
func (f *scheduleForm) submit() {
	p := f.page
	week := f.week()
	if _, err := week.JPPerWeek(); err != nil {
		showError(err, p.win)
		return
	}
	start, ok := data.ParseDate(f.start.Text)
	if !ok {
		showError(&data.Problem{Field: "start", Code: data.CodeBadDate, Detail: f.start.Text}, p.win)
		return
	}
	if n := len(p.data.Sessions); n > 0 {
		c := dialog.NewConfirm(lang.L("Replace the schedule?"),
			lang.L("The class already has {{.Count}} sessions. Generating deletes them and plans the schedule again, including sessions changed by hand.",
				map[string]any{"Count": n}),
			func(ok bool) {
				if ok {
					p.generate(start, week, true)
				}
			}, p.win)
		p.confirm = c
		widgets.ShowConfirmDialog(p.win, c)
		return
	}
	p.generate(start, week, false)
}
