package app

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// placementFields are the fields of a placement, shared by the placement
// form and the tracer form: the status first, then the work's details,
// which only bekerja and wirausaha (and, for the school, lanjut studi) keep.
type placementFields struct {
	status   *widget.Select
	employer *widget.Entry
	position *widget.Entry
	field    *widget.Entry
	city     *widget.Entry
	kind     *widget.Select
	start    *widget.Entry
	salary   *widget.Select
	match    *widget.Select
	note     *widget.Entry
	errs     *widgets.FieldErrors

	// onSubmit is called when Enter is pressed in a text field.
	onSubmit func()
}

func newPlacementFields(errs *widgets.FieldErrors) *placementFields {
	f := &placementFields{errs: errs}
	var statuses []string
	for _, s := range data.PlacementStatuses {
		statuses = append(statuses, placementStatusLabel(s))
	}
	f.status = widget.NewSelect(statuses, func(string) { f.enableForStatus() })
	f.status.PlaceHolder = lang.L("(choose)")
	entry := func(hint string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(hint)
		e.OnSubmitted = func(string) {
			if f.onSubmit != nil {
				f.onSubmit()
			}
		}
		return e
	}
	f.employer = entry(lang.L("company, business or school"))
	f.position = entry(lang.L("e.g. Welder"))
	f.field = entry(lang.L("e.g. Construction"))
	f.city = entry(lang.L("e.g. Balikpapan"))
	f.start = entry("15/01/2027")
	f.note = entry("")
	f.kind = widget.NewSelect(append([]string{lang.L("(none)")}, placementKindLabels()...), nil)
	f.kind.PlaceHolder = lang.L("(none)")
	f.salary = widget.NewSelect(append([]string{lang.L("(none)")}, data.SalaryBands...), nil)
	f.salary.PlaceHolder = lang.L("(none)")
	f.match = widget.NewSelect([]string{lang.L("(not known)"), lang.L("Yes"), lang.L("No")}, nil)
	f.match.PlaceHolder = lang.L("(not known)")
	return f
}

// placementStatusLabel is a placement status in the interface language.
func placementStatusLabel(status string) string {
	switch status {
	case data.PlacementEmployed:
		return lang.L("Employed")
	case data.PlacementSelfEmployed:
		return lang.L("Self-employed")
	case data.PlacementNotWorking:
		return lang.L("Not working yet")
	case data.PlacementStudying:
		return lang.L("Studying further")
	case data.PlacementUntraced:
		return lang.L("Not traced")
	case "":
		return lang.L("No record yet")
	}
	return status
}

// placementKindLabels name AKL, AKAD and AKAN with what they mean.
func placementKindLabels() []string {
	return []string{lang.L("AKL (same city or regency)"), lang.L("AKAD (another region)"), lang.L("AKAN (abroad)")}
}

// sourceLabel is a placement's source in the interface language.
func sourceLabel(source string) string {
	switch source {
	case data.SourceTracer:
		return lang.L("Tracer call")
	case data.SourceAK1:
		return lang.L("AK/1 report")
	case data.SourceEmployer:
		return lang.L("Employer")
	case data.SourceAlumni:
		return lang.L("The alumni themselves")
	case data.SourceImport:
		return lang.L("Imported list")
	}
	return source
}

// grid lays the fields out in two columns: status, employer, field, start
// and match on the left; placement kind, position, city, salary and note on
// the right.
func (f *placementFields) grid() fyne.CanvasObject {
	e := f.errs
	left := widgets.PairsGrid(e.Row("status", lang.L("Status")+" *", f.status),
		e.Row("employer", lang.L("Employer / business"), f.employer), e.Row("field", lang.L("Business field"), f.field),
		e.Row("start", lang.L("Start date"), f.start), e.Row("match", lang.L("Matches the training"), f.match))
	right := widgets.PairsGrid(e.Row("kind", lang.L("Placement"), f.kind), e.Row("position", lang.L("Position"), f.position),
		e.Row("city", lang.L("City / regency"), f.city), e.Row("salary", lang.L("Salary band"), f.salary),
		e.Row("note", lang.L("Note"), f.note))
	return container.NewGridWithColumns(2, left, right)
}

// statusCode is the status chosen, "" for none.
func (f *placementFields) statusCode() string {
	if i := f.status.SelectedIndex(); i >= 0 {
		return data.PlacementStatuses[i]
	}
	return ""
}

// enableForStatus leaves on the fields the status keeps.
func (f *placementFields) enableForStatus() {
	s := f.statusCode()
	work := s == "" || data.IsPlaced(s)
	place := work || s == data.PlacementStudying
	for _, e := range []*widget.Entry{f.employer, f.city} {
		setEnabled(e, place)
	}
	for _, e := range []*widget.Entry{f.position, f.field, f.start} {
		setEnabled(e, work)
	}
	for _, sel := range []*widget.Select{f.kind, f.salary, f.match} {
		setEnabled(sel, work)
	}
}

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// set shows p (zero: empty fields).
func (f *placementFields) set(p data.Placement) {
	f.status.ClearSelected()
	if i := slices.Index(data.PlacementStatuses, p.Status); i >= 0 {
		f.status.SetSelectedIndex(i)
	}
	f.employer.SetText(p.Employer)
	f.position.SetText(p.Position)
	f.field.SetText(p.Field)
	f.city.SetText(p.City)
	f.kind.SetSelectedIndex(slices.Index(data.PlacementKinds, p.Kind) + 1)
	f.start.SetText("")
	if !p.Start.IsZero() {
		f.start.SetText(p.Start.Format("02/01/2006"))
	}
	f.salary.SetSelectedIndex(slices.Index(data.SalaryBands, p.Salary) + 1)
	f.match.SetSelectedIndex(slices.Index([]string{"", data.MatchYes, data.MatchNo}, p.Match))
	f.note.SetText(p.Note)
	f.enableForStatus()
}

// read is the placement the fields hold; problems are fields that could not be read.
func (f *placementFields) read() (data.Placement, []data.Problem) {
	var probs []data.Problem
	p := data.Placement{Status: f.statusCode(), Employer: f.employer.Text, Position: f.position.Text, Field: f.field.Text,
		City: f.city.Text, Note: f.note.Text}
	if i := f.kind.SelectedIndex(); i > 0 {
		p.Kind = data.PlacementKinds[i-1]
	}
	p.Start = readDate("start", f.start.Text, &probs)
	if i := f.salary.SelectedIndex(); i > 0 {
		p.Salary = data.SalaryBands[i-1]
	}
	if i := f.match.SelectedIndex(); i > 0 {
		p.Match = []string{"", data.MatchYes, data.MatchNo}[i]
	}
	return p, probs
}

// waitingText says the waiting time of work starting on the start field's
// date after a class that ended on end; "" when there is none to say.
func (f *placementFields) waitingText(end time.Time) string {
	d, ok := data.ParseDate(strings.TrimSpace(f.start.Text))
	if !ok || !data.IsPlaced(f.statusCode()) {
		return ""
	}
	m, _ := data.WaitingMonths(end, d)
	return lang.L("Waiting time: {{.Months}} months after the training", map[string]any{"Months": m})
}
