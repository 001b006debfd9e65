package office

import (
	"context"

	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// ScheduleDoc gathers what the schedule (jadwal pelatihan) of a class prints.
func ScheduleDoc(ctx context.Context, st *store.Store, classID string) (reports.ScheduleDoc, error) {
	page, err := LoadClassPage(ctx, st, classID)
	if err != nil {
		return reports.ScheduleDoc{}, err
	}
	inst := page.Institution
	class := page.Class
	doc := reports.ScheduleDoc{Class: class, Printed: st.Now(), Institution: inst,
		ProgramName: page.Program.Name, Kejuruan: page.Program.Kejuruan, ProgramJP: page.Program.JP,
		RoomName: page.RoomName(class.RoomID), InstructorName: page.InstructorName(class.InstructorID)}
	for _, s := range page.Sessions {
		u, _ := page.Unit(s.UnitID)
		doc.Rows = append(doc.Rows, reports.ScheduleRow{Date: s.Date, Start: s.Start, End: s.End, JP: s.JP,
			UnitCode: u.Code, UnitTitle: u.Title, Instructor: page.InstructorName(s.InstructorID), Room: page.RoomName(s.RoomID)})
	}
	return doc, nil
}

// AttendanceDoc gathers the attendance sheet (daftar hadir) of a class: its
// sessions, participants and marks, the NIK masked.
func AttendanceDoc(ctx context.Context, st *store.Store, classID string) (reports.AttendanceDoc, error) {
	page, err := LoadClassPage(ctx, st, classID)
	if err != nil {
		return reports.AttendanceDoc{}, err
	}
	inst, grid := page.Institution, page.Attendance
	class := page.Class
	lead := page.instructor(class.InstructorID)
	doc := reports.AttendanceDoc{Institution: inst, ClassCode: class.Code, ProgramName: page.Program.Name,
		Kejuruan: page.Program.Kejuruan, Batch: class.Batch, RoomName: page.RoomName(class.RoomID),
		InstructorName: lead.Name, InstructorNIP: lead.NIP,
		Start: class.Start, End: class.End, MinPercent: grid.MinPercent, Printed: st.Now(), MaskNIK: true,
		HeldThrough: data.DateOf(st.Now())}
	for _, s := range grid.Sessions {
		doc.Sessions = append(doc.Sessions, reports.AttendanceSession{ID: s.ID, Date: s.Date, Start: s.Start, End: s.End, JP: s.JP})
	}
	for _, r := range grid.Rows {
		doc.People = append(doc.People, reports.AttendancePerson{ID: r.ParticipantID, Name: r.Name, NIK: r.NIK})
		doc.Marks = append(doc.Marks, r.Marks)
	}
	return doc, nil
}

// instructor is an instructor of the page, the zero one for none.
func (d *ClassPage) instructor(id string) data.Instructor {
	for _, in := range d.Instructors {
		if in.ID == id {
			return in
		}
	}
	return data.Instructor{}
}
