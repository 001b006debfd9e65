package data

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNotExpectedReason(t *testing.T) {
	day := ymd(2026, 9, 10)
	tests := []struct {
		name                string
		enrolled, withdrawn string
		want                string
	}{
		{"enrolled before", "2026-09-01", "", ""},
		{"enrolled that day", "2026-09-10", "", ""},
		{"enrolled later", "2026-09-11", "", NotYetEnrolled},
		{"withdrawn later", "2026-09-01", "2026-09-11", ""},
		{"withdrawn that day", "2026-09-01", "2026-09-10", AlreadyWithdrawn},
		{"withdrawn before", "2026-09-01", "2026-09-09", AlreadyWithdrawn},
	}
	for _, tt := range tests {
		if got := NotExpectedReason(isoDate(t, tt.enrolled), isoDate(t, tt.withdrawn), day); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if p := NotExpectedProblem(NotYetEnrolled, ymd(2026, 9, 11), ymd(1, 1, 1)); p.Code != CodeAttendanceNotEnrolled || p.Detail != "11-09-2026" {
		t.Errorf("not enrolled problem %+v", p)
	}
	if p := NotExpectedProblem(AlreadyWithdrawn, ymd(2026, 9, 1), ymd(2026, 9, 9)); p.Code != CodeAttendanceWithdrawn || p.Detail != "09-09-2026" {
		t.Errorf("withdrawn problem %+v", p)
	}
}

func TestNormalizeAttendanceCode(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{{"H", "H", true}, {" s ", "S", true}, {"a", "A", true}, {"i", "I", true}, {"", "", true}, {"-", "", true}, {"X", "", false}, {"HH", "", false}}
	for _, tt := range tests {
		if got, ok := NormalizeAttendanceCode(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("NormalizeAttendanceCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// attendanceFacts are three sessions (the second of 2 JP) and three
// attendees: one there throughout, one who joined late, one who withdrew.
func attendanceFacts() ([]Session, []Attendee) {
	sessions := []Session{
		{ID: "s1", Date: ymd(2026, 9, 1), JP: 4},
		{ID: "s2", Date: ymd(2026, 9, 2), JP: 2},
		{ID: "s3", Date: ymd(2026, 9, 3), JP: 4},
	}
	people := []Attendee{
		{ParticipantID: "p1", Name: "Ani", Status: ParticipantActive, EnrolledOn: ymd(2026, 8, 20)},
		{ParticipantID: "p2", Name: "Budi", Status: ParticipantActive, EnrolledOn: ymd(2026, 9, 2)},
		{ParticipantID: "p3", Name: "Citra", Status: ParticipantWithdrawn, EnrolledOn: ymd(2026, 8, 20), WithdrawnOn: ymd(2026, 9, 3)},
	}
	return sessions, people
}

func TestNewAttendanceGrid(t *testing.T) {
	sessions, people := attendanceFacts()
	marks := []AttendanceMark{
		{"s1", "p1", "H", ""}, {"s2", "p1", "S", "demam"}, {"s3", "p1", "H", ""},
		{"s2", "p2", "H", ""}, {"s3", "p2", "A", ""},
		{"s1", "p3", "H", ""}, {"s2", "p3", "I", ""},
		{"s9", "p1", "H", ""}, {"s1", "p9", "H", ""}, // another class's: left out
	}
	g := NewAttendanceGrid("c1", sessions, people, marks, 80, ymd(2026, 9, 30))
	if g.ClassID != "c1" || g.PlannedJP != 10 || g.MinPercent != 80 || len(g.Sessions) != 3 {
		t.Fatalf("grid %s %d JP min %d, %d sessions", g.ClassID, g.PlannedJP, g.MinPercent, len(g.Sessions))
	}
	var got []string
	for _, r := range g.Rows {
		got = append(got, fmt.Sprintf("%s %s H%d I%d S%d A%d %dJP %.0f%% below=%v notes=%s", r.Name, strings.Join(r.Marks, ""),
			r.Present, r.Excused, r.Sick, r.Absent, r.AttendedJP, r.Percent, r.Below, strings.Join(r.Notes, "|")))
	}
	want := []string{
		"Ani HSH H2 I0 S1 A0 8JP 80% below=false notes=|demam|",
		"Budi -HA H1 I0 S0 A1 2JP 20% below=true notes=||",
		"Citra HI- H1 I1 S0 A0 4JP 40% below=true notes=||",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n got %q\nwant %q", got, want)
	}
	for _, r := range g.Rows {
		if r.Standing != AttendanceOK && !r.Below || r.SoFar != r.Percent {
			t.Errorf("after the end %s: standing %q, so far %v, final %v", r.Name, r.Standing, r.SoFar, r.Percent)
		}
	}
	// Mid-course (the second day: 6 JP held) everyone is judged on what was held.
	mid := NewAttendanceGrid("c1", sessions, people, marks, 80, ymd(2026, 9, 2))
	got = nil
	for _, r := range mid.Rows {
		got = append(got, fmt.Sprintf("%s %.0f%% of %d JP held: %s", r.Name, r.SoFar, mid.HeldJP, r.Standing))
	}
	want = []string{
		"Ani 67% of 6 JP held: below_so_far",
		"Budi 33% of 6 JP held: out_of_reach",
		"Citra 67% of 6 JP held: below_so_far",
	}
	if !slices.Equal(got, want) {
		t.Errorf("mid-course\n got %q\nwant %q", got, want)
	}
	if empty := NewAttendanceGrid("c1", nil, people, nil, 80, ymd(2026, 9, 30)); empty.PlannedJP != 0 || empty.Rows[0].Below || empty.Rows[0].Percent != 0 {
		t.Errorf("a class without sessions: %+v", empty.Rows[0])
	}
}

func TestCheckCellMarks(t *testing.T) {
	sessions, people := attendanceFacts()
	marks := []CellMark{
		{"s1", "p1", " h", "D5"},
		{"s1", "p2", "-", "D6"}, // blank cell of someone not expected: fine
		{"s1", "p2", "H", "D7"}, // not yet enrolled
		{"s3", "p3", "a", "F8"}, // withdrawn that day
		{"s1", "p1", "X", "D9"},
		{"s9", "p1", "H", "Z5"},
		{"s2", "p9", "", "E9"},
	}
	clean, problems := CheckCellMarks(marks, sessions, people)
	if want := []string{"H", "", "H", "A", "", "H", ""}; !slices.Equal(clean, want) {
		t.Errorf("clean codes %q, want %q", clean, want)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Cell+" "+p.Code+" "+p.Detail)
	}
	want := []string{
		"D7 attendance_not_enrolled 02-09-2026",
		"F8 attendance_withdrawn 03-09-2026",
		"D9 attendance_bad_code X",
		"Z5 attendance_unknown_session s9",
		"E9 attendance_unknown_participant p9",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems\n got %q\nwant %q", got, want)
	}
}

// isoDate reads "2006-01-02", "" as the zero date.
func isoDate(t *testing.T, s string) (d time.Time) {
	t.Helper()
	if s == "" {
		return d
	}
	d, ok := ParseDate(s)
	if !ok {
		t.Fatalf("bad date %q", s)
	}
	return d
}
