package office

import (
	"context"
	"slices"

	"balai/data"
	"balai/data/store"
)

// ClassPage is what the page of a class shows: the class, its program with
// the units, the rooms and instructors to name, the schedule with its
// conflicts, the planned JP and the participants holding a seat.
type ClassPage struct {
	Class       data.Class
	Program     data.Program
	Rooms       []data.Room
	Instructors []data.Instructor
	Sessions    []data.Session
	Conflicts   map[string][]data.Conflict // session ID → its conflicts
	PlannedJP   int
	Enrolled    int // participants not withdrawn
}

// LoadClassPage reads the page of a class. It is the one place that
// gathers it: when the store reads it in one transaction, only this changes.
func LoadClassPage(ctx context.Context, st *store.Store, classID string) (*ClassPage, error) {
	d := &ClassPage{Conflicts: map[string][]data.Conflict{}}
	var err error
	if d.Class, err = st.Class(ctx, classID); err != nil {
		return nil, err
	}
	if d.Program, err = st.Program(ctx, d.Class.ProgramID); err != nil {
		return nil, err
	}
	if d.Rooms, err = st.Rooms(ctx, true); err != nil {
		return nil, err
	}
	if d.Instructors, err = st.Instructors(ctx, true); err != nil {
		return nil, err
	}
	if d.Sessions, err = st.Sessions(ctx, classID); err != nil {
		return nil, err
	}
	conflicts, err := st.ClassConflicts(ctx, classID)
	if err != nil {
		return nil, err
	}
	for _, c := range conflicts {
		d.Conflicts[c.SessionID] = append(d.Conflicts[c.SessionID], c)
	}
	if d.PlannedJP, _, err = st.PlannedJP(ctx, classID); err != nil {
		return nil, err
	}
	parts, err := st.Participants(ctx, classID)
	if err != nil {
		return nil, err
	}
	for _, p := range parts {
		if p.Participant.Status != data.ParticipantWithdrawn {
			d.Enrolled++
		}
	}
	return d, nil
}

// RoomName is the name of a room, "" for none or one unknown.
func (d *ClassPage) RoomName(id string) string {
	if i := slices.IndexFunc(d.Rooms, func(r data.Room) bool { return r.ID == id }); i >= 0 {
		return d.Rooms[i].Name
	}
	return ""
}

// InstructorName is the name of an instructor, "" for none or one unknown.
func (d *ClassPage) InstructorName(id string) string {
	if i := slices.IndexFunc(d.Instructors, func(in data.Instructor) bool { return in.ID == id }); i >= 0 {
		return d.Instructors[i].Name
	}
	return ""
}

// Unit is a unit of the class's program.
func (d *ClassPage) Unit(id string) (data.Unit, bool) {
	if i := slices.IndexFunc(d.Program.Units, func(u data.Unit) bool { return u.ID == id }); i >= 0 {
		return d.Program.Units[i], true
	}
	return data.Unit{}, false
}
