package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"balai/data"
)

// Attendance (daftar hadir): one mark per participant and session. The rules
// of who is expected when are data.NotExpectedReason's.

// writeMark stores (or with code "" deletes) one mark; it reports whether
// anything changed. A note is kept only with a code.
func writeMark(ctx context.Context, tx *Tx, sessionID, participantID, code, note string) (bool, error) {
	oldCode, oldNote, err := readMark(ctx, tx, sessionID, participantID)
	if err != nil {
		return false, err
	}
	if code == "" {
		if oldCode == "" {
			return false, nil
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM attendance WHERE session_id = ? AND participant_id = ?`, sessionID, participantID)
		return err == nil, err
	}
	if code == oldCode && note == oldNote {
		return false, nil
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO attendance (session_id, participant_id, code, note, updated_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, participant_id)
		DO UPDATE SET code = excluded.code, note = excluded.note, updated_at = excluded.updated_at`,
		sessionID, participantID, code, note, timeText(tx.now))
	if err != nil {
		return false, fmt.Errorf("save attendance: %w", err)
	}
	return true, nil
}

// readMark reads one mark and its note; "" when there is none.
func readMark(ctx context.Context, tx *Tx, sessionID, participantID string) (code, note string, err error) {
	err = tx.QueryRowContext(ctx, `SELECT code, note FROM attendance WHERE session_id = ? AND participant_id = ?`,
		sessionID, participantID).Scan(&code, &note)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("read attendance: %w", err)
	}
	return code, note, nil
}

// sessionClassDate reads a session's class and date.
func sessionClassDate(ctx context.Context, tx *Tx, sessionID string) (classID string, date time.Time, err error) {
	err = tx.QueryRowContext(ctx, `SELECT class_id, date FROM sessions WHERE id = ?`, sessionID).Scan(&classID, (*dateText)(&date))
	return classID, date, readErr(err, "session")
}

// MarkAttendance records a participant's mark for a session: code H, I, S
// or A (any case), with an optional note; code "" clears the mark (and its
// note). An unknown code, a participant of another class or one not
// expected at the session (not yet enrolled, withdrawn) gives a *Problem;
// an unknown session or participant gives ErrNotFound.
func (s *Store) MarkAttendance(ctx context.Context, sessionID, participantID, code, note string) error {
	c, ok := data.NormalizeAttendanceCode(code)
	if !ok || strings.TrimSpace(code) == data.AttendanceNotExpected {
		return &data.Problem{Field: "code", Code: data.CodeAttendanceBadCode, Detail: code}
	}
	note = strings.TrimSpace(note)
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	classID, date, err := sessionClassDate(ctx, tx, sessionID)
	if err != nil {
		return err
	}
	var pClass string
	var enrolled, withdrawn time.Time
	err = tx.QueryRowContext(ctx, `SELECT class_id, enrolled_on, withdrawn_on FROM participants WHERE id = ?`,
		participantID).Scan(&pClass, (*dateText)(&enrolled), (*dateText)(&withdrawn))
	if err != nil {
		return readErr(err, "participant")
	}
	if pClass != classID {
		return &data.Problem{Field: "participant", Code: data.CodeAttendanceOtherClass}
	}
	if c != "" {
		if reason := data.NotExpectedReason(enrolled, withdrawn, date); reason != "" {
			return data.NotExpectedProblem(reason, enrolled, withdrawn)
		}
	}
	if _, err := writeMark(ctx, tx, sessionID, participantID, c, note); err != nil {
		return err
	}
	return tx.Commit()
}

// MarkAllPresent marks H every participant expected at the session who has
// no mark yet, and returns how many it marked. An unknown session gives ErrNotFound.
func (s *Store) MarkAllPresent(ctx context.Context, sessionID string) (int, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	classID, date, err := sessionClassDate(ctx, tx, sessionID)
	if err != nil {
		return 0, err
	}
	// The condition is data.NotExpectedReason's, on dates stored as text.
	res, err := tx.ExecContext(ctx, `INSERT INTO attendance (session_id, participant_id, code, note, updated_at)
		SELECT ?1, p.id, 'H', '', ?2 FROM participants p
		WHERE p.class_id = ?3 AND p.enrolled_on <= ?4 AND (p.withdrawn_on = '' OR p.withdrawn_on > ?4)
		AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ?1 AND a.participant_id = p.id)`,
		sessionID, timeText(tx.now), classID, dateText(date))
	if err != nil {
		return 0, fmt.Errorf("mark all present: %w", err)
	}
	n, _ := res.RowsAffected()
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("mark all present: %w", err)
	}
	return int(n), nil
}

// SessionSheet lists the participants of a session's class (withdrawn ones
// included) by name, with their mark and note and whether they are expected
// at the session. An unknown session gives ErrNotFound.
func (s *Store) SessionSheet(ctx context.Context, sessionID string) ([]data.SessionMark, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	classID, date, err := sessionClassDate(ctx, tx, sessionID)
	if err != nil {
		return nil, err
	}
	scan := func(r rowScanner) (data.SessionMark, error) {
		var m data.SessionMark
		var enrolled, withdrawn time.Time
		err := r.Scan(&m.ParticipantID, &m.Name, &m.NIK, &m.Status, (*dateText)(&enrolled), (*dateText)(&withdrawn), &m.Code, &m.Note)
		m.Reason = data.NotExpectedReason(enrolled, withdrawn, date)
		m.Expected = m.Reason == ""
		return m, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT p.id, s.name, s.nik, p.status, p.enrolled_on, p.withdrawn_on,
		COALESCE(a.code, ''), COALESCE(a.note, '')
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		LEFT JOIN attendance a ON a.participant_id = p.id AND a.session_id = ?
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, sessionID, classID)
	if err != nil {
		return nil, fmt.Errorf("session sheet: %w", err)
	}
	return out, nil
}

// ClassAttendance returns a class's attendance grid: its sessions in order,
// its participants (withdrawn ones included) by name, a mark per cell and
// the totals per participant. An unknown class gives ErrNotFound.
func (s *Store) ClassAttendance(ctx context.Context, classID string) (data.AttendanceGrid, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.AttendanceGrid{}, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return data.AttendanceGrid{}, err
	}
	sessions, err := classSessions(ctx, tx, classID)
	if err != nil {
		return data.AttendanceGrid{}, err
	}
	return attendanceGrid(ctx, tx, classID, sessions)
}

// attendanceGrid reads the attendees, the marks and the minimum of a class
// whose sessions are given, and lays them out (data.NewAttendanceGrid).
func attendanceGrid(ctx context.Context, tx *Tx, classID string, sessions []data.Session) (data.AttendanceGrid, error) {
	min, err := minAttendance(ctx, tx)
	if err != nil {
		return data.AttendanceGrid{}, err
	}
	people, err := attendees(ctx, tx, classID)
	if err != nil {
		return data.AttendanceGrid{}, err
	}
	scan := func(r rowScanner) (data.AttendanceMark, error) {
		var m data.AttendanceMark
		err := r.Scan(&m.SessionID, &m.ParticipantID, &m.Code, &m.Note)
		return m, err
	}
	marks, err := queryList(ctx, tx, scan, `SELECT a.session_id, a.participant_id, a.code, a.note
		FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.class_id = ?`, classID)
	if err != nil {
		return data.AttendanceGrid{}, fmt.Errorf("read attendance: %w", err)
	}
	return data.NewAttendanceGrid(classID, sessions, people, marks, min, tx.today), nil
}

// attendees lists a class's participants (withdrawn ones included) by name,
// as attendance needs them.
func attendees(ctx context.Context, tx *Tx, classID string) ([]data.Attendee, error) {
	scan := func(r rowScanner) (data.Attendee, error) {
		var a data.Attendee
		err := r.Scan(&a.ParticipantID, &a.Name, &a.NIK, &a.Status, (*dateText)(&a.EnrolledOn), (*dateText)(&a.WithdrawnOn))
		return a, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT p.id, s.name, s.nik, p.status, p.enrolled_on, p.withdrawn_on
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	return out, nil
}

// ApplyAttendanceMarks applies many marks of a class at once (the import of
// a filled-in sheet): "" or "-" clears a mark, a note already recorded with
// the same code is kept. Every mark is checked first (data.CheckCellMarks);
// each refused one (unknown code, session or participant of another class,
// participant not expected at the session) gives a CellProblem, and when
// there is any nothing is applied. A blank cell of a participant not
// expected is fine. It returns how many marks changed. An unknown class
// gives ErrNotFound.
func (s *Store) ApplyAttendanceMarks(ctx context.Context, classID string, marks []data.CellMark) (int, []data.CellProblem, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, nil, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return 0, nil, err
	}
	sessions, err := classSessions(ctx, tx, classID)
	if err != nil {
		return 0, nil, err
	}
	people, err := attendees(ctx, tx, classID)
	if err != nil {
		return 0, nil, err
	}
	clean, problems := data.CheckCellMarks(marks, sessions, people)
	if len(problems) > 0 {
		return 0, problems, nil
	}
	changed := 0
	for i, m := range marks {
		note := ""
		if clean[i] != "" {
			// Keep a note recorded with the same code.
			oldCode, oldNote, err := readMark(ctx, tx, m.SessionID, m.ParticipantID)
			if err != nil {
				return 0, nil, err
			}
			if oldCode == clean[i] {
				note = oldNote
			}
		}
		ch, err := writeMark(ctx, tx, m.SessionID, m.ParticipantID, clean[i], note)
		if err != nil {
			return 0, nil, err
		}
		if ch {
			changed++
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("save attendance: %w", err)
	}
	return changed, nil, nil
}
