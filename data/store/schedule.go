package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// scheduleClass is what the generator needs of a class.
type scheduleClass struct {
	programID, roomID, instructorID string
	start                           time.Time
}

// GenerateSchedule plans the sessions of a class with GenerateSessions from
// its start date, its program and units, the built-in and the user's
// holidays, and stores them with the class's lead instructor and room. A
// class that already has sessions is refused (CodeScheduleExists) unless
// replace, which deletes them first. The class's end date becomes the date of
// the last session. All in one transaction: a refusal or error saves nothing.
func (s *Store) GenerateSchedule(ctx context.Context, classID string, week data.WeekPattern, replace bool) ([]data.Session, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	now := s.now()
	// Stamp the class (and learn whether it exists); the transaction holds
	// the write lock from its start, so what is read below stays true.
	res, err := tx.ExecContext(ctx, `UPDATE classes SET updated_at = ? WHERE id = ?`, now, classID)
	if err != nil {
		return nil, fmt.Errorf("generate schedule: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, data.ErrNotFound
	}
	var c scheduleClass
	var start string
	if err := tx.QueryRowContext(ctx, `SELECT program_id, COALESCE(room_id, ''), COALESCE(instructor_id, ''), start_date
		FROM classes WHERE id = ?`, classID).Scan(&c.programID, &c.roomID, &c.instructorID, &start); err != nil {
		return nil, fmt.Errorf("generate schedule: read class: %w", err)
	}
	if c.start, err = time.Parse(data.DateLayout, start); err != nil {
		return nil, &data.Problem{Field: "start", Code: data.CodeScheduleNoClassDate}
	}
	var existing int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sessions WHERE class_id = ?`, classID).Scan(&existing); err != nil {
		return nil, fmt.Errorf("generate schedule: %w", err)
	}
	if existing > 0 && !replace {
		return nil, &data.Problem{Field: "class", Code: data.CodeScheduleExists, Detail: strconv.Itoa(existing)}
	}
	p, err := readScheduleProgram(ctx, tx, c.programID)
	if err != nil {
		return nil, err
	}
	sessions, err := generateWithStoredHolidays(ctx, tx, p, c.start, week)
	if err != nil {
		return nil, err
	}
	if existing > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE class_id = ?`, classID); isForeignKeyViolation(err) {
			return nil, data.ErrInUse // attendance is recorded: sessions must be edited by hand
		} else if err != nil {
			return nil, fmt.Errorf("generate schedule: delete sessions: %w", err)
		}
	}
	stmt, err := tx.PrepareContext(ctx, insertSessionSQL)
	if err != nil {
		return nil, fmt.Errorf("generate schedule: %w", err)
	}
	defer stmt.Close()
	for i := range sessions {
		ss := &sessions[i]
		ss.ID, ss.ClassID, ss.InstructorID, ss.RoomID = newID(), classID, c.instructorID, c.roomID
		if _, err := stmt.ExecContext(ctx, sessionArgs(ss, now)...); err != nil {
			return nil, fmt.Errorf("generate schedule: save session: %w", err)
		}
	}
	last := sessions[len(sessions)-1].Date
	if _, err := tx.ExecContext(ctx, `UPDATE classes SET end_date = ? WHERE id = ?`, storedDate(last), classID); err != nil {
		return nil, fmt.Errorf("generate schedule: set end date: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("generate schedule: %w", err)
	}
	return sessions, nil
}

// readScheduleProgram reads a program's JP and its units in order.
func readScheduleProgram(ctx context.Context, q queryer, programID string) (data.Program, error) {
	p := data.Program{ID: programID}
	err := q.QueryRowContext(ctx, `SELECT code, name, jp FROM programs WHERE id = ?`, programID).Scan(&p.Code, &p.Name, &p.JP)
	if errors.Is(err, sql.ErrNoRows) {
		return p, data.ErrNotFound
	}
	if err != nil {
		return p, fmt.Errorf("read program: %w", err)
	}
	rows, err := q.QueryContext(ctx, `SELECT id, code, title, jp FROM program_units WHERE program_id = ? ORDER BY position`, programID)
	if err != nil {
		return p, fmt.Errorf("read units: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u data.Unit
		if err := rows.Scan(&u.ID, &u.Code, &u.Title, &u.JP); err != nil {
			return p, fmt.Errorf("read units: %w", err)
		}
		p.Units = append(p.Units, u)
	}
	return p, rows.Err()
}

// generateWithStoredHolidays runs GenerateSessions with the holidays of the
// years the schedule spans: it starts with the start's year and the next and
// reads further years when the schedule runs past them.
func generateWithStoredHolidays(ctx context.Context, q queryer, p data.Program, start time.Time, week data.WeekPattern) ([]data.Session, error) {
	from := data.DateOf(start)
	lastYear := from.Year() + 1
	hs, err := holidaysBetween(ctx, q, from, time.Date(lastYear, 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		return nil, err
	}
	set := data.HolidaySet(hs)
	for {
		sessions, err := data.GenerateSessions(p, from, week, set)
		if err != nil {
			return nil, err
		}
		end := sessions[len(sessions)-1].Date.Year()
		if end <= lastYear {
			return sessions, nil
		}
		more, err := holidaysBetween(ctx, q, time.Date(lastYear+1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(end, 12, 31, 0, 0, 0, 0, time.UTC))
		if err != nil {
			return nil, err
		}
		for _, h := range more {
			set[h.Date.Format(data.DateLayout)] = h.Name
		}
		lastYear = end
	}
}
