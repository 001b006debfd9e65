package data

import (
	"time"
)

// Enrolment: seekers in classes (participants), their status, withdrawal and
// final results.
//
// Rules:
//   - A seeker is enrolled only in a class that is not cancelled, only while
//     not archived, and only once per class.
//   - The participants not withdrawn fill the quota; enrolling past it needs
//     an explicit override, which is recorded on the participant (OverQuota).
//   - A seeker cannot be active (registered, selected or active) in two
//     classes whose dates overlap (both days included). A withdrawal or a final
//     result (graduated, not_competent) in the other class frees the seeker;
//     so does that class's cancellation.
//   - Withdrawal is recorded by Withdraw, with a date and a reason. The final
//     statuses (graduated = kompeten, not_competent = belum kompeten) are given
//     from the class's end date on, by SetResults from the unit results or by
//     hand with SetParticipantStatus.
//
// Every write checks its rules in the transaction that writes, after taking
// the database's write lock, so that two windows enrolling at once cannot both
// take the last seat; a refusal saves nothing.

// EnrolOptions are the choices of an enrolment.
type EnrolOptions struct {
	Status        string    // registered (default), selected or active
	OverrideQuota bool      // enrol past the quota on purpose; the participant is marked OverQuota
	On            time.Time // enrolment date; zero means today
}

// Problem codes of enrolment.
const (
	CodeClassFull           = "class_full"              // Detail "16/16": participants not withdrawn / quota
	CodeClassOverlap        = "class_overlap"           // Detail: the code of the other class
	CodeAlreadyEnrolled     = "already_enrolled"        // Detail: the class code
	CodeClassCancelled      = "class_cancelled"         // Detail: the class code
	CodeSeekerArchived      = "seeker_archived"         // Detail: the seeker's name
	CodeBadEnrolStatus      = "bad_enrol_status"        // Detail: the status asked for
	CodeStatusNeedsWithdraw = "status_needs_withdraw"   // withdrawn is set by Withdraw only
	CodeClassNotEnded       = "class_not_ended"         // Detail: the class's end date, DD-MM-YYYY
	CodeGraduatedWithBK     = "graduated_with_bk"       // a unit is BK
	CodeMissingReason       = "missing_withdraw_reason" // Withdraw without a reason
	CodeWithdrawAfterClass  = "withdraw_after_class"    // Detail: the date, DD-MM-YYYY
	CodeAlreadyWithdrawn    = "already_withdrawn"       // the participant has withdrawn
	CodeParticipantFinished = "participant_finished"    // the participant has a final status
	CodeUnitNotInProgram    = "unit_not_in_program"     // Detail: the unit ID
	CodeBadResult           = "bad_result"              // Detail: the result given
	CodeBadScore            = "bad_score"               // Detail: the score given
	CodeCannotUnenrol       = "cannot_unenrol"          // active or later: withdraw instead
)

// Outcomes of one line of an enrolment list.
const (
	EnrolOutcomeEnrolled      = "enrolled"
	EnrolOutcomeAlready       = "already_in_class"
	EnrolOutcomeNotRegistered = "not_registered" // no seeker has the NIK
	EnrolOutcomeInvalidNIK    = "invalid_nik"
	EnrolOutcomeRefused       = "refused" // archived seeker, quota, overlapping class
)

// EnrolLine is what became of one NIK of a list.
type EnrolLine struct {
	Line          int    // position in the list, from 1
	Raw           string // the NIK as given
	NIK           string // the clean NIK; "" when invalid
	Outcome       string // one of the EnrolOutcome… values
	SeekerID      string // "" when not registered
	Name          string
	ParticipantID string   // the new participant, when enrolled
	OverQuota     bool     // enrolled past the quota by override
	Problem       *Problem // why a line is invalid or refused; for already_in_class the class
}

// EnrolReport is the result of EnrolNIKs: one line per NIK given (blank ones
// are skipped) and the count of each outcome.
type EnrolReport struct {
	Lines                                                 []EnrolLine
	Enrolled, Already, NotRegistered, InvalidNIK, Refused int
}

// ParticipantRow is a participant with the seeker's details, for a class's list.
type ParticipantRow struct {
	Participant
	Name, NIK, Sex, Phone string
}

// SeekerClass is one class of a seeker, for the seeker's page.
type SeekerClass struct {
	ParticipantID  string
	ClassID        string
	ClassCode      string
	Batch          string
	ProgramName    string
	Start, End     time.Time
	ClassStatus    string // the class's status today: planned, running, finished, cancelled
	Status         string // the seeker's status in the class
	EnrolledOn     time.Time
	WithdrawnOn    time.Time
	WithdrawReason string
	Score          *float64
	Units          int // units of the program
	Competent      int // units with K
	NotCompetent   int // units with BK
}
