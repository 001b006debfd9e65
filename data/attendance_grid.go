package data

import (
	"strings"
	"time"
)

// Attendee is a participant as attendance needs them: who, and the days
// between which they are expected.
type Attendee struct {
	ParticipantID string
	Name, NIK     string
	Status        string
	EnrolledOn    time.Time
	WithdrawnOn   time.Time // zero unless withdrawn
}

// AttendanceMark is one recorded mark.
type AttendanceMark struct {
	SessionID, ParticipantID string
	Code, Note               string
}

// NewAttendanceGrid lays a class's marks out as its grid: one row per
// attendee (in the order given) and one column per session (likewise), "-"
// where the attendee is not expected and no mark is recorded, with each
// row's counts, attended JP and percentage of the planned JP (the JP of all
// the sessions), below the minimum or not, and its standing on today
// (AttendanceStanding: so far, of the JP of the sessions up to today).
// Marks of other sessions or participants are left out.
func NewAttendanceGrid(classID string, sessions []Session, people []Attendee, marks []AttendanceMark, minPercent int, today time.Time) AttendanceGrid {
	g := AttendanceGrid{ClassID: classID, Sessions: sessions, MinPercent: minPercent}
	column := make(map[string]int, len(sessions))
	for j, ss := range sessions {
		column[ss.ID] = j
		g.PlannedJP += ss.JP
		if !ss.Date.After(today) {
			g.HeldJP += ss.JP
		}
	}
	row := make(map[string]int, len(people))
	g.Rows = make([]AttendanceRow, len(people))
	for i, p := range people {
		row[p.ParticipantID] = i
		r := AttendanceRow{ParticipantID: p.ParticipantID, Name: p.Name, NIK: p.NIK, Status: p.Status,
			Marks: make([]string, len(sessions)), Notes: make([]string, len(sessions))}
		for j, ss := range sessions {
			if NotExpectedReason(p.EnrolledOn, p.WithdrawnOn, ss.Date) != "" {
				r.Marks[j] = AttendanceNotExpected
			}
		}
		g.Rows[i] = r
	}
	heldJP := make([]int, len(people)) // JP attended of the sessions held: a mark ahead of time does not count yet
	for _, m := range marks {
		j, ok1 := column[m.SessionID]
		i, ok2 := row[m.ParticipantID]
		if !ok1 || !ok2 {
			continue
		}
		r := &g.Rows[i]
		r.Marks[j], r.Notes[j] = m.Code, m.Note
		switch m.Code {
		case AttendancePresent:
			r.Present++
			r.Attended++
			r.AttendedJP += sessions[j].JP
			if !sessions[j].Date.After(today) {
				heldJP[i] += sessions[j].JP
			}
		case AttendanceExcused:
			r.Excused++
		case AttendanceSick:
			r.Sick++
		case AttendanceAbsent:
			r.Absent++
		}
	}
	for i := range g.Rows {
		r := &g.Rows[i]
		f := AttendanceFacts{AttendedJP: heldJP[i], HeldJP: g.HeldJP, PlannedJP: g.PlannedJP, MinPercent: minPercent}
		r.Standing, r.SoFar = AttendanceStanding(f), AttendanceSoFar(f)
		if g.PlannedJP > 0 {
			r.Percent = AttendancePercent(r.AttendedJP, g.PlannedJP)
			r.Below = r.Percent < float64(minPercent)
		}
	}
	return g
}

// CheckCellMarks checks the marks of a filled-in sheet against the class's
// sessions and attendees before any is applied: it returns each mark's clean
// code ("" clears) and a CellProblem for every mark refused (an unknown
// code, a session or participant not of the class, a participant not
// expected at the session). A blank cell of a participant not expected is fine.
func CheckCellMarks(marks []CellMark, sessions []Session, people []Attendee) ([]string, []CellProblem) {
	dates := make(map[string]time.Time, len(sessions))
	for _, ss := range sessions {
		dates[ss.ID] = ss.Date
	}
	byID := make(map[string]Attendee, len(people))
	for _, p := range people {
		byID[p.ParticipantID] = p
	}
	var problems []CellProblem
	refuse := func(m CellMark, p Problem) { problems = append(problems, CellProblem{Cell: m.Cell, Problem: p}) }
	clean := make([]string, len(marks))
	for i, m := range marks {
		code, ok := NormalizeAttendanceCode(m.Code)
		date, okS := dates[m.SessionID]
		p, okP := byID[m.ParticipantID]
		switch {
		case strings.HasPrefix(m.Code, "="):
			// A formula Excel has not calculated: its cell would read as
			// empty and erase the mark recorded.
			refuse(m, Problem{Field: "code", Code: CodeAttendanceFormula, Detail: m.Code})
		case !ok:
			refuse(m, Problem{Field: "code", Code: CodeAttendanceBadCode, Detail: m.Code})
		case !okS:
			refuse(m, Problem{Field: "session", Code: CodeAttendanceUnknownSess, Detail: m.SessionID})
		case !okP:
			refuse(m, Problem{Field: "participant", Code: CodeAttendanceUnknownPerson, Detail: m.ParticipantID})
		case code != "":
			if reason := NotExpectedReason(p.EnrolledOn, p.WithdrawnOn, date); reason != "" {
				refuse(m, *NotExpectedProblem(reason, p.EnrolledOn, p.WithdrawnOn))
			}
		}
		clean[i] = code
	}
	return clean, problems
}
