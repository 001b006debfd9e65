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

// ipkTab is the IPK III/1 tab of the reports screen: a month, its recap by
// age group and sex, and saving it as PDF or Excel.
type ipkTab struct {
	screen *reportsScreen
	month  *widget.Select
	year   *widget.Entry
	table  *widget.Table
	notes  *widget.Label
	root   fyne.CanvasObject

	// Touched on the UI goroutine only.
	doc     reports.IPK31Doc
	started bool
	gen     int
}

func newIPKTab(s *reportsScreen) *ipkTab {
	t := &ipkTab{screen: s}
	var months []string
	for m := time.January; m <= time.December; m++ {
		months = append(months, monthName(m))
	}
	t.month = widget.NewSelect(months, func(string) { t.reload() })
	t.year = widget.NewEntry()
	t.year.OnSubmitted = func(string) { t.reload() }
	t.year.OnChanged = func(v string) {
		if len(strings.TrimSpace(v)) == 4 {
			t.reload()
		}
	}
	cols := []widgets.Column{{Title: lang.L("No."), Width: 40}, {Title: lang.L("What is counted"), Width: 270}}
	for _, label := range data.IPKAgeLabels {
		cols = append(cols, widgets.Column{Title: label + " L", Width: 58}, widgets.Column{Title: label + " P", Width: 58})
	}
	cols = append(cols, widgets.Column{Title: lang.L("Total") + " L", Width: 66}, widgets.Column{Title: lang.L("Total") + " P", Width: 66},
		widgets.Column{Title: lang.L("Total"), Width: 66})
	t.table = widgets.NewTextTable(cols, func() int { return data.IPKRows }, t.cell, func(int) {})
	t.notes = widget.NewLabel("")
	t.notes.Wrapping = fyne.TextWrapWord
	t.notes.Importance = widget.LowImportance
	pdf := widget.NewButtonWithIcon(lang.L("Save PDF…"), theme.DocumentSaveIcon(), func() { t.onSave(".pdf") })
	xlsx := widget.NewButtonWithIcon(lang.L("Save Excel…"), theme.DocumentSaveIcon(), func() { t.onSave(".xlsx") })
	bar := container.NewHBox(widget.NewLabel(lang.L("Month")), widgets.Fixed(140, t.month), widgets.Fixed(80, t.year),
		widget.NewSeparator(), pdf, xlsx)
	t.root = container.NewBorder(bar, t.notes, nil, nil, t.table)
	return t
}

func (t *ipkTab) view() fyne.CanvasObject { return t.root }

// monthName is a month in the interface language.
func monthName(m time.Month) string {
	if currentLang == langEN {
		return m.String()
	}
	return data.MonthName(m)
}

// start shows this month the first time the tab is opened.
func (t *ipkTab) start() {
	if t.started {
		return
	}
	t.started = true
	now := t.screen.store.Now()
	t.year.SetText(strconv.Itoa(now.Year()))
	t.month.SetSelectedIndex(int(now.Month()) - 1) // reloads
}

// chosen is the first day of the month chosen; ok false while the year is not one.
func (t *ipkTab) chosen() (time.Time, bool) {
	y, err := strconv.Atoi(strings.TrimSpace(t.year.Text))
	if err != nil || y < 2000 || y > 2100 || t.month.SelectedIndex() < 0 {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(t.month.SelectedIndex()+1), 1, 0, 0, 0, 0, time.UTC), true
}

func (t *ipkTab) reload() {
	month, ok := t.chosen()
	if !ok || !t.started {
		return
	}
	s := t.screen
	var doc reports.IPK31Doc
	s.loads.load(&t.gen, s.win, func() error {
		var err error
		doc, err = office.IPK31Doc(context.Background(), s.store, month)
		return err
	}, func() {
		t.doc = doc
		t.table.Refresh()
		t.notes.SetText(strings.Join(ipkNotes(doc.Recap), " "))
	})
}

// ipkNotes say who is left out and what the rows count, in the interface language.
func ipkNotes(r data.IPK31) []string {
	var out []string
	if r.NoDate > 0 {
		out = append(out, lang.L("{{.Count}} job seekers registered without a date (imported lists) are not counted.", map[string]any{"Count": r.NoDate}))
	}
	if r.Under15 > 0 {
		out = append(out, lang.L("{{.Count}} job seekers under 15 are not counted.", map[string]any{"Count": r.Under15}))
	}
	return append(out, lang.L("Ages at the month's end. Placed: the first work or business since registering. Removed: the AK/1 card expired (2 years) or the seeker was archived."))
}

// ipkRowLabels are the rows' descriptions in the interface language.
func ipkRowLabels() [data.IPKRows]string {
	return [data.IPKRows]string{
		lang.L("Left from last month"),
		lang.L("Registered this month"),
		lang.L("Total (1 + 2)"),
		lang.L("Placed this month"),
		lang.L("Removed this month"),
		lang.L("Total (3 + 4)"),
		lang.L("Left at the month's end (A - B)"),
	}
}

func (t *ipkTab) cell(row, col int) string {
	switch {
	case row >= data.IPKRows:
		return ""
	case col == 0:
		return data.IPKRowLabels[row][0]
	case col == 1:
		return ipkRowLabels()[row]
	}
	return formatCount(t.doc.Recap.Cells[row][col-2])
}

// onSave saves the month's recap as PDF or Excel.
func (t *ipkTab) onSave(ext string) {
	doc := t.doc
	if doc.Recap.Month.IsZero() {
		return
	}
	name := "ipk-iii-1-" + doc.Recap.Month.Format("2006-01") + ext
	t.screen.saveAs(lang.L("Save IPK III/1"), name, func(w io.Writer) error {
		if ext == ".xlsx" {
			return reports.WriteIPK31XLSX(w, doc)
		}
		return reports.WriteIPK31PDF(w, doc, reports.A4)
	})
}
