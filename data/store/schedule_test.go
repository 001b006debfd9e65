package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"testing"
	"time"

	"balai/data"
)

// Test fixtures of the schedule tests: rows written with plain SQL, so that
// these tests do not depend on the program and class forms' store methods.

// schedProgram stores a program whose units have the given JP (the program's
// JP is their sum) and returns it with its units' IDs.
func schedProgram(tb testing.TB, s *Store, code string, unitJP ...int) data.Program {
	tb.Helper()
	p := data.Program{ID: newID(), Code: code, Name: "Program " + code, Kejuruan: "Las"}
	for _, jp := range unitJP {
		p.JP += jp
	}
	ctx := context.Background()
	if _, err := s.db.ExecContext(ctx, `INSERT INTO programs (id, code, name, kejuruan, jp, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, p.ID, p.Code, p.Name, p.Kejuruan, p.JP, nowText(s), nowText(s)); err != nil {
		tb.Fatalf("insert program: %v", err)
	}
	for i, jp := range unitJP {
		u := data.Unit{ID: newID(), Code: fmt.Sprintf("%s.%02d", code, i+1), Title: fmt.Sprintf("Unit %d of %s", i+1, code), JP: jp}
		if _, err := s.db.ExecContext(ctx, `INSERT INTO program_units (id, program_id, position, code, title, jp)
			VALUES (?, ?, ?, ?, ?, ?)`, u.ID, p.ID, i+1, u.Code, u.Title, u.JP); err != nil {
			tb.Fatalf("insert unit: %v", err)
		}
		p.Units = append(p.Units, u)
	}
	return p
}

func schedInstructor(tb testing.TB, s *Store, name string) string {
	tb.Helper()
	id := newID()
	if _, err := s.db.Exec(`INSERT INTO instructors (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`,
		id, name, nowText(s), nowText(s)); err != nil {
		tb.Fatalf("insert instructor: %v", err)
	}
	return id
}

func schedRoom(tb testing.TB, s *Store, name string) string {
	tb.Helper()
	id := newID()
	if _, err := s.db.Exec(`INSERT INTO rooms (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`,
		id, name, nowText(s), nowText(s)); err != nil {
		tb.Fatalf("insert room: %v", err)
	}
	return id
}

// schedClass stores a class of program p starting on start (ending the same
// day until a schedule sets its end), with a room and lead instructor ("" = none).
func schedClass(tb testing.TB, s *Store, p data.Program, code string, start time.Time, roomID, instructorID string) string {
	tb.Helper()
	id := newID()
	if _, err := s.db.Exec(`INSERT INTO classes (id, program_id, code, year, start_date, end_date, room_id,
		instructor_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, p.ID, code, start.Year(), storedDate(start), storedDate(start), optionalRef(roomID), optionalRef(instructorID),
		nowText(s), nowText(s)); err != nil {
		tb.Fatalf("insert class: %v", err)
	}
	return id
}

func schedCancel(tb testing.TB, s *Store, classID string) {
	tb.Helper()
	if _, err := s.db.Exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, nowText(s), classID); err != nil {
		tb.Fatalf("cancel class: %v", err)
	}
}

// problemCode is the code of err when it is a *Problem, else "".
func problemCode(err error) string {
	var p *data.Problem
	if errors.As(err, &p) {
		return p.Code
	}
	return ""
}

// sessionLine is a session as the tables of these tests write it:
// "2026-09-07 07:30-11:00 4 U1" (unit by position, "-" for none).
func sessionLine(ss data.Session, units []data.Unit) string {
	unit := "-"
	for i, u := range units {
		if u.ID == ss.UnitID {
			unit = "U" + strconv.Itoa(i+1)
		}
	}
	return fmt.Sprintf("%s %s-%s %d %s", ss.Date.Format(data.DateLayout), ss.Start, ss.End, ss.JP, unit)
}

func sessionLines(ss []data.Session, units []data.Unit) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = sessionLine(s, units)
	}
	return out
}

func TestGenerateSchedule(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	p := schedProgram(t, s, "LAS", 20, 30)
	room, instr := schedRoom(t, s, "Bengkel Las 1"), schedInstructor(t, s, "Budi Santoso")
	classID := schedClass(t, s, p, "LAS-2026-03", ymd(2026, 8, 10), room, instr)
	if err := s.AddHoliday(ctx, data.Holiday{Date: ymd(2026, 8, 12), Name: "Cuti bersama"}); err != nil {
		t.Fatal(err)
	}

	got, err := s.GenerateSchedule(ctx, classID, data.DefaultWeekPattern(), false)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2026-08-10 07:30-16:00 9 U1", "2026-08-11 07:30-16:00 9 U1",
		"2026-08-13 07:30-09:00 2 U1", "2026-08-13 09:00-16:00 7 U2", "2026-08-14 07:30-11:30 5 U2",
		"2026-08-18 07:30-16:00 9 U2", "2026-08-19 07:30-16:00 9 U2",
	}
	if lines := sessionLines(got, p.Units); !reflect.DeepEqual(lines, want) {
		t.Errorf("generated\n%q\nwant\n%q", lines, want)
	}
	for _, ss := range got {
		if ss.ID == "" || ss.ClassID != classID || ss.InstructorID != instr || ss.RoomID != room {
			t.Errorf("session %+v: want an ID, class, lead instructor and room", ss)
		}
	}
	stored, err := s.Sessions(ctx, classID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stored, got) {
		t.Errorf("stored sessions differ from the generated ones:\n%+v\n%+v", stored, got)
	}
	var end string
	if err := s.db.QueryRow(`SELECT end_date FROM classes WHERE id = ?`, classID).Scan(&end); err != nil || end != "2026-08-19" {
		t.Errorf("class end date: got %q, %v; want 2026-08-19", end, err)
	}
	if planned, programJP, err := s.PlannedJP(ctx, classID); err != nil || planned != 50 || programJP != 50 {
		t.Errorf("PlannedJP: got %d/%d, %v; want 50/50", planned, programJP, err)
	}

	// Again without replace: refused, nothing changes.
	if _, err := s.GenerateSchedule(ctx, classID, data.DefaultWeekPattern(), false); problemCode(err) != data.CodeScheduleExists {
		t.Errorf("generate again: got %v, want %s", err, data.CodeScheduleExists)
	}
	if again, _ := s.Sessions(ctx, classID); !reflect.DeepEqual(again, stored) {
		t.Errorf("a refused generation changed the sessions")
	}

	// Replace, with Fridays off: new sessions, new end date.
	week := data.DefaultWeekPattern()
	delete(week, time.Friday)
	replaced, err := s.GenerateSchedule(ctx, classID, week, true)
	if err != nil {
		t.Fatal(err)
	}
	want = []string{
		"2026-08-10 07:30-16:00 9 U1", "2026-08-11 07:30-16:00 9 U1",
		"2026-08-13 07:30-09:00 2 U1", "2026-08-13 09:00-16:00 7 U2",
		"2026-08-18 07:30-16:00 9 U2", "2026-08-19 07:30-16:00 9 U2", "2026-08-20 07:30-11:45 5 U2",
	}
	if lines := sessionLines(replaced, p.Units); !reflect.DeepEqual(lines, want) {
		t.Errorf("replaced\n%q\nwant\n%q", lines, want)
	}
	after, _ := s.Sessions(ctx, classID)
	if !reflect.DeepEqual(after, replaced) {
		t.Errorf("stored sessions after replace differ from the generated ones")
	}
	for _, ss := range after {
		for _, old := range stored {
			if ss.ID == old.ID {
				t.Errorf("session %s survived the replace", ss.ID)
			}
		}
	}
	if err := s.db.QueryRow(`SELECT end_date FROM classes WHERE id = ?`, classID).Scan(&end); err != nil || end != "2026-08-20" {
		t.Errorf("class end date after replace: got %q, %v; want 2026-08-20", end, err)
	}

	// A bad pattern on replace keeps the old schedule.
	if _, err := s.GenerateSchedule(ctx, classID, data.WeekPattern{}, true); problemCode(err) != data.CodeScheduleNoTeaching {
		t.Errorf("empty week: got %v", err)
	}
	if kept, _ := s.Sessions(ctx, classID); !reflect.DeepEqual(kept, after) {
		t.Errorf("a failed replace changed the sessions")
	}

	if _, err := s.GenerateSchedule(ctx, "nope", data.DefaultWeekPattern(), false); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: got %v, want ErrNotFound", err)
	}
}

// A schedule running into later years takes those years' holidays, the fixed
// and the user's; a class without room or instructor gets sessions without.
func TestGenerateScheduleAcrossYears(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	p := schedProgram(t, s, "TIK", 60)
	classID := schedClass(t, s, p, "TIK-2026-09", ymd(2026, 12, 7), "", "")
	for _, h := range []data.Holiday{{Date: ymd(2026, 12, 14), Name: "Cuti bersama"}, {Date: ymd(2028, 1, 3), Name: "Cuti bersama 2028"}} {
		if err := s.AddHoliday(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	// One JP on Mondays: 60 JP run into 2028, past the years read first.
	week := data.WeekPattern{time.Monday: {Start: "08:00", End: "08:45"}}
	got, err := s.GenerateSchedule(ctx, classID, week, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 60 {
		t.Fatalf("got %d sessions, want 60", len(got))
	}
	dates := map[string]bool{}
	for _, ss := range got {
		dates[ss.Date.Format(data.DateLayout)] = true
		if ss.InstructorID != "" || ss.RoomID != "" {
			t.Errorf("session %+v: the class has no instructor or room", ss)
		}
	}
	for _, d := range []string{"2026-12-14", "2028-01-03"} {
		if dates[d] {
			t.Errorf("session on holiday %s", d)
		}
	}
	// Mondays from 7 December 2026, less the two holidays: the 62nd Monday.
	if last, want := got[59].Date.Format(data.DateLayout), ymd(2026, 12, 7).AddDate(0, 0, 7*61).Format(data.DateLayout); last != want {
		t.Errorf("last session: got %s, want %s", last, want)
	}
}
