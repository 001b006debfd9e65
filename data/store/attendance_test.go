package store_test

import (
	"balai/data/store"

	"context"
	"errors"
	"math"
	"testing"
	"time"

	"balai/data"
)

// attendanceFixture is the demo's running class (started Monday 9 November
// 2026, 16 participants enrolled a week before, the last one by name
// withdrawn today) with a late joiner enrolled on lateOn and a participant
// withdrawn on withdrawOn.
type attendanceFixture struct {
	s                    *store.Store
	class                data.Class
	sessions             []data.Session
	late, withdrawn, one string // participant IDs
	lateOn, withdrawOn   time.Time
}

func newAttendanceFixture(t *testing.T) attendanceFixture {
	t.Helper()
	s := openTestStore(t)
	ctx := context.Background()
	codes := addDemoClasses(t, s)
	c, err := s.ClassByCode(ctx, codes[1])
	if err != nil {
		t.Fatal(err)
	}
	f := attendanceFixture{s: s, class: c, lateOn: ymd(2026, 11, 16), withdrawOn: ymd(2026, 11, 18)}
	f.sessions, err = s.Sessions(ctx, c.ID)
	if err != nil || len(f.sessions) < 10 {
		t.Fatalf("sessions: %d, %v", len(f.sessions), err)
	}
	extra, err := s.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortRegistered, Desc: true}, 48, 1)
	if err != nil || len(extra) != 1 {
		t.Fatalf("extra seeker: %v", err)
	}
	p, err := s.Enrol(ctx, c.ID, extra[0].ID, data.EnrolOptions{Status: data.ParticipantActive, On: f.lateOn, OverrideQuota: true})
	if err != nil {
		t.Fatal(err)
	}
	f.late = p.ID
	parts, err := s.Participants(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range parts {
		if pr.Status != data.ParticipantActive || pr.ID == f.late {
			continue
		}
		if f.withdrawn == "" {
			f.withdrawn = pr.ID
			if err := s.Withdraw(ctx, pr.ID, f.withdrawOn, "Pindah kota"); err != nil {
				t.Fatal(err)
			}
		} else if f.one == "" {
			f.one = pr.ID
		}
	}
	return f
}

// sessionOn returns the first session on day.
func (f attendanceFixture) sessionOn(t *testing.T, day time.Time) data.Session {
	t.Helper()
	for _, ss := range f.sessions {
		if ss.Date.Equal(day) {
			return ss
		}
	}
	t.Fatalf("no session on %s", day.Format(data.DateLayout))
	return data.Session{}
}

func TestMarkAttendanceRules(t *testing.T) {
	f := newAttendanceFixture(t)
	ctx := context.Background()
	before := f.sessionOn(t, ymd(2026, 11, 10))  // before the late joiner, before the withdrawal
	between := f.sessionOn(t, ymd(2026, 11, 17)) // after joining, before the withdrawal
	onDay := f.sessionOn(t, f.withdrawOn)        // the withdrawal day: not counted
	tests := []struct {
		name        string
		session     data.Session
		participant string
		code        string
		wantCode    string
	}{
		{"late joiner before enrolment", before, f.late, "H", data.CodeAttendanceNotEnrolled},
		{"late joiner after enrolment", between, f.late, "H", ""},
		{"late joiner on enrolment day", f.sessionOn(t, f.lateOn), f.late, "i", ""},
		{"withdrawn before withdrawal", between, f.withdrawn, "S", ""},
		{"withdrawn on withdrawal day", onDay, f.withdrawn, "H", data.CodeAttendanceWithdrawn},
		{"withdrawn: clearing is fine", onDay, f.withdrawn, "", ""},
		{"unknown code", before, f.one, "X", data.CodeAttendanceBadCode},
		{"dash is no code to mark", before, f.one, "-", data.CodeAttendanceBadCode},
		{"regular", before, f.one, "A", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := f.s.MarkAttendance(ctx, tt.session.ID, tt.participant, tt.code, "")
			if got := problemCode(err); got != tt.wantCode || (tt.wantCode == "" && err != nil) {
				t.Fatalf("got %v (code %q), want code %q", err, got, tt.wantCode)
			}
		})
	}
	if err := f.s.MarkAttendance(ctx, "nope", f.one, "H", ""); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown session: got %v", err)
	}
	if err := f.s.MarkAttendance(ctx, before.ID, "nope", "H", ""); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown participant: got %v", err)
	}

	sheet, err := f.s.SessionSheet(ctx, before.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(sheet) != 17 {
		t.Fatalf("sheet: %d lines, want 17", len(sheet))
	}
	for i, m := range sheet {
		if i > 0 && sheet[i-1].Name > m.Name {
			t.Errorf("sheet not in name order: %q before %q", sheet[i-1].Name, m.Name)
		}
		switch m.ParticipantID {
		case f.late:
			if m.Expected || m.Reason != data.NotYetEnrolled {
				t.Errorf("late joiner: %+v", m)
			}
		case f.one:
			if !m.Expected || m.Code != data.AttendanceAbsent {
				t.Errorf("marked participant: %+v", m)
			}
		default:
			if !m.Expected {
				t.Errorf("%s not expected: %+v", m.Name, m)
			}
		}
	}
	sheet, _ = f.s.SessionSheet(ctx, onDay.ID)
	for _, m := range sheet {
		if m.ParticipantID == f.withdrawn && (m.Expected || m.Reason != data.AlreadyWithdrawn) {
			t.Errorf("withdrawn on the day: %+v", m)
		}
	}
	// Clearing removes the mark and its note.
	if err := f.s.MarkAttendance(ctx, before.ID, f.one, "I", " surat keluarga "); err != nil {
		t.Fatal(err)
	}
	sheet, _ = f.s.SessionSheet(ctx, before.ID)
	for _, m := range sheet {
		if m.ParticipantID == f.one && (m.Code != "I" || m.Note != "surat keluarga") {
			t.Errorf("note: %+v", m)
		}
	}
	if err := f.s.MarkAttendance(ctx, before.ID, f.one, "", ""); err != nil {
		t.Fatal(err)
	}
	sheet, _ = f.s.SessionSheet(ctx, before.ID)
	for _, m := range sheet {
		if m.ParticipantID == f.one && (m.Code != "" || m.Note != "") {
			t.Errorf("cleared: %+v", m)
		}
	}
}

func TestMarkAllPresentThenExceptions(t *testing.T) {
	f := newAttendanceFixture(t)
	ctx := context.Background()
	tests := []struct {
		day  time.Time
		want int // expected participants
	}{
		{ymd(2026, 11, 10), 16}, // late joiner not yet enrolled
		{ymd(2026, 11, 17), 17}, // everyone
		{f.withdrawOn, 16},      // the withdrawn one left that day
	}
	for _, tt := range tests {
		ss := f.sessionOn(t, tt.day)
		if err := f.s.MarkAttendance(ctx, ss.ID, f.one, "S", "demam"); err != nil {
			t.Fatal(err)
		}
		n, err := f.s.MarkAllPresent(ctx, ss.ID)
		if err != nil {
			t.Fatal(err)
		}
		if n != tt.want-1 {
			t.Errorf("%s: marked %d, want %d", tt.day.Format(data.DateLayout), n, tt.want-1)
		}
		if n, _ := f.s.MarkAllPresent(ctx, ss.ID); n != 0 {
			t.Errorf("second time: marked %d", n)
		}
		sheet, _ := f.s.SessionSheet(ctx, ss.ID)
		for _, m := range sheet {
			switch {
			case m.ParticipantID == f.one:
				if m.Code != "S" || m.Note != "demam" {
					t.Errorf("exception overwritten: %+v", m)
				}
			case m.Expected && m.Code != "H", !m.Expected && m.Code != "":
				t.Errorf("%s: %+v", tt.day.Format(data.DateLayout), m)
			}
		}
	}
	if _, err := f.s.MarkAllPresent(ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown session: %v", err)
	}
}

func TestClassAttendanceGrid(t *testing.T) {
	f := newAttendanceFixture(t)
	ctx := context.Background()
	var planned int
	for _, ss := range f.sessions {
		planned += ss.JP
	}
	// Everyone present at every session before today, then exceptions.
	var pastJP, past int
	for _, ss := range f.sessions {
		if !ss.Date.Before(data.DateOf(testNow)) {
			break
		}
		if _, err := f.s.MarkAllPresent(ctx, ss.ID); err != nil {
			t.Fatal(err)
		}
		pastJP += ss.JP
		past++
	}
	first := f.sessions[0]
	if err := f.s.MarkAttendance(ctx, first.ID, f.one, "A", ""); err != nil {
		t.Fatal(err)
	}
	if err := f.s.MarkAttendance(ctx, f.sessions[1].ID, f.one, "I", ""); err != nil {
		t.Fatal(err)
	}
	g, err := f.s.ClassAttendance(ctx, f.class.ID)
	if err != nil {
		t.Fatal(err)
	}
	if g.PlannedJP != planned || g.MinPercent != 80 || len(g.Sessions) != len(f.sessions) || len(g.Rows) != 17 {
		t.Fatalf("grid: planned %d (want %d), min %d, %d sessions, %d rows", g.PlannedJP, planned, g.MinPercent,
			len(g.Sessions), len(g.Rows))
	}
	jpBefore := func(day time.Time, withDay bool) (jp, n int) {
		for _, ss := range f.sessions {
			if ss.Date.Before(day) || (withDay && ss.Date.Equal(day)) {
				jp += ss.JP
				n++
			}
		}
		return
	}
	for _, r := range g.Rows {
		var wantJP, wantN int
		switch r.ParticipantID {
		case f.one:
			wantJP, wantN = pastJP-first.JP-f.sessions[1].JP, past-2
			if r.Absent != 1 || r.Excused != 1 || r.Marks[0] != "A" || r.Marks[1] != "I" {
				t.Errorf("exceptions: %+v", r)
			}
		case f.late:
			jp, n := jpBefore(f.lateOn, false)
			wantJP, wantN = pastJP-jp, past-n
			if r.Marks[0] != data.AttendanceNotExpected {
				t.Errorf("late joiner's first cell: %q", r.Marks[0])
			}
		case f.withdrawn:
			wantJP, wantN = jpBefore(f.withdrawOn, false)
			if r.Marks[len(r.Marks)-1] != data.AttendanceNotExpected {
				t.Errorf("withdrawn's last cell: %q", r.Marks[len(r.Marks)-1])
			}
		default:
			wantJP, wantN = pastJP, past
		}
		if r.AttendedJP != wantJP || r.Attended != wantN || r.Present != wantN {
			t.Errorf("%s: %d JP in %d sessions (H %d), want %d JP in %d", r.Name, r.AttendedJP, r.Attended, r.Present, wantJP, wantN)
		}
		wantPct := float64(wantJP) * 100 / float64(planned)
		if math.Abs(r.Percent-wantPct) > 1e-9 || r.Below != (wantPct < 80) {
			t.Errorf("%s: %.2f%% below %v, want %.2f%%", r.Name, r.Percent, r.Below, wantPct)
		}
	}
	if _, err := f.s.ClassAttendance(ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: %v", err)
	}
}

func TestMinAttendanceSetting(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if got, err := s.MinAttendance(ctx); err != nil || got != data.DefaultMinAttendance {
		t.Fatalf("default: %d, %v", got, err)
	}
	for _, tt := range []struct {
		pct  int
		want string
	}{{0, data.CodeBadMinAttendance}, {101, data.CodeBadMinAttendance}, {-5, data.CodeBadMinAttendance}, {75, ""}, {100, ""}, {1, ""}} {
		err := s.SetMinAttendance(ctx, tt.pct)
		if got := problemCode(err); got != tt.want || (tt.want == "" && err != nil) {
			t.Errorf("%d: got %v", tt.pct, err)
		}
		if tt.want == "" {
			if got, _ := s.MinAttendance(ctx); got != tt.pct {
				t.Errorf("%d: read back %d", tt.pct, got)
			}
		}
	}
}

func TestApplyAttendanceMarksAllOrNothing(t *testing.T) {
	f := newAttendanceFixture(t)
	ctx := context.Background()
	before := f.sessionOn(t, ymd(2026, 11, 10))
	onDay := f.sessionOn(t, f.withdrawOn)
	good := []data.CellMark{
		{SessionID: before.ID, ParticipantID: f.one, Code: " h ", Cell: "F7"},
		{SessionID: onDay.ID, ParticipantID: f.one, Code: "s", Cell: "G7"},
		{SessionID: before.ID, ParticipantID: f.late, Code: "-", Cell: "F8"}, // not expected, blank: fine
		{SessionID: onDay.ID, ParticipantID: f.withdrawn, Code: "", Cell: "G9"},
	}
	bad := []data.CellMark{
		{SessionID: before.ID, ParticipantID: f.one, Code: "X", Cell: "F10"},
		{SessionID: before.ID, ParticipantID: f.late, Code: "H", Cell: "F11"},
		{SessionID: onDay.ID, ParticipantID: f.withdrawn, Code: "A", Cell: "G12"},
		{SessionID: "nope", ParticipantID: f.one, Code: "H", Cell: "Z1"},
		{SessionID: before.ID, ParticipantID: "nope", Code: "H", Cell: "F99"},
	}
	changed, problems, err := f.s.ApplyAttendanceMarks(ctx, f.class.ID, append(append([]data.CellMark{}, good...), bad...))
	if err != nil {
		t.Fatal(err)
	}
	wantProblems := map[string]string{"F10": data.CodeAttendanceBadCode, "F11": data.CodeAttendanceNotEnrolled,
		"G12": data.CodeAttendanceWithdrawn, "Z1": data.CodeAttendanceUnknownSess, "F99": data.CodeAttendanceUnknownPerson}
	if changed != 0 || len(problems) != len(wantProblems) {
		t.Fatalf("changed %d, problems %+v", changed, problems)
	}
	for _, p := range problems {
		if wantProblems[p.Cell] != p.Code {
			t.Errorf("cell %s: got %s, want %s", p.Cell, p.Code, wantProblems[p.Cell])
		}
	}
	g, _ := f.s.ClassAttendance(ctx, f.class.ID)
	for _, r := range g.Rows {
		if r.Present+r.Excused+r.Sick+r.Absent != 0 {
			t.Fatalf("half applied: %+v", r)
		}
	}
	changed, problems, err = f.s.ApplyAttendanceMarks(ctx, f.class.ID, good)
	if err != nil || len(problems) != 0 || changed != 2 {
		t.Fatalf("good marks: changed %d, problems %v, err %v", changed, problems, err)
	}
	changed, _, _ = f.s.ApplyAttendanceMarks(ctx, f.class.ID, good)
	if changed != 0 {
		t.Errorf("again: changed %d, want 0", changed)
	}
	changed, _, _ = f.s.ApplyAttendanceMarks(ctx, f.class.ID, []data.CellMark{{SessionID: before.ID, ParticipantID: f.one, Cell: "F7"}})
	if changed != 1 {
		t.Errorf("clear: changed %d, want 1", changed)
	}
	if _, _, err := f.s.ApplyAttendanceMarks(ctx, "nope", good); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: %v", err)
	}
}

func TestUnenrolRefusedOnceMarked(t *testing.T) {
	f := newAttendanceFixture(t)
	ctx := context.Background()
	// A registered participant (the late joiner, set back to registered) with a mark.
	if err := f.s.SetParticipantStatus(ctx, f.late, data.ParticipantRegistered); err != nil {
		t.Fatal(err)
	}
	ss := f.sessionOn(t, ymd(2026, 11, 17))
	if err := f.s.MarkAttendance(ctx, ss.ID, f.late, "H", ""); err != nil {
		t.Fatal(err)
	}
	if err := f.s.Unenrol(ctx, f.late); !errors.Is(err, data.ErrInUse) {
		t.Fatalf("unenrol with attendance: got %v, want ErrInUse", err)
	}
	if _, err := f.s.Participant(ctx, f.late); err != nil {
		t.Fatalf("participant gone: %v", err)
	}
	// A session with marks cannot be deleted either (the reference is RESTRICT).
	if err := f.s.DeleteSession(ctx, ss.ID); !errors.Is(err, data.ErrInUse) {
		t.Errorf("delete a session with marks: got %v, want ErrInUse", err)
	}
	// Once the mark is cleared the mistaken enrolment can be undone.
	if err := f.s.MarkAttendance(ctx, ss.ID, f.late, "", ""); err != nil {
		t.Fatal(err)
	}
	if err := f.s.Unenrol(ctx, f.late); err != nil {
		t.Fatalf("unenrol without attendance: %v", err)
	}
}
