package data

import (
	"fmt"
	"slices"
	"strconv"
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

// CleanClass trims and completes a class as the store keeps it (code
// upper-cased, dates as calendar days, the year from the start date, quota
// DefaultQuota for 0, the funding source's spelling) and checks the rules
// that need no database: program, code, start and end required, the end not
// before the start, a plausible year, a quota more than 0, a known funding
// source.
func CleanClass(c Class) (Class, []Problem) {
	var probs []Problem
	add := func(field, code, detail string) {
		probs = append(probs, Problem{Field: field, Code: code, Detail: detail})
	}
	c.ProgramID = strings.TrimSpace(c.ProgramID)
	c.Code = NormalizeClassCode(c.Code)
	c.Batch = strings.TrimSpace(c.Batch)
	c.RoomID = strings.TrimSpace(c.RoomID)
	c.InstructorID = strings.TrimSpace(c.InstructorID)
	c.Start, c.End = DateOf(c.Start), DateOf(c.End)
	if c.ProgramID == "" {
		add("program", CodeRequired, "")
	}
	if c.Code == "" {
		add("code", CodeRequired, "")
	}
	if c.Start.IsZero() {
		add("start", CodeRequired, "")
	}
	if c.End.IsZero() {
		add("end", CodeRequired, "")
	}
	if !c.Start.IsZero() && !c.End.IsZero() && c.End.Before(c.Start) {
		add("end", CodeDatesOutOfOrder, "")
	}
	if c.Year == 0 && !c.Start.IsZero() {
		c.Year = c.Start.Year()
	}
	if c.Year != 0 && (c.Year < 2000 || c.Year > 2100) {
		add("year", CodeBadYear, strconv.Itoa(c.Year))
	}
	switch {
	case c.Quota == 0:
		c.Quota = DefaultQuota
	case c.Quota < 0:
		add("quota", CodeQuotaNotPositive, strconv.Itoa(c.Quota))
	}
	c.Funding = strings.TrimSpace(c.Funding)
	if c.Funding != "" {
		i := slices.IndexFunc(FundingSources, func(s string) bool { return strings.EqualFold(s, c.Funding) })
		if i < 0 {
			add("funding", CodeBadFunding, c.Funding)
		} else {
			c.Funding = FundingSources[i]
		}
	}
	probs = append(probs, cleanClassTraining(&c)...)
	return c, probs
}

// SortClassProblems puts a class's problems in the order of the form's fields.
func SortClassProblems(ps []Problem) {
	order := []string{"program", "code", "year", "funding", "method", "type", "start", "end", "room", "instructor", "quota"}
	rank := func(field string) int {
		if i := slices.Index(order, field); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(ps, func(a, b Problem) int { return rank(a.Field) - rank(b.Field) })
}

// NextClassCode proposes the code of a new class of the program with code
// programCode in year: "<PROGRAMCODE>-<YEAR>-<NN>", NN the number after the
// highest that a code of taken already has (codes of another form are
// ignored), two digits at least: LAS-2026-01, LAS-2026-02 …
func NextClassCode(programCode string, year int, taken []string) string {
	prefix := fmt.Sprintf("%s-%d-", programCode, year)
	highest := 0
	for _, code := range taken {
		rest, ok := strings.CutPrefix(code, prefix)
		if !ok || rest == "" || strings.Trim(rest, "0123456789") != "" {
			continue
		}
		if n, err := strconv.Atoi(rest); err == nil && n > highest {
			highest = n
		}
	}
	return fmt.Sprintf("%s%02d", prefix, highest+1)
}
