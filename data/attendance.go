package data

import (
	"strings"
	"time"
)

// Attendance (daftar hadir): one mark per participant and session.
//
// Rules:
//   - The codes are H hadir (present), I izin (excused), S sakit (sick) and
//     A alpa (absent); no mark is "" (not recorded yet).
//   - A participant is expected at a session when enrolled on or before the
//     session's date and not withdrawn on or before it (withdrawn_on empty or
//     later than the session's date). Every status counts: registered,
//     selected, active, graduated, not_competent, and withdrawn until the
//     withdrawal date. A participant not expected cannot be marked: a late
//     joiner is "not yet enrolled" for earlier sessions, not alpa.
//   - Attended JP are the JP of the sessions marked H; the percentage is of
//     the class's planned JP (the JP of all its sessions, past and future),
//     compared with the minimum (setting, default 80%). While the class runs
//     a participant is judged on the JP held so far (attendance_standing.go).
//   - A participant with marks cannot be unenrolled (ErrInUse: withdraw
//     instead) and a session with marks cannot be deleted (the references
//     are RESTRICT).
//
// Every write is one transaction, holding the write lock from its start.

// Attendance codes.
const (
	AttendancePresent = "H" // hadir
	AttendanceExcused = "I" // izin
	AttendanceSick    = "S" // sakit
	AttendanceAbsent  = "A" // alpa
	// AttendanceNotExpected is the grid's cell of a participant not expected at a session.
	AttendanceNotExpected = "-"
)

// AttendanceCodes are the codes in the order the sheets show them.
var AttendanceCodes = []string{AttendancePresent, AttendanceExcused, AttendanceSick, AttendanceAbsent}

// Reasons a participant is not expected at a session (SessionMark.Reason).
const (
	NotYetEnrolled   = "not_enrolled_yet"
	AlreadyWithdrawn = "withdrawn"
)

// DefaultMinAttendance is the minimum attendance, in percent of the planned
// JP, when none is set.
const DefaultMinAttendance = 80

// Problem codes of attendance.
const (
	CodeAttendanceBadCode       = "attendance_bad_code"            // Detail: the code given
	CodeAttendanceFormula       = "attendance_formula"             // a formula without a value where a code goes; Detail: the formula
	CodeAttendanceNotEnrolled   = "attendance_not_enrolled"        // Detail: the enrolment date, DD-MM-YYYY
	CodeAttendanceWithdrawn     = "attendance_withdrawn"           // Detail: the withdrawal date, DD-MM-YYYY
	CodeAttendanceOtherClass    = "attendance_other_class"         // the participant is not in the session's class
	CodeAttendanceUnknownSess   = "attendance_unknown_session"     // Detail: the session ID
	CodeAttendanceUnknownPerson = "attendance_unknown_participant" // Detail: the participant ID
	CodeBadMinAttendance        = "bad_min_attendance"             // Detail: the value given
)

// SessionMark is one participant's line of a session's sheet.
type SessionMark struct {
	ParticipantID string
	Name, NIK     string
	Status        string // the participant's status in the class
	Code          string // H, I, S, A or "" (no mark)
	Note          string
	Expected      bool   // enrolled and not withdrawn on the session's date
	Reason        string // when not expected: NotYetEnrolled or AlreadyWithdrawn
}

// AttendanceRow is one participant's row of the class grid.
type AttendanceRow struct {
	ParticipantID string
	Name, NIK     string
	Status        string
	Marks         []string // per session: "", H, I, S, A or "-" (not expected)
	Notes         []string // per session
	Attended      int      // sessions marked H
	AttendedJP    int      // JP of the sessions marked H
	Percent       float64  // AttendedJP in percent of the class's planned JP
	Present       int      // count of H
	Excused       int      // count of I
	Sick          int      // count of S
	Absent        int      // count of A
	Below         bool     // Percent under the minimum
	SoFar         float64  // AttendedJP in percent of the JP held up to today
	Standing      string   // AttendanceOK, AttendanceBelowSoFar or AttendanceOutOfReach
}

// AttendanceGrid is a class's participants × sessions with totals.
type AttendanceGrid struct {
	ClassID    string
	Sessions   []Session       // by date and start time
	Rows       []AttendanceRow // by name
	PlannedJP  int             // JP of all the class's sessions
	HeldJP     int             // JP of the sessions up to today (all of them once the class ended)
	MinPercent int             // the minimum attendance setting
}

// CellMark is one mark to apply, from a spreadsheet cell (Cell, e.g. "F7").
type CellMark struct {
	SessionID     string
	ParticipantID string
	Code          string // H, I, S, A (any case, spaces ignored); "" or "-" clears
	Cell          string
}

// CellProblem is a mark refused, with the cell it came from.
type CellProblem struct {
	Cell string
	Problem
}

// NormalizeAttendanceCode cleans a mark as typed: H, I, S or A in any case,
// spaces around ignored; "" and "-" are no mark and give "". ok is false for
// anything else.
func NormalizeAttendanceCode(code string) (clean string, ok bool) {
	c := strings.ToUpper(strings.TrimSpace(code))
	switch c {
	case "", AttendanceNotExpected:
		return "", true
	case AttendancePresent, AttendanceExcused, AttendanceSick, AttendanceAbsent:
		return c, true
	}
	return "", false
}

// NotExpectedReason says why a participant enrolled on enrolled and
// withdrawn on withdrawn (zero if not) is not expected at a session on date:
// NotYetEnrolled or AlreadyWithdrawn; "" when expected.
func NotExpectedReason(enrolled, withdrawn, date time.Time) string {
	if enrolled.After(date) {
		return NotYetEnrolled
	}
	if !withdrawn.IsZero() && !withdrawn.After(date) {
		return AlreadyWithdrawn
	}
	return ""
}

// NotExpectedProblem is the problem of marking a participant who is not
// expected at a session, for the reason NotExpectedReason gave.
func NotExpectedProblem(reason string, enrolled, withdrawn time.Time) *Problem {
	if reason == NotYetEnrolled {
		return &Problem{Field: "participant", Code: CodeAttendanceNotEnrolled, Detail: problemDate(enrolled)}
	}
	return &Problem{Field: "participant", Code: CodeAttendanceWithdrawn, Detail: problemDate(withdrawn)}
}
