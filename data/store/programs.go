package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"balai/data"
)

// Programs (training packages) with their competency units.

// checkProgram cleans and validates p inside tx: the rules of ValidateProgram,
// a free code and a kejuruan of the list (whose spelling p takes).
func checkProgram(ctx context.Context, tx *Tx, p data.Program) (data.Program, error) {
	p, probs := data.CleanProgram(p)
	if p.Code != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM programs WHERE code = ? AND id <> ?`, p.Code, p.ID).Scan(&n); err != nil {
			return p, err
		}
		if n > 0 {
			probs = append(probs, data.Problem{Field: "code", Code: data.CodeProgramCodeTaken, Detail: p.Code})
		}
	}
	if p.Kejuruan != "" {
		k, err := kejuruanName(ctx, tx, p.Kejuruan)
		if err != nil {
			return p, err
		}
		if k == "" {
			probs = append(probs, data.Problem{Field: "kejuruan", Code: data.CodeUnknownKejuruan, Detail: p.Kejuruan})
		} else {
			p.Kejuruan = k
		}
	}
	slices.SortStableFunc(probs, func(a, b data.Problem) int { return programFieldOrder(a.Field) - programFieldOrder(b.Field) })
	return p, problemsError(probs)
}

// programFieldOrder puts problems in the order of the form's fields.
func programFieldOrder(field string) int {
	switch {
	case field == "code":
		return 0
	case field == "name":
		return 1
	case field == "kejuruan":
		return 2
	case field == "jp":
		return 3
	}
	return 4
}

// CreateProgram stores a new program with its units, giving them IDs and
// timestamps. When it fails nothing is saved and p is left as it was.
func (s *Store) CreateProgram(ctx context.Context, p *data.Program) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c := *p
	c.ID = ""
	c, err = checkProgram(ctx, tx, c)
	if err != nil {
		return err
	}
	c.ID, c.CreatedAt, c.UpdatedAt, c.ArchivedAt = newID(), tx.now, tx.now, time.Time{}
	if _, err := tx.ExecContext(ctx, `INSERT INTO programs (id, code, name, kejuruan, jp, description, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.Code, c.Name, c.Kejuruan, c.JP, c.Description,
		timeText(c.CreatedAt), timeText(c.UpdatedAt)); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "code", Code: data.CodeProgramCodeTaken, Detail: c.Code}}
		}
		return fmt.Errorf("insert program: %w", err)
	}
	c.Units = slices.Clone(c.Units)
	for i := range c.Units {
		c.Units[i].ID = newID()
		if err := insertUnit(ctx, tx, c.ID, i, c.Units[i]); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*p = c
	return nil
}

func insertUnit(ctx context.Context, tx *Tx, programID string, i int, u data.Unit) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO program_units (id, program_id, position, code, title, jp)
		VALUES (?, ?, ?, ?, ?, ?)`, u.ID, programID, i+1, u.Code, u.Title, u.JP); err != nil {
		return fmt.Errorf("insert unit: %w", err)
	}
	return nil
}

// UpdateProgram saves a program's fields and replaces its unit list, in one
// transaction. A unit passed back with its ID keeps it (sessions and results
// go on pointing at it); a unit without one, or with an ID of no unit of this
// program, is new. A unit left out is removed, unless sessions or results
// refer to it: then the update is refused with CodeUnitInUse.
func (s *Store) UpdateProgram(ctx context.Context, p *data.Program) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var stored data.Program
	if stored, err = programWhere(ctx, tx, `id = ?`, p.ID); err != nil {
		return err
	}
	c, err := checkProgram(ctx, tx, *p)
	if err != nil {
		return err
	}
	if c.Units, err = replaceUnits(ctx, tx, c.ID, stored.Units, c.Units); err != nil {
		return err
	}
	c.CreatedAt, c.ArchivedAt, c.UpdatedAt = stored.CreatedAt, stored.ArchivedAt, tx.now
	if _, err := tx.ExecContext(ctx, `UPDATE programs SET code = ?, name = ?, kejuruan = ?, jp = ?, description = ?, updated_at = ?
		WHERE id = ?`, c.Code, c.Name, c.Kejuruan, c.JP, c.Description, timeText(c.UpdatedAt), c.ID); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "code", Code: data.CodeProgramCodeTaken, Detail: c.Code}}
		}
		return fmt.Errorf("update program: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*p = c
	return nil
}

// replaceUnits makes units the unit list of a program whose units are old,
// and returns units with the IDs they now have: a unit of old keeps its ID,
// any other gets a new one. A unit of old left out is removed, unless
// sessions or results refer to it (CodeUnitInUse).
func replaceUnits(ctx context.Context, tx *Tx, programID string, old, units []data.Unit) ([]data.Unit, error) {
	units = slices.Clone(units)
	kept := map[string]bool{}
	for i, u := range units {
		if u.ID == "" || kept[u.ID] || !slices.ContainsFunc(old, func(o data.Unit) bool { return o.ID == u.ID }) {
			units[i].ID = ""
			continue
		}
		kept[u.ID] = true
	}
	for _, o := range old {
		if !kept[o.ID] {
			if err := deleteUnit(ctx, tx, o); err != nil {
				return nil, err
			}
		}
	}
	// Move the kept units out of the way of UNIQUE (program_id, position).
	if _, err := tx.ExecContext(ctx, `UPDATE program_units SET position = -position WHERE program_id = ?`, programID); err != nil {
		return nil, fmt.Errorf("update units: %w", err)
	}
	for i, u := range units {
		if u.ID == "" {
			units[i].ID = newID()
			if err := insertUnit(ctx, tx, programID, i, units[i]); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE program_units SET position = ?, code = ?, title = ?, jp = ? WHERE id = ?`,
			i+1, u.Code, u.Title, u.JP, u.ID); err != nil {
			return nil, fmt.Errorf("update unit: %w", err)
		}
	}
	return units, nil
}

// deleteUnit removes a unit that no session or result refers to.
func deleteUnit(ctx context.Context, tx *Tx, u data.Unit) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sessions WHERE unit_id = ?) +
		(SELECT count(*) FROM unit_results WHERE unit_id = ?)`, u.ID, u.ID).Scan(&n); err != nil {
		return fmt.Errorf("check unit: %w", err)
	}
	inUse := data.Problems{{Field: "units", Code: data.CodeUnitInUse, Detail: u.Title}}
	if n > 0 {
		return inUse
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM program_units WHERE id = ?`, u.ID); err != nil {
		if isForeignKeyViolation(err) {
			return inUse
		}
		return fmt.Errorf("delete unit: %w", err)
	}
	return nil
}

const programColumns = `id, code, name, kejuruan, jp, description, archived_at, created_at, updated_at`

func scanProgram(r rowScanner) (data.Program, error) {
	var p data.Program
	err := r.Scan(&p.ID, &p.Code, &p.Name, &p.Kejuruan, &p.JP, &p.Description,
		(*timeText)(&p.ArchivedAt), (*timeText)(&p.CreatedAt), (*timeText)(&p.UpdatedAt))
	return p, err
}

// programUnits reads the units of the programs, in order, by program ID; nil
// ids reads every program's.
func programUnits(ctx context.Context, tx *Tx, ids []string) (map[string][]data.Unit, error) {
	query := `SELECT program_id, id, code, title, jp FROM program_units`
	var args []any
	if ids != nil {
		if len(ids) == 0 {
			return map[string][]data.Unit{}, nil
		}
		query += ` WHERE program_id IN (` + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + `)`
		for _, id := range ids {
			args = append(args, id)
		}
	}
	rows, err := tx.QueryContext(ctx, query+` ORDER BY program_id, position`, args...)
	if err != nil {
		return nil, fmt.Errorf("read units: %w", err)
	}
	defer rows.Close()
	units := map[string][]data.Unit{}
	for rows.Next() {
		var pid string
		var u data.Unit
		if err := rows.Scan(&pid, &u.ID, &u.Code, &u.Title, &u.JP); err != nil {
			return nil, err
		}
		units[pid] = append(units[pid], u)
	}
	return units, rows.Err()
}

// programWhere reads the program the condition picks, with its units in order.
func programWhere(ctx context.Context, tx *Tx, where string, arg any) (data.Program, error) {
	p, err := scanProgram(tx.QueryRowContext(ctx, `SELECT `+programColumns+` FROM programs WHERE `+where, arg))
	if err != nil {
		return p, readErr(err, "program")
	}
	units, err := programUnits(ctx, tx, []string{p.ID})
	p.Units = units[p.ID]
	return p, err
}

// Program returns the program with the given ID, with its units in order.
func (s *Store) Program(ctx context.Context, id string) (data.Program, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Program{}, err
	}
	defer tx.Rollback()
	return programWhere(ctx, tx, `id = ?`, id)
}

// ProgramByCode returns the program with the given code (any case).
func (s *Store) ProgramByCode(ctx context.Context, code string) (data.Program, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Program{}, err
	}
	defer tx.Rollback()
	return programWhere(ctx, tx, `code = ?`, data.NormalizeProgramCode(code))
}

// Programs lists the programs with their units, by name; archived ones only
// when includeArchived.
func (s *Store) Programs(ctx context.Context, includeArchived bool) ([]data.Program, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	q := `SELECT ` + programColumns + ` FROM programs`
	if !includeArchived {
		q += ` WHERE archived_at = ''`
	}
	out, err := queryList(ctx, tx, scanProgram, q+` ORDER BY name COLLATE NOCASE, code`)
	if err != nil {
		return nil, fmt.Errorf("read programs: %w", err)
	}
	units, err := programUnits(ctx, tx, nil)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Units = units[out[i].ID]
	}
	return out, nil
}

// ArchiveProgram hides a program from the lists (archived true) or brings it back.
func (s *Store) ArchiveProgram(ctx context.Context, id string, archived bool) error {
	return s.setStamp(ctx, "programs", "archived_at", id, archived)
}

// DeleteProgram removes a program and its units for good. A program that a
// class uses gives ErrInUse, with a CodeProgramInUse problem naming the
// class: archive it instead.
func (s *Store) DeleteProgram(ctx context.Context, id string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var class string
	err = tx.QueryRowContext(ctx, `SELECT code FROM classes WHERE program_id = ? ORDER BY start_date DESC, code LIMIT 1`, id).Scan(&class)
	if err == nil {
		return inUse(data.Problem{Field: "program", Code: data.CodeProgramInUse, Detail: class})
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM programs WHERE id = ?`, id)
	if isForeignKeyViolation(err) {
		return data.ErrInUse
	}
	if err != nil {
		return fmt.Errorf("delete program: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	return tx.Commit()
}
