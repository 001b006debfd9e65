package store_test

import (
	"balai/data/demo"

	"context"
	"errors"
	"reflect"
	"testing"

	"balai/data"
)

// ClassPage gives in one read what the separate reads give one by one.
func TestClassPage(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	codes := addDemoClasses(t, s)
	if err := demo.AddAttendance(ctx, s); err != nil {
		t.Fatal(err)
	}
	running, err := s.ClassByCode(ctx, codes[1])
	if err != nil {
		t.Fatal(err)
	}
	// A session of another class that books the running class's lead
	// instructor, in a room of its own, at the time of its first session.
	sessions, err := s.Sessions(ctx, running.ID)
	if err != nil || len(sessions) == 0 {
		t.Fatalf("sessions %d, %v", len(sessions), err)
	}
	other, _ := s.ClassByCode(ctx, codes[2])
	workshop := data.Room{Name: "Bengkel Tamu", Capacity: 10}
	if err := s.CreateRoom(ctx, &workshop); err != nil {
		t.Fatal(err)
	}
	first := sessions[0]
	guest := data.Session{ClassID: other.ID, Date: first.Date, Start: first.Start, End: first.End, JP: first.JP,
		InstructorID: running.InstructorID, RoomID: workshop.ID}
	if err := s.AddSession(ctx, &guest); err != nil {
		t.Fatal(err)
	}

	page, err := s.ClassPage(ctx, running.ID)
	if err != nil {
		t.Fatal(err)
	}
	program, _ := s.Program(ctx, running.ProgramID)
	room, _ := s.Room(ctx, running.RoomID)
	lead, _ := s.Instructor(ctx, running.InstructorID)
	planned, _, _ := s.PlannedJP(ctx, running.ID)
	grid, _ := s.ClassAttendance(ctx, running.ID)
	inst, _ := s.Institution(ctx)
	parts, _ := s.Participants(ctx, running.ID)
	enrolled := 0
	for _, p := range parts {
		if p.Status != data.ParticipantWithdrawn {
			enrolled++
		}
	}
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"class", page.Class, running},
		{"status", page.Status, data.ClassRunning},
		{"program", page.Program, program},
		{"room", page.Room, room},
		{"lead instructor", page.Instructor, lead},
		{"sessions", page.Sessions, sessions},
		{"planned JP", page.PlannedJP, planned},
		{"participants", page.Participants, len(parts)},
		{"enrolled", page.Enrolled, enrolled},
		{"attendance", page.Attendance, grid},
		{"institution", page.Institution, inst},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.what, c.got, c.want)
		}
	}
	if enrolled == len(parts) || len(grid.Rows) == 0 || grid.Rows[0].Attended == 0 {
		t.Errorf("the fixture should have a withdrawal and marks: %d of %d enrolled, grid %+v", enrolled, len(parts), grid.Rows)
	}

	conflicts, _ := s.ClassConflicts(ctx, running.ID)
	want := map[string][]data.Conflict{}
	for _, c := range conflicts {
		want[c.SessionID] = append(want[c.SessionID], c)
	}
	if !reflect.DeepEqual(page.Conflicts, want) || len(page.Conflicts[first.ID]) != 1 || page.Conflicts[first.ID][0].Other.ID != guest.ID {
		t.Errorf("conflicts %+v, want the guest session on %s", page.Conflicts, first.ID)
	}
	// The instructors and rooms the class and its sessions name, and no other.
	if len(page.Instructors) != 1 || page.Instructors[lead.ID] != lead {
		t.Errorf("instructors %+v, want only %s", page.Instructors, lead.Name)
	}
	if len(page.Rooms) != 1 || page.Rooms[room.ID] != room {
		t.Errorf("rooms %+v, want only %s", page.Rooms, room.Name)
	}
	// The choices a session may be given: every instructor and room.
	allInstructors, _ := s.Instructors(ctx, true)
	allRooms, _ := s.Rooms(ctx, true)
	if !reflect.DeepEqual(page.InstructorChoices, allInstructors) || !reflect.DeepEqual(page.RoomChoices, allRooms) {
		t.Errorf("choices %d instructors, %d rooms; want %d, %d", len(page.InstructorChoices), len(page.RoomChoices), len(allInstructors), len(allRooms))
	}
	if u := page.Unit(sessions[0].UnitID); u.ID == "" || u != program.Units[0] {
		t.Errorf("Unit(%s) = %+v, want the program's first unit", sessions[0].UnitID, u)
	}
	if u := page.Unit("nope"); u != (data.Unit{}) {
		t.Errorf("Unit(nope) = %+v", u)
	}

	if _, err := s.ClassPage(ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: %v, want ErrNotFound", err)
	}
}
