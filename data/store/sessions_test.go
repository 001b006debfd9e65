package store

import (
	"balai/data"

	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestSessionsByHand(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	p := schedProgram(t, s, "LIS", 10, 6)
	other := schedProgram(t, s, "AC", 16)
	room, instr := schedRoom(t, s, "Lab Listrik"), schedInstructor(t, s, "Siti Aminah")
	classID := schedClass(t, s, p, "LIS-2026-01", ymd(2026, 9, 7), room, instr)

	valid := data.Session{ClassID: classID, Date: ymd(2026, 9, 7), Start: "7.30", End: "09:00", JP: 2, UnitID: p.Units[0].ID,
		InstructorID: instr, RoomID: room, Note: " praktik "}
	tests := []struct {
		name     string
		change   func(*data.Session)
		code     string // problem code, or
		notFound bool   // ErrNotFound
	}{
		{"valid", func(*data.Session) {}, "", false},
		{"no date", func(ss *data.Session) { ss.Date = time.Time{} }, data.CodeRequired, false},
		{"bad start", func(ss *data.Session) { ss.Start = "7 pagi" }, data.CodeSessionBadTime, false},
		{"bad end", func(ss *data.Session) { ss.End = "25:00" }, data.CodeSessionBadTime, false},
		{"end before start", func(ss *data.Session) { ss.Start, ss.End = "10:00", "09:00" }, data.CodeSessionTimeOrder, false},
		{"end at start", func(ss *data.Session) { ss.End = "07:30" }, data.CodeSessionTimeOrder, false},
		{"JP zero", func(ss *data.Session) { ss.JP = 0 }, data.CodeSessionJP, false},
		{"JP do not fit", func(ss *data.Session) { ss.JP = 3 }, data.CodeSessionJPTooLong, false},
		{"unit of another program", func(ss *data.Session) { ss.UnitID = other.Units[0].ID }, data.CodeSessionUnit, false},
		{"unknown unit", func(ss *data.Session) { ss.UnitID = "nope" }, data.CodeSessionUnit, false},
		{"no unit", func(ss *data.Session) { ss.UnitID = "" }, "", false},
		{"no instructor or room", func(ss *data.Session) { ss.InstructorID, ss.RoomID = "", "" }, "", false},
		{"unknown class", func(ss *data.Session) { ss.ClassID = "nope" }, "", true},
		{"no class", func(ss *data.Session) { ss.ClassID = "" }, "", true},
		{"unknown room", func(ss *data.Session) { ss.RoomID = "nope" }, "", true},
		{"unknown instructor", func(ss *data.Session) { ss.InstructorID = "nope" }, "", true},
	}
	added := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := valid
			tt.change(&ss)
			before := ss
			err := s.AddSession(ctx, &ss)
			switch {
			case tt.notFound:
				if !errors.Is(err, data.ErrNotFound) {
					t.Errorf("got %v, want ErrNotFound", err)
				}
			case tt.code != "":
				if problemCode(err) != tt.code {
					t.Errorf("got %v, want problem %s", err, tt.code)
				}
			case err != nil:
				t.Fatalf("got %v", err)
			default:
				added++
				if ss.ID == "" || ss.Start != "07:30" || ss.Note != "praktik" {
					t.Errorf("saved session %+v: want an ID, start 07:30, note trimmed", ss)
				}
				return
			}
			if !reflect.DeepEqual(ss, before) {
				t.Errorf("a refused session was changed: %+v", ss)
			}
		})
	}
	list, err := s.Sessions(ctx, classID)
	if err != nil || len(list) != added {
		t.Fatalf("Sessions: got %d, %v; want %d", len(list), err, added)
	}
	if planned, programJP, err := s.PlannedJP(ctx, classID); err != nil || planned != 2*added || programJP != 16 {
		t.Errorf("PlannedJP: got %d/%d, %v; want %d/16", planned, programJP, err, 2*added)
	}
	if _, _, err := s.PlannedJP(ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("PlannedJP of an unknown class: got %v", err)
	}

	// Move the first session to Tuesday afternoon, unit 2, no room; a bad move changes nothing.
	moved := list[0]
	moved.Date, moved.Start, moved.End, moved.JP, moved.UnitID, moved.RoomID = ymd(2026, 9, 8), "13:00", "16:00", 4, p.Units[1].ID, ""
	moved.ClassID = "ignored"
	if err := s.UpdateSession(ctx, &moved); err != nil {
		t.Fatal(err)
	}
	if moved.ClassID != classID {
		t.Errorf("moved session's class: got %q, want %q", moved.ClassID, classID)
	}
	bad := moved
	bad.UnitID = other.Units[0].ID
	if err := s.UpdateSession(ctx, &bad); problemCode(err) != data.CodeSessionUnit {
		t.Errorf("move to another program's unit: got %v", err)
	}
	bad = moved
	bad.End = "13:30"
	if err := s.UpdateSession(ctx, &bad); problemCode(err) != data.CodeSessionJPTooLong {
		t.Errorf("move to a shorter time: got %v", err)
	}
	after, _ := s.Sessions(ctx, classID)
	if got := after[len(after)-1]; !reflect.DeepEqual(got, moved) {
		t.Errorf("stored after move:\n%+v\nwant\n%+v", got, moved)
	}
	missing := moved
	missing.ID = "nope"
	if err := s.UpdateSession(ctx, &missing); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("update unknown session: got %v", err)
	}

	if err := s.DeleteSession(ctx, moved.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSession(ctx, moved.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("delete twice: got %v", err)
	}
	if rest, _ := s.Sessions(ctx, classID); len(rest) != added-1 {
		t.Errorf("after delete: %d sessions, want %d", len(rest), added-1)
	}
}

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

func TestCalendar(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	las, ac := schedProgram(t, s, "LAS", 20, 30), schedProgram(t, s, "AC", 50)
	budi, siti := schedInstructor(t, s, "Budi"), schedInstructor(t, s, "Siti")
	bengkel, lab := schedRoom(t, s, "Bengkel 1"), schedRoom(t, s, "Lab 2")
	classA := schedClass(t, s, las, "LAS-2026-01", ymd(2026, 9, 7), bengkel, budi)
	classB := schedClass(t, s, ac, "AC-2026-01", ymd(2026, 9, 9), lab, siti)
	classC := schedClass(t, s, ac, "AC-2026-02", ymd(2026, 9, 7), lab, siti)
	for _, id := range []string{classA, classB, classC} {
		if _, err := s.GenerateSchedule(ctx, id, data.DefaultWeekPattern(), false); err != nil {
			t.Fatal(err)
		}
	}
	schedCancel(t, s, classC)
	// One session of B moved to Budi in the workshop, without a unit.
	bs, _ := s.Sessions(ctx, classB)
	moved := bs[1]
	moved.InstructorID, moved.RoomID, moved.UnitID = budi, bengkel, ""
	if err := s.UpdateSession(ctx, &moved); err != nil {
		t.Fatal(err)
	}

	line := func(e data.CalendarEntry) string {
		return fmt.Sprintf("%s %s %s %s|%s|%s|%s", e.Date.Format("01-02"), e.Start, e.ClassCode, e.ProgramName, e.UnitTitle, e.InstructorName, e.RoomName)
	}
	tests := []struct {
		name string
		f    data.CalendarFilter
		want []string
	}{
		{"two days", data.CalendarFilter{From: ymd(2026, 9, 9), To: ymd(2026, 9, 10)}, []string{
			"09-09 07:30 AC-2026-01 Program AC|Unit 1 of AC|Siti|Lab 2",
			"09-09 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-09 09:00 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
			"09-10 07:30 AC-2026-01 Program AC||Budi|Bengkel 1",
			"09-10 07:30 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
		}},
		{"Budi, one week", data.CalendarFilter{From: ymd(2026, 9, 7), To: ymd(2026, 9, 13), InstructorID: budi}, []string{
			"09-07 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-08 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-09 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-09 09:00 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
			"09-10 07:30 AC-2026-01 Program AC||Budi|Bengkel 1",
			"09-10 07:30 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
			"09-11 07:30 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
		}},
		{"Lab 2, one week", data.CalendarFilter{From: ymd(2026, 9, 7), To: ymd(2026, 9, 13), RoomID: lab}, []string{
			"09-09 07:30 AC-2026-01 Program AC|Unit 1 of AC|Siti|Lab 2",
			"09-11 07:30 AC-2026-01 Program AC|Unit 1 of AC|Siti|Lab 2",
		}},
		{"Siti in the workshop", data.CalendarFilter{InstructorID: siti, RoomID: bengkel}, nil},
		{"a weekend", data.CalendarFilter{From: ymd(2026, 9, 12), To: ymd(2026, 9, 13)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Calendar(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, e := range got {
				lines = append(lines, line(e))
			}
			if !reflect.DeepEqual(lines, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	// Open bounds: every session of the classes not cancelled.
	all, err := s.Calendar(ctx, data.CalendarFilter{})
	if err != nil {
		t.Fatal(err)
	}
	sa, _ := s.Sessions(ctx, classA)
	if len(all) != len(sa)+len(bs) {
		t.Errorf("whole calendar: %d entries, want %d", len(all), len(sa)+len(bs))
	}
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Date.After(b.Date) || (a.Date.Equal(b.Date) && (a.Start > b.Start || (a.Start == b.Start && a.ClassCode > b.ClassCode))) {
			t.Errorf("entries out of order: %s before %s", line(a), line(b))
		}
	}
}
