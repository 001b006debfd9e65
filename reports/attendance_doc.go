package reports

import (
	"strconv"
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
	// HeldThrough is the last day whose sessions are held (today, while the
	// class runs): the % JP is then of the JP held up to it and a row is
	// marked only below the minimum so far or when the minimum can no longer
	// be reached (data.AttendanceStanding). Zero, or on or after the last
	// session: the final % of all the planned JP.
	HeldThrough time.Time
	// Printed is the place-date line's date and the PDF's creation date;
	// zero means now.
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
	JP, Plan   int // JP attended (H) and planned, of the sessions held
	AllPlan    int // JP planned, all sessions
}

// percent is the attended JP in % of the planned JP held, rounded down.
func (t attendanceTotals) percent() int {
	if t.Plan <= 0 {
		return 0
	}
	return t.JP * 100 / t.Plan
}

// held reports whether session s counts as held.
func (doc *AttendanceDoc) held(s int) bool {
	return doc.HeldThrough.IsZero() || !doc.Sessions[s].Date.After(doc.HeldThrough)
}

// heldPlan is the JP planned of the sessions held.
func (doc *AttendanceDoc) heldPlan() int {
	plan := 0
	for s, ses := range doc.Sessions {
		if doc.held(s) {
			plan += max(0, ses.JP)
		}
	}
	return plan
}

func (doc *AttendanceDoc) totals(p int) attendanceTotals {
	var t attendanceTotals
	for s, ses := range doc.Sessions {
		t.AllPlan += max(0, ses.JP)
		if !doc.held(s) {
			continue
		}
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

// below reports whether the participant's attendance calls for attention:
// under the minimum so far, or unable to reach it (after the end: under it).
func (doc *AttendanceDoc) below(t attendanceTotals) bool {
	return data.AttendanceFlagged(data.AttendanceStanding(data.AttendanceFacts{
		AttendedJP: t.JP, HeldJP: t.Plan, PlannedJP: t.AllPlan, MinPercent: doc.minPercent()}))
}

// percentLegend says what the % JP column counts and which rows are marked.
func (doc *AttendanceDoc) percentLegend() string {
	plan, held := doc.plan(), doc.heldPlan()
	if held >= plan {
		return ". % = JP hadir dari " + strconv.Itoa(plan) + " JP terjadwal; minimum " +
			strconv.Itoa(doc.minPercent()) + "% (baris berwarna: di bawah minimum)."
	}
	return ". % = JP hadir dari " + strconv.Itoa(held) + " JP yang sudah berlangsung s.d. " +
		data.FormatDate(doc.HeldThrough, "id") + " (" + strconv.Itoa(plan) + " JP terjadwal); minimum " +
		strconv.Itoa(doc.minPercent()) + "% (baris berwarna: di bawah minimum sejauh ini, atau tidak dapat lagi mencapainya)."
}
