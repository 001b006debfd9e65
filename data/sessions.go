package data

import (
	"fmt"
	"strconv"
	"strings"
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

// SessionMinutes reads a session's start and end, in minutes from midnight:
// times HH:MM (7:30 and 07.30 are read too), the end after the start.
func SessionMinutes(ss Session) (start, end int, err error) {
	start, ok := ParseHHMM(ss.Start)
	if !ok {
		return 0, 0, &Problem{Field: "start", Code: CodeSessionBadTime, Detail: ss.Start}
	}
	end, ok = ParseHHMM(ss.End)
	if !ok {
		return 0, 0, &Problem{Field: "end", Code: CodeSessionBadTime, Detail: ss.End}
	}
	if end <= start {
		return 0, 0, &Problem{Field: "end", Code: CodeSessionTimeOrder, Detail: FormatHHMM(start) + "-" + FormatHHMM(end)}
	}
	return start, end, nil
}

// CleanSession checks a session given by hand and returns it as stored:
// the date set (as a calendar day), times HH:MM with the end after the
// start, JP more than 0 and fitting in the time, the note trimmed.
func CleanSession(ss Session) (Session, error) {
	if ss.Date.IsZero() {
		return ss, &Problem{Field: "date", Code: CodeRequired}
	}
	ss.Date = DateOf(ss.Date)
	start, end, err := SessionMinutes(ss)
	if err != nil {
		return ss, err
	}
	ss.Start, ss.End = FormatHHMM(start), FormatHHMM(end)
	if ss.JP <= 0 {
		return ss, &Problem{Field: "jp", Code: CodeSessionJP, Detail: strconv.Itoa(ss.JP)}
	}
	if ss.JP*MinutesPerJP > end-start {
		return ss, &Problem{Field: "jp", Code: CodeSessionJPTooLong, Detail: fmt.Sprintf("%d JP, %s-%s", ss.JP, ss.Start, ss.End)}
	}
	ss.Note = strings.TrimSpace(ss.Note)
	return ss, nil
}
