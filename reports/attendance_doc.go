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
	// Printed is the place-date line's date and the PDF's creation date;
	// zero means now.
	Printed time.Time
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
