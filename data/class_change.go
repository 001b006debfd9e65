package data

import (
	"strconv"
	"time"
)

// What an edited class must still agree with: its sessions and its
// participants. The form refuses the change, field by field, as it refuses
// any other bad value.

// Problem codes of changing a class.
const (
	CodeSessionsBeforeStart = "sessions_before_start" // Detail: the first session's date, DD-MM-YYYY
	CodeSessionsAfterEnd    = "sessions_after_end"    // Detail: the last session's date, DD-MM-YYYY
	CodeQuotaBelowEnrolled  = "quota_below_enrolled"  // Detail: the number of participants holding a seat
)

// ClassHolds is what a stored class already holds: the dates of its first
// and last session (zero without sessions) and its participants not
// withdrawn.
type ClassHolds struct {
	FirstSession, LastSession time.Time
	Enrolled                  int
}

// CheckClassChange refuses new values of a class (cleaned by CleanClass)
// that what it holds contradicts: a start after its first session, an end
// before its last one, a quota under the participants holding a seat. Move
// or regenerate the sessions, or withdraw participants, first.
func CheckClassChange(c Class, h ClassHolds) []Problem {
	var probs []Problem
	if !h.FirstSession.IsZero() && !c.Start.IsZero() && h.FirstSession.Before(c.Start) {
		probs = append(probs, Problem{Field: "start", Code: CodeSessionsBeforeStart, Detail: problemDate(h.FirstSession)})
	}
	if !h.LastSession.IsZero() && !c.End.IsZero() && h.LastSession.After(c.End) {
		probs = append(probs, Problem{Field: "end", Code: CodeSessionsAfterEnd, Detail: problemDate(h.LastSession)})
	}
	if c.Quota > 0 && c.Quota < h.Enrolled {
		probs = append(probs, Problem{Field: "quota", Code: CodeQuotaBelowEnrolled, Detail: strconv.Itoa(h.Enrolled)})
	}
	return probs
}
