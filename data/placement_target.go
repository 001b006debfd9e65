package data

import (
	"strings"
	"time"
)

// Which participant a placement read from a list (keyed by NIK) belongs to.
//
// Rules (ChooseTarget):
//   - a class code given in the row picks that class of the seeker; a code
//     of a class the seeker is not in rejects the row;
//   - otherwise a class the seeker did not withdraw from is preferred, and
//     among those the one that ended last on or before the placement's start
//     (when it is known), else the one that ended last;
//   - a seeker in no class has nothing to record a placement for.

// Problem codes of placements read from a list.
const (
	CodeNIKNotRegistered = "nik_not_registered" // Detail: the NIK
	CodeNIKInNoClass     = "nik_in_no_class"    // Detail: the seeker's name
	CodeNotInClass       = "not_in_class"       // Detail: the class code
	CodePlacementTwice   = "placement_twice"    // Detail: the row that has the same participant
)

// PlacementTarget is one class of a seeker that a placement can be recorded for.
type PlacementTarget struct {
	ParticipantID string
	ClassCode     string
	Start, End    time.Time
	Status        string    // the participant's status
	Current       Placement // the placement in force; zero when none
}

// SeekerTargets are a registered seeker and their classes.
type SeekerTargets struct {
	SeekerID, Name string
	Targets        []PlacementTarget
}

// MergePlacement completes a placement read from a list that leaves cells
// empty (or has no such column, as the ministry's list has no salary) with
// what the record in force says, when both say the same status and the row
// names the same employer or none: a list never erases what is recorded.
// A new status or another employer starts afresh.
func MergePlacement(current, row Placement) Placement {
	if current.Status != row.Status || (row.Employer != "" && !strings.EqualFold(row.Employer, current.Employer)) {
		return row
	}
	fill := func(v *string, cur string) {
		if *v == "" {
			*v = cur
		}
	}
	fill(&row.Employer, current.Employer)
	fill(&row.Position, current.Position)
	fill(&row.Field, current.Field)
	fill(&row.City, current.City)
	fill(&row.Kind, current.Kind)
	fill(&row.Salary, current.Salary)
	fill(&row.Match, current.Match)
	fill(&row.Note, current.Note)
	if row.Start.IsZero() {
		row.Start = current.Start
	}
	return row
}

// ChooseTarget picks the class of a placement starting on start (zero: not
// known) for a row that names classCode ("" when it names none).
func ChooseTarget(s SeekerTargets, classCode string, start time.Time) (PlacementTarget, *Problem) {
	if len(s.Targets) == 0 {
		return PlacementTarget{}, &Problem{Field: "nik", Code: CodeNIKInNoClass, Detail: s.Name}
	}
	if code := NormalizeClassCode(classCode); code != "" {
		for _, t := range s.Targets {
			if strings.EqualFold(t.ClassCode, code) {
				return t, nil
			}
		}
		return PlacementTarget{}, &Problem{Field: "class", Code: CodeNotInClass, Detail: code}
	}
	better := func(a, b PlacementTarget) bool { // a is a better choice than b
		aw, bw := a.Status == ParticipantWithdrawn, b.Status == ParticipantWithdrawn
		if aw != bw {
			return bw
		}
		if !start.IsZero() {
			aFits, bFits := !a.End.After(start), !b.End.After(start)
			if aFits != bFits {
				return aFits
			}
		}
		return a.End.After(b.End)
	}
	best := s.Targets[0]
	for _, t := range s.Targets[1:] {
		if better(t, best) {
			best = t
		}
	}
	return best, nil
}
