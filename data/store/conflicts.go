package store

import (
	"context"
	"fmt"

	"balai/data"
)

// Conflicts: sessions that book the same instructor or room at overlapping
// times. Sessions of cancelled classes never conflict.

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
	start, end, err := data.SessionMinutes(ss)
	if err != nil {
		return nil, err
	}
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+sessionCols("b")+`, c.code, p.name
		FROM sessions b JOIN classes c ON c.id = b.class_id JOIN programs p ON p.id = c.program_id
		WHERE b.date = ? AND b.start_time < ? AND b.end_time > ? AND b.id <> ? AND c.cancelled_at = ''
		AND (b.instructor_id = ? OR b.room_id = ?)
		ORDER BY b.start_time, c.code, b.id`, dateText(data.DateOf(ss.Date)), data.FormatHHMM(end), data.FormatHHMM(start), ss.ID,
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
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return classConflicts(ctx, tx, classID)
}

func classConflicts(ctx context.Context, tx *Tx, classID string) ([]data.Conflict, error) {
	rows, err := tx.QueryContext(ctx, `SELECT a.id, COALESCE(a.instructor_id, ''), COALESCE(a.room_id, ''),
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
		var own, other data.Session
		var code, program string
		if err := rows.Scan(&own.ID, &own.InstructorID, &own.RoomID,
			&other.ID, &other.ClassID, (*dateText)(&other.Date), &other.Start, &other.End, &other.JP, &other.UnitID,
			&other.InstructorID, &other.RoomID, &other.Note, &code, &program); err != nil {
			return nil, fmt.Errorf("find conflicts: %w", err)
		}
		out = appendConflicts(out, own, other, code, program)
	}
	return out, rows.Err()
}
