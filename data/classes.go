package data

import (
	"strings"
)

// Classes (angkatan): one intake of a program, with its dates, room, lead
// instructor and quota. The status is derived from the dates (Class.Status)
// unless the class is cancelled.
//
// Problem fields: "program", "code", "start", "end", "year", "quota",
// "funding", "room", "instructor".

// DefaultQuota is the quota of a class when none is given: the usual 16 participants.
const DefaultQuota = 16

// ClassStatuses lists the class statuses in their usual order.
var ClassStatuses = []string{ClassPlanned, ClassRunning, ClassFinished, ClassCancelled}

// Problem codes of classes.
const (
	CodeUnknownProgram       = "unknown_program"        // the chosen program does not exist
	CodeProgramArchived      = "program_archived"       // Detail: the program's name
	CodeClassCodeTaken       = "class_code_taken"       // Detail: the code
	CodeDatesOutOfOrder      = "dates_out_of_order"     // the end date is before the start date
	CodeBadYear              = "bad_year"               // Detail: the year given
	CodeQuotaNotPositive     = "quota_not_positive"     // Detail: the quota given
	CodeBadFunding           = "bad_funding"            // Detail: the funding source given
	CodeUnknownRoom          = "unknown_room"           // the chosen room does not exist
	CodeUnknownInstructor    = "unknown_instructor"     // the chosen instructor does not exist
	CodeClassProgramFixed    = "class_program_fixed"    // the program of a class with sessions or participants
	CodeClassHasSessions     = "class_has_sessions"     // Detail: the number of sessions
	CodeClassHasParticipants = "class_has_participants" // Detail: the number of participants
)

// NormalizeClassCode is a class code as stored: trimmed and upper-cased.
func NormalizeClassCode(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// ClassFilter selects classes for the class list.
type ClassFilter struct {
	Year            int    // 0: every year
	Kejuruan        string // the program's kejuruan; "": all
	Status          string // one of ClassStatuses; "": all
	Query           string // part of the class code, the program's code or its name
	IncludeArchived bool
}

// ClassSummary is a line of the class list: a class with what the list shows of it.
type ClassSummary struct {
	Class          Class
	ProgramName    string
	ProgramCode    string
	Kejuruan       string
	ProgramJP      int
	RoomName       string // "" when the class has no room
	InstructorName string // the lead instructor, "" when none
	Enrolled       int    // participants not withdrawn
	Status         string // Class.Status on the store's today
}
