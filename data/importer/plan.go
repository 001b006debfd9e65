package importer

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"balai/data"
)

// plan is what the importer knows of one data row before it looks at the
// register: a blank row, a row that holds no person (skipped), a row
// rejected already (its NIK repeats an earlier row of the file, a date
// contradicts its column), or a seeker as text to decide on with decide.
type plan struct {
	row      int
	outcome  string // OutcomeBlank, OutcomeSkipped, OutcomeRejected, or "" (to decide)
	input    data.SeekerInput
	nik      string // the row's NIK when it reads as one
	problems []data.RowProblem
	warnings []data.RowProblem
}

// planner plans the data rows of one sheet in order. It is pure: the same
// rows give the same plans, whatever the register holds.
type planner struct {
	header  []string
	mapping []string
	first   map[string]int         // NIK → row that counted
	dates   map[string]*dateColumn // date fields by field name
	hasData []bool                 // columns holding a value in some data row
	folded  []string               // the header's titles folded, for repeatsHeader
}

func newPlanner(header, mapping []string, orders map[string]data.DateOrder) *planner {
	p := &planner{header: header, mapping: mapping, first: map[string]int{}, dates: map[string]*dateColumn{}}
	for _, f := range []string{data.FieldBirthDate, data.FieldRegisteredOn} {
		p.dates[f] = &dateColumn{order: orders[f], fromHint: orders[f] != data.OrderUnknown}
	}
	return p
}

// plan reads one data row.
func (p *planner) plan(cells []string, row int) plan {
	pl := plan{row: row}
	values := 0
	for c, f := range p.mapping {
		if c >= len(cells) || strings.TrimSpace(cells[c]) == "" {
			continue
		}
		p.noteData(c)
		if f == "" {
			continue
		}
		values++
		setField(&pl.input, f, unneutralized(strings.TrimSpace(cells[c])))
	}
	for c := len(p.mapping); c < len(cells); c++ {
		if strings.TrimSpace(cells[c]) != "" {
			p.noteData(c)
		}
	}
	if values == 0 {
		pl.outcome = OutcomeBlank
		return pl
	}
	if code := p.notAPerson(cells, values); code != "" {
		pl.outcome = OutcomeSkipped
		pl.problems = []data.RowProblem{{Row: row, Value: clip(strings.Join(nonEmpty(cells), " · ")),
			Problem: data.Problem{Code: code}}}
		return pl
	}
	p.readDates(&pl, cells)
	pl.nik, _ = data.ParseNIK(pl.input.NIK)
	if first, dup := p.first[pl.nik]; dup && pl.nik != "" && pl.outcome == "" {
		pl.outcome = OutcomeRejected
		pl.problems = p.rowProblems(cells, row, []data.Problem{{Field: data.FieldNIK, Code: data.CodeNIKDuplicate, Detail: strconv.Itoa(first)}})
	}
	return pl
}

func (p *planner) noteData(c int) {
	for len(p.hasData) <= c {
		p.hasData = append(p.hasData, false)
	}
	p.hasData[c] = true
}

// unneutralized is a cell as it was before an export kept a spreadsheet from
// reading it as a formula (reports.NeutralizeFormula): `'=A1` is `=A1`.
func unneutralized(v string) string {
	if len(v) > 1 && v[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(v[1])) {
		return v[1:]
	}
	return v
}

// accepted notes that the row holding nik was imported or updated: later
// rows with the same NIK repeat it.
func (p *planner) accepted(nik string, row int) {
	if nik != "" {
		p.first[nik] = row
	}
}

// rowProblems places problems in the row: the column each concerns and the
// cell as found (both cut to a readable length).
func (p *planner) rowProblems(cells []string, row int, ps []data.Problem) []data.RowProblem {
	out := make([]data.RowProblem, len(ps))
	for i, pr := range ps {
		pr.Detail = clip(pr.Detail)
		out[i] = data.RowProblem{Row: row, Column: clip(p.column(pr.Field)), Value: clip(p.cell(cells, pr.Field)), Problem: pr}
	}
	return out
}

// column is the title of the column holding field, without its hint.
func (p *planner) column(field string) string {
	for c, f := range p.mapping {
		if holds(f, field) && c < len(p.header) {
			return readTitle(p.header[c]).text
		}
	}
	return ""
}

// cell is the row's cell holding field.
func (p *planner) cell(cells []string, field string) string {
	for c, f := range p.mapping {
		if holds(f, field) && c < len(cells) {
			return cells[c]
		}
	}
	return ""
}

// holds reports whether a column mapped to mapped holds field: a "Tempat,
// Tanggal Lahir" column holds both birth fields.
func holds(mapped, field string) bool {
	return mapped == field ||
		mapped == data.FieldBirthPlaceDate && (field == data.FieldBirthDate || field == data.FieldBirthPlace)
}

// maxQuoted is how much of a cell a message or report quotes.
const maxQuoted = 80

// clip cuts s to maxQuoted characters.
func clip(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	r := []rune(s)
	if len(r) <= maxQuoted {
		return s
	}
	return string(r[:maxQuoted-1]) + "…"
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// decide is what a row does to the register, given the seeker its NIK names
// (nil when the NIK is not registered): a new NIK is imported when the row's
// identity is valid; a registered one updates that seeker with the row's
// filled cells (an empty cell never erases what is recorded) or leaves it
// unchanged. Only the identity fields reject a row (data.ParseListedSeeker).
func decide(in data.SeekerInput, existing *data.Seeker, now time.Time) (outcome string, sk data.Seeker, bad, warn []data.Problem) {
	if existing != nil {
		in = overlay(existing.Input(), in)
	}
	sk, bad, warn = data.ParseListedSeeker(in, now)
	switch {
	case len(bad) > 0:
		return OutcomeRejected, sk, bad, nil
	case existing == nil:
		return OutcomeImported, sk, nil, warn
	}
	sk.ID = existing.ID
	if data.SameRecord(sk, *existing) {
		return OutcomeUnchanged, sk, nil, warn
	}
	return OutcomeUpdated, sk, nil, warn
}

// overlay returns base with every non-empty field of over put on top.
func overlay(base, over data.SeekerInput) data.SeekerInput {
	b, o := reflect.ValueOf(&base).Elem(), reflect.ValueOf(over)
	for i := range o.NumField() {
		if v := o.Field(i).String(); v != "" {
			b.Field(i).SetString(v)
		}
	}
	return base
}
