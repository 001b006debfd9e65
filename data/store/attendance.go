package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const minAttendanceKey = "attendance_min_percent"

// normalizeAttendanceCode cleans a code; ok is false for an unknown one.
// "" and "-" give "" (no mark).
func normalizeAttendanceCode(code string) (string, bool) {
	c := strings.ToUpper(strings.TrimSpace(code))
	switch c {
	case "", data.AttendanceNotExpected:
		return "", true
	case data.AttendancePresent, data.AttendanceExcused, data.AttendanceSick, data.AttendanceAbsent:
		return c, true
	}
	return "", false
}

// expectedReason says why a participant enrolled on enrolled and withdrawn on
// withdrawn ("" if not) is not expected at a session on date (all ISO
// dates); "" when expected.
func expectedReason(enrolled, withdrawn, date string) string {
	if enrolled > date {
		return data.NotYetEnrolled
	}
	if withdrawn != "" && withdrawn <= date {
		return data.AlreadyWithdrawn
	}
	return ""
}

// reasonProblem is the problem of marking a participant not expected.
func reasonProblem(reason, enrolled, withdrawn string) *data.Problem {
	if reason == data.NotYetEnrolled {
		return &data.Problem{Field: "participant", Code: data.CodeAttendanceNotEnrolled, Detail: isoToProblemDate(enrolled)}
	}
	return &data.Problem{Field: "participant", Code: data.CodeAttendanceWithdrawn, Detail: isoToProblemDate(withdrawn)}
}

func isoToProblemDate(iso string) string {
	if len(iso) == 10 {
		return iso[8:10] + "-" + iso[5:7] + "-" + iso[0:4]
	}
	return iso
}

// writeMark stores (or with code "" deletes) one mark; it reports whether
// anything changed. A note is kept only with a code.
func writeMark(ctx context.Context, tx *sql.Tx, sessionID, participantID, code, note, now string) (bool, error) {
	var oldCode, oldNote string
	err := tx.QueryRowContext(ctx, `SELECT code, note FROM attendance WHERE session_id = ? AND participant_id = ?`,
		sessionID, participantID).Scan(&oldCode, &oldNote)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("save attendance: %w", err)
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
		sessionID, participantID, code, note, now)
	if err != nil {
		return false, fmt.Errorf("save attendance: %w", err)
	}
	return true, nil
}

// lockSession reads a session's class and date inside a write transaction,
// which holds the write lock from its start (see Open).
func lockSession(ctx context.Context, tx *sql.Tx, sessionID string) (classID, date string, err error) {
	err = tx.QueryRowContext(ctx, `SELECT class_id, date FROM sessions WHERE id = ?`, sessionID).Scan(&classID, &date)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", data.ErrNotFound
	}
	if err != nil {
		return "", "", fmt.Errorf("read session: %w", err)
	}
	return classID, date, nil
}

// MarkAttendance records a participant's mark for a session: code H, I, S
// or A (any case), with an optional note; code "" clears the mark (and its
// note). An unknown code, a participant of another class or one not
// expected at the session (not yet enrolled, withdrawn) gives a *Problem;
// an unknown session or participant gives ErrNotFound.
func (s *Store) MarkAttendance(ctx context.Context, sessionID, participantID, code, note string) error {
	c, ok := normalizeAttendanceCode(code)
	if !ok || strings.TrimSpace(code) == data.AttendanceNotExpected {
		return &data.Problem{Field: "code", Code: data.CodeAttendanceBadCode, Detail: code}
	}
	note = strings.TrimSpace(note)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	classID, date, err := lockSession(ctx, tx, sessionID)
	if err != nil {
		return err
	}
	var pClass, enrolled, withdrawn string
	err = tx.QueryRowContext(ctx, `SELECT class_id, enrolled_on, withdrawn_on FROM participants WHERE id = ?`,
		participantID).Scan(&pClass, &enrolled, &withdrawn)
	if errors.Is(err, sql.ErrNoRows) {
		return data.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("read participant: %w", err)
	}
	if pClass != classID {
		return &data.Problem{Field: "participant", Code: data.CodeAttendanceOtherClass}
	}
	if c != "" {
		if reason := expectedReason(enrolled, withdrawn, date); reason != "" {
			return reasonProblem(reason, enrolled, withdrawn)
		}
	}
	if _, err := writeMark(ctx, tx, sessionID, participantID, c, note, s.now()); err != nil {
		return err
	}
	return tx.Commit()
}

// MarkAllPresent marks H every participant expected at the session who has
// no mark yet, and returns how many it marked. An unknown session gives ErrNotFound.
func (s *Store) MarkAllPresent(ctx context.Context, sessionID string) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	classID, date, err := lockSession(ctx, tx, sessionID)
	if err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO attendance (session_id, participant_id, code, note, updated_at)
		SELECT ?, p.id, 'H', '', ? FROM participants p
		WHERE p.class_id = ? AND p.enrolled_on <= ? AND (p.withdrawn_on = '' OR p.withdrawn_on > ?)
		AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ? AND a.participant_id = p.id)`,
		sessionID, s.now(), classID, date, date, sessionID)
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
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var classID, date string
	err = tx.QueryRowContext(ctx, `SELECT class_id, date FROM sessions WHERE id = ?`, sessionID).Scan(&classID, &date)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, data.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("read session: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT p.id, s.name, s.nik, p.status, p.enrolled_on, p.withdrawn_on,
		COALESCE(a.code, ''), COALESCE(a.note, '')
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		LEFT JOIN attendance a ON a.participant_id = p.id AND a.session_id = ?
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, sessionID, classID)
	if err != nil {
		return nil, fmt.Errorf("session sheet: %w", err)
	}
	defer rows.Close()
	var out []data.SessionMark
	for rows.Next() {
		var m data.SessionMark
		var enrolled, withdrawn string
		if err := rows.Scan(&m.ParticipantID, &m.Name, &m.NIK, &m.Status, &enrolled, &withdrawn, &m.Code, &m.Note); err != nil {
			return nil, fmt.Errorf("session sheet: %w", err)
		}
		m.Reason = expectedReason(enrolled, withdrawn, date)
		m.Expected = m.Reason == ""
		out = append(out, m)
	}
	return out, rows.Err()
}

// MinAttendance returns the minimum attendance, in percent of the planned
// JP, that later decides certificate eligibility (default 80).
func (s *Store) MinAttendance(ctx context.Context) (int, error) {
	v, err := s.Setting(ctx, minAttendanceKey, "")
	if err != nil {
		return 0, err
	}
	return parseMinAttendance(v), nil
}

// parseMinAttendance reads the stored minimum; anything but 1 to 100 is the default.
func parseMinAttendance(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 100 {
		return data.DefaultMinAttendance
	}
	return n
}

// SetMinAttendance stores the minimum attendance, a whole percentage from 1 to 100.
func (s *Store) SetMinAttendance(ctx context.Context, pct int) error {
	if pct < 1 || pct > 100 {
		return &data.Problem{Field: "min_attendance", Code: data.CodeBadMinAttendance, Detail: strconv.Itoa(pct)}
	}
	return s.SetSetting(ctx, minAttendanceKey, strconv.Itoa(pct))
}

// attendancePerson is a participant as the grid and the import need it.
type attendancePerson struct {
	id, name, nik, status, enrolled, withdrawn string
}

// ClassAttendance returns a class's attendance grid: its sessions in order,
// its participants (withdrawn ones included) by name, a mark per cell and
// the totals per participant. An unknown class gives ErrNotFound.
func (s *Store) ClassAttendance(ctx context.Context, classID string) (data.AttendanceGrid, error) {
	g := data.AttendanceGrid{ClassID: classID}
	min, err := s.MinAttendance(ctx)
	if err != nil {
		return g, err
	}
	g.MinPercent = min
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return g, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return g, err
	}
	g.Sessions, err = classSessions(ctx, tx, classID)
	if err != nil {
		return g, err
	}
	people, err := classPeople(ctx, tx, classID)
	if err != nil {
		return g, err
	}
	sessIndex := map[string]int{}
	for i, ss := range g.Sessions {
		sessIndex[ss.ID] = i
		g.PlannedJP += ss.JP
	}
	personIndex := map[string]int{}
	g.Rows = make([]data.AttendanceRow, len(people))
	for i, p := range people {
		personIndex[p.id] = i
		r := data.AttendanceRow{ParticipantID: p.id, Name: p.name, NIK: p.nik, Status: p.status,
			Marks: make([]string, len(g.Sessions)), Notes: make([]string, len(g.Sessions))}
		for j, ss := range g.Sessions {
			if expectedReason(p.enrolled, p.withdrawn, storedDate(ss.Date)) != "" {
				r.Marks[j] = data.AttendanceNotExpected
			}
		}
		g.Rows[i] = r
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.session_id, a.participant_id, a.code, a.note
		FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.class_id = ?`, classID)
	if err != nil {
		return g, fmt.Errorf("read attendance: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sid, pid, code, note string
		if err := rows.Scan(&sid, &pid, &code, &note); err != nil {
			return g, fmt.Errorf("read attendance: %w", err)
		}
		j, ok1 := sessIndex[sid]
		i, ok2 := personIndex[pid]
		if !ok1 || !ok2 {
			continue
		}
		r := &g.Rows[i]
		r.Marks[j], r.Notes[j] = code, note
		switch code {
		case data.AttendancePresent:
			r.Present++
			r.Attended++
			r.AttendedJP += g.Sessions[j].JP
		case data.AttendanceExcused:
			r.Excused++
		case data.AttendanceSick:
			r.Sick++
		case data.AttendanceAbsent:
			r.Absent++
		}
	}
	if err := rows.Err(); err != nil {
		return g, fmt.Errorf("read attendance: %w", err)
	}
	for i := range g.Rows {
		r := &g.Rows[i]
		if g.PlannedJP > 0 {
			r.Percent = float64(r.AttendedJP) * 100 / float64(g.PlannedJP)
			r.Below = r.Percent < float64(g.MinPercent)
		}
	}
	return g, nil
}

func classPeople(ctx context.Context, tx *sql.Tx, classID string) ([]attendancePerson, error) {
	rows, err := tx.QueryContext(ctx, `SELECT p.id, s.name, s.nik, p.status, p.enrolled_on, p.withdrawn_on
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	defer rows.Close()
	var out []attendancePerson
	for rows.Next() {
		var p attendancePerson
		if err := rows.Scan(&p.id, &p.name, &p.nik, &p.status, &p.enrolled, &p.withdrawn); err != nil {
			return nil, fmt.Errorf("read participants: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// ApplyAttendanceMarks applies many marks of a class at once (the import of
// a filled-in sheet): "" or "-" clears a mark, a note already recorded with
// the same code is kept. Every mark is checked first; each refused one
// (unknown code, session or participant of another class, participant not
// expected at the session) gives a CellProblem, and when there is any
// nothing is applied. A blank cell of a participant not expected is fine.
// It returns how many marks changed. An unknown class gives ErrNotFound.
func (s *Store) ApplyAttendanceMarks(ctx context.Context, classID string, marks []data.CellMark) (int, []data.CellProblem, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, err
	}
	defer tx.Rollback()
	if _, err := lockEnrolClass(ctx, tx, classID); err != nil {
		return 0, nil, err
	}
	sessions, err := classSessions(ctx, tx, classID)
	if err != nil {
		return 0, nil, err
	}
	dates := map[string]string{}
	for _, ss := range sessions {
		dates[ss.ID] = storedDate(ss.Date)
	}
	people, err := classPeople(ctx, tx, classID)
	if err != nil {
		return 0, nil, err
	}
	byID := map[string]attendancePerson{}
	for _, p := range people {
		byID[p.id] = p
	}
	var problems []data.CellProblem
	clean := make([]string, len(marks))
	for i, m := range marks {
		code, ok := normalizeAttendanceCode(m.Code)
		date, okS := dates[m.SessionID]
		p, okP := byID[m.ParticipantID]
		switch {
		case !ok:
			problems = append(problems, data.CellProblem{Cell: m.Cell, Problem: data.Problem{Field: "code", Code: data.CodeAttendanceBadCode, Detail: m.Code}})
		case !okS:
			problems = append(problems, data.CellProblem{Cell: m.Cell, Problem: data.Problem{Field: "session", Code: data.CodeAttendanceUnknownSess, Detail: m.SessionID}})
		case !okP:
			problems = append(problems, data.CellProblem{Cell: m.Cell, Problem: data.Problem{Field: "participant", Code: data.CodeAttendanceUnknownPerson, Detail: m.ParticipantID}})
		case code != "":
			if reason := expectedReason(p.enrolled, p.withdrawn, date); reason != "" {
				problems = append(problems, data.CellProblem{Cell: m.Cell, Problem: *reasonProblem(reason, p.enrolled, p.withdrawn)})
			}
		}
		clean[i] = code
	}
	if len(problems) > 0 {
		return 0, problems, nil
	}
	now := s.now()
	changed := 0
	for i, m := range marks {
		note := ""
		if clean[i] != "" {
			// Keep a note recorded with the same code.
			var oldCode, oldNote string
			err := tx.QueryRowContext(ctx, `SELECT code, note FROM attendance WHERE session_id = ? AND participant_id = ?`,
				m.SessionID, m.ParticipantID).Scan(&oldCode, &oldNote)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return 0, nil, fmt.Errorf("save attendance: %w", err)
			}
			if oldCode == clean[i] {
				note = oldNote
			}
		}
		ch, err := writeMark(ctx, tx, m.SessionID, m.ParticipantID, clean[i], note, now)
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
