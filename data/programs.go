package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Programs (training packages) with their competency units, the kejuruan
// list, instructors and rooms.
//
// Validation is shared by the GUI and the CLI: ValidateProgram,
// ValidateInstructor and ValidateRoom check what can be checked without the
// database; the store's Create… and Update… methods run the same checks plus
// those that need it (a code or name already taken, an unknown kejuruan), and
// return every problem found as a Problems error, saving nothing.
//
// Problem fields: "code", "name", "kejuruan", "jp", "units" (the list),
// "units.N.title" and "units.N.jp" (N the unit's index from 0; the Detail of
// a unit problem is its number from 1, as the form shows it), "nip", "phone",
// "capacity".

// Problem codes of programs, kejuruan, instructors and rooms.
const (
	CodeBadProgramCode      = "bad_program_code"      // Detail: the code as typed
	CodeProgramCodeTaken    = "program_code_taken"    // Detail: the code
	CodeJPNotPositive       = "jp_not_positive"       // Detail: the JP given
	CodeNoUnits             = "no_units"              // a program needs at least one unit
	CodeUnitTitleMissing    = "unit_title_missing"    // Detail: the unit's number, from 1
	CodeUnitJPNotPositive   = "unit_jp_not_positive"  // Detail: the unit's number, from 1
	CodeUnitsJPMismatch     = "units_jp_mismatch"     // Detail: units' total minus the program's JP, signed: "+8", "-16"
	CodeUnitInUse           = "unit_in_use"           // Detail: the unit's title
	CodeProgramInUse        = "program_in_use"        // Detail: the code of a class of the program
	CodeUnknownKejuruan     = "unknown_kejuruan"      // Detail: the name given
	CodeKejuruanExists      = "kejuruan_exists"       // Detail: the name
	CodeKejuruanInUse       = "kejuruan_in_use"       // Detail: the name of a program of the kejuruan
	CodeRoomNameTaken       = "room_name_taken"       // Detail: the name
	CodeCapacityNotPositive = "capacity_not_positive" // Detail: the capacity given
	CodeRoomInUse           = "room_in_use"           // Detail: the code of a class using the room
	CodeInstructorInUse     = "instructor_in_use"     // Detail: the code of a class the instructor teaches
)

func init() {
	addProblemTexts(map[string]string{
		CodeBadProgramCode:      "program code %q may hold only letters, digits and dashes, at most 12",
		CodeProgramCodeTaken:    "program code %s is already used by another program",
		CodeJPNotPositive:       "the total JP must be more than 0, not %s",
		CodeNoUnits:             "a program needs at least one competency unit",
		CodeUnitTitleMissing:    "unit %s has no title",
		CodeUnitJPNotPositive:   "the JP of unit %s must be more than 0",
		CodeUnitsJPMismatch:     "the units' JP differ from the program's total JP by %s JP",
		CodeUnitInUse:           "unit %q has sessions or results and cannot be removed",
		CodeProgramInUse:        "the program is used by class %s and cannot be deleted; archive it instead",
		CodeUnknownKejuruan:     "kejuruan %q is not in the list; add it first",
		CodeKejuruanExists:      "kejuruan %q is already in the list",
		CodeKejuruanInUse:       "the kejuruan is used by program %s; move the program to another kejuruan first",
		CodeRoomNameTaken:       "there is already a room named %q",
		CodeCapacityNotPositive: "the capacity must be more than 0, not %s",
		CodeRoomInUse:           "the room is used by class %s and cannot be deleted; archive it instead",
		CodeInstructorInUse:     "the instructor teaches class %s and cannot be deleted; archive them instead",
	})
}

// Problems are the reasons a record was rejected. Store methods that validate
// return them as their error and save nothing. errors.As(err, &p) with p a
// *Problem finds the first one, so code that shows one problem works unchanged;
// errors.As(err, &ps) with ps a Problems gives them all.
type Problems []Problem

func (ps Problems) Error() string {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Error()
	}
	return strings.Join(msgs, "; ")
}

// As lets errors.As find the first problem as a *Problem.
func (ps Problems) As(target any) bool {
	if t, ok := target.(**Problem); ok && len(ps) > 0 {
		p := ps[0]
		*t = &p
		return true
	}
	return false
}

// problemsError is ps as an error, nil when there are none.
func problemsError(ps []Problem) error {
	if len(ps) == 0 {
		return nil
	}
	return Problems(ps)
}

// inUse is ErrInUse with the problem that says why (errors.Is finds
// ErrInUse, errors.As the *Problem).
func inUse(p Problem) error { return fmt.Errorf("%w: %w", ErrInUse, &p) }

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
		return ErrNotFound
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
		return Problems{{Field: "kejuruan", Code: CodeRequired}}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if have, err := kejuruanName(ctx, tx, name); err != nil {
		return err
	} else if have != "" {
		return Problems{{Field: "kejuruan", Code: CodeKejuruanExists, Detail: have}}
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
		return Problems{{Field: "kejuruan", Code: CodeRequired}}
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
		return ErrNotFound
	}
	if newName == oldName {
		return nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM kejuruan WHERE name = ? COLLATE NOCASE AND name <> ?`,
		newName, oldName).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return Problems{{Field: "kejuruan", Code: CodeKejuruanExists, Detail: newName}}
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
		return inUse(Problem{Field: "kejuruan", Code: CodeKejuruanInUse, Detail: program})
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM kejuruan WHERE name = ?`, name)
	if err != nil {
		return fmt.Errorf("delete kejuruan: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	if _, err := tx.ExecContext(ctx, `UPDATE instructors SET kejuruan = '', updated_at = ? WHERE kejuruan = ?`, s.now(), name); err != nil {
		return fmt.Errorf("delete kejuruan: %w", err)
	}
	return tx.Commit()
}

// --- Programs ---

// maxProgramCode is the longest program code: it starts every class code.
const maxProgramCode = 12

// NormalizeProgramCode is a program code as stored: trimmed and upper-cased.
func NormalizeProgramCode(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// validProgramCode: letters and digits in groups joined by single dashes.
func validProgramCode(code string) bool {
	if code == "" || len(code) > maxProgramCode || code[0] == '-' || code[len(code)-1] == '-' || strings.Contains(code, "--") {
		return false
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}

// cleanProgram trims and upper-cases what the store keeps so, and checks the
// rules that need no database.
func cleanProgram(p Program) (Program, []Problem) {
	var probs []Problem
	p.Code = NormalizeProgramCode(p.Code)
	p.Name = strings.TrimSpace(p.Name)
	p.Kejuruan = strings.TrimSpace(p.Kejuruan)
	p.Description = strings.TrimSpace(p.Description)
	switch {
	case p.Code == "":
		probs = append(probs, Problem{Field: "code", Code: CodeRequired})
	case !validProgramCode(p.Code):
		probs = append(probs, Problem{Field: "code", Code: CodeBadProgramCode, Detail: p.Code})
	}
	if p.Name == "" {
		probs = append(probs, Problem{Field: "name", Code: CodeRequired})
	}
	if p.Kejuruan == "" {
		probs = append(probs, Problem{Field: "kejuruan", Code: CodeRequired})
	}
	if p.JP <= 0 {
		probs = append(probs, Problem{Field: "jp", Code: CodeJPNotPositive, Detail: strconv.Itoa(p.JP)})
	}
	if len(p.Units) == 0 {
		probs = append(probs, Problem{Field: "units", Code: CodeNoUnits})
		return p, probs
	}
	units := make([]Unit, len(p.Units))
	sum, unitsOK := 0, true
	for i, u := range p.Units {
		u.Code = strings.TrimSpace(u.Code)
		u.Title = strings.TrimSpace(u.Title)
		units[i] = u
		n := strconv.Itoa(i + 1)
		if u.Title == "" {
			probs = append(probs, Problem{Field: fmt.Sprintf("units.%d.title", i), Code: CodeUnitTitleMissing, Detail: n})
		}
		if u.JP <= 0 {
			probs = append(probs, Problem{Field: fmt.Sprintf("units.%d.jp", i), Code: CodeUnitJPNotPositive, Detail: n})
			unitsOK = false
		}
		sum += u.JP
	}
	p.Units = units
	if unitsOK && p.JP > 0 && sum != p.JP {
		probs = append(probs, Problem{Field: "units", Code: CodeUnitsJPMismatch, Detail: fmt.Sprintf("%+d", sum-p.JP)})
	}
	return p, probs
}

// ValidateProgram checks a program as the form or the CLI gives it: code
// (letters, digits and dashes, at most 12; stored upper-cased), name and
// kejuruan required, JP more than 0, at least one unit, each with a title and
// JP more than 0, and the units' JP adding up to the program's (else a
// CodeUnitsJPMismatch whose Detail is the units' total minus the program's
// JP: "+8" when the units have 8 JP too many, "-16" when 16 are missing).
// That the code is free and the kejuruan is in the list is checked on saving.
func ValidateProgram(p Program) []Problem {
	_, probs := cleanProgram(p)
	return probs
}

// checkProgram cleans and validates p inside tx: the rules of ValidateProgram,
// a free code and a kejuruan of the list (whose spelling p takes).
func checkProgram(ctx context.Context, tx *sql.Tx, p Program) (Program, error) {
	p, probs := cleanProgram(p)
	if p.Code != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM programs WHERE code = ? AND id <> ?`, p.Code, p.ID).Scan(&n); err != nil {
			return p, err
		}
		if n > 0 {
			probs = append(probs, Problem{Field: "code", Code: CodeProgramCodeTaken, Detail: p.Code})
		}
	}
	if p.Kejuruan != "" {
		k, err := kejuruanName(ctx, tx, p.Kejuruan)
		if err != nil {
			return p, err
		}
		if k == "" {
			probs = append(probs, Problem{Field: "kejuruan", Code: CodeUnknownKejuruan, Detail: p.Kejuruan})
		} else {
			p.Kejuruan = k
		}
	}
	slices.SortStableFunc(probs, func(a, b Problem) int { return programFieldOrder(a.Field) - programFieldOrder(b.Field) })
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
func (s *Store) CreateProgram(ctx context.Context, p *Program) error {
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
			return Problems{{Field: "code", Code: CodeProgramCodeTaken, Detail: c.Code}}
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

func insertUnit(ctx context.Context, tx *sql.Tx, programID string, i int, u Unit) error {
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
func (s *Store) UpdateProgram(ctx context.Context, p *Program) error {
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
		return ErrNotFound
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
		if u.ID == "" || kept[u.ID] || !slices.ContainsFunc(old[c.ID], func(o Unit) bool { return o.ID == u.ID }) {
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
			return Problems{{Field: "units", Code: CodeUnitInUse, Detail: o.Title}}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM program_units WHERE id = ?`, o.ID); err != nil {
			if isForeignKeyViolation(err) {
				return Problems{{Field: "units", Code: CodeUnitInUse, Detail: o.Title}}
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
			return Problems{{Field: "code", Code: CodeProgramCodeTaken, Detail: c.Code}}
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

func scanProgram(r rowScanner) (Program, error) {
	var p Program
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
func programUnits(ctx context.Context, q programQuerier, ids []string) (map[string][]Unit, error) {
	query := `SELECT program_id, id, code, title, jp FROM program_units`
	var args []any
	if ids != nil {
		if len(ids) == 0 {
			return map[string][]Unit{}, nil
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
	units := map[string][]Unit{}
	for rows.Next() {
		var pid string
		var u Unit
		if err := rows.Scan(&pid, &u.ID, &u.Code, &u.Title, &u.JP); err != nil {
			return nil, err
		}
		units[pid] = append(units[pid], u)
	}
	return units, rows.Err()
}

func (s *Store) programWhere(ctx context.Context, where string, arg any) (Program, error) {
	p, err := scanProgram(s.db.QueryRowContext(ctx, `SELECT `+programColumns+` FROM programs WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	if err != nil {
		return p, fmt.Errorf("read program: %w", err)
	}
	units, err := programUnits(ctx, s.db, []string{p.ID})
	p.Units = units[p.ID]
	return p, err
}

// Program returns the program with the given ID, with its units in order.
func (s *Store) Program(ctx context.Context, id string) (Program, error) {
	return s.programWhere(ctx, `id = ?`, id)
}

// ProgramByCode returns the program with the given code (any case).
func (s *Store) ProgramByCode(ctx context.Context, code string) (Program, error) {
	return s.programWhere(ctx, `code = ?`, NormalizeProgramCode(code))
}

// Programs lists the programs with their units, by name; archived ones only
// when includeArchived.
func (s *Store) Programs(ctx context.Context, includeArchived bool) ([]Program, error) {
	q := `SELECT ` + programColumns + ` FROM programs`
	if !includeArchived {
		q += ` WHERE archived_at = ''`
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY name COLLATE NOCASE, code`)
	if err != nil {
		return nil, fmt.Errorf("read programs: %w", err)
	}
	defer rows.Close()
	var out []Program
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
		return inUse(Problem{Field: "program", Code: CodeProgramInUse, Detail: class})
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM programs WHERE id = ?`, id)
	if isForeignKeyViolation(err) {
		return ErrInUse
	}
	if err != nil {
		return fmt.Errorf("delete program: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return tx.Commit()
}

// --- Instructors ---

// NormalizeNIP is a NIP as stored: a civil-servant NIP (18 digits once
// spaces are removed) as its digits; any other ID number trimmed, as typed.
func NormalizeNIP(raw string) string {
	raw = strings.TrimSpace(raw)
	digits := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '\t' {
			return -1
		}
		return r
	}, raw)
	if len(digits) == 18 && strings.Trim(digits, "0123456789") == "" {
		return digits
	}
	return raw
}

// FormatNIP prints an 18-digit NIP grouped as on official documents,
// "19671018 199303 1 004" (birth date, appointment year-month, sex, serial);
// any other value as it is.
func FormatNIP(nip string) string {
	d := NormalizeNIP(nip)
	if len(d) != 18 || strings.Trim(d, "0123456789") != "" {
		return nip
	}
	return d[:8] + " " + d[8:14] + " " + d[14:15] + " " + d[15:]
}

func cleanInstructor(in Instructor) (Instructor, []Problem) {
	var probs []Problem
	in.Name = strings.TrimSpace(in.Name)
	in.NIP = NormalizeNIP(in.NIP)
	in.Kejuruan = strings.TrimSpace(in.Kejuruan)
	if in.Name == "" {
		probs = append(probs, Problem{Field: "name", Code: CodeRequired})
	}
	phone, p := NormalizePhone(in.Phone)
	if p != nil {
		probs = append(probs, *p)
	} else {
		in.Phone = phone
	}
	return in, probs
}

// ValidateInstructor checks an instructor: name required, phone a phone
// number (stored as NormalizePhone gives it). The NIP is optional; an 18-digit
// NIP is stored as its digits (see NormalizeNIP). That the kejuruan, when
// given, is in the list is checked on saving.
func ValidateInstructor(in Instructor) []Problem {
	_, probs := cleanInstructor(in)
	return probs
}

func checkInstructor(ctx context.Context, tx *sql.Tx, in Instructor) (Instructor, error) {
	in, probs := cleanInstructor(in)
	if in.Kejuruan != "" {
		k, err := kejuruanName(ctx, tx, in.Kejuruan)
		if err != nil {
			return in, err
		}
		if k == "" {
			probs = append(probs, Problem{Field: "kejuruan", Code: CodeUnknownKejuruan, Detail: in.Kejuruan})
		} else {
			in.Kejuruan = k
		}
	}
	return in, problemsError(probs)
}

// CreateInstructor stores a new instructor. When it fails nothing is saved
// and in is left as it was.
func (s *Store) CreateInstructor(ctx context.Context, in *Instructor) error {
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
func (s *Store) UpdateInstructor(ctx context.Context, in *Instructor) error {
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
		return ErrNotFound
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

func scanInstructor(r rowScanner) (Instructor, error) {
	var in Instructor
	err := r.Scan(&in.ID, &in.Name, &in.NIP, &in.Phone, &in.Kejuruan, &in.ArchivedAt, &in.CreatedAt, &in.UpdatedAt)
	return in, err
}

// Instructor returns the instructor with the given ID.
func (s *Store) Instructor(ctx context.Context, id string) (Instructor, error) {
	in, err := scanInstructor(s.db.QueryRowContext(ctx, `SELECT `+instructorColumns+` FROM instructors WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return in, ErrNotFound
	}
	return in, err
}

// Instructors lists the instructors by name; archived ones only when includeArchived.
func (s *Store) Instructors(ctx context.Context, includeArchived bool) ([]Instructor, error) {
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
	return s.deleteBooked(ctx, "instructors", "instructor_id", id, Problem{Field: "instructor", Code: CodeInstructorInUse})
}

// deleteBooked deletes a room or an instructor unless a class or a session
// refers to it (col is the column that does).
func (s *Store) deleteBooked(ctx context.Context, table, col, id string, inUseProblem Problem) error {
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
		return ErrInUse
	}
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return tx.Commit()
}

// --- Rooms ---

func cleanRoom(r Room) (Room, []Problem) {
	var probs []Problem
	r.Name = strings.TrimSpace(r.Name)
	if r.Name == "" {
		probs = append(probs, Problem{Field: "name", Code: CodeRequired})
	}
	if r.Capacity <= 0 {
		probs = append(probs, Problem{Field: "capacity", Code: CodeCapacityNotPositive, Detail: strconv.Itoa(r.Capacity)})
	}
	return r, probs
}

// ValidateRoom checks a room: name required, capacity more than 0. That no
// other room has the name (ignoring case) is checked on saving.
func ValidateRoom(r Room) []Problem {
	_, probs := cleanRoom(r)
	return probs
}

func checkRoom(ctx context.Context, tx *sql.Tx, r Room) (Room, error) {
	r, probs := cleanRoom(r)
	if r.Name != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM rooms WHERE name = ? COLLATE NOCASE AND id <> ?`, r.Name, r.ID).Scan(&n); err != nil {
			return r, err
		}
		if n > 0 {
			probs = append([]Problem{{Field: "name", Code: CodeRoomNameTaken, Detail: r.Name}}, probs...)
		}
	}
	return r, problemsError(probs)
}

// CreateRoom stores a new room. When it fails nothing is saved and r is left as it was.
func (s *Store) CreateRoom(ctx context.Context, r *Room) error {
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
			return Problems{{Field: "name", Code: CodeRoomNameTaken, Detail: c.Name}}
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
func (s *Store) UpdateRoom(ctx context.Context, r *Room) error {
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
			return Problems{{Field: "name", Code: CodeRoomNameTaken, Detail: c.Name}}
		}
		return fmt.Errorf("update room: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
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

func scanRoom(r rowScanner) (Room, error) {
	var rm Room
	err := r.Scan(&rm.ID, &rm.Name, &rm.Capacity, &rm.ArchivedAt, &rm.CreatedAt, &rm.UpdatedAt)
	return rm, err
}

// Room returns the room with the given ID.
func (s *Store) Room(ctx context.Context, id string) (Room, error) {
	r, err := scanRoom(s.db.QueryRowContext(ctx, `SELECT `+roomColumns+` FROM rooms WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	return r, err
}

// Rooms lists the rooms by name; archived ones only when includeArchived.
func (s *Store) Rooms(ctx context.Context, includeArchived bool) ([]Room, error) {
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
	return s.deleteBooked(ctx, "rooms", "room_id", id, Problem{Field: "room", Code: CodeRoomInUse})
}
