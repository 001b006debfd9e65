package reports

import (
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// ScheduleDoc is what the training schedule (jadwal pelatihan) of one class
// prints: the caller gathers it from the store.
type ScheduleDoc struct {
	Institution    data.Institution
	Class          data.Class
	ProgramName    string // the sub-kejuruan: "Las SMAW 3G"
	Kejuruan       string
	ProgramJP      int    // the program's total JP
	RoomName       string // the class's room
	InstructorName string // the class's lead instructor
	Rows           []ScheduleRow
	// Printed is the date of the place-date line and the PDF's creation
	// date; the same doc printed at the same time gives the same bytes.
	// Zero means now.
	Printed time.Time
	// From and To are the range of dates the schedule holds, when it holds
	// part of the class's sessions (see Between); zero for all of them.
	From, To time.Time
}

// Between is doc with only the sessions from from to to, both included (a
// zero end is open).
func (doc ScheduleDoc) Between(from, to time.Time) ScheduleDoc {
	if from.IsZero() && to.IsZero() {
		return doc
	}
	out := doc
	out.From, out.To, out.Rows = from, to, nil
	for _, r := range doc.Rows {
		if inRange(r.Date, from, to) {
			out.Rows = append(out.Rows, r)
		}
	}
	return out
}

// ScheduleRow is one session of the schedule, in the order printed.
type ScheduleRow struct {
	Date       time.Time
	Start, End string // "07:30", "11:00"
	JP         int
	UnitCode   string // "" for a session without a unit (opening, test)
	UnitTitle  string
	Instructor string
	Room       string
}

// WriteSchedulePDF writes the schedule of a class in portrait on paper: the
// letterhead, the title, the class data, the sessions table (its header
// repeated on every page, the days shaded in turn), the total JP, and the
// head of the institution's sign-off.
func WriteSchedulePDF(w io.Writer, doc ScheduleDoc, paper Paper) error {
	printed := doc.Printed
	if printed.IsZero() {
		printed = time.Now()
	}
	pdf := newPDF(paper, Portrait, printed)
	pdf.SetTitle(pdfText(strings.TrimSpace("Jadwal Pelatihan "+strings.TrimSpace(doc.Class.Code))), true)
	pdf.SetSubject(pdfText(doc.ProgramName), true)
	pdf.SetAuthor(pdfText(lastLine(doc.Institution.Lines)), true)
	l, err := measureBeforeFirstPage(pdf, func(m *gofpdf.Fpdf) (scheduleLayout, error) {
		return layoutSchedule(m, doc, printed)
	})
	if err != nil {
		return err
	}
	if err := drawSchedule(pdf, l); err != nil {
		return err
	}
	return writePDF(w, pdf, l.Note)
}

// drawSchedule draws l page by page.
func drawSchedule(pdf *gofpdf.Fpdf, l scheduleLayout) error {
	d := newPageDrawer(pdf, l.Pages, l.Left, l.Width)
	d.to(0)
	if err := drawDocHead(pdf, l.Head, l.Left, l.Width); err != nil {
		return err
	}
	for _, r := range l.Rows {
		d.to(r.Page)
		drawTableRow(pdf, l.Columns, l.Left, r)
	}
	d.to(l.SignOff.Page)
	drawSignOff(pdf, l.SignOff)
	return nil
}
