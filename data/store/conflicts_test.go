package store

import (
	"context"
	"reflect"
	"testing"

	"balai/data"
)

// conflictLine writes a conflict as "room LAS-2026-01 11:00-12:00".
func conflictLine(c data.Conflict) string {
	return c.Kind + " " + c.ClassCode + " " + c.Other.Start + "-" + c.Other.End
}

func TestConflicts(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	las, ac := schedProgram(t, s, "LAS", 40), schedProgram(t, s, "AC", 40)
	budi, siti := schedInstructor(t, s, "Budi"), schedInstructor(t, s, "Siti")
	bengkel, lab := schedRoom(t, s, "Bengkel 1"), schedRoom(t, s, "Lab 2")
	classA := schedClass(t, s, las, "LAS-2026-01", ymd(2026, 9, 7), bengkel, budi)
	classB := schedClass(t, s, ac, "AC-2026-01", ymd(2026, 9, 7), lab, siti)
	day := ymd(2026, 9, 7)
	a1 := data.Session{ClassID: classA, Date: day, Start: "11:00", End: "12:00", JP: 1, InstructorID: budi, RoomID: bengkel}
	if err := s.AddSession(ctx, &a1); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		ss   data.Session
		want []string
	}{
		{"same instructor, overlapping", data.Session{ClassID: classB, Date: day, Start: "11:30", End: "12:30", InstructorID: budi, RoomID: lab},
			[]string{"instructor LAS-2026-01 11:00-12:00"}},
		{"same room, around it", data.Session{ClassID: classB, Date: day, Start: "10:00", End: "13:00", InstructorID: siti, RoomID: bengkel},
			[]string{"room LAS-2026-01 11:00-12:00"}},
		{"same room, inside it", data.Session{ClassID: classB, Date: day, Start: "11:15", End: "11:45", RoomID: bengkel},
			[]string{"room LAS-2026-01 11:00-12:00"}},
		{"both", data.Session{ClassID: classB, Date: day, Start: "11:00", End: "12:00", InstructorID: budi, RoomID: bengkel},
			[]string{"instructor LAS-2026-01 11:00-12:00", "room LAS-2026-01 11:00-12:00"}},
		{"touching after", data.Session{ClassID: classB, Date: day, Start: "12:00", End: "13:00", InstructorID: budi, RoomID: bengkel}, nil},
		{"touching before", data.Session{ClassID: classB, Date: day, Start: "10:00", End: "11:00", InstructorID: budi, RoomID: bengkel}, nil},
		{"other day", data.Session{ClassID: classB, Date: day.AddDate(0, 0, 1), Start: "11:00", End: "12:00", InstructorID: budi, RoomID: bengkel}, nil},
		{"other instructor and room", data.Session{ClassID: classB, Date: day, Start: "11:00", End: "12:00", InstructorID: siti, RoomID: lab}, nil},
		{"no instructor or room", data.Session{ClassID: classB, Date: day, Start: "11:00", End: "12:00"}, nil},
		{"same class counts", data.Session{ClassID: classA, Date: day, Start: "11:30", End: "12:15", InstructorID: budi},
			[]string{"instructor LAS-2026-01 11:00-12:00"}},
		{"the session itself does not", a1, nil},
		{"times as typed", data.Session{ClassID: classB, Date: day, Start: "11.30", End: "12.30", RoomID: bengkel},
			[]string{"room LAS-2026-01 11:00-12:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Conflicts(ctx, tt.ss)
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, c := range got {
				lines = append(lines, conflictLine(c))
				if c.Other.ID != a1.ID || c.ProgramName != "Program LAS" || c.SessionID != tt.ss.ID {
					t.Errorf("conflict %+v: want the other session %s of Program LAS", c, a1.ID)
				}
			}
			if !reflect.DeepEqual(lines, tt.want) {
				t.Errorf("got %q, want %q", lines, tt.want)
			}
		})
	}
	if _, err := s.Conflicts(ctx, data.Session{Date: day, Start: "12:00", End: "11:00", RoomID: bengkel}); problemCode(err) != data.CodeSessionTimeOrder {
		t.Errorf("bad times: got %v", err)
	}

	// Saved anyway: the class's schedule shows the conflicts, for both classes.
	b1 := data.Session{ClassID: classB, Date: day, Start: "10:00", End: "13:00", JP: 4, InstructorID: siti, RoomID: bengkel}
	b2 := data.Session{ClassID: classB, Date: day, Start: "13:00", End: "16:00", JP: 4, InstructorID: budi, RoomID: lab}
	a2 := data.Session{ClassID: classA, Date: day, Start: "13:30", End: "14:15", JP: 1, InstructorID: budi, RoomID: bengkel}
	for _, ss := range []*data.Session{&b1, &b2, &a2} {
		if err := s.AddSession(ctx, ss); err != nil {
			t.Fatal(err)
		}
	}
	classLines := func(classID string) []string {
		t.Helper()
		got, err := s.ClassConflicts(ctx, classID)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, c := range got {
			var own data.Session
			for _, ss := range []data.Session{a1, a2, b1, b2} {
				if ss.ID == c.SessionID {
					own = ss
				}
			}
			lines = append(lines, own.Start+" "+conflictLine(c))
		}
		return lines
	}
	if got, want := classLines(classB), []string{
		"10:00 room LAS-2026-01 11:00-12:00",
		"13:00 instructor LAS-2026-01 13:30-14:15",
	}; !reflect.DeepEqual(got, want) {
		t.Errorf("class B conflicts: got %q, want %q", got, want)
	}
	if got, want := classLines(classA), []string{
		"11:00 room AC-2026-01 10:00-13:00",
		"13:30 instructor AC-2026-01 13:00-16:00",
	}; !reflect.DeepEqual(got, want) {
		t.Errorf("class A conflicts: got %q, want %q", got, want)
	}

	// A cancelled class books nobody.
	schedCancel(t, s, classA)
	if got := classLines(classB); len(got) != 0 {
		t.Errorf("conflicts with a cancelled class: %q", got)
	}
	if got, _ := s.Conflicts(ctx, data.Session{ClassID: classB, Date: day, Start: "11:00", End: "12:00", RoomID: bengkel}); len(got) != 1 || got[0].ClassCode != "AC-2026-01" {
		t.Errorf("conflicts after cancelling A: got %+v, want only B's own session", got)
	}
}
