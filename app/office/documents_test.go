package office

import (
	"bytes"
	"context"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"

	"balai/data"
	"balai/reports"
)

func TestScheduleDoc(t *testing.T) {
	st := openStore(t)
	_, running, _ := demoClasses(t, st)
	ctx := context.Background()
	doc, err := ScheduleDoc(ctx, st, running)
	if err != nil {
		t.Fatal(err)
	}
	sessions, err := st.Sessions(ctx, running)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(doc.Rows), len(sessions); got != want || got == 0 {
		t.Errorf("rows %d, want %d sessions", got, want)
	}
	if doc.Class.ID != running || doc.ProgramName == "" || doc.RoomName == "" || doc.InstructorName == "" || len(doc.Institution.Lines) == 0 {
		t.Errorf("header: class %q, program %q, room %q, instructor %q, letterhead %q",
			doc.Class.ID, doc.ProgramName, doc.RoomName, doc.InstructorName, doc.Institution.Lines)
	}
	if r := doc.Rows[0]; r.UnitCode == "" || r.Instructor == "" || r.Room == "" {
		t.Errorf("first row %+v: want its unit, instructor and room", r)
	}
	if !doc.Printed.Equal(st.Now()) {
		t.Errorf("printed %v, want now %v", doc.Printed, st.Now())
	}
	var buf bytes.Buffer
	if err := reports.WriteSchedulePDF(&buf, doc, reports.A4); err != nil || !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Errorf("PDF: %v", err)
	}
}

func TestAttendanceDocAndSheet(t *testing.T) {
	st := openStore(t)
	_, running, _ := demoClasses(t, st)
	ctx := context.Background()
	doc, err := AttendanceDoc(ctx, st, running)
	if err != nil {
		t.Fatal(err)
	}
	grid, err := st.ClassAttendance(ctx, running)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(doc.People), len(grid.Rows); got != want || got == 0 {
		t.Errorf("people %d, want %d", got, want)
	}
	if got, want := len(doc.Sessions), len(grid.Sessions); got != want {
		t.Errorf("sessions %d, want %d", got, want)
	}
	if !doc.MaskNIK || doc.InstructorName == "" || doc.MinPercent != grid.MinPercent {
		t.Errorf("mask %v, instructor %q, minimum %d", doc.MaskNIK, doc.InstructorName, doc.MinPercent)
	}

	// The sheet written and read back changes nothing; a wrong code changes nothing either.
	var buf bytes.Buffer
	if err := reports.WriteAttendanceXLSX(&buf, doc); err != nil {
		t.Fatal(err)
	}
	cells, err := reports.ReadAttendanceXLSX(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	changed, problems, err := ApplyAttendanceSheet(ctx, st, running, cells)
	if err != nil || changed != 0 || len(problems) != 0 {
		t.Fatalf("unchanged sheet: %d changed, problems %v, %v", changed, problems, err)
	}
	wb, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := wb.SetCellValue(wb.GetSheetList()[0], cells[0].Cell, "X"); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := wb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	cells, err = reports.ReadAttendanceXLSX(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	changed, problems, err = ApplyAttendanceSheet(ctx, st, running, cells)
	if err != nil || changed != 0 || len(problems) != 1 || problems[0].Cell != cells[0].Cell {
		t.Errorf("a wrong code: %d changed, problems %+v, %v; want one problem in %s", changed, problems, err, cells[0].Cell)
	}
}

// A formula Excel has not calculated reads as an empty cell: it must be
// reported, not taken as "no mark" over the mark recorded.
func TestAttendanceSheetFormulaWithoutValue(t *testing.T) {
	st := openStore(t)
	finished, _, _ := demoClasses(t, st)
	ctx := context.Background()
	doc, err := AttendanceDoc(ctx, st, finished)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := reports.WriteAttendanceXLSX(&buf, doc); err != nil {
		t.Fatal(err)
	}
	cells, err := reports.ReadAttendanceXLSX(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	target := cells[0]
	if target.Code == "" {
		t.Fatalf("cell %s holds no mark to keep", target.Cell)
	}
	wb, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sheet := wb.GetSheetList()[0]
	if err := wb.SetCellValue(sheet, target.Cell, nil); err != nil { // no cached value, as Excel leaves an uncalculated one
		t.Fatal(err)
	}
	if err := wb.SetCellFormula(sheet, target.Cell, `IF(1=1,"H","A")`); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := wb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	cells, err = reports.ReadAttendanceXLSX(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.ClassAttendance(ctx, finished)
	changed, problems, err := ApplyAttendanceSheet(ctx, st, finished, cells)
	if err != nil || changed != 0 || len(problems) != 1 || problems[0].Cell != target.Cell || problems[0].Code != data.CodeAttendanceFormula {
		t.Fatalf("formula cell: %d changed, problems %+v, %v; want one %s in %s", changed, problems, err, data.CodeAttendanceFormula, target.Cell)
	}
	after, _ := st.ClassAttendance(ctx, finished)
	if !reflect.DeepEqual(before.Rows, after.Rows) {
		t.Error("a sheet with an uncalculated formula changed the marks")
	}
}
