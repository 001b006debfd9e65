package store

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"balai/data"
)

// GenerateSchedule plans the sessions of a class with GenerateSessions from
// its start date, its program and units, the built-in and the user's
// holidays, and stores them with the class's lead instructor and room. A
// class that already has sessions is refused (CodeScheduleExists) unless
// replace, which deletes them first. The class's end date becomes the date of
// the last session. All in one transaction: a refusal or error saves nothing.
func (s *Store) GenerateSchedule(ctx context.Context, classID string, week data.WeekPattern, replace bool) ([]data.Session, error) {
	return s.GenerateScheduleFrom(ctx, classID, time.Time{}, week, replace)
}

// GenerateScheduleFrom is GenerateSchedule from the day start, which becomes
// the class's start date in the same transaction (zero: the class's start
// date as it is). Moving the start with the schedule it generates keeps the
// class's dates and its sessions in agreement at every moment.
func (s *Store) GenerateScheduleFrom(ctx context.Context, classID string, start time.Time, week data.WeekPattern, replace bool) ([]data.Session, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	// The transaction holds the write lock from its start, so what is read
	// here stays true until the sessions are written.
	c, err := classWhere(ctx, tx, `c.id = ?`, classID)
	if err != nil {
		return nil, err
	}
	if !start.IsZero() {
		c.Start = data.DateOf(start)
	}
	if c.Start.IsZero() {
		return nil, &data.Problem{Field: "start", Code: data.CodeScheduleNoClassDate}
	}
	var existing int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sessions WHERE class_id = ?`, classID).Scan(&existing); err != nil {
		return nil, fmt.Errorf("generate schedule: %w", err)
	}
	if existing > 0 && !replace {
		return nil, &data.Problem{Field: "class", Code: data.CodeScheduleExists, Detail: strconv.Itoa(existing)}
	}
	p, err := programWhere(ctx, tx, `id = ?`, c.ProgramID)
	if err != nil {
		return nil, err
	}
	sessions, err := generateWithStoredHolidays(ctx, tx, p, c.Start, week)
	if err != nil {
		return nil, err
	}
	if err := replaceSessions(ctx, tx, c, sessions); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("generate schedule: %w", err)
	}
	return sessions, nil
}

// replaceSessions deletes the sessions of class c and stores sessions (at
// least one) in their place, with IDs and c's lead instructor and room; c's
// end date becomes the last session's date.
func replaceSessions(ctx context.Context, tx *Tx, c data.Class, sessions []data.Session) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE class_id = ?`, c.ID); isForeignKeyViolation(err) {
		return data.ErrInUse // attendance is recorded: sessions must be edited by hand
	} else if err != nil {
		return fmt.Errorf("generate schedule: delete sessions: %w", err)
	}
	stmt, err := tx.PrepareContext(ctx, insertSessionSQL)
	if err != nil {
		return fmt.Errorf("generate schedule: %w", err)
	}
	defer stmt.Close()
	for i := range sessions {
		ss := &sessions[i]
		ss.ID, ss.ClassID, ss.InstructorID, ss.RoomID = newID(), c.ID, c.InstructorID, c.RoomID
		if _, err := stmt.ExecContext(ctx, sessionArgs(tx, ss)...); err != nil {
			return fmt.Errorf("generate schedule: save session: %w", err)
		}
	}
	last := sessions[len(sessions)-1].Date
	if _, err := tx.ExecContext(ctx, `UPDATE classes SET start_date = ?, end_date = ?, updated_at = ? WHERE id = ?`,
		dateText(c.Start), dateText(last), timeText(tx.now), c.ID); err != nil {
		return fmt.Errorf("generate schedule: set end date: %w", err)
	}
	return nil
}

// generateWithStoredHolidays runs GenerateSessions with the holidays of the
// years the schedule spans: it starts with the start's year and the next and
// reads further years when the schedule runs past them.
func generateWithStoredHolidays(ctx context.Context, tx *Tx, p data.Program, start time.Time, week data.WeekPattern) ([]data.Session, error) {
	from := data.DateOf(start)
	lastYear := from.Year() + 1
	hs, err := holidaysBetween(ctx, tx, from, time.Date(lastYear, 12, 31, 0, 0, 0, 0, time.UTC))
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
		more, err := holidaysBetween(ctx, tx, time.Date(lastYear+1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(end, 12, 31, 0, 0, 0, 0, time.UTC))
		if err != nil {
			return nil, err
		}
		for _, h := range more {
			set[h.Date.Format(data.DateLayout)] = h.Name
		}
		lastYear = end
	}
}
