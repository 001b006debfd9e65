package importer

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"balai/data"
)

// plan is what the importer knows of one data row before it looks at the
// register: a blank row, a row rejected already (its NIK repeats an earlier
// row of the file), or a seeker as text to decide on with decide.
type plan struct {
	row      int
	outcome  string // OutcomeBlank, OutcomeRejected, or "" (to decide)
	input    data.SeekerInput
	nik      string // the row's NIK when it reads as one
	problems []data.RowProblem
}

// planner plans the data rows of one sheet in order. It is pure: the same
// rows give the same plans, whatever the register holds.
type planner struct {
	header  []string
	mapping []string
	first   map[string]int // NIK → row that counted
}

func newPlanner(header, mapping []string) *planner {
	return &planner{header: header, mapping: mapping, first: map[string]int{}}
}

// plan reads one data row.
func (p *planner) plan(cells []string, row int) plan {
	pl := plan{row: row}
	blank := true
	for c, f := range p.mapping {
		if f == "" || c >= len(cells) {
			continue
		}
		v := strings.TrimSpace(cells[c])
		if v == "" {
			continue
		}
		blank = false
		setField(&pl.input, f, v)
	}
	if blank {
		pl.outcome = OutcomeBlank
		return pl
	}
	pl.nik, _ = data.ParseNIK(pl.input.NIK)
	if first, dup := p.first[pl.nik]; dup && pl.nik != "" {
		pl.outcome = OutcomeRejected
		pl.problems = p.rowProblems(cells, row, []data.Problem{{Field: data.FieldNIK, Code: data.CodeNIKDuplicate, Detail: strconv.Itoa(first)}})
	}
	return pl
}

// accepted notes that the row holding nik was imported or updated: later
// rows with the same NIK repeat it.
func (p *planner) accepted(nik string, row int) {
	if nik != "" {
		p.first[nik] = row
	}
}

// rowProblems places problems in the row: the column each concerns and the
// cell as found.
func (p *planner) rowProblems(cells []string, row int, ps []data.Problem) []data.RowProblem {
	out := make([]data.RowProblem, len(ps))
	for i, pr := range ps {
		out[i] = data.RowProblem{Row: row, Column: p.column(pr.Field), Value: p.cell(cells, pr.Field), Problem: pr}
	}
	return out
}

// column is the header text of the column holding field.
func (p *planner) column(field string) string {
	for c, f := range p.mapping {
		if holds(f, field) && c < len(p.header) {
			return strings.TrimSpace(p.header[c])
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

// decide is what a row does to the register, given the seeker its NIK names
// (nil when the NIK is not registered): a new NIK is imported when the row is
// valid; a registered one updates that seeker with the row's filled cells (an
// empty cell never erases what is recorded) or leaves it unchanged.
func decide(in data.SeekerInput, existing *data.Seeker, now time.Time) (outcome string, sk data.Seeker, bad, warn []data.Problem) {
	if existing != nil {
		in = overlay(existing.Input(), in)
	}
	sk, bad, warn = data.ParseSeeker(in, now)
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
