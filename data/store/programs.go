package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// problemsError is ps as an error, nil when there are none.
func problemsError(ps []data.Problem) error {
	if len(ps) == 0 {
		return nil
	}
	return data.Problems(ps)
}

// inUse is ErrInUse with the problem that says why (errors.Is finds
// ErrInUse, errors.As the *Problem).
func inUse(p data.Problem) error { return fmt.Errorf("%w: %w", data.ErrInUse, &p) }

// stampRow sets a row's timestamp column (archived_at, cancelled_at) to now,
// keeping the first date when it is set already (on), or clears it.
func (s *Store) stampRow(ctx context.Context, table, column, id string, on bool) error {
	at := ""
	if on {
		at = s.now()
	}
	res, err := s.db.ExecContext(ctx, `UPDATE `+table+` SET updated_at = ?, `+column+` = CASE WHEN ? = '' OR `+column+` = '' THEN ? ELSE `+column+` END
		WHERE id = ?`, s.now(), at, at, id)
	if err != nil {
		return fmt.Errorf("update %s: %w", table, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return nil
}

// --- Kejuruan ---

// Kejuruan lists the vocational fields in display order.
func (s *Store) Kejuruan(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM kejuruan ORDER BY position, name`)
	if err != nil {
		return nil, fmt.Errorf("read kejuruan: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// kejuruanName is the list's spelling of name (matched ignoring case), or "".
func kejuruanName(ctx context.Context, tx *sql.Tx, name string) (string, error) {
	var n string
	err := tx.QueryRowContext(ctx, `SELECT name FROM kejuruan WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1`, name, name).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return n, err
}

// AddKejuruan adds a vocational field at the end of the list.
func (s *Store) AddKejuruan(ctx context.Context, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return data.Problems{{Field: "kejuruan", Code: data.CodeRequired}}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if have, err := kejuruanName(ctx, tx, name); err != nil {
		return err
	} else if have != "" {
		return data.Problems{{Field: "kejuruan", Code: data.CodeKejuruanExists, Detail: have}}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO kejuruan (name, position)
		VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM kejuruan))`, name); err != nil {
		return fmt.Errorf("add kejuruan: %w", err)
	}
	return tx.Commit()
}

// RenameKejuruan renames a vocational field, and with it the programs and
// instructors of that field. A change of case only ("las" → "Las") is allowed.
func (s *Store) RenameKejuruan(ctx context.Context, oldName, newName string) error {
	newName = strings.TrimSpace(newName)
	if newName == "" {
		return data.Problems{{Field: "kejuruan", Code: data.CodeRequired}}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM kejuruan WHERE name = ?`, oldName).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return data.ErrNotFound
	}
	if newName == oldName {
		return nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM kejuruan WHERE name = ? COLLATE NOCASE AND name <> ?`,
		newName, oldName).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return data.Problems{{Field: "kejuruan", Code: data.CodeKejuruanExists, Detail: newName}}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE kejuruan SET name = ? WHERE name = ?`, newName, oldName); err != nil {
		return fmt.Errorf("rename kejuruan: %w", err)
	}
	now := s.now()
	for _, table := range []string{"programs", "instructors"} {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET kejuruan = ?, updated_at = ? WHERE kejuruan = ?`, newName, now, oldName); err != nil {
			return fmt.Errorf("rename kejuruan: %w", err)
		}
	}
	return tx.Commit()
}

// DeleteKejuruan removes a vocational field from the list. It is refused
// while a program (archived or not) belongs to it; instructors of the field
// are left without one.
func (s *Store) DeleteKejuruan(ctx context.Context, name string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var program string
	err = tx.QueryRowContext(ctx, `SELECT name FROM programs WHERE kejuruan = ? ORDER BY archived_at <> '', name LIMIT 1`, name).Scan(&program)
	if err == nil {
		return inUse(data.Problem{Field: "kejuruan", Code: data.CodeKejuruanInUse, Detail: program})
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM kejuruan WHERE name = ?`, name)
	if err != nil {
		return fmt.Errorf("delete kejuruan: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	if _, err := tx.ExecContext(ctx, `UPDATE instructors SET kejuruan = '', updated_at = ? WHERE kejuruan = ?`, s.now(), name); err != nil {
		return fmt.Errorf("delete kejuruan: %w", err)
	}
	return tx.Commit()
}

// checkProgram cleans and validates p inside tx: the rules of ValidateProgram,
// a free code and a kejuruan of the list (whose spelling p takes).
func checkProgram(ctx context.Context, tx *sql.Tx, p data.Program) (data.Program, error) {
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
	tx, err := s.db.BeginTx(ctx, nil)
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
	now := s.now()
	c.ID, c.CreatedAt, c.UpdatedAt, c.ArchivedAt = newID(), now, now, ""
	if _, err := tx.ExecContext(ctx, `INSERT INTO programs (id, code, name, kejuruan, jp, description, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.Code, c.Name, c.Kejuruan, c.JP, c.Description, now, now); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "code", Code: data.CodeProgramCodeTaken, Detail: c.Code}}
		}
		return fmt.Errorf("insert program: %w", err)
	}
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

func insertUnit(ctx context.Context, tx *sql.Tx, programID string, i int, u data.Unit) error {
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE programs SET updated_at = updated_at WHERE id = ?`, p.ID) // does it exist?
	if err != nil {
		return fmt.Errorf("update program: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	c, err := checkProgram(ctx, tx, *p)
	if err != nil {
		return err
	}
	old, err := programUnits(ctx, tx, []string{c.ID})
	if err != nil {
		return err
	}
	kept := map[string]bool{}
	for i, u := range c.Units {
		if u.ID == "" || kept[u.ID] || !slices.ContainsFunc(old[c.ID], func(o data.Unit) bool { return o.ID == u.ID }) {
			c.Units[i].ID = ""
			continue
		}
		kept[u.ID] = true
	}
	for _, o := range old[c.ID] {
		if kept[o.ID] {
			continue
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sessions WHERE unit_id = ?) +
			(SELECT count(*) FROM unit_results WHERE unit_id = ?)`, o.ID, o.ID).Scan(&n); err != nil {
			return fmt.Errorf("check unit: %w", err)
		}
		if n > 0 {
			return data.Problems{{Field: "units", Code: data.CodeUnitInUse, Detail: o.Title}}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM program_units WHERE id = ?`, o.ID); err != nil {
			if isForeignKeyViolation(err) {
				return data.Problems{{Field: "units", Code: data.CodeUnitInUse, Detail: o.Title}}
			}
			return fmt.Errorf("delete unit: %w", err)
		}
	}
	// Move the kept units out of the way of UNIQUE (program_id, position).
	if _, err := tx.ExecContext(ctx, `UPDATE program_units SET position = -position WHERE program_id = ?`, c.ID); err != nil {
		return fmt.Errorf("update units: %w", err)
	}
	for i, u := range c.Units {
		if u.ID == "" {
			c.Units[i].ID = newID()
			if err := insertUnit(ctx, tx, c.ID, i, c.Units[i]); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE program_units SET position = ?, code = ?, title = ?, jp = ? WHERE id = ?`,
			i+1, u.Code, u.Title, u.JP, u.ID); err != nil {
			return fmt.Errorf("update unit: %w", err)
		}
	}
	c.UpdatedAt = s.now()
	if _, err := tx.ExecContext(ctx, `UPDATE programs SET code = ?, name = ?, kejuruan = ?, jp = ?, description = ?, updated_at = ?
		WHERE id = ?`, c.Code, c.Name, c.Kejuruan, c.JP, c.Description, c.UpdatedAt, c.ID); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "code", Code: data.CodeProgramCodeTaken, Detail: c.Code}}
		}
		return fmt.Errorf("update program: %w", err)
	}
	var created, archived string
	if err := tx.QueryRowContext(ctx, `SELECT created_at, archived_at FROM programs WHERE id = ?`, c.ID).Scan(&created, &archived); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	c.CreatedAt, c.ArchivedAt = created, archived
	*p = c
	return nil
}

const programColumns = `id, code, name, kejuruan, jp, description, archived_at, created_at, updated_at`

func scanProgram(r rowScanner) (data.Program, error) {
	var p data.Program
	err := r.Scan(&p.ID, &p.Code, &p.Name, &p.Kejuruan, &p.JP, &p.Description, &p.ArchivedAt, &p.CreatedAt, &p.UpdatedAt)
	return p, err
}

// programQuerier is what reading programs needs: the database or a transaction.
type programQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// programUnits reads the units of the programs, in order, by program ID; nil
// ids reads every program's.
func programUnits(ctx context.Context, q programQuerier, ids []string) (map[string][]data.Unit, error) {
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
	rows, err := q.QueryContext(ctx, query+` ORDER BY program_id, position`, args...)
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

func (s *Store) programWhere(ctx context.Context, where string, arg any) (data.Program, error) {
	p, err := scanProgram(s.db.QueryRowContext(ctx, `SELECT `+programColumns+` FROM programs WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return p, data.ErrNotFound
	}
	if err != nil {
		return p, fmt.Errorf("read program: %w", err)
	}
	units, err := programUnits(ctx, s.db, []string{p.ID})
	p.Units = units[p.ID]
	return p, err
}

// Program returns the program with the given ID, with its units in order.
func (s *Store) Program(ctx context.Context, id string) (data.Program, error) {
	return s.programWhere(ctx, `id = ?`, id)
}

// ProgramByCode returns the program with the given code (any case).
func (s *Store) ProgramByCode(ctx context.Context, code string) (data.Program, error) {
	return s.programWhere(ctx, `code = ?`, data.NormalizeProgramCode(code))
}

// Programs lists the programs with their units, by name; archived ones only
// when includeArchived.
func (s *Store) Programs(ctx context.Context, includeArchived bool) ([]data.Program, error) {
	q := `SELECT ` + programColumns + ` FROM programs`
	if !includeArchived {
		q += ` WHERE archived_at = ''`
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY name COLLATE NOCASE, code`)
	if err != nil {
		return nil, fmt.Errorf("read programs: %w", err)
	}
	defer rows.Close()
	var out []data.Program
	for rows.Next() {
		p, err := scanProgram(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	units, err := programUnits(ctx, s.db, nil)
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
	return s.stampRow(ctx, "programs", "archived_at", id, archived)
}

// DeleteProgram removes a program and its units for good. A program that a
// class uses gives ErrInUse, with a CodeProgramInUse problem naming the
// class: archive it instead.
func (s *Store) DeleteProgram(ctx context.Context, id string) error {
	tx, err := s.db.BeginTx(ctx, nil)
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
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return tx.Commit()
}

func checkInstructor(ctx context.Context, tx *sql.Tx, in data.Instructor) (data.Instructor, error) {
	in, probs := data.CleanInstructor(in)
	if in.Kejuruan != "" {
		k, err := kejuruanName(ctx, tx, in.Kejuruan)
		if err != nil {
			return in, err
		}
		if k == "" {
			probs = append(probs, data.Problem{Field: "kejuruan", Code: data.CodeUnknownKejuruan, Detail: in.Kejuruan})
		} else {
			in.Kejuruan = k
		}
	}
	return in, problemsError(probs)
}

// CreateInstructor stores a new instructor. When it fails nothing is saved
// and in is left as it was.
func (s *Store) CreateInstructor(ctx context.Context, in *data.Instructor) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := checkInstructor(ctx, tx, *in)
	if err != nil {
		return err
	}
	now := s.now()
	c.ID, c.CreatedAt, c.UpdatedAt, c.ArchivedAt = newID(), now, now, ""
	if _, err := tx.ExecContext(ctx, `INSERT INTO instructors (id, name, nip, phone, kejuruan, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, c.ID, c.Name, c.NIP, c.Phone, c.Kejuruan, now, now); err != nil {
		return fmt.Errorf("insert instructor: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*in = c
	return nil
}

// UpdateInstructor saves the fields of an existing instructor.
func (s *Store) UpdateInstructor(ctx context.Context, in *data.Instructor) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := checkInstructor(ctx, tx, *in)
	if err != nil {
		return err
	}
	c.UpdatedAt = s.now()
	res, err := tx.ExecContext(ctx, `UPDATE instructors SET name = ?, nip = ?, phone = ?, kejuruan = ?, updated_at = ? WHERE id = ?`,
		c.Name, c.NIP, c.Phone, c.Kejuruan, c.UpdatedAt, c.ID)
	if err != nil {
		return fmt.Errorf("update instructor: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	if err := tx.QueryRowContext(ctx, `SELECT created_at, archived_at FROM instructors WHERE id = ?`, c.ID).Scan(&c.CreatedAt, &c.ArchivedAt); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*in = c
	return nil
}

const instructorColumns = `id, name, nip, phone, kejuruan, archived_at, created_at, updated_at`

func scanInstructor(r rowScanner) (data.Instructor, error) {
	var in data.Instructor
	err := r.Scan(&in.ID, &in.Name, &in.NIP, &in.Phone, &in.Kejuruan, &in.ArchivedAt, &in.CreatedAt, &in.UpdatedAt)
	return in, err
}

// Instructor returns the instructor with the given ID.
func (s *Store) Instructor(ctx context.Context, id string) (data.Instructor, error) {
	in, err := scanInstructor(s.db.QueryRowContext(ctx, `SELECT `+instructorColumns+` FROM instructors WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return in, data.ErrNotFound
	}
	return in, err
}

// Instructors lists the instructors by name; archived ones only when includeArchived.
func (s *Store) Instructors(ctx context.Context, includeArchived bool) ([]data.Instructor, error) {
	q := `SELECT ` + instructorColumns + ` FROM instructors`
	if !includeArchived {
		q += ` WHERE archived_at = ''`
	}
	out, err := queryList(ctx, s.db, scanInstructor, q+` ORDER BY name COLLATE NOCASE, id`)
	if err != nil {
		return nil, fmt.Errorf("read instructors: %w", err)
	}
	return out, nil
}

// ArchiveInstructor hides an instructor from the choices (archived true) or brings them back.
func (s *Store) ArchiveInstructor(ctx context.Context, id string, archived bool) error {
	return s.stampRow(ctx, "instructors", "archived_at", id, archived)
}

// DeleteInstructor removes an instructor for good. One that leads a class or
// teaches a session gives ErrInUse, with a CodeInstructorInUse problem naming
// the class: archive them instead.
func (s *Store) DeleteInstructor(ctx context.Context, id string) error {
	return s.deleteBooked(ctx, "instructors", "instructor_id", id, data.Problem{Field: "instructor", Code: data.CodeInstructorInUse})
}

// deleteBooked deletes a room or an instructor unless a class or a session
// refers to it (col is the column that does).
func (s *Store) deleteBooked(ctx context.Context, table, col, id string, inUseProblem data.Problem) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var class string
	err = tx.QueryRowContext(ctx, `SELECT code FROM classes WHERE `+col+` = ?
		OR id IN (SELECT class_id FROM sessions WHERE `+col+` = ?) ORDER BY start_date DESC, code LIMIT 1`, id, id).Scan(&class)
	if err == nil {
		inUseProblem.Detail = class
		return inUse(inUseProblem)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ?`, id)
	if isForeignKeyViolation(err) {
		return data.ErrInUse
	}
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return tx.Commit()
}

func checkRoom(ctx context.Context, tx *sql.Tx, r data.Room) (data.Room, error) {
	r, probs := data.CleanRoom(r)
	if r.Name != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM rooms WHERE name = ? COLLATE NOCASE AND id <> ?`, r.Name, r.ID).Scan(&n); err != nil {
			return r, err
		}
		if n > 0 {
			probs = append([]data.Problem{{Field: "name", Code: data.CodeRoomNameTaken, Detail: r.Name}}, probs...)
		}
	}
	return r, problemsError(probs)
}

// CreateRoom stores a new room. When it fails nothing is saved and r is left as it was.
func (s *Store) CreateRoom(ctx context.Context, r *data.Room) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c := *r
	c.ID = ""
	c, err = checkRoom(ctx, tx, c)
	if err != nil {
		return err
	}
	now := s.now()
	c.ID, c.CreatedAt, c.UpdatedAt, c.ArchivedAt = newID(), now, now, ""
	if _, err := tx.ExecContext(ctx, `INSERT INTO rooms (id, name, capacity, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
		c.ID, c.Name, c.Capacity, now, now); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "name", Code: data.CodeRoomNameTaken, Detail: c.Name}}
		}
		return fmt.Errorf("insert room: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*r = c
	return nil
}

// UpdateRoom saves the fields of an existing room.
func (s *Store) UpdateRoom(ctx context.Context, r *data.Room) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := checkRoom(ctx, tx, *r)
	if err != nil {
		return err
	}
	c.UpdatedAt = s.now()
	res, err := tx.ExecContext(ctx, `UPDATE rooms SET name = ?, capacity = ?, updated_at = ? WHERE id = ?`, c.Name, c.Capacity, c.UpdatedAt, c.ID)
	if err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "name", Code: data.CodeRoomNameTaken, Detail: c.Name}}
		}
		return fmt.Errorf("update room: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	if err := tx.QueryRowContext(ctx, `SELECT created_at, archived_at FROM rooms WHERE id = ?`, c.ID).Scan(&c.CreatedAt, &c.ArchivedAt); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*r = c
	return nil
}

const roomColumns = `id, name, capacity, archived_at, created_at, updated_at`

func scanRoom(r rowScanner) (data.Room, error) {
	var rm data.Room
	err := r.Scan(&rm.ID, &rm.Name, &rm.Capacity, &rm.ArchivedAt, &rm.CreatedAt, &rm.UpdatedAt)
	return rm, err
}

// Room returns the room with the given ID.
func (s *Store) Room(ctx context.Context, id string) (data.Room, error) {
	r, err := scanRoom(s.db.QueryRowContext(ctx, `SELECT `+roomColumns+` FROM rooms WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, data.ErrNotFound
	}
	return r, err
}

// Rooms lists the rooms by name; archived ones only when includeArchived.
func (s *Store) Rooms(ctx context.Context, includeArchived bool) ([]data.Room, error) {
	q := `SELECT ` + roomColumns + ` FROM rooms`
	if !includeArchived {
		q += ` WHERE archived_at = ''`
	}
	out, err := queryList(ctx, s.db, scanRoom, q+` ORDER BY name COLLATE NOCASE, id`)
	if err != nil {
		return nil, fmt.Errorf("read rooms: %w", err)
	}
	return out, nil
}

// ArchiveRoom hides a room from the choices (archived true) or brings it back.
func (s *Store) ArchiveRoom(ctx context.Context, id string, archived bool) error {
	return s.stampRow(ctx, "rooms", "archived_at", id, archived)
}

// DeleteRoom removes a room for good. A room that a class or a session uses
// gives ErrInUse, with a CodeRoomInUse problem naming the class: archive it instead.
func (s *Store) DeleteRoom(ctx context.Context, id string) error {
	return s.deleteBooked(ctx, "rooms", "room_id", id, data.Problem{Field: "room", Code: data.CodeRoomInUse})
}
