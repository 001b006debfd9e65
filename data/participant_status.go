package data

import (
	"maps"
	"slices"
	"strings"
	"time"
)

// The rules of a participant's status that need nothing but the status, the
// class's dates and the results: see enrolment.go for the whole set.

// IsActiveStatus reports whether a participant with status holds the seeker
// and a seat: registered, selected or active (not withdrawn, not finished
// with a result).
func IsActiveStatus(status string) bool {
	return status == ParticipantRegistered || status == ParticipantSelected || status == ParticipantActive
}

// IsFinalStatus reports whether status is a final result: graduated
// (kompeten) or not_competent (belum kompeten).
func IsFinalStatus(status string) bool {
	return status == ParticipantGraduated || status == ParticipantNotCompetent
}

// NewParticipantStatus checks the status a new participant starts with:
// registered (also for ""), selected or active.
func NewParticipantStatus(status string) (string, error) {
	if status == "" {
		return ParticipantRegistered, nil
	}
	if !IsActiveStatus(status) {
		return "", &Problem{Field: "status", Code: CodeBadEnrolStatus, Detail: status}
	}
	return status, nil
}

// CheckStatusChoice refuses a status that cannot be set by hand: an unknown
// one, and withdrawn, which Withdraw records with its date and reason.
func CheckStatusChoice(status string) error {
	if !slices.Contains(ParticipantStatuses, status) {
		return &Problem{Field: "status", Code: CodeBadChoice, Detail: status}
	}
	if status == ParticipantWithdrawn {
		return &Problem{Field: "status", Code: CodeStatusNeedsWithdraw}
	}
	return nil
}

// CheckFinalStatus refuses giving a final status to a participant who
// withdrew, before the class's end date (today is before classEnd), and
// graduated while a unit is BK.
func CheckFinalStatus(from, to string, classEnd, today time.Time, anyBK bool) error {
	switch {
	case from == ParticipantWithdrawn:
		return &Problem{Field: "status", Code: CodeAlreadyWithdrawn}
	case today.Before(classEnd):
		return &Problem{Field: "status", Code: CodeClassNotEnded, Detail: problemDate(classEnd)}
	case to == ParticipantGraduated && anyBK:
		return &Problem{Field: "status", Code: CodeGraduatedWithBK}
	}
	return nil
}

// CheckWithdrawal refuses recording a withdrawal on day on from a class
// ending on classEnd: of a participant already withdrawn or with a final
// result, and after the class's end.
func CheckWithdrawal(status string, classEnd, on time.Time) error {
	switch {
	case status == ParticipantWithdrawn:
		return &Problem{Field: "status", Code: CodeAlreadyWithdrawn}
	case IsFinalStatus(status):
		return &Problem{Field: "status", Code: CodeParticipantFinished}
	case on.After(classEnd):
		return &Problem{Field: "withdrawn_on", Code: CodeWithdrawAfterClass, Detail: problemDate(on)}
	}
	return nil
}

// CleanUnitResults checks the unit results given for a participant (unit ID
// → K or BK, any case, spaces ignored) against the units of the class's
// program: it returns them upper-cased, without the empty ones, or the
// Problem of the first bad one, in unit ID order.
func CleanUnitResults(units []string, results map[string]string) (map[string]string, error) {
	clean := map[string]string{}
	for _, unit := range slices.Sorted(maps.Keys(results)) {
		r := strings.ToUpper(strings.TrimSpace(results[unit]))
		if r == "" {
			continue
		}
		if !slices.Contains(units, unit) {
			return nil, &Problem{Field: "results", Code: CodeUnitNotInProgram, Detail: unit}
		}
		if r != ResultCompetent && r != ResultNotCompetent {
			return nil, &Problem{Field: "results", Code: CodeBadResult, Detail: results[unit]}
		}
		clean[unit] = r
	}
	return clean, nil
}

// StatusAfterResults is the status that a participant with status has once
// results (clean, for the program's units) are saved. Before the class has
// ended the status stays. From its end on, any BK makes the participant
// not_competent and K in every unit graduated; results that decide neither
// leave the status as it is, except that a final status no longer backed by
// them goes back to active.
func StatusAfterResults(status string, units []string, results map[string]string, classEnded bool) string {
	if !classEnded {
		return status
	}
	allK := len(units) > 0
	for _, unit := range units {
		switch results[unit] {
		case ResultNotCompetent:
			return ParticipantNotCompetent
		case ResultCompetent:
		default:
			allK = false
		}
	}
	switch {
	case allK:
		return ParticipantGraduated
	case IsFinalStatus(status):
		return ParticipantActive
	}
	return status
}
