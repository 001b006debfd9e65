package app

import (
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// sessionRange chooses which sessions a printed attendance sheet or
// schedule holds: all of them, one week, or the dates from … to …; a blank
// sheet for next week then holds next week only.
type sessionRange struct {
	mode     *widget.RadioGroup
	week     *widget.Select
	from, to *widget.Entry
	weeks    []weekSpan
}

// weekSpan is a week (Monday to Sunday) that has sessions.
type weekSpan struct {
	from, to time.Time // Monday and Sunday
	last     time.Time // its last session's day
	label    string
}

// newSessionRange offers the weeks of dates, the first with a session today
// or later chosen: at the end of a week, the next one.
func newSessionRange(dates []time.Time, today time.Time) *sessionRange {
	r := &sessionRange{weeks: weeksOf(dates)}
	labels := make([]string, len(r.weeks))
	chosen := len(r.weeks) - 1
	for i, w := range r.weeks {
		labels[i] = w.label
		if !civilDay(today).After(w.last) && i < chosen {
			chosen = i
		}
	}
	r.week = widget.NewSelect(labels, nil)
	if len(labels) > 0 {
		r.week.SetSelectedIndex(max(0, chosen))
	}
	r.from, r.to = widget.NewEntry(), widget.NewEntry()
	r.from.SetPlaceHolder("26-11-2026")
	r.to.SetPlaceHolder("26-11-2026")
	if len(dates) > 0 {
		r.from.SetText(formatDate(slices.MinFunc(dates, time.Time.Compare)))
		r.to.SetText(formatDate(slices.MaxFunc(dates, time.Time.Compare)))
	}
	all, week, between := rangeChoices()
	r.mode = widget.NewRadioGroup([]string{all, week, between}, r.onMode)
	r.mode.Required = true
	r.mode.SetSelected(all)
	return r
}

func rangeChoices() (all, week, between string) {
	return lang.L("All sessions"), lang.L("One week"), lang.L("From … to …")
}

// onMode enables the fields the choice needs.
func (r *sessionRange) onMode(string) {
	_, week, between := rangeChoices()
	widgets.SetEnabled(r.week, r.mode.Selected == week && len(r.weeks) > 0)
	widgets.SetEnabled(r.from, r.mode.Selected == between)
	widgets.SetEnabled(r.to, r.mode.Selected == between)
}

// formItems are the rows of the choice, for a print dialog's form.
func (r *sessionRange) formItems() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(lang.L("Sessions"), r.mode),
		widget.NewFormItem(lang.L("Week"), r.week),
		widget.NewFormItem(lang.L("From"), widgets.Narrow(r.from, 160)),
		widget.NewFormItem(lang.L("To"), widgets.Narrow(r.to, 160)),
	}
}

// dates are the range chosen, zero for all sessions; problem says what is
// wrong with the dates typed ("" when nothing is).
func (r *sessionRange) dates() (from, to time.Time, problem string) {
	_, week, between := rangeChoices()
	switch r.mode.Selected {
	case week:
		if i := r.week.SelectedIndex(); i >= 0 && i < len(r.weeks) {
			return r.weeks[i].from, r.weeks[i].to, ""
		}
		return time.Time{}, time.Time{}, lang.L("Choose a week.")
	case between:
		var ok1, ok2 bool
		from, ok1 = data.ParseDate(r.from.Text)
		to, ok2 = data.ParseDate(r.to.Text)
		switch {
		case !ok1 || !ok2:
			return from, to, lang.L("Write the date like 26-11-2026 or 26 November 2026.")
		case to.Before(from):
			return from, to, lang.L("The last date is before the first.")
		}
		return from, to, ""
	}
	return time.Time{}, time.Time{}, ""
}

// weeksOf are the weeks, Monday to Sunday, that hold dates, in order:
// "Minggu 2: 12 – 16 Januari 2026" (the week's first and last session).
func weeksOf(dates []time.Time) []weekSpan {
	sorted := slices.Clone(dates)
	slices.SortFunc(sorted, time.Time.Compare)
	var out []weekSpan
	var first, last time.Time
	flush := func() {
		if first.IsZero() {
			return
		}
		monday := civilDay(first).AddDate(0, 0, -((int(first.Weekday()) + 6) % 7))
		out = append(out, weekSpan{from: monday, to: monday.AddDate(0, 0, 6), last: last,
			label: lang.L("Week {{.N}}: {{.From}} – {{.To}}", map[string]any{
				"N": strconv.Itoa(len(out) + 1), "From": formatDate(first), "To": formatDate(last)})})
	}
	for _, d := range sorted {
		d = civilDay(d)
		if !first.IsZero() && d.Before(weekEnd(first)) {
			last = d
			continue
		}
		flush()
		first, last = d, d
	}
	flush()
	return out
}

// weekEnd is the Monday after t's week.
func weekEnd(t time.Time) time.Time {
	monday := civilDay(t).AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7)
}
