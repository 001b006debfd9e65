package app

import (
	"balai/data/demo"

	"bytes"
	"context"
	"testing"
	"time"

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

// The print dialog's signing date: empty is the last session's, a date
// typed is printed, anything else is refused with how to write it.
func TestSheetFormSigningDate(t *testing.T) {
	dates := []time.Time{time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 17, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []struct {
		typed   string
		want    time.Time
		problem bool
	}{
		{"", time.Time{}, false},
		{"3-12-2026", time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), false},
		{"3 Desember 2026", time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), false},
		{"kemarin", time.Time{}, true},
	} {
		f := newSheetForm(dates, dates[0])
		f.signDate.SetText(tc.typed)
		f.paper.SetSelected("F4")
		got, problem := f.options()
		if (problem != "") != tc.problem || !got.signDate.Equal(tc.want) {
			t.Errorf("%q: signing date %v, problem %q; want %v, problem %v", tc.typed, got.signDate, problem, tc.want, tc.problem)
		}
		if !tc.problem && got.paper != reports.F4 {
			t.Errorf("%q: paper %v, want F4", tc.typed, got.paper)
		}
	}
}

// The signing date chosen reaches the printed sheet.
func TestAttendanceSheetSigningDatePrinted(t *testing.T) {
	fx := newAttendanceFixture(t)
	ctx := context.Background()
	tab, _ := openAttendanceTab(t, fx.store, fx.running.ID)
	printed := func(signed time.Time) []byte {
		t.Helper()
		var pdf bytes.Buffer
		if err := tab.writeSheet(ctx, &pdf, true, sheetOptions{paper: reports.A4, signDate: signed}); err != nil {
			t.Fatal(err)
		}
		return pdf.Bytes()
	}
	last, again := printed(time.Time{}), printed(time.Time{})
	other := printed(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC))
	if !bytes.Equal(last, again) || bytes.Equal(last, other) {
		t.Errorf("the same options printed different sheets (%v), or another signing date the same sheet (%v)", !bytes.Equal(last, again), bytes.Equal(last, other))
	}
}
