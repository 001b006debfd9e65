package data

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"testing"
	"time"
)

// Test fixtures of the schedule tests: rows written with plain SQL, so that
// these tests do not depend on the program and class forms' store methods.

// schedProgram stores a program whose units have the given JP (the program's
// JP is their sum) and returns it with its units' IDs.
func schedProgram(tb testing.TB, s *Store, code string, unitJP ...int) Program {
	tb.Helper()
	p := Program{ID: newID(), Code: code, Name: "Program " + code, Kejuruan: "Las"}
	for _, jp := range unitJP {
		p.JP += jp
	}
	ctx := context.Background()
	if _, err := s.db.ExecContext(ctx, `INSERT INTO programs (id, code, name, kejuruan, jp, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, p.ID, p.Code, p.Name, p.Kejuruan, p.JP, s.now(), s.now()); err != nil {
		tb.Fatalf("insert program: %v", err)
	}
	for i, jp := range unitJP {
		u := Unit{ID: newID(), Code: fmt.Sprintf("%s.%02d", code, i+1), Title: fmt.Sprintf("Unit %d of %s", i+1, code), JP: jp}
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
		id, name, s.now(), s.now()); err != nil {
		tb.Fatalf("insert instructor: %v", err)
	}
	return id
}

func schedRoom(tb testing.TB, s *Store, name string) string {
	tb.Helper()
	id := newID()
	if _, err := s.db.Exec(`INSERT INTO rooms (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`,
		id, name, s.now(), s.now()); err != nil {
		tb.Fatalf("insert room: %v", err)
	}
	return id
}

// schedClass stores a class of program p starting on start (ending the same
// day until a schedule sets its end), with a room and lead instructor ("" = none).
func schedClass(tb testing.TB, s *Store, p Program, code string, start time.Time, roomID, instructorID string) string {
	tb.Helper()
	id := newID()
	if _, err := s.db.Exec(`INSERT INTO classes (id, program_id, code, year, start_date, end_date, room_id,
		instructor_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, p.ID, code, start.Year(), storedDate(start), storedDate(start), optionalRef(roomID), optionalRef(instructorID),
		s.now(), s.now()); err != nil {
		tb.Fatalf("insert class: %v", err)
	}
	return id
}

func schedCancel(tb testing.TB, s *Store, classID string) {
	tb.Helper()
	if _, err := s.db.Exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, s.now(), classID); err != nil {
		tb.Fatalf("cancel class: %v", err)
	}
}

// problemCode is the code of err when it is a *Problem, else "".
func problemCode(err error) string {
	var p *Problem
	if errors.As(err, &p) {
		return p.Code
	}
	return ""
}

// sessionLine is a session as the tables of these tests write it:
// "2026-09-07 07:30-11:00 4 U1" (unit by position, "-" for none).
func sessionLine(ss Session, units []Unit) string {
	unit := "-"
	for i, u := range units {
		if u.ID == ss.UnitID {
			unit = "U" + strconv.Itoa(i+1)
		}
	}
	return fmt.Sprintf("%s %s-%s %d %s", ss.Date.Format(DateLayout), ss.Start, ss.End, ss.JP, unit)
}

func sessionLines(ss []Session, units []Unit) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = sessionLine(s, units)
	}
	return out
}

// testProgram is a program (not stored) whose units have the given JP.
func testProgram(unitJP ...int) Program {
	p := Program{ID: "p", Code: "T", Name: "Test"}
	for i, jp := range unitJP {
		p.Units = append(p.Units, Unit{ID: "u" + strconv.Itoa(i+1), Code: "U" + strconv.Itoa(i+1), JP: jp})
		p.JP += jp
	}
	return p
}

func TestDefaultWeekPatternBlocks(t *testing.T) {
	w := DefaultWeekPattern()
	tests := []struct {
		day  time.Weekday
		want []TimeRange
	}{
		{time.Monday, []TimeRange{{"07:30", "08:15"}, {"08:15", "09:00"}, {"09:00", "09:45"}, {"10:15", "11:00"},
			{"11:00", "11:45"}, {"13:00", "13:45"}, {"13:45", "14:30"}, {"14:30", "15:15"}, {"15:15", "16:00"}}},
		{time.Thursday, []TimeRange{{"07:30", "08:15"}, {"08:15", "09:00"}, {"09:00", "09:45"}, {"10:15", "11:00"},
			{"11:00", "11:45"}, {"13:00", "13:45"}, {"13:45", "14:30"}, {"14:30", "15:15"}, {"15:15", "16:00"}}},
		{time.Friday, []TimeRange{{"07:30", "08:15"}, {"08:15", "09:00"}, {"09:00", "09:45"}, {"10:00", "10:45"}, {"10:45", "11:30"}}},
		{time.Saturday, []TimeRange{}},
		{time.Sunday, []TimeRange{}},
	}
	for _, tt := range tests {
		got, err := w[tt.day].Blocks()
		if err != nil {
			t.Fatalf("%s: %v", tt.day, err)
		}
		if len(got) != len(tt.want) || (len(got) > 0 && !reflect.DeepEqual(got, tt.want)) {
			t.Errorf("%s: got %v, want %v", tt.day, got, tt.want)
		}
	}
	if got, err := w.JPPerWeek(); err != nil || got != 41 {
		t.Errorf("JP per week: got %d, %v; want 41", got, err)
	}
}

func TestGenerateSessions(t *testing.T) {
	mon := ymd(2026, 9, 7) // a Monday without holidays in the two weeks after
	tests := []struct {
		name     string
		program  Program
		start    time.Time
		holidays map[string]string
		want     []string
	}{
		{
			name:    "weekends skipped, Friday short, last day partial",
			program: testProgram(45),
			start:   mon,
			want: []string{
				"2026-09-07 07:30-16:00 9 U1", "2026-09-08 07:30-16:00 9 U1", "2026-09-09 07:30-16:00 9 U1",
				"2026-09-10 07:30-16:00 9 U1", "2026-09-11 07:30-11:30 5 U1", "2026-09-14 07:30-11:00 4 U1",
			},
		},
		{
			name:    "start on a Saturday",
			program: testProgram(12),
			start:   ymd(2026, 9, 5),
			want:    []string{"2026-09-07 07:30-16:00 9 U1", "2026-09-08 07:30-09:45 3 U1"},
		},
		{
			name:    "start on a Friday",
			program: testProgram(12),
			start:   ymd(2026, 9, 11),
			want:    []string{"2026-09-11 07:30-11:30 5 U1", "2026-09-14 07:30-14:30 7 U1"},
		},
		{
			name:    "unit boundaries split days, breaks inside sessions",
			program: testProgram(4, 10, 36),
			start:   mon,
			want: []string{
				"2026-09-07 07:30-11:00 4 U1", "2026-09-07 11:00-16:00 5 U2",
				"2026-09-08 07:30-11:45 5 U2", "2026-09-08 13:00-16:00 4 U3",
				"2026-09-09 07:30-16:00 9 U3", "2026-09-10 07:30-16:00 9 U3", "2026-09-11 07:30-11:30 5 U3",
				"2026-09-14 07:30-16:00 9 U3",
			},
		},
		{
			name:    "three units in one day",
			program: testProgram(1, 2, 6),
			start:   mon,
			want:    []string{"2026-09-07 07:30-08:15 1 U1", "2026-09-07 08:15-09:45 2 U2", "2026-09-07 10:15-16:00 6 U3"},
		},
		{
			name:    "unit ends with the day",
			program: testProgram(9, 5),
			start:   mon,
			want:    []string{"2026-09-07 07:30-16:00 9 U1", "2026-09-08 07:30-11:45 5 U2"},
		},
		{
			name:     "17 August and a user holiday skipped",
			program:  testProgram(20, 30),
			start:    ymd(2026, 8, 10),
			holidays: map[string]string{"2026-08-12": "Cuti bersama", "2026-08-17": "Hari Kemerdekaan RI"},
			want: []string{
				"2026-08-10 07:30-16:00 9 U1", "2026-08-11 07:30-16:00 9 U1",
				"2026-08-13 07:30-09:00 2 U1", "2026-08-13 09:00-16:00 7 U2", "2026-08-14 07:30-11:30 5 U2",
				"2026-08-18 07:30-16:00 9 U2", "2026-08-19 07:30-16:00 9 U2",
			},
		},
		{
			name:     "start on a holiday",
			program:  testProgram(3),
			start:    ymd(2026, 8, 17),
			holidays: map[string]string{"2026-08-17": "Hari Kemerdekaan RI"},
			want:     []string{"2026-08-18 07:30-09:45 3 U1"},
		},
		{
			name:    "program without units",
			program: Program{JP: 10},
			start:   mon,
			want:    []string{"2026-09-07 07:30-16:00 9 -", "2026-09-08 07:30-08:15 1 -"},
		},
		{
			name:    "start time of day ignored",
			program: testProgram(2),
			start:   time.Date(2026, 9, 7, 15, 30, 0, 0, time.UTC),
			want:    []string{"2026-09-07 07:30-09:00 2 U1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := GenerateSessions(tt.program, tt.start, DefaultWeekPattern(), tt.holidays)
			if err != nil {
				t.Fatal(err)
			}
			if lines := sessionLines(got, tt.program.Units); !reflect.DeepEqual(lines, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", lines, tt.want)
			}
			sum := 0
			for _, ss := range got {
				sum += ss.JP
				if ss.ClassID != "" || ss.ID != "" || ss.InstructorID != "" || ss.RoomID != "" {
					t.Errorf("session %+v: want no ID, class, instructor or room", ss)
				}
			}
			if sum != tt.program.JP {
				t.Errorf("sessions hold %d JP, want %d", sum, tt.program.JP)
			}
		})
	}
}

// Sessions on one day hold whole JP that never cross a break, one after the other.
func TestGenerateSessions480JP(t *testing.T) {
	p := testProgram(24, 36, 60, 80, 40, 100, 60, 80) // 480 JP
	if p.JP != 480 {
		t.Fatalf("program has %d JP", p.JP)
	}
	week := DefaultWeekPattern()
	got, err := GenerateSessions(p, ymd(2026, 9, 7), week, nil)
	if err != nil {
		t.Fatal(err)
	}
	total, perUnit, days := 0, map[string]int{}, map[string]int{}
	for i, ss := range got {
		total += ss.JP
		perUnit[ss.UnitID] += ss.JP
		days[ss.Date.Format(DateLayout)] += ss.JP
		if wd := ss.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Errorf("session on %s %s", wd, ss.Date.Format(DateLayout))
		}
		// The session's start and end are JP block edges of its day, and it
		// covers exactly JP blocks.
		blocks, _ := week[ss.Date.Weekday()].Blocks()
		first, last := -1, -1
		for j, b := range blocks {
			if b.Start == ss.Start {
				first = j
			}
			if b.End == ss.End {
				last = j
			}
		}
		if first < 0 || last < first || last-first+1 != ss.JP {
			t.Errorf("session %s does not cover whole JP blocks of its day", sessionLine(ss, p.Units))
		}
		if i > 0 && got[i-1].Date.Equal(ss.Date) {
			prev := got[i-1]
			if prev.UnitID == ss.UnitID {
				t.Errorf("two sessions of one unit on %s", ss.Date.Format(DateLayout))
			}
			if prev.End != ss.Start && !(prev.End == "09:45" && ss.Start == "10:15") &&
				!(prev.End == "11:45" && ss.Start == "13:00") && !(prev.End == "09:45" && ss.Start == "10:00") {
				t.Errorf("sessions %s and %s are not consecutive", sessionLine(prev, p.Units), sessionLine(ss, p.Units))
			}
		}
	}
	if total != 480 {
		t.Errorf("total JP: got %d, want 480", total)
	}
	for _, u := range p.Units {
		if perUnit[u.ID] != u.JP {
			t.Errorf("unit %s: got %d JP, want %d", u.Code, perUnit[u.ID], u.JP)
		}
	}
	// 11 weeks of 41 JP = 451, then Monday–Wednesday 27 JP and 2 JP on Thursday 26 November.
	if got, want := len(days), 59; got != want {
		t.Errorf("teaching days: got %d, want %d", got, want)
	}
	last := got[len(got)-1]
	if line, want := sessionLine(last, p.Units), "2026-11-26 07:30-09:00 2 U8"; line != want {
		t.Errorf("last session: got %s, want %s", line, want)
	}
}

func TestGenerateSessionsErrors(t *testing.T) {
	mon := ymd(2026, 9, 7)
	allHolidays := map[string]string{}
	for d := mon; d.Before(mon.AddDate(2, 0, 0)); d = d.AddDate(0, 0, 1) {
		allHolidays[d.Format(DateLayout)] = "libur"
	}
	day := func(start, end string, breaks ...TimeRange) WeekPattern {
		return WeekPattern{time.Monday: {Start: start, End: end, Breaks: breaks}}
	}
	tests := []struct {
		name     string
		program  Program
		start    time.Time
		week     WeekPattern
		holidays map[string]string
		want     string
	}{
		{"JP zero", Program{JP: 0}, mon, DefaultWeekPattern(), nil, CodeScheduleJP},
		{"JP negative", Program{JP: -4}, mon, DefaultWeekPattern(), nil, CodeScheduleJP},
		{"units do not add up", Program{JP: 50, Units: []Unit{{JP: 20}, {JP: 20}}}, mon, DefaultWeekPattern(), nil, CodeScheduleUnitsJP},
		{"unit without JP", Program{JP: 20, Units: []Unit{{JP: 20}, {JP: 0}}}, mon, DefaultWeekPattern(), nil, CodeScheduleUnitJP},
		{"no start", testProgram(10), time.Time{}, DefaultWeekPattern(), nil, CodeRequired},
		{"empty week", testProgram(10), mon, WeekPattern{}, nil, CodeScheduleNoTeaching},
		{"nil week", testProgram(10), mon, nil, nil, CodeScheduleNoTeaching},
		{"days too short for a JP", testProgram(10), mon, day("07:30", "08:10"), nil, CodeScheduleNoTeaching},
		{"breaks leave no JP", testProgram(10), mon, day("07:30", "09:00", TimeRange{"08:00", "08:30"}), nil, CodeScheduleNoTeaching},
		{"end before start", testProgram(10), mon, day("16:00", "07:30"), nil, CodeScheduleBadPattern},
		{"bad time", testProgram(10), mon, day("7:3", "16:00"), nil, CodeScheduleBadPattern},
		{"end missing", testProgram(10), mon, day("07:30", ""), nil, CodeScheduleBadPattern},
		{"break outside the day", testProgram(10), mon, day("07:30", "12:00", TimeRange{"12:00", "13:00"}), nil, CodeScheduleBadPattern},
		{"break ends before it starts", testProgram(10), mon, day("07:30", "12:00", TimeRange{"10:15", "10:00"}), nil, CodeScheduleBadPattern},
		{"overlapping breaks", testProgram(10), mon, day("07:30", "16:00", TimeRange{"10:00", "10:30"}, TimeRange{"10:15", "10:45"}), nil, CodeScheduleBadPattern},
		{"no teaching day within a year", testProgram(10), mon, DefaultWeekPattern(), allHolidays, CodeScheduleNoDays},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := GenerateSessions(tt.program, tt.start, tt.week, tt.holidays)
			if code := problemCode(err); code != tt.want {
				t.Errorf("got %v (%q) and %d sessions, want problem %q", err, code, len(got), tt.want)
			}
		})
	}
}

func TestWeekPatternTimes(t *testing.T) {
	// Times as clerks type them; breaks in any order.
	w := WeekPattern{time.Tuesday: {Start: "7.30", End: "12:00", Breaks: []TimeRange{{"10:30", "10:45"}, {"9:00", "9:15"}}}}
	got, err := w[time.Tuesday].Blocks()
	if err != nil {
		t.Fatal(err)
	}
	want := []TimeRange{{"07:30", "08:15"}, {"08:15", "09:00"}, {"09:15", "10:00"}, {"10:45", "11:30"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if n, err := w.JPPerWeek(); n != 4 || err != nil {
		t.Errorf("JP per week: got %d, %v", n, err)
	}
	for _, tt := range []struct{ in, want string }{{"7:30", "07:30"}, {"07.30", "07:30"}, {" 16:00 ", "16:00"}, {"24:00", ""}, {"7", ""}, {"07:5", ""}, {"aa:bb", ""}} {
		got, ok := NormalizeTime(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("NormalizeTime(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestGenerateSchedule(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	p := schedProgram(t, s, "LAS", 20, 30)
	room, instr := schedRoom(t, s, "Bengkel Las 1"), schedInstructor(t, s, "Budi Santoso")
	classID := schedClass(t, s, p, "LAS-2026-03", ymd(2026, 8, 10), room, instr)
	if err := s.AddHoliday(ctx, Holiday{Date: ymd(2026, 8, 12), Name: "Cuti bersama"}); err != nil {
		t.Fatal(err)
	}

	got, err := s.GenerateSchedule(ctx, classID, DefaultWeekPattern(), false)
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
	if _, err := s.GenerateSchedule(ctx, classID, DefaultWeekPattern(), false); problemCode(err) != CodeScheduleExists {
		t.Errorf("generate again: got %v, want %s", err, CodeScheduleExists)
	}
	if again, _ := s.Sessions(ctx, classID); !reflect.DeepEqual(again, stored) {
		t.Errorf("a refused generation changed the sessions")
	}

	// Replace, with Fridays off: new sessions, new end date.
	week := DefaultWeekPattern()
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
	if _, err := s.GenerateSchedule(ctx, classID, WeekPattern{}, true); problemCode(err) != CodeScheduleNoTeaching {
		t.Errorf("empty week: got %v", err)
	}
	if kept, _ := s.Sessions(ctx, classID); !reflect.DeepEqual(kept, after) {
		t.Errorf("a failed replace changed the sessions")
	}

	if _, err := s.GenerateSchedule(ctx, "nope", DefaultWeekPattern(), false); !errors.Is(err, ErrNotFound) {
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
	for _, h := range []Holiday{{ymd(2026, 12, 14), "Cuti bersama"}, {ymd(2028, 1, 3), "Cuti bersama 2028"}} {
		if err := s.AddHoliday(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	// One JP on Mondays: 60 JP run into 2028, past the years read first.
	week := WeekPattern{time.Monday: {Start: "08:00", End: "08:45"}}
	got, err := s.GenerateSchedule(ctx, classID, week, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 60 {
		t.Fatalf("got %d sessions, want 60", len(got))
	}
	dates := map[string]bool{}
	for _, ss := range got {
		dates[ss.Date.Format(DateLayout)] = true
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
	if last, want := got[59].Date.Format(DateLayout), ymd(2026, 12, 7).AddDate(0, 0, 7*61).Format(DateLayout); last != want {
		t.Errorf("last session: got %s, want %s", last, want)
	}
}
