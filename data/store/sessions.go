package store

import (
	"context"
	"fmt"
	"strings"

	"balai/data"
)

// Sessions of a class: generated (schedule.go) or added and moved by hand.

// sessionCols are the columns scanSession reads, of the sessions table under alias a.
func sessionCols(a string) string {
	return strings.NewReplacer("$", a).Replace(`$.id, $.class_id, $.date, $.start_time, $.end_time, $.jp,
		COALESCE($.unit_id, ''), COALESCE($.instructor_id, ''), COALESCE($.room_id, ''), $.note`)
}

// scanSession reads sessionCols, then extra.
func scanSession(r rowScanner, extra ...any) (data.Session, error) {
	var ss data.Session
	err := r.Scan(append([]any{&ss.ID, &ss.ClassID, (*dateText)(&ss.Date), &ss.Start, &ss.End, &ss.JP,
		&ss.UnitID, &ss.InstructorID, &ss.RoomID, &ss.Note}, extra...)...)
	return ss, err
}

const insertSessionSQL = `INSERT INTO sessions (id, class_id, date, start_time, end_time, jp, unit_id,
	instructor_id, room_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// sessionArgs are insertSessionSQL's values for ss, created in tx.
func sessionArgs(tx *Tx, ss *data.Session) []any {
	return []any{ss.ID, ss.ClassID, dateText(ss.Date), ss.Start, ss.End, ss.JP, optionalRef(ss.UnitID),
		optionalRef(ss.InstructorID), optionalRef(ss.RoomID), ss.Note, timeText(tx.now), timeText(tx.now)}
}

// checkSessionUnit refuses a unit that is not of the class's program.
func checkSessionUnit(ctx context.Context, tx *Tx, classID, unitID string) error {
	if unitID == "" {
		return nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM program_units u JOIN classes c ON c.program_id = u.program_id
		WHERE c.id = ? AND u.id = ?`, classID, unitID).Scan(&n); err != nil {
		return fmt.Errorf("check unit: %w", err)
	}
	if n == 0 {
		return &data.Problem{Field: "unit", Code: data.CodeSessionUnit, Detail: unitID}
	}
	return nil
}

// errSessionRef is returned when a session names an instructor or room that does not exist.
var errSessionRef = fmt.Errorf("%w: the session's instructor or room", data.ErrNotFound)

// Sessions lists the sessions of a class by date and start time.
func (s *Store) Sessions(ctx context.Context, classID string) ([]data.Session, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return classSessions(ctx, tx, classID)
}

// classSessions lists a class's sessions in order.
func classSessions(ctx context.Context, tx *Tx, classID string) ([]data.Session, error) {
	scan := func(r rowScanner) (data.Session, error) { return scanSession(r) }
	out, err := queryList(ctx, tx, scan, `SELECT `+sessionCols("s")+` FROM sessions s WHERE s.class_id = ?
		ORDER BY s.date, s.start_time, s.end_time, s.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("read sessions: %w", err)
	}
	return out, nil
}

// AddSession adds a session to its class (ss.ClassID), giving it an ID.
// Invalid values give a *Problem; an unknown class, instructor or room gives
// ErrNotFound. When it fails, ss is left as it was.
func (s *Store) AddSession(ctx context.Context, ss *data.Session) error {
	c, err := data.CleanSession(*ss)
	if err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM classes WHERE id = ?`, c.ClassID).Scan(&n); err != nil {
		return fmt.Errorf("add session: %w", err)
	}
	if n == 0 {
		return data.ErrNotFound
	}
	if err := checkSessionUnit(ctx, tx, c.ClassID, c.UnitID); err != nil {
		return err
	}
	c.ID = newID()
	_, err = tx.ExecContext(ctx, insertSessionSQL, sessionArgs(tx, &c)...)
	if isForeignKeyViolation(err) {
		return errSessionRef
	}
	if err != nil {
		return fmt.Errorf("add session: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add session: %w", err)
	}
	*ss = c
	return nil
}

// UpdateSession saves a session moved or changed by hand: date, times, JP,
// unit, instructor, room and note. A session stays in its class: ss.ClassID
// is set to the stored one. Invalid values give a *Problem; an unknown
// session, instructor or room gives ErrNotFound.
func (s *Store) UpdateSession(ctx context.Context, ss *data.Session) error {
	c, err := data.CleanSession(*ss)
	if err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT class_id FROM sessions WHERE id = ?`, c.ID).Scan(&c.ClassID); err != nil {
		return readErr(err, "session")
	}
	if err := checkSessionUnit(ctx, tx, c.ClassID, c.UnitID); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE sessions SET date = ?, start_time = ?, end_time = ?, jp = ?, unit_id = ?,
		instructor_id = ?, room_id = ?, note = ?, updated_at = ? WHERE id = ?`, dateText(c.Date), c.Start, c.End, c.JP,
		optionalRef(c.UnitID), optionalRef(c.InstructorID), optionalRef(c.RoomID), c.Note, timeText(tx.now), c.ID)
	if isForeignKeyViolation(err) {
		return errSessionRef
	}
	if err != nil {
		return fmt.Errorf("update session: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("update session: %w", err)
	}
	*ss = c
	return nil
}

// DeleteSession removes a session. One with attendance recorded gives ErrInUse.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE id = ?`, id)
	if isForeignKeyViolation(err) {
		return data.ErrInUse // attendance is recorded for it
	}
	if err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	return tx.Commit()
}

// PlannedJP returns the JP of a class's sessions and its program's JP.
func (s *Store) PlannedJP(ctx context.Context, classID string) (planned, programJP int, err error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	return plannedJP(ctx, tx, classID)
}

func plannedJP(ctx context.Context, tx *Tx, classID string) (planned, programJP int, err error) {
	err = tx.QueryRowContext(ctx, `SELECT p.jp, COALESCE((SELECT sum(jp) FROM sessions WHERE class_id = c.id), 0)
		FROM classes c JOIN programs p ON p.id = c.program_id WHERE c.id = ?`, classID).Scan(&programJP, &planned)
	if err != nil {
		return 0, 0, readErr(err, "planned JP")
	}
	return planned, programJP, nil
}
