package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// sessionCols are the columns scanSession reads, of the sessions table under alias a.
func sessionCols(a string) string {
	return strings.NewReplacer("$", a).Replace(`$.id, $.class_id, $.date, $.start_time, $.end_time, $.jp,
		COALESCE($.unit_id, ''), COALESCE($.instructor_id, ''), COALESCE($.room_id, ''), $.note`)
}

func scanSession(r rowScanner, extra ...any) (data.Session, error) {
	var ss data.Session
	var date string
	dest := append([]any{&ss.ID, &ss.ClassID, &date, &ss.Start, &ss.End, &ss.JP, &ss.UnitID, &ss.InstructorID,
		&ss.RoomID, &ss.Note}, extra...)
	if err := r.Scan(dest...); err != nil {
		return ss, err
	}
	ss.Date, _ = time.Parse(data.DateLayout, date)
	return ss, nil
}

const insertSessionSQL = `INSERT INTO sessions (id, class_id, date, start_time, end_time, jp, unit_id,
	instructor_id, room_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// optionalRef is a reference column's value: NULL for "".
func optionalRef(id string) any {
	if id == "" {
		return nil
	}
	return id
}

func sessionArgs(ss *data.Session, now string) []any {
	return []any{ss.ID, ss.ClassID, storedDate(ss.Date), ss.Start, ss.End, ss.JP, optionalRef(ss.UnitID),
		optionalRef(ss.InstructorID), optionalRef(ss.RoomID), ss.Note, now, now}
}

// sessionTimes reads and normalizes a session's start and end.
func sessionTimes(ss data.Session) (start, end int, err error) {
	start, ok := data.ParseHHMM(ss.Start)
	if !ok {
		return 0, 0, &data.Problem{Field: "start", Code: data.CodeSessionBadTime, Detail: ss.Start}
	}
	end, ok = data.ParseHHMM(ss.End)
	if !ok {
		return 0, 0, &data.Problem{Field: "end", Code: data.CodeSessionBadTime, Detail: ss.End}
	}
	if end <= start {
		return 0, 0, &data.Problem{Field: "end", Code: data.CodeSessionTimeOrder, Detail: data.Hhmm(start) + "-" + data.Hhmm(end)}
	}
	return start, end, nil
}

// checkSession validates a session given by hand and returns it cleaned:
// date set, times HH:MM with the end after the start, JP positive and
// fitting in the time.
func checkSession(ss data.Session) (data.Session, error) {
	if ss.Date.IsZero() {
		return ss, &data.Problem{Field: "date", Code: data.CodeRequired}
	}
	ss.Date = data.DateOf(ss.Date)
	start, end, err := sessionTimes(ss)
	if err != nil {
		return ss, err
	}
	ss.Start, ss.End = data.Hhmm(start), data.Hhmm(end)
	if ss.JP <= 0 {
		return ss, &data.Problem{Field: "jp", Code: data.CodeSessionJP, Detail: strconv.Itoa(ss.JP)}
	}
	if ss.JP*data.MinutesPerJP > end-start {
		return ss, &data.Problem{Field: "jp", Code: data.CodeSessionJPTooLong, Detail: fmt.Sprintf("%d JP, %s-%s", ss.JP, ss.Start, ss.End)}
	}
	ss.Note = strings.TrimSpace(ss.Note)
	return ss, nil
}

// checkSessionUnit refuses a unit that is not of the class's program.
func checkSessionUnit(ctx context.Context, tx *sql.Tx, classID, unitID string) error {
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
	return classSessions(ctx, s.db, classID)
}

// AddSession adds a session to its class (ss.ClassID), giving it an ID.
// Invalid values give a *Problem; an unknown class, instructor or room gives
// ErrNotFound. When it fails, ss is left as it was.
func (s *Store) AddSession(ctx context.Context, ss *data.Session) error {
	c, err := checkSession(*ss)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Touching the class tells whether it exists; the transaction already holds the write lock.
	res, err := tx.ExecContext(ctx, `UPDATE classes SET updated_at = updated_at WHERE id = ?`, c.ClassID)
	if err != nil {
		return fmt.Errorf("add session: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	if err := checkSessionUnit(ctx, tx, c.ClassID, c.UnitID); err != nil {
		return err
	}
	c.ID = newID()
	_, err = tx.ExecContext(ctx, insertSessionSQL, sessionArgs(&c, s.now())...)
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
	c, err := checkSession(*ss)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	now := s.now()
	res, err := tx.ExecContext(ctx, `UPDATE sessions SET updated_at = ? WHERE id = ?`, now, c.ID)
	if err != nil {
		return fmt.Errorf("update session: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	if err := tx.QueryRowContext(ctx, `SELECT class_id FROM sessions WHERE id = ?`, c.ID).Scan(&c.ClassID); err != nil {
		return fmt.Errorf("update session: %w", err)
	}
	if err := checkSessionUnit(ctx, tx, c.ClassID, c.UnitID); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE sessions SET date = ?, start_time = ?, end_time = ?, jp = ?, unit_id = ?,
		instructor_id = ?, room_id = ?, note = ? WHERE id = ?`, storedDate(c.Date), c.Start, c.End, c.JP,
		optionalRef(c.UnitID), optionalRef(c.InstructorID), optionalRef(c.RoomID), c.Note, c.ID)
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

// DeleteSession removes a session.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	tx, err := s.db.BeginTx(ctx, nil)
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
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return tx.Commit()
}

// PlannedJP returns the JP of a class's sessions and its program's JP.
func (s *Store) PlannedJP(ctx context.Context, classID string) (planned, programJP int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT p.jp, COALESCE((SELECT sum(jp) FROM sessions WHERE class_id = c.id), 0)
		FROM classes c JOIN programs p ON p.id = c.program_id WHERE c.id = ?`, classID).Scan(&programJP, &planned)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, data.ErrNotFound
	}
	if err != nil {
		return 0, 0, fmt.Errorf("planned JP: %w", err)
	}
	return planned, programJP, nil
}

// classSessions lists a class's sessions in order, in a transaction or not.
func classSessions(ctx context.Context, q querier, classID string) ([]data.Session, error) {
	scan := func(r rowScanner) (data.Session, error) { return scanSession(r) }
	out, err := queryList(ctx, q, scan, `SELECT `+sessionCols("s")+` FROM sessions s WHERE s.class_id = ?
		ORDER BY s.date, s.start_time, s.end_time, s.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("read sessions: %w", err)
	}
	return out, nil
}
