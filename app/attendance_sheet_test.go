package app

import (
	"balai/data/demo"

	"bytes"
	"context"
	"testing"

	"github.com/xuri/excelize/v2"

	"balai/data"
	"balai/reports"
)

// The sheet the tab exports comes back through its import: a clerk's edit
// changes one mark; a wrong code changes nothing and names the cell.
func TestAttendanceSheetExportImport(t *testing.T) {
	fx := newAttendanceFixture(t)
	ctx := context.Background()
	if err := demo.AddAttendance(ctx, fx.store); err != nil {
		t.Fatal(err)
	}
	tab, _ := openAttendanceTab(t, fx.store, fx.running.ID)

	var pdf bytes.Buffer
	if err := tab.writeSheet(ctx, &pdf, true, sheetOptions{paper: reports.F4}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")) {
		t.Fatal("the printed sheet is not a PDF")
	}
	var sheet bytes.Buffer
	if err := tab.writeSheet(ctx, &sheet, false, sheetOptions{}); err != nil {
		t.Fatal(err)
	}
	cells, err := reports.ReadAttendanceXLSX(bytes.NewReader(sheet.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var target reports.AttendanceCell
	for _, c := range cells {
		if c.Code == data.AttendancePresent {
			target = c
			break
		}
	}
	edited := func(value string) []byte {
		t.Helper()
		wb, err := excelize.OpenReader(bytes.NewReader(sheet.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		defer wb.Close()
		if err := wb.SetCellValue(wb.GetSheetList()[0], target.Cell, value); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if _, err := wb.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}

	changed, problems, err := tab.importSheet(ctx, bytes.NewReader(edited("X")))
	if err != nil || changed != 0 || len(problems) != 1 || problems[0].Cell != target.Cell {
		t.Fatalf("a wrong code: got %d changed, %v, %v; want the cell %s reported", changed, problems, err, target.Cell)
	}
	changed, problems, err = tab.importSheet(ctx, bytes.NewReader(edited("s")))
	if err != nil || len(problems) > 0 || changed != 1 {
		t.Fatalf("one edit: got %d changed, %v, %v", changed, problems, err)
	}
	tab.showImportResult(changed, problems, err)
	sheetMarks, err := fx.store.SessionSheet(ctx, target.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range sheetMarks {
		if m.ParticipantID == target.PersonID && m.Code != data.AttendanceSick {
			t.Errorf("after the import the mark is %q, want S", m.Code)
		}
	}
}
