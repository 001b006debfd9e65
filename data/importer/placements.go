package importer

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"balai/data"
	"balai/data/store"
)

// Importing placements: a list keyed by NIK (Balai's export, the ministry's
// participant list, an office's own) is planned row by row without touching
// the database, shown, then applied in one transaction.

// OutcomeApplied: the row's placement was recorded.
const OutcomeApplied = "applied"

// Why a row of a placement list holds nothing to record.
const (
	SkipNoStatus = "skip_no_status" // a person without an employment status
)

// WarnPlacementValueDropped: a salary band or a "matches the training" that
// Balai does not read is left out; the rest of the row is recorded. Field:
// "salary" or "match"; Detail: the value.
const WarnPlacementValueDropped = "warn_placement_value_dropped"

// CodePlacementColumns: the file has no NIK and employment-status columns.
const CodePlacementColumns = "placement_no_columns"

// PlacementRow is one data row of a placement list and what becomes of it.
type PlacementRow struct {
	Row       int    // spreadsheet row number
	NIK, Name string // as read (the name from the register when the file has none)
	ClassCode string // the class the placement is recorded for
	Outcome   string // applied, unchanged, rejected, skipped or blank
	Placement data.Placement
	Problems  []data.Problem // why it is rejected or skipped, and its warnings
	Column    string         // the title of the column of the first problem
	Value     string         // the cell of the first problem
}

// PlacementPlan is what an import of placements does, row by row.
type PlacementPlan struct {
	Sheet   string
	Columns []string // the titles read, in file order
	Ignored []string // the titles not read
	Rows    []PlacementRow
}

// Counts tells how many rows end in each outcome.
func (p PlacementPlan) Counts() map[string]int {
	out := map[string]int{}
	for _, r := range p.Rows {
		out[r.Outcome]++
	}
	return out
}

// Summary is the line the CLI ends with; skipped rows count as blank.
func (p PlacementPlan) Summary() string {
	c := p.Counts()
	return fmt.Sprintf("applied %d, unchanged %d, rejected %d, blank %d",
		c[OutcomeApplied], c[OutcomeUnchanged], c[OutcomeRejected], c[OutcomeBlank]+c[OutcomeSkipped])
}

// PlanPlacements reads a placement list (raw, name telling its type; sheet
// an XLSX sheet or "" for the first) and plans every row against the
// register. A file without NIK and status columns gives a *data.Problem
// (CodePlacementColumns).
func PlanPlacements(ctx context.Context, st *store.Store, raw []byte, name, sheet string) (PlacementPlan, error) {
	t, err := ReadPreview(Bytes(name, raw), sheet, -1)
	if err != nil {
		return PlacementPlan{}, err
	}
	header, mapping, ok := detectPlacementHeader(t.Rows)
	if !ok {
		return PlacementPlan{}, &data.Problem{Field: "file", Code: CodePlacementColumns}
	}
	var niks []string
	col := func(field string) int { return indexOf(mapping, field) }
	for _, row := range t.Rows[header+1:] {
		if nik, p := data.ParseNIK(cellAt(row, col(PlaceNIK))); p == nil {
			niks = append(niks, nik)
		}
	}
	targets, err := st.PlacementTargets(ctx, niks)
	if err != nil {
		return PlacementPlan{}, err
	}
	plan := PlacementPlan{Sheet: t.Sheet}
	titles := t.Rows[header]
	for c, f := range mapping {
		if f != "" {
			plan.Columns = append(plan.Columns, readTitle(titles[c]).text)
		} else if tt := readTitle(titles[c]).text; tt != "" {
			plan.Ignored = append(plan.Ignored, clip(tt))
		}
	}
	p := placementPlanner{titles: titles, mapping: mapping, targets: targets, today: data.DateOf(st.Now()), seen: map[string]int{}}
	for i := header + 1; i < len(t.Rows); i++ {
		plan.Rows = append(plan.Rows, p.plan(t.Rows[i], t.RowNums[i]))
	}
	return plan, nil
}

func indexOf(mapping []string, field string) int {
	for i, f := range mapping {
		if f == field {
			return i
		}
	}
	return -1
}

// ApplyPlacements records the placements plan accepted, in one transaction
// (nothing is saved on an error), and returns the plan with each accepted
// row applied or unchanged as the database found it.
func ApplyPlacements(ctx context.Context, st *store.Store, plan PlacementPlan) (PlacementPlan, error) {
	var ps []data.Placement
	var idx []int
	for i, r := range plan.Rows {
		if r.Outcome == OutcomeApplied || r.Outcome == OutcomeUnchanged {
			ps = append(ps, r.Placement)
			idx = append(idx, i)
		}
	}
	added, err := st.AddPlacements(ctx, ps)
	if err != nil {
		return plan, err
	}
	out := plan
	out.Rows = append([]PlacementRow(nil), plan.Rows...)
	for k, i := range idx {
		out.Rows[i].Outcome = OutcomeUnchanged
		if added[k] {
			out.Rows[i].Outcome = OutcomeApplied
		}
	}
	return out, nil
}

// ImportPlacements plans and applies a placement list (PlanPlacements, ApplyPlacements).
func ImportPlacements(ctx context.Context, st *store.Store, raw []byte, name, sheet string) (PlacementPlan, error) {
	plan, err := PlanPlacements(ctx, st, raw, name, sheet)
	if err != nil {
		return plan, err
	}
	return ApplyPlacements(ctx, st, plan)
}

// placementPlanner plans the rows of one list.
type placementPlanner struct {
	titles, mapping []string
	targets         map[string]data.SeekerTargets
	today           time.Time
	seen            map[string]int // participant → the row that has it
}

// cell is the row's cell of field, trimmed; "" when the list has no such column.
func (p *placementPlanner) cell(row []string, field string) string {
	return cellAt(row, indexOf(p.mapping, field))
}

// plan decides what becomes of one data row.
func (p *placementPlanner) plan(row []string, num int) PlacementRow {
	r := PlacementRow{Row: num, NIK: p.cell(row, PlaceNIK), Name: p.cell(row, PlaceName)}
	if len(nonEmpty(row)) == 0 {
		r.Outcome = OutcomeBlank
		return r
	}
	reject := func(field string, prob data.Problem, value string) PlacementRow {
		r.Outcome, r.Problems = OutcomeRejected, append([]data.Problem{prob}, r.Problems...)
		r.Column, r.Value = p.title(field), value
		return r
	}
	nik, prob := data.ParseNIK(r.NIK)
	if prob != nil {
		return reject(PlaceNIK, *prob, r.NIK)
	}
	st, registered := p.targets[nik]
	if r.Name == "" {
		r.Name = st.Name
	}
	pl, field, prob := p.placement(row, &r)
	if prob != nil && prob.Code == SkipNoStatus {
		r.Outcome, r.Problems, r.Column = OutcomeSkipped, []data.Problem{*prob}, p.title(PlaceStatus)
		return r
	}
	if prob != nil {
		return reject(field, *prob, p.cell(row, field))
	}
	if !registered {
		return reject(PlaceNIK, data.Problem{Field: "nik", Code: data.CodeNIKNotRegistered, Detail: nik}, r.NIK)
	}
	target, prob := data.ChooseTarget(st, p.cell(row, PlaceClass), pl.Start)
	if prob != nil {
		f := PlaceNIK
		if prob.Code == data.CodeNotInClass {
			f = PlaceClass
		}
		return reject(f, *prob, p.cell(row, f))
	}
	r.ClassCode, pl.ParticipantID = target.ClassCode, target.ParticipantID
	if first, dup := p.seen[target.ParticipantID]; dup {
		return reject(PlaceNIK, data.Problem{Field: "nik", Code: data.CodePlacementTwice, Detail: strconv.Itoa(first)}, r.NIK)
	}
	clean, probs := data.CleanPlacement(pl, p.today)
	if len(probs) == 0 && target.Current.ID != "" {
		clean = data.MergePlacement(target.Current, clean)
	}
	if len(probs) > 0 {
		return reject(placeFieldOf(probs[0].Field), probs[0], p.cell(row, placeFieldOf(probs[0].Field)))
	}
	p.seen[target.ParticipantID] = num
	r.Placement, r.Outcome = clean, OutcomeApplied
	if target.Current.ID != "" && data.SamePlacement(target.Current, clean) {
		r.Outcome = OutcomeUnchanged
	}
	return r
}

// placement reads the row's placement; a problem that rejects (or skips) the
// row comes with the field of its column. Warnings go to r.
func (p *placementPlanner) placement(row []string, r *PlacementRow) (data.Placement, string, *data.Problem) {
	pl := data.Placement{Source: data.SourceImport, Employer: p.cell(row, PlaceEmployer), Position: p.cell(row, PlacePosition),
		Field: p.cell(row, PlaceField), City: p.cell(row, PlaceCity), Note: p.cell(row, PlaceNote)}
	rawStatus := p.cell(row, PlaceStatus)
	if rawStatus == "" {
		for _, f := range []string{PlaceEmployer, PlacePosition, PlaceField, PlaceCity, PlaceKind, PlaceStart} {
			if p.cell(row, f) != "" {
				return pl, PlaceStatus, &data.Problem{Field: "status", Code: data.CodeRequired}
			}
		}
		return pl, PlaceStatus, &data.Problem{Field: "status", Code: SkipNoStatus}
	}
	status, ok := data.ParsePlacementStatus(rawStatus)
	if !ok {
		return pl, PlaceStatus, &data.Problem{Field: "status", Code: data.CodeBadPlacementStatus, Detail: rawStatus}
	}
	pl.Status = status
	if raw := p.cell(row, PlaceKind); raw != "" {
		if pl.Kind, ok = data.ParsePlacementKind(raw); !ok {
			return pl, PlaceKind, &data.Problem{Field: "kind", Code: data.CodeBadPlacementKind, Detail: raw}
		}
	}
	if raw := p.cell(row, PlaceStart); raw != "" {
		if pl.Start, ok = data.ParseDateCell(raw); !ok {
			return pl, PlaceStart, &data.Problem{Field: "start", Code: data.CodeBadDate, Detail: raw}
		}
	}
	if raw := p.cell(row, PlaceSalary); raw != "" {
		if pl.Salary, ok = data.ParseSalaryBand(raw); !ok {
			r.Problems = append(r.Problems, data.Problem{Field: "salary", Code: WarnPlacementValueDropped, Detail: raw})
		}
	}
	if raw := p.cell(row, PlaceMatch); raw != "" {
		if pl.Match, ok = data.ParseMatch(raw); !ok {
			r.Problems = append(r.Problems, data.Problem{Field: "match", Code: WarnPlacementValueDropped, Detail: raw})
		}
	}
	return pl, "", nil
}

// title is the title of the column of field, "" when the list has none.
func (p *placementPlanner) title(field string) string {
	if c := indexOf(p.mapping, field); c >= 0 && c < len(p.titles) {
		return readTitle(p.titles[c]).text
	}
	return ""
}

// placeFieldOf is the list field of a data.CleanPlacement problem's field.
func placeFieldOf(field string) string {
	switch strings.ToLower(field) {
	case "start":
		return PlaceStart
	case "kind":
		return PlaceKind
	}
	return PlaceStatus
}

// Problems lists every rejected and skipped row and every warning, in row
// order, for the CLI and the import report.
func (p PlacementPlan) Problems() []data.RowProblem {
	var out []data.RowProblem
	for _, r := range p.Rows {
		for i, prob := range r.Problems {
			rp := data.RowProblem{Row: r.Row, Problem: prob}
			if i == 0 && !prob.IsWarning() {
				rp.Column, rp.Value = r.Column, r.Value
			}
			out = append(out, rp)
		}
	}
	return out
}
