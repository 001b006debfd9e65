package store

import (
	"context"
	"fmt"
	"strings"

	"balai/data"
)

// Calendar lists the sessions of classes not cancelled that f picks, with
// their class, program, unit, instructor and room names, by date, start time
// and class code: the data of the week and month views.
func (s *Store) Calendar(ctx context.Context, f data.CalendarFilter) ([]data.CalendarEntry, error) {
	where := []string{"c.cancelled_at = ''"}
	var args []any
	if !f.From.IsZero() {
		where = append(where, "s.date >= ?")
		args = append(args, dateText(data.DateOf(f.From)))
	}
	if !f.To.IsZero() {
		where = append(where, "s.date <= ?")
		args = append(args, dateText(data.DateOf(f.To)))
	}
	if f.InstructorID != "" {
		where = append(where, "s.instructor_id = ?")
		args = append(args, f.InstructorID)
	}
	if f.RoomID != "" {
		where = append(where, "s.room_id = ?")
		args = append(args, f.RoomID)
	}
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	scan := func(r rowScanner) (data.CalendarEntry, error) {
		var e data.CalendarEntry
		var err error
		e.Session, err = scanSession(r, &e.ClassCode, &e.ProgramName, &e.UnitCode, &e.UnitTitle, &e.InstructorName, &e.RoomName)
		return e, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT `+sessionCols("s")+`, c.code, p.name, COALESCE(u.code, ''),
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
	return out, nil
}
