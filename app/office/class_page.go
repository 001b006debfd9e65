package office

import (
	"context"
	"slices"

	"balai/data"
	"balai/data/store"
)

// ClassPage is what the page of a class shows: the class, its program with
// the units, the rooms and instructors to choose from, the schedule with its
// conflicts, the planned JP and the participants holding a seat; and for its
// documents the attendance grid and the letterhead.
type ClassPage struct {
	Class       data.Class
	Program     data.Program
	Rooms       []data.Room       // every room, archived too
	Instructors []data.Instructor // every instructor, archived too
	Sessions    []data.Session
	Conflicts   map[string][]data.Conflict // session ID → its conflicts
	PlannedJP   int
	Enrolled    int // participants not withdrawn
	Attendance  data.AttendanceGrid
	Institution data.Institution
}

// LoadClassPage reads the page of a class, at one moment: the store reads it
// in one read transaction.
func LoadClassPage(ctx context.Context, st *store.Store, classID string) (*ClassPage, error) {
	p, err := st.ClassPage(ctx, classID)
	if err != nil {
		return nil, err
	}
	return &ClassPage{Class: p.Class, Program: p.Program, Rooms: p.RoomChoices, Instructors: p.InstructorChoices,
		Sessions: p.Sessions, Conflicts: p.Conflicts, PlannedJP: p.PlannedJP, Enrolled: p.Enrolled,
		Attendance: p.Attendance, Institution: p.Institution}, nil
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
