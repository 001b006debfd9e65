package data

import (
	"time"
)

// Sessions of a class, edited by hand after the generator; conflicts of
// instructors and rooms; calendar data across classes.
//
// Sessions of cancelled classes never conflict with others and are left out
// of the calendar.

// Problem codes of sessions.
const (
	CodeSessionBadTime   = "session_bad_time"            // Detail: the time as given
	CodeSessionTimeOrder = "session_end_before_start"    // Detail: "start-end" as given
	CodeSessionJP        = "session_jp_not_positive"     // Detail: the JP given
	CodeSessionJPTooLong = "session_jp_exceed_time"      // Detail: "4 JP, 07:30-09:45"
	CodeSessionUnit      = "session_unit_not_in_program" // Detail: the unit ID
)

// Kinds of conflict.
const (
	ConflictInstructor = "instructor"
	ConflictRoom       = "room"
)

// Conflict is another session that books the same instructor or room at an
// overlapping time on the same day.
type Conflict struct {
	SessionID   string // the session checked ("" for one not saved yet)
	Kind        string // ConflictInstructor or ConflictRoom
	Other       Session
	ClassCode   string // the other session's class
	ProgramName string
}

// CalendarFilter picks the sessions of a calendar view: From and To (both
// included; zero = open) and, when set, one instructor or room.
type CalendarFilter struct {
	From, To     time.Time
	InstructorID string
	RoomID       string
}

// CalendarEntry is a session with the names a calendar shows.
type CalendarEntry struct {
	Session
	ClassCode      string
	ProgramName    string
	UnitCode       string
	UnitTitle      string
	InstructorName string
	RoomName       string
}
