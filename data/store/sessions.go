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

// Conflicts lists the sessions (of any class not cancelled, this one's
// included) that book ss's instructor or room on ss's date at an overlapping
// time; sessions that only touch (one ends when the other starts) do not
// conflict. ss need not be saved: the form asks before saving. A session
// booking both the instructor and the room gives two conflicts.
func (s *Store) Conflicts(ctx context.Context, ss data.Session) ([]data.Conflict, error) {
	if ss.InstructorID == "" && ss.RoomID == "" {
		return nil, nil
	}
	if ss.Date.IsZero() {
		return nil, &data.Problem{Field: "date", Code: data.CodeRequired}
	}
	start, end, err := sessionTimes(ss)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+sessionCols("b")+`, c.code, p.name
		FROM sessions b JOIN classes c ON c.id = b.class_id JOIN programs p ON p.id = c.program_id
		WHERE b.date = ? AND b.start_time < ? AND b.end_time > ? AND b.id <> ? AND c.cancelled_at = ''
		AND (b.instructor_id = ? OR b.room_id = ?)
		ORDER BY b.start_time, c.code, b.id`, storedDate(data.DateOf(ss.Date)), data.Hhmm(end), data.Hhmm(start), ss.ID,
		optionalRef(ss.InstructorID), optionalRef(ss.RoomID))
	if err != nil {
		return nil, fmt.Errorf("find conflicts: %w", err)
	}
	defer rows.Close()
	var out []data.Conflict
	for rows.Next() {
		var code, program string
		other, err := scanSession(rows, &code, &program)
		if err != nil {
			return nil, fmt.Errorf("find conflicts: %w", err)
		}
		out = appendConflicts(out, ss, other, code, program)
	}
	return out, rows.Err()
}

// appendConflicts adds the instructor and room conflicts between ss and other.
func appendConflicts(out []data.Conflict, ss, other data.Session, code, program string) []data.Conflict {
	if ss.InstructorID != "" && other.InstructorID == ss.InstructorID {
		out = append(out, data.Conflict{SessionID: ss.ID, Kind: data.ConflictInstructor, Other: other, ClassCode: code, ProgramName: program})
	}
	if ss.RoomID != "" && other.RoomID == ss.RoomID {
		out = append(out, data.Conflict{SessionID: ss.ID, Kind: data.ConflictRoom, Other: other, ClassCode: code, ProgramName: program})
	}
	return out
}

// ClassConflicts lists the conflicts of every session of a class, in one
// query, ordered by the class's sessions (date, start); Conflict.SessionID
// names the class's session. Two sessions of the class that overlap appear
// once for each.
func (s *Store) ClassConflicts(ctx context.Context, classID string) ([]data.Conflict, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, COALESCE(a.instructor_id, ''), COALESCE(a.room_id, ''),
		`+sessionCols("b")+`, c.code, p.name
		FROM sessions a
		JOIN sessions b ON b.date = a.date AND b.start_time < a.end_time AND b.end_time > a.start_time
			AND b.id <> a.id AND (b.instructor_id = a.instructor_id OR b.room_id = a.room_id)
		JOIN classes c ON c.id = b.class_id JOIN programs p ON p.id = c.program_id
		WHERE a.class_id = ? AND c.cancelled_at = ''
		ORDER BY a.date, a.start_time, a.id, b.start_time, c.code, b.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("find conflicts: %w", err)
	}
	defer rows.Close()
	var out []data.Conflict
	for rows.Next() {
		var own data.Session
		var code, program string
		var other data.Session
		var date string
		if err := rows.Scan(&own.ID, &own.InstructorID, &own.RoomID,
			&other.ID, &other.ClassID, &date, &other.Start, &other.End, &other.JP, &other.UnitID,
			&other.InstructorID, &other.RoomID, &other.Note, &code, &program); err != nil {
			return nil, fmt.Errorf("find conflicts: %w", err)
		}
		other.Date, _ = time.Parse(data.DateLayout, date)
		out = appendConflicts(out, own, other, code, program)
	}
	return out, rows.Err()
}

// Calendar lists the sessions of classes not cancelled that f picks, with
// their class, program, unit, instructor and room names, by date, start time
// and class code: the data of the week and month views.
func (s *Store) Calendar(ctx context.Context, f data.CalendarFilter) ([]data.CalendarEntry, error) {
	where := []string{"c.cancelled_at = ''"}
	var args []any
	if !f.From.IsZero() {
		where = append(where, "s.date >= ?")
		args = append(args, storedDate(data.DateOf(f.From)))
	}
	if !f.To.IsZero() {
		where = append(where, "s.date <= ?")
		args = append(args, storedDate(data.DateOf(f.To)))
	}
	if f.InstructorID != "" {
		where = append(where, "s.instructor_id = ?")
		args = append(args, f.InstructorID)
	}
	if f.RoomID != "" {
		where = append(where, "s.room_id = ?")
		args = append(args, f.RoomID)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+sessionCols("s")+`, c.code, p.name, COALESCE(u.code, ''),
		COALESCE(u.title, ''), COALESCE(i.name, ''), COALESCE(r.name, '')
		FROM sessions s
		JOIN classes c ON c.id = s.class_id
		JOIN programs p ON p.id = c.program_id
		LEFT JOIN program_units u ON u.id = s.unit_id
		LEFT JOIN instructors i ON i.id = s.instructor_id
		LEFT JOIN rooms r ON r.id = s.room_id
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY s.date, s.start_time, c.code, s.end_time, s.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read calendar: %w", err)
	}
	defer rows.Close()
	var out []data.CalendarEntry
	for rows.Next() {
		var e data.CalendarEntry
		e.Session, err = scanSession(rows, &e.ClassCode, &e.ProgramName, &e.UnitCode, &e.UnitTitle, &e.InstructorName, &e.RoomName)
		if err != nil {
			return nil, fmt.Errorf("read calendar: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
