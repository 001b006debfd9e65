package data

import "time"

// MinutesPerJP is the length of one jam pelajaran (JP).
const MinutesPerJP = 45

// Program is a training package (sub-kejuruan), e.g. "Las SMAW 3G" of kejuruan
// Las, with its competency units in teaching order.
type Program struct {
	ID          string
	Code        string // short code used in class codes: LAS
	Name        string
	Kejuruan    string
	JP          int
	Description string
	Units       []Unit
	ArchivedAt  time.Time // zero unless archived
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Unit is a competency unit (unit kompetensi) of a program.
type Unit struct {
	ID    string
	Code  string // free text, e.g. an SKKNI code
	Title string
	JP    int
}

// Instructor teaches classes. NIP is the 18-digit civil-servant number or
// another ID number.
type Instructor struct {
	ID         string
	Name       string
	NIP        string
	Phone      string
	Kejuruan   string
	ArchivedAt time.Time // zero unless archived
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Room is a classroom or workshop.
type Room struct {
	ID         string
	Name       string
	Capacity   int
	ArchivedAt time.Time // zero unless archived
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Funding sources of a class.
var FundingSources = []string{"APBD Kota", "APBD Provinsi", "APBN", "Lainnya"}

// Class is one intake (angkatan) of a program.
type Class struct {
	ID           string
	ProgramID    string
	Code         string // LAS-2026-01
	Batch        string // "Angkatan I"
	Year         int
	Funding      string
	Start, End   time.Time
	RoomID       string // "" when not set
	InstructorID string // lead instructor, "" when not set
	Quota        int
	Method       string    // one of TrainingMethods, "" when not set
	Type         string    // jenis pelatihan: one of TrainingTypes or as typed
	CancelledAt  time.Time // zero unless cancelled
	ArchivedAt   time.Time // zero unless archived
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Class statuses: derived from the dates unless the class is cancelled.
const (
	ClassPlanned   = "planned"
	ClassRunning   = "running"
	ClassFinished  = "finished"
	ClassCancelled = "cancelled"
)

// Status is the class's status on day today.
func (c Class) Status(today time.Time) string {
	switch {
	case !c.CancelledAt.IsZero():
		return ClassCancelled
	case today.Before(c.Start):
		return ClassPlanned
	case today.After(c.End):
		return ClassFinished
	}
	return ClassRunning
}

// Session is one teaching block of a class on one day.
type Session struct {
	ID           string
	ClassID      string
	Date         time.Time
	Start, End   string // "07:30", "11:00"
	JP           int
	UnitID       string
	InstructorID string
	RoomID       string
	Note         string
}

// Holiday is a day without training: a fixed national holiday or one the user entered.
type Holiday struct {
	Date time.Time
	Name string
}

// Participant statuses.
const (
	ParticipantRegistered   = "registered"
	ParticipantSelected     = "selected"
	ParticipantActive       = "active"
	ParticipantWithdrawn    = "withdrawn"
	ParticipantGraduated    = "graduated"     // kompeten
	ParticipantNotCompetent = "not_competent" // belum kompeten
)

// ParticipantStatuses lists the statuses in their usual order.
var ParticipantStatuses = []string{ParticipantRegistered, ParticipantSelected, ParticipantActive,
	ParticipantWithdrawn, ParticipantGraduated, ParticipantNotCompetent}

// Participant is a seeker enrolled in a class.
type Participant struct {
	ID             string
	ClassID        string
	SeekerID       string
	Status         string
	EnrolledOn     time.Time
	WithdrawnOn    time.Time
	WithdrawReason string
	Score          *float64          // optional final score
	OverQuota      bool              // enrolled past the quota by explicit override
	Results        map[string]string // unit ID → "K" or "BK"
}

// Unit results.
const (
	ResultCompetent    = "K"
	ResultNotCompetent = "BK"
)
