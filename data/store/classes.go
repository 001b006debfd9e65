package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"balai/data"
)

// Classes (angkatan): one intake of a program.

// ValidateClass checks a class as the form or the CLI gives it: program
// required and existing (and not archived for a new class), code required and
// not used by another class, start and end dates set and in order, year
// (default: the start date's year), quota more than 0 (0 means DefaultQuota),
// funding one of FundingSources or empty, room and instructor existing when
// set. A class with an ID is checked as an update of that class (ErrNotFound
// when there is none): its program cannot change once it has sessions or
// participants.
func (s *Store) ValidateClass(ctx context.Context, c data.Class) ([]data.Problem, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	_, probs, err := checkClass(ctx, tx, c)
	return probs, err
}

// checkClass cleans c (data.CleanClass) and checks inside tx what needs the
// database, as an update when c has an ID.
func checkClass(ctx context.Context, tx *Tx, c data.Class) (data.Class, []data.Problem, error) {
	c, probs := data.CleanClass(c)
	add := func(field, code, detail string) {
		probs = append(probs, data.Problem{Field: field, Code: code, Detail: detail})
	}
	oldProgram := ""
	if c.ID != "" {
		err := tx.QueryRowContext(ctx, `SELECT program_id FROM classes WHERE id = ?`, c.ID).Scan(&oldProgram)
		if err != nil {
			return c, nil, readErr(err, "class")
		}
	}
	if c.ProgramID != "" {
		var name, archived string
		err := tx.QueryRowContext(ctx, `SELECT name, archived_at FROM programs WHERE id = ?`, c.ProgramID).Scan(&name, &archived)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			add("program", data.CodeUnknownProgram, "")
		case err != nil:
			return c, nil, fmt.Errorf("read program: %w", err)
		case archived != "" && c.ProgramID != oldProgram:
			add("program", data.CodeProgramArchived, name)
		}
	}
	if oldProgram != "" && c.ProgramID != oldProgram {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sessions WHERE class_id = ?) +
			(SELECT count(*) FROM participants WHERE class_id = ?)`, c.ID, c.ID).Scan(&n); err != nil {
			return c, nil, fmt.Errorf("read class: %w", err)
		}
		if n > 0 {
			add("program", data.CodeClassProgramFixed, "")
		}
	}
	if c.Code != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM classes WHERE code = ? AND id <> ?`, c.Code, c.ID).Scan(&n); err != nil {
			return c, nil, fmt.Errorf("read classes: %w", err)
		}
		if n > 0 {
			add("code", data.CodeClassCodeTaken, c.Code)
		}
	}
	for _, ref := range []struct{ table, field, code, id string }{
		{"rooms", "room", data.CodeUnknownRoom, c.RoomID},
		{"instructors", "instructor", data.CodeUnknownInstructor, c.InstructorID},
	} {
		if ref.id == "" {
			continue
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+ref.table+` WHERE id = ?`, ref.id).Scan(&n); err != nil {
			return c, nil, fmt.Errorf("read %s: %w", ref.table, err)
		}
		if n == 0 {
			add(ref.field, ref.code, "")
		}
	}
	if oldProgram != "" {
		holds, err := classHolds(ctx, tx, c.ID)
		if err != nil {
			return c, nil, err
		}
		probs = append(probs, data.CheckClassChange(c, holds)...)
	}
	data.SortClassProblems(probs)
	return c, probs, nil
}

// classHolds reads what a stored class holds that its dates and quota must
// agree with: its first and last session, its participants not withdrawn.
func classHolds(ctx context.Context, tx *Tx, classID string) (data.ClassHolds, error) {
	var h data.ClassHolds
	err := tx.QueryRowContext(ctx, `SELECT coalesce(min(date), ''), coalesce(max(date), ''),
		(SELECT count(*) FROM participants WHERE class_id = ? AND status <> ?)
		FROM sessions WHERE class_id = ?`, classID, data.ParticipantWithdrawn, classID).
		Scan((*dateText)(&h.FirstSession), (*dateText)(&h.LastSession), &h.Enrolled)
	if err != nil {
		return h, fmt.Errorf("read class sessions and participants: %w", err)
	}
	return h, nil
}

// CreateClass stores a new class, giving it an ID and timestamps; the year,
// quota and funding spelling are completed as ValidateClass says. When it
// fails (a Problems error when the class is not valid) nothing is saved and c
// is left as it was.
func (s *Store) CreateClass(ctx context.Context, c *data.Class) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	n := *c
	n.ID = ""
	n, probs, err := checkClass(ctx, tx, n)
	if err != nil {
		return err
	}
	if len(probs) > 0 {
		return data.Problems(probs)
	}
	n.ID, n.CreatedAt, n.UpdatedAt, n.CancelledAt, n.ArchivedAt = newID(), tx.now, tx.now, time.Time{}, time.Time{}
	if _, err := tx.ExecContext(ctx, `INSERT INTO classes (id, program_id, code, batch, year, funding, start_date, end_date,
		room_id, instructor_id, quota, method, training_type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		n.ID, n.ProgramID, n.Code, n.Batch, n.Year, n.Funding, dateText(n.Start), dateText(n.End),
		optionalRef(n.RoomID), optionalRef(n.InstructorID), n.Quota, n.Method, n.Type, timeText(n.CreatedAt), timeText(n.UpdatedAt)); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "code", Code: data.CodeClassCodeTaken, Detail: n.Code}}
		}
		return fmt.Errorf("insert class: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*c = n
	return nil
}

// UpdateClass saves the fields of an existing class (not its cancellation or
// archiving: see CancelClass and ArchiveClass).
func (s *Store) UpdateClass(ctx context.Context, c *data.Class) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stored, err := classWhere(ctx, tx, `c.id = ?`, c.ID)
	if err != nil {
		return err
	}
	n, probs, err := checkClass(ctx, tx, *c)
	if err != nil {
		return err
	}
	if len(probs) > 0 {
		return data.Problems(probs)
	}
	n.CreatedAt, n.CancelledAt, n.ArchivedAt, n.UpdatedAt = stored.CreatedAt, stored.CancelledAt, stored.ArchivedAt, tx.now
	if _, err := tx.ExecContext(ctx, `UPDATE classes SET program_id = ?, code = ?, batch = ?, year = ?, funding = ?,
		start_date = ?, end_date = ?, room_id = ?, instructor_id = ?, quota = ?, method = ?, training_type = ?, updated_at = ?
		WHERE id = ?`,
		n.ProgramID, n.Code, n.Batch, n.Year, n.Funding, dateText(n.Start), dateText(n.End),
		optionalRef(n.RoomID), optionalRef(n.InstructorID), n.Quota, n.Method, n.Type, timeText(n.UpdatedAt), n.ID); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "code", Code: data.CodeClassCodeTaken, Detail: n.Code}}
		}
		return fmt.Errorf("update class: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*c = n
	return nil
}

const classColumns = `c.id, c.program_id, c.code, c.batch, c.year, c.funding, c.start_date, c.end_date,
	c.room_id, c.instructor_id, c.quota, c.method, c.training_type, c.cancelled_at, c.archived_at, c.created_at, c.updated_at`

// scanClass reads classColumns, then extra.
func scanClass(r rowScanner, extra ...any) (data.Class, error) {
	var c data.Class
	var room, instructor sql.NullString
	err := r.Scan(append([]any{&c.ID, &c.ProgramID, &c.Code, &c.Batch, &c.Year, &c.Funding,
		(*dateText)(&c.Start), (*dateText)(&c.End), &room, &instructor, &c.Quota, &c.Method, &c.Type,
		(*timeText)(&c.CancelledAt), (*timeText)(&c.ArchivedAt), (*timeText)(&c.CreatedAt), (*timeText)(&c.UpdatedAt)}, extra...)...)
	c.RoomID, c.InstructorID = room.String, instructor.String
	return c, err
}

// classWhere reads the class the condition picks (on classes as c).
func classWhere(ctx context.Context, tx *Tx, where string, arg any) (data.Class, error) {
	c, err := scanClass(tx.QueryRowContext(ctx, `SELECT `+classColumns+` FROM classes c WHERE `+where, arg))
	return c, readErr(err, "class")
}

// Class returns the class with the given ID.
func (s *Store) Class(ctx context.Context, id string) (data.Class, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Class{}, err
	}
	defer tx.Rollback()
	return classWhere(ctx, tx, `c.id = ?`, id)
}

// ClassByCode returns the class with the given code (any case, spaces around ignored).
func (s *Store) ClassByCode(ctx context.Context, code string) (data.Class, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Class{}, err
	}
	defer tx.Rollback()
	return classWhere(ctx, tx, `c.code = ?`, data.NormalizeClassCode(code))
}

// ArchiveClass hides a class from the list (archived true) or brings it back.
func (s *Store) ArchiveClass(ctx context.Context, id string, archived bool) error {
	return s.setStamp(ctx, "classes", "archived_at", id, archived)
}

// CancelClass marks a class cancelled (its status becomes ClassCancelled
// whatever its dates) or, with cancelled false, takes the mark back.
func (s *Store) CancelClass(ctx context.Context, id string, cancelled bool) error {
	return s.setStamp(ctx, "classes", "cancelled_at", id, cancelled)
}

// DeleteClass removes a class for good. A class with participants or
// sessions gives ErrInUse, with a CodeClassHasParticipants or
// CodeClassHasSessions problem: archive it instead.
func (s *Store) DeleteClass(ctx context.Context, id string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var participants, sessions int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM participants WHERE class_id = ?),
		(SELECT count(*) FROM sessions WHERE class_id = ?)`, id, id).Scan(&participants, &sessions); err != nil {
		return fmt.Errorf("read class: %w", err)
	}
	switch {
	case participants > 0:
		return inUse(data.Problem{Field: "class", Code: data.CodeClassHasParticipants, Detail: strconv.Itoa(participants)})
	case sessions > 0:
		return inUse(data.Problem{Field: "class", Code: data.CodeClassHasSessions, Detail: strconv.Itoa(sessions)})
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM classes WHERE id = ?`, id)
	if isForeignKeyViolation(err) {
		return data.ErrInUse
	}
	if err != nil {
		return fmt.Errorf("delete class: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	return tx.Commit()
}
