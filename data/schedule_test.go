package data

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"testing"
	"time"
)

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

func TestFormatHHMM(t *testing.T) {
	for m, want := range map[int]string{0: "00:00", 450: "07:30", 765: "12:45", 23*60 + 59: "23:59"} {
		if got := FormatHHMM(m); got != want {
			t.Errorf("FormatHHMM(%d) = %q, want %q", m, got, want)
		}
		if back, ok := ParseHHMM(want); !ok || back != m {
			t.Errorf("ParseHHMM(%q) = %d, %v", want, back, ok)
		}
	}
}
