package data

import (
	"slices"
	"strconv"
	"time"
)

// Tracer study: the centre calls its alumni 3, 6 and 12 months after their
// class ended and records what they do.
//
// Rules:
//   - Round R of a class is due R months after its end date (the same day
//     of the month, or the month's last day when it has no such day) and
//     stays open until the next round is due; the 12-month round stays open
//     6 months. A closed round is not listed as due any more.
//   - Everyone who was in the class and did not withdraw is called.
//   - Each call is recorded with its outcome. An answered call is the round's
//     answer (its placement record carries the round). Three calls without
//     an answer make the participant tidak terlacak for that round (the store
//     records that as a placement); a later answered call still counts.

// TracerRounds are the months after a class's end at which alumni are called.
var TracerRounds = []int{3, 6, 12}

// TracerMaxFailedCalls is how many calls without an answer make a
// participant tidak terlacak for a round.
const TracerMaxFailedCalls = 3

// Call outcomes.
const (
	CallAnswered    = "answered"
	CallNoAnswer    = "no_answer"    // rang, nobody answered
	CallUnreachable = "unreachable"  // the number is off or out of service
	CallWrongNumber = "wrong_number" // someone else answered
)

// CallOutcomes lists the outcomes in the order the form offers them.
var CallOutcomes = []string{CallAnswered, CallNoAnswer, CallUnreachable, CallWrongNumber}

// CodeBadCallOutcome: a call outcome that is not one of CallOutcomes.
// Detail: the outcome given.
const CodeBadCallOutcome = "bad_call_outcome"

// TracerCall is one call to a participant in a round.
type TracerCall struct {
	ID            int64
	ParticipantID string
	Round         int
	Outcome       string
	Note          string
	CalledBy      string
	CalledAt      time.Time
}

// A participant's state in a round.
const (
	TracerPending  = "pending"  // not called yet
	TracerTrying   = "trying"   // called, not reached yet
	TracerReached  = "reached"  // answered
	TracerUntraced = "untraced" // TracerMaxFailedCalls calls without an answer
)

// TracerState is the state of a participant in a round from the round's
// calls, and how many of them went unanswered.
func TracerState(calls []TracerCall) (state string, failed int) {
	answered := false
	for _, c := range calls {
		if c.Outcome == CallAnswered {
			answered = true
		} else {
			failed++
		}
	}
	switch {
	case answered:
		return TracerReached, failed
	case failed >= TracerMaxFailedCalls:
		return TracerUntraced, failed
	case failed > 0:
		return TracerTrying, failed
	}
	return TracerPending, 0
}

// CheckCall checks a call's round and outcome.
func CheckCall(c TracerCall) []Problem {
	var probs []Problem
	if !slices.Contains(TracerRounds, c.Round) {
		probs = append(probs, Problem{Field: "round", Code: CodeBadTracerRound, Detail: strconv.Itoa(c.Round)})
	}
	if !slices.Contains(CallOutcomes, c.Outcome) {
		probs = append(probs, Problem{Field: "outcome", Code: CodeBadCallOutcome, Detail: c.Outcome})
	}
	return probs
}

// AddMonths is t moved by n calendar months, kept in its month: 31 January
// plus one month is 28 (or 29) February, not 3 March.
func AddMonths(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, t.Location())
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(t.Day(), last), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// RoundDue is the day round is due for a class that ended on classEnd.
func RoundDue(classEnd time.Time, round int) time.Time { return AddMonths(classEnd, round) }

// RoundCloses is the first day round is no longer open: the next round's
// due day, and for the last round 6 months after it is due.
func RoundCloses(classEnd time.Time, round int) time.Time {
	i := slices.Index(TracerRounds, round)
	if i >= 0 && i+1 < len(TracerRounds) {
		return RoundDue(classEnd, TracerRounds[i+1])
	}
	return AddMonths(RoundDue(classEnd, round), 6)
}

// TracerRoundSummary is one round of one class, with how far its calls are.
type TracerRoundSummary struct {
	ClassID, ClassCode, ProgramName, Batch string
	ClassEnd                               time.Time
	Round                                  int
	Due, Closes                            time.Time
	People                                 int // participants called in the round
	Reached, Untraced, Trying, Pending     int
}

// Open reports whether the round is open on day today.
func (r TracerRoundSummary) Open(today time.Time) bool {
	return !today.Before(r.Due) && today.Before(r.Closes)
}

// Remaining is how many participants the round still has to reach.
func (r TracerRoundSummary) Remaining() int { return r.Trying + r.Pending }

// Count adds a participant in state to the summary.
func (r *TracerRoundSummary) Count(state string) {
	r.People++
	switch state {
	case TracerReached:
		r.Reached++
	case TracerUntraced:
		r.Untraced++
	case TracerTrying:
		r.Trying++
	default:
		r.Pending++
	}
}

// TracerRoundsOf are the summaries of a class's rounds (People and counts
// left at zero) for a class that ended on end.
func TracerRoundsOf(s TracerRoundSummary, end time.Time) []TracerRoundSummary {
	out := make([]TracerRoundSummary, len(TracerRounds))
	for i, r := range TracerRounds {
		out[i] = s
		out[i].ClassEnd, out[i].Round = end, r
		out[i].Due, out[i].Closes = RoundDue(end, r), RoundCloses(end, r)
	}
	return out
}

// TracerPerson is one participant of a round's call list.
type TracerPerson struct {
	ParticipantID string
	Name, NIK     string
	Sex           string
	Phone         string
	Education     string
	Status        string    // the participant's status in the class
	Last          Placement // the newest placement; zero when none
	State         string    // TracerState in the round
	Failed        int       // calls of the round without an answer
	Calls         []TracerCall
}

// TracerSheet is a round's call list: the class and its participants by name.
type TracerSheet struct {
	Round    TracerRoundSummary
	Kejuruan string
	People   []TracerPerson
}
