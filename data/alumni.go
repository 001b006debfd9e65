package data

import "time"

// AlumniRow is a participant with the seeker, the class and its program, the
// attendance and the placement in force: a line of the lists sent upward
// (the ministry's participant list) and of the placements export.
type AlumniRow struct {
	ParticipantID string
	NIK, Name     string
	Sex           string
	BirthPlace    string
	BirthDate     time.Time
	Education     string
	Disability    string
	Phone         string

	ClassCode, Batch      string
	ProgramName, Kejuruan string
	Method, Type, Funding string
	JP                    int // the program's
	Start, End            time.Time
	ClassCancelled        bool

	Status      string // the participant's status in the class
	AttendedJP  int    // JP of the sessions marked H
	PlannedJP   int    // JP of the class's sessions
	Certificate string // the number of the certificate in force; "" when none

	Placement Placement // the placement in force; zero when none
}

// AttendancePercent is the attendance in percent of the planned JP; ok is
// false when the class has no sessions.
func (r AlumniRow) AttendancePercent() (float64, bool) {
	if r.PlannedJP <= 0 {
		return 0, false
	}
	return AttendancePercent(r.AttendedJP, r.PlannedJP), true
}

// AlumniFilter selects the rows of AlumniRows.
type AlumniFilter struct {
	Year             int    // the classes' year; 0: every year
	ClassID          string // one class; "": all
	IncludeWithdrawn bool
}

// ClassPlacement is a participant of a class with the placement in force,
// for the class's placement list and the placement form.
type ClassPlacement struct {
	ParticipantID string
	Name, NIK     string
	Sex, Phone    string
	Status        string    // the participant's status in the class
	ClassCode     string    // the class
	ProgramName   string    // its program
	ClassEnd      time.Time // its end
	Current       Placement // zero when none
	Records       int       // placement records kept
}
