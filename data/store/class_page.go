package store

import (
	"context"
	"fmt"

	"balai/data"
)

// ClassPage reads, in one read transaction, what the class page and the
// class's schedule and attendance documents show (see data.ClassPage): one
// snapshot, however many tables it takes. An unknown class gives ErrNotFound.
func (s *Store) ClassPage(ctx context.Context, classID string) (data.ClassPage, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.ClassPage{}, err
	}
	defer tx.Rollback()
	var p data.ClassPage
	if p.Class, err = classWhere(ctx, tx, `c.id = ?`, classID); err != nil {
		return p, err
	}
	p.Status = p.Class.Status(tx.today)
	if p.Program, err = programWhere(ctx, tx, `id = ?`, p.Class.ProgramID); err != nil {
		return p, err
	}
	if p.Sessions, err = classSessions(ctx, tx, classID); err != nil {
		return p, err
	}
	for _, ss := range p.Sessions {
		p.PlannedJP += ss.JP
	}
	if p.Conflicts, err = conflictsBySession(ctx, tx, classID); err != nil {
		return p, err
	}
	if err := readClassBookings(ctx, tx, &p); err != nil {
		return p, err
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*), COALESCE(sum(status <> 'withdrawn'), 0)
		FROM participants WHERE class_id = ?`, classID).Scan(&p.Participants, &p.Enrolled); err != nil {
		return p, fmt.Errorf("count participants: %w", err)
	}
	if p.Attendance, err = attendanceGrid(ctx, tx, classID, p.Sessions); err != nil {
		return p, err
	}
	p.Institution, err = institution(ctx, tx)
	return p, err
}

// conflictsBySession reads the conflicts of a class's sessions, by session ID.
func conflictsBySession(ctx context.Context, tx *Tx, classID string) (map[string][]data.Conflict, error) {
	list, err := classConflicts(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	out := map[string][]data.Conflict{}
	for _, c := range list {
		out[c.SessionID] = append(out[c.SessionID], c)
	}
	return out, nil
}

// readClassBookings reads the instructors and rooms that p's class and its
// sessions name, and the class's own room and lead instructor among them.
func readClassBookings(ctx context.Context, tx *Tx, p *data.ClassPage) error {
	const named = ` WHERE id IN (SELECT %[1]s FROM sessions WHERE class_id = ?1 UNION SELECT %[1]s FROM classes WHERE id = ?1)`
	instructors, err := queryList(ctx, tx, scanInstructor,
		`SELECT `+instructorColumns+` FROM instructors`+fmt.Sprintf(named, "instructor_id"), p.Class.ID)
	if err != nil {
		return fmt.Errorf("read instructors: %w", err)
	}
	rooms, err := queryList(ctx, tx, scanRoom, `SELECT `+roomColumns+` FROM rooms`+fmt.Sprintf(named, "room_id"), p.Class.ID)
	if err != nil {
		return fmt.Errorf("read rooms: %w", err)
	}
	p.Instructors = make(map[string]data.Instructor, len(instructors))
	for _, in := range instructors {
		p.Instructors[in.ID] = in
	}
	p.Rooms = make(map[string]data.Room, len(rooms))
	for _, r := range rooms {
		p.Rooms[r.ID] = r
	}
	p.Instructor, p.Room = p.Instructors[p.Class.InstructorID], p.Rooms[p.Class.RoomID]
	if p.InstructorChoices, err = queryList(ctx, tx, scanInstructor,
		`SELECT `+instructorColumns+` FROM instructors ORDER BY name COLLATE NOCASE, id`); err != nil {
		return fmt.Errorf("read instructors: %w", err)
	}
	if p.RoomChoices, err = queryList(ctx, tx, scanRoom,
		`SELECT `+roomColumns+` FROM rooms ORDER BY name COLLATE NOCASE, id`); err != nil {
		return fmt.Errorf("read rooms: %w", err)
	}
	return nil
}
