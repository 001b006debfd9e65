package reports

import (
	"strings"
	"time"

	"balai/data"
)

// AttendanceDoc is what the attendance sheet (daftar hadir) of one class
// prints or exports: the caller gathers it from the store.
type AttendanceDoc struct {
	Institution                                                       data.Institution
	ClassCode, ProgramName, Kejuruan, Batch, RoomName, InstructorName string
	InstructorNIP                                                     string
	Start, End                                                        time.Time
	Sessions                                                          []AttendanceSession // in order
	People                                                            []AttendancePerson  // in order
	// Marks[person][session]: "", "H", "I", "S", "A", or "-" (not expected:
	// not yet enrolled, or withdrawn).
	Marks [][]string
	// Blank prints the sheet before the sessions: empty boxes for
	// signatures, no totals.
	Blank   bool
	MaskNIK bool
	// MinPercent is the minimum attendance, in % of the planned JP; 0 means 80.
	MinPercent int
	// Printed is the PDF's creation date, and the place-date line's when
	// there are no sessions; zero means now.
	Printed time.Time
	// SignDate is the place-date line's date; zero means the last session's.
	SignDate time.Time
	// From and To are the range of dates the sheet holds, when it holds part
	// of the class's sessions (see Between); zero for all of them.
	From, To time.Time
}

// Between is doc with only the sessions from from to to, both included (a
// zero from or to leaves that end open), and their marks: a sheet for one
// week or a range of dates.
func (doc AttendanceDoc) Between(from, to time.Time) AttendanceDoc {
	if from.IsZero() && to.IsZero() {
		return doc
	}
	out := doc
	out.From, out.To = from, to
	out.Sessions, out.Marks = nil, make([][]string, len(doc.Marks))
	for s, ses := range doc.Sessions {
		if !inRange(ses.Date, from, to) {
			continue
		}
		out.Sessions = append(out.Sessions, ses)
		for p := range doc.Marks {
			m := ""
			if s < len(doc.Marks[p]) {
				m = doc.Marks[p][s]
			}
			out.Marks[p] = append(out.Marks[p], m)
		}
	}
	return out
}

// inRange reports whether day t is from from to to, both included; a zero
// end is open.
func inRange(t, from, to time.Time) bool {
	d := civilDate(t)
	return (from.IsZero() || !d.Before(civilDate(from))) && (to.IsZero() || !d.After(civilDate(to)))
}

func civilDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// signDate is the date of the place-date line: SignDate, else the last
// session's, else printed.
func (doc *AttendanceDoc) signDate(printed time.Time) time.Time {
	switch {
	case !doc.SignDate.IsZero():
		return doc.SignDate
	case len(doc.Sessions) > 0 && !doc.Sessions[len(doc.Sessions)-1].Date.IsZero():
		return doc.Sessions[len(doc.Sessions)-1].Date
	}
	return printed
}

// AttendanceSession is one session (column) of the sheet.
type AttendanceSession struct {
	ID         string
	Date       time.Time
	Start, End string // "07:30"
	JP         int
}

// AttendancePerson is one participant (row) of the sheet.
type AttendancePerson struct {
	ID, Name, NIK string
}

// Attendance codes.
const (
	MarkPresent     = "H" // hadir
	MarkExcused     = "I" // izin
	MarkSick        = "S" // sakit
	MarkAbsent      = "A" // alpa
	MarkNotExpected = "-" // not enrolled yet, or withdrawn
)

// attendanceLegend explains the codes under the table.
const attendanceLegend = "Keterangan: H = hadir, I = izin, S = sakit, A = alpa, – = belum terdaftar/mengundurkan diri"

// mark is the code of person p at session s, upper-cased.
func (doc *AttendanceDoc) mark(p, s int) string {
	if p < len(doc.Marks) && s < len(doc.Marks[p]) {
		return strings.ToUpper(strings.TrimSpace(doc.Marks[p][s]))
	}
	return ""
}

// plan is the JP planned: all sessions'.
func (doc *AttendanceDoc) plan() int {
	plan := 0
	for _, s := range doc.Sessions {
		plan += max(0, s.JP)
	}
	return plan
}

func (doc *AttendanceDoc) minPercent() int {
	if doc.MinPercent <= 0 {
		return 80
	}
	return doc.MinPercent
}

// attendanceTotals are one participant's counts.
type attendanceTotals struct {
	H, I, S, A int
	JP, Plan   int // JP attended (H), JP planned (all sessions)
}

// percent is the attended JP in % of the planned JP, rounded down.
func (t attendanceTotals) percent() int {
	if t.Plan <= 0 {
		return 0
	}
	return t.JP * 100 / t.Plan
}

func (doc *AttendanceDoc) totals(p int) attendanceTotals {
	var t attendanceTotals
	for s, ses := range doc.Sessions {
		t.Plan += max(0, ses.JP)
		switch doc.mark(p, s) {
		case MarkPresent:
			t.H++
			t.JP += max(0, ses.JP)
		case MarkExcused:
			t.I++
		case MarkSick:
			t.S++
		case MarkAbsent:
			t.A++
		}
	}
	return t
}

// below reports whether the participant's attendance is under the minimum.
func (doc *AttendanceDoc) below(t attendanceTotals) bool {
	return t.Plan > 0 && t.JP*100 < doc.minPercent()*t.Plan
}
