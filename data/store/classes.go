package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// calendarDay is t's date at midnight UTC, as Balai holds dates.
func calendarDay(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// cleanClass trims and completes a class (year from the start date, quota
// 16, the funding source's spelling) and checks the rules that need no database.
func cleanClass(c data.Class) (data.Class, []data.Problem) {
	var probs []data.Problem
	add := func(field, code, detail string) {
		probs = append(probs, data.Problem{Field: field, Code: code, Detail: detail})
	}
	c.ProgramID = strings.TrimSpace(c.ProgramID)
	c.Code = data.NormalizeClassCode(c.Code)
	c.Batch = strings.TrimSpace(c.Batch)
	c.RoomID = strings.TrimSpace(c.RoomID)
	c.InstructorID = strings.TrimSpace(c.InstructorID)
	c.Start, c.End = calendarDay(c.Start), calendarDay(c.End)
	if c.ProgramID == "" {
		add("program", data.CodeRequired, "")
	}
	if c.Code == "" {
		add("code", data.CodeRequired, "")
	}
	if c.Start.IsZero() {
		add("start", data.CodeRequired, "")
	}
	if c.End.IsZero() {
		add("end", data.CodeRequired, "")
	}
	if !c.Start.IsZero() && !c.End.IsZero() && c.End.Before(c.Start) {
		add("end", data.CodeDatesOutOfOrder, "")
	}
	if c.Year == 0 && !c.Start.IsZero() {
		c.Year = c.Start.Year()
	}
	if c.Year != 0 && (c.Year < 2000 || c.Year > 2100) {
		add("year", data.CodeBadYear, strconv.Itoa(c.Year))
	}
	switch {
	case c.Quota == 0:
		c.Quota = data.DefaultQuota
	case c.Quota < 0:
		add("quota", data.CodeQuotaNotPositive, strconv.Itoa(c.Quota))
	}
	if f := strings.TrimSpace(c.Funding); f != "" {
		i := slices.IndexFunc(data.FundingSources, func(s string) bool { return strings.EqualFold(s, f) })
		if i < 0 {
			add("funding", data.CodeBadFunding, f)
		} else {
			c.Funding = data.FundingSources[i]
		}
	} else {
		c.Funding = ""
	}
	return c, probs
}

// ValidateClass checks a class as the form or the CLI gives it: program
// required and existing (and not archived for a new class), code required and
// not used by another class, start and end dates set and in order, year
// (default: the start date's year), quota more than 0 (0 means DefaultQuota),
// funding one of FundingSources or empty, room and instructor existing when
// set. A class with an ID is checked as an update of that class (ErrNotFound
// when there is none): its program cannot change once it has sessions or
// participants.
func (s *Store) ValidateClass(ctx context.Context, c data.Class) ([]data.Problem, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	_, probs, err := checkClass(ctx, tx, c)
	return probs, err
}

// checkClass cleans c and checks it inside tx, as an update when c has an ID.
func checkClass(ctx context.Context, tx *sql.Tx, c data.Class) (data.Class, []data.Problem, error) {
	c, probs := cleanClass(c)
	add := func(field, code, detail string) {
		probs = append(probs, data.Problem{Field: field, Code: code, Detail: detail})
	}
	oldProgram := ""
	if c.ID != "" {
		err := tx.QueryRowContext(ctx, `SELECT program_id FROM classes WHERE id = ?`, c.ID).Scan(&oldProgram)
		if errors.Is(err, sql.ErrNoRows) {
			return c, nil, data.ErrNotFound
		}
		if err != nil {
			return c, nil, fmt.Errorf("read class: %w", err)
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
	slices.SortStableFunc(probs, func(a, b data.Problem) int { return classFieldOrder(a.Field) - classFieldOrder(b.Field) })
	return c, probs, nil
}

// classFieldOrder puts problems in the order of the form's fields.
func classFieldOrder(field string) int {
	if i := slices.Index([]string{"program", "code", "year", "funding", "start", "end", "room", "instructor", "quota"}, field); i >= 0 {
		return i
	}
	return 99
}

// nullID is an optional reference as stored: NULL for "".
func nullID(id string) any {
	if id == "" {
		return nil
	}
	return id
}

// CreateClass stores a new class, giving it an ID and timestamps; the year,
// quota and funding spelling are completed as ValidateClass says. When it
// fails (a Problems error when the class is not valid) nothing is saved and c
// is left as it was.
func (s *Store) CreateClass(ctx context.Context, c *data.Class) error {
	tx, err := s.db.BeginTx(ctx, nil)
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
	now := s.now()
	n.ID, n.CreatedAt, n.UpdatedAt, n.CancelledAt, n.ArchivedAt = newID(), now, now, "", ""
	if _, err := tx.ExecContext(ctx, `INSERT INTO classes (id, program_id, code, batch, year, funding, start_date, end_date,
		room_id, instructor_id, quota, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		n.ID, n.ProgramID, n.Code, n.Batch, n.Year, n.Funding, storedDate(n.Start), storedDate(n.End),
		nullID(n.RoomID), nullID(n.InstructorID), n.Quota, now, now); err != nil {
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE classes SET updated_at = updated_at WHERE id = ?`, c.ID) // does it exist?
	if err != nil {
		return fmt.Errorf("update class: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	n, probs, err := checkClass(ctx, tx, *c)
	if err != nil {
		return err
	}
	if len(probs) > 0 {
		return data.Problems(probs)
	}
	n.UpdatedAt = s.now()
	if _, err := tx.ExecContext(ctx, `UPDATE classes SET program_id = ?, code = ?, batch = ?, year = ?, funding = ?,
		start_date = ?, end_date = ?, room_id = ?, instructor_id = ?, quota = ?, updated_at = ? WHERE id = ?`,
		n.ProgramID, n.Code, n.Batch, n.Year, n.Funding, storedDate(n.Start), storedDate(n.End),
		nullID(n.RoomID), nullID(n.InstructorID), n.Quota, n.UpdatedAt, n.ID); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "code", Code: data.CodeClassCodeTaken, Detail: n.Code}}
		}
		return fmt.Errorf("update class: %w", err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT created_at, cancelled_at, archived_at FROM classes WHERE id = ?`, n.ID).
		Scan(&n.CreatedAt, &n.CancelledAt, &n.ArchivedAt); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*c = n
	return nil
}

const classColumns = `c.id, c.program_id, c.code, c.batch, c.year, c.funding, c.start_date, c.end_date,
	c.room_id, c.instructor_id, c.quota, c.cancelled_at, c.archived_at, c.created_at, c.updated_at`

func scanClass(r rowScanner, extra ...any) (data.Class, error) {
	var c data.Class
	var start, end string
	var room, instructor sql.NullString
	err := r.Scan(append([]any{&c.ID, &c.ProgramID, &c.Code, &c.Batch, &c.Year, &c.Funding, &start, &end,
		&room, &instructor, &c.Quota, &c.CancelledAt, &c.ArchivedAt, &c.CreatedAt, &c.UpdatedAt}, extra...)...)
	if err != nil {
		return c, err
	}
	c.Start, _ = time.Parse(data.DateLayout, start)
	c.End, _ = time.Parse(data.DateLayout, end)
	c.RoomID, c.InstructorID = room.String, instructor.String
	return c, nil
}

func (s *Store) classWhere(ctx context.Context, where string, arg any) (data.Class, error) {
	c, err := scanClass(s.db.QueryRowContext(ctx, `SELECT `+classColumns+` FROM classes c WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return c, data.ErrNotFound
	}
	if err != nil {
		return c, fmt.Errorf("read class: %w", err)
	}
	return c, nil
}

// Class returns the class with the given ID.
func (s *Store) Class(ctx context.Context, id string) (data.Class, error) {
	return s.classWhere(ctx, `c.id = ?`, id)
}

// ClassByCode returns the class with the given code (any case, spaces around ignored).
func (s *Store) ClassByCode(ctx context.Context, code string) (data.Class, error) {
	return s.classWhere(ctx, `c.code = ?`, data.NormalizeClassCode(code))
}

// ArchiveClass hides a class from the list (archived true) or brings it back.
func (s *Store) ArchiveClass(ctx context.Context, id string, archived bool) error {
	return s.stampRow(ctx, "classes", "archived_at", id, archived)
}

// CancelClass marks a class cancelled (its status becomes ClassCancelled
// whatever its dates) or, with cancelled false, takes the mark back.
func (s *Store) CancelClass(ctx context.Context, id string, cancelled bool) error {
	return s.stampRow(ctx, "classes", "cancelled_at", id, cancelled)
}

// DeleteClass removes a class for good. A class with participants or
// sessions gives ErrInUse, with a CodeClassHasParticipants or
// CodeClassHasSessions problem: archive it instead.
func (s *Store) DeleteClass(ctx context.Context, id string) error {
	tx, err := s.db.BeginTx(ctx, nil)
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
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return tx.Commit()
}
