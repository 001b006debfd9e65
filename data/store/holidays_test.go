package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

func holidayLines(hs []data.Holiday) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Date.Format(data.DateLayout) + " " + h.Name
	}
	return out
}

func TestHolidays(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	tests := []struct {
		name string
		h    data.Holiday
		code string
	}{
		{"Idul Fitri", data.Holiday{Date: ymd(2026, 3, 20), Name: "  Hari Raya  Idul Fitri 1447 H "}, ""},
		{"cuti bersama, time of day ignored", data.Holiday{Date: time.Date(2026, 3, 23, 14, 0, 0, 0, time.UTC), Name: "Cuti bersama Idul Fitri"}, ""},
		{"next year", data.Holiday{Date: ymd(2027, 3, 10), Name: "Idul Fitri 1448 H"}, ""},
		{"renamed", data.Holiday{Date: ymd(2026, 3, 23), Name: "Cuti Bersama Idul Fitri 1447 H"}, ""},
		{"fixed holiday", data.Holiday{Date: ymd(2026, 8, 17), Name: "HUT RI"}, data.CodeHolidayFixed},
		{"no date", data.Holiday{Name: "Libur"}, data.CodeRequired},
		{"no name", data.Holiday{Date: ymd(2026, 4, 3), Name: "  "}, data.CodeRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.AddHoliday(ctx, tt.h)
			if tt.code == "" && err != nil {
				t.Fatal(err)
			}
			if tt.code != "" && problemCode(err) != tt.code {
				t.Errorf("got %v, want problem %s", err, tt.code)
			}
		})
	}
	got, err := s.Holidays(ctx, 2026)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2026-01-01 Tahun Baru Masehi",
		"2026-03-20 Hari Raya Idul Fitri 1447 H",
		"2026-03-23 Cuti Bersama Idul Fitri 1447 H",
		"2026-05-01 Hari Buruh",
		"2026-06-01 Hari Lahir Pancasila",
		"2026-08-17 Hari Kemerdekaan RI",
		"2026-12-25 Hari Raya Natal",
	}
	if lines := holidayLines(got); !reflect.DeepEqual(lines, want) {
		t.Errorf("2026:\n%q\nwant\n%q", lines, want)
	}
	if got, _ := s.Holidays(ctx, 2027); len(got) != 6 || got[1].Name != "Idul Fitri 1448 H" {
		t.Errorf("2027: got %q", holidayLines(got))
	}

	if err := s.DeleteHoliday(ctx, ymd(2026, 3, 23)); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteHoliday(ctx, ymd(2026, 3, 23)); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("delete twice: got %v", err)
	}
	if err := s.DeleteHoliday(ctx, ymd(2026, 12, 25)); problemCode(err) != data.CodeHolidayFixed {
		t.Errorf("delete Christmas: got %v", err)
	}
	if got, _ := s.Holidays(ctx, 2026); len(got) != 6 {
		t.Errorf("after delete: %q", holidayLines(got))
	}
}

// rowProblemLine writes a row problem as "5 Tanggal bad_date 31/02/2026".
func rowProblemLine(p data.RowProblem) string {
	return fmt.Sprintf("%d %s %s %s", p.Row, p.Column, p.Code, p.Detail)
}

func TestImportHolidaysCSV(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	// As an office saves it from Excel: a title above the header, semicolons,
	// BOM and CRLF, a blank row, dates written several ways.
	csv := "\ufeffDAFTAR HARI LIBUR DAN CUTI BERSAMA 2026;;\r\n" +
		"No;Tanggal;Keterangan\r\n" + // row 2
		"1;17 Februari 2026;Tahun Baru Imlek 2577 Kongzili\r\n" + // 3
		"2;2026-03-20;Idul Fitri 1447 H\r\n" + // 4
		"3;31/02/2026;Tanggal salah\r\n" + // 5: no such date
		"4;;Hari Suci Nyepi\r\n" + // 6: no date
		"5;17/08/2026;Hari Kemerdekaan\r\n" + // 7: built in
		";;\r\n" + // 8: blank
		"6;20-03-2026;Idul Fitri (lagi)\r\n" + // 9: same date as row 4
		"7;\"Jumat, 22 Mei 2026\";\r\n" + // 10: no name
		"8;\"Rabu, 27 Mei 2026\";Idul Adha 1447 H\r\n" + // 11
		"9;besok;Libur\r\n" // 12: not a date
	added, problems, err := s.ImportHolidays(ctx, strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if added != 3 {
		t.Errorf("added %d, want 3", added)
	}
	var lines []string
	for _, p := range problems {
		lines = append(lines, rowProblemLine(p))
	}
	wantProblems := []string{
		"5 Tanggal bad_date 31/02/2026",
		"6 Tanggal required ",
		"7 Tanggal warn_holiday_fixed_in_file Hari Kemerdekaan RI",
		"9 Tanggal holiday_duplicate_in_file 4",
		"10 Keterangan required ",
		"12 Tanggal bad_date besok",
	}
	if !reflect.DeepEqual(lines, wantProblems) {
		t.Errorf("problems:\n%q\nwant\n%q", lines, wantProblems)
	}
	got, _ := s.Holidays(ctx, 2026)
	want := []string{
		"2026-01-01 Tahun Baru Masehi",
		"2026-02-17 Tahun Baru Imlek 2577 Kongzili",
		"2026-03-20 Idul Fitri 1447 H",
		"2026-05-01 Hari Buruh",
		"2026-05-27 Idul Adha 1447 H",
		"2026-06-01 Hari Lahir Pancasila",
		"2026-08-17 Hari Kemerdekaan RI",
		"2026-12-25 Hari Raya Natal",
	}
	if lines := holidayLines(got); !reflect.DeepEqual(lines, want) {
		t.Errorf("holidays:\n%q\nwant\n%q", lines, want)
	}
	// The same file again changes nothing.
	if added, _, err := s.ImportHolidays(ctx, strings.NewReader(csv)); err != nil || added != 3 {
		t.Errorf("again: added %d, %v", added, err)
	}
	if again, _ := s.Holidays(ctx, 2026); !reflect.DeepEqual(again, got) {
		t.Errorf("a second import changed the holidays: %q", holidayLines(again))
	}
}

func TestImportHolidaysXLSX(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	f := excelize.NewFile()
	sheet := f.GetSheetName(0)
	rows := [][]any{
		{"Date", "Name"},
		{ymd(2026, 3, 19), "Hari Suci Nyepi"}, // a date cell: stored as its serial number
		{"16/02/2026", "Cuti bersama Imlek"},
		{"2026-13-01", "Bad"},
		{ymd(2026, 12, 24), ""},
	}
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	added, problems, err := s.ImportHolidays(ctx, &buf)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range problems {
		lines = append(lines, rowProblemLine(p))
	}
	if want := []string{"4 Date bad_date 2026-13-01", "5 Name required "}; added != 2 || !reflect.DeepEqual(lines, want) {
		t.Errorf("added %d, problems %q; want 2, %q", added, lines, want)
	}
	got, _ := s.Holidays(ctx, 2026)
	if lines := holidayLines(got); !strings.Contains(strings.Join(lines, "|"), "2026-03-19 Hari Suci Nyepi|") ||
		!strings.Contains(strings.Join(lines, "|"), "2026-02-16 Cuti bersama Imlek|") {
		t.Errorf("holidays: %q", lines)
	}
}

func TestImportHolidaysBadFile(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	added, problems, err := s.ImportHolidays(ctx, strings.NewReader("Nama,Alamat\nBudi,Jl. Sudirman\n"))
	if problemCode(err) != data.CodeHolidayColumns || added != 0 || problems != nil {
		t.Errorf("no date column: got %d, %v, %v", added, problems, err)
	}
	if _, _, err := s.ImportHolidays(ctx, strings.NewReader("PK\x03\x04garbage")); !errors.Is(err, data.ErrUnreadable) {
		t.Errorf("broken xlsx: got %v, want ErrUnreadable", err)
	}
	if got, _ := s.Holidays(ctx, 2026); len(got) != 5 {
		t.Errorf("a refused file saved holidays: %q", holidayLines(got))
	}
}

// A user holiday stored through the import moves a generated schedule.
func TestImportedHolidayInSchedule(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	p := schedProgram(t, s, "BGA", 18)
	classID := schedClass(t, s, p, "BGA-2026-01", ymd(2026, 9, 7), "", "")
	if _, _, err := s.ImportHolidays(ctx, strings.NewReader("Tanggal,Keterangan\n07-09-2026,Libur daerah\n")); err != nil {
		t.Fatal(err)
	}
	got, err := s.GenerateSchedule(ctx, classID, data.DefaultWeekPattern(), false)
	if err != nil {
		t.Fatal(err)
	}
	if lines, want := sessionLines(got, p.Units), []string{"2026-09-08 07:30-16:00 9 U1", "2026-09-09 07:30-16:00 9 U1"}; !reflect.DeepEqual(lines, want) {
		t.Errorf("got %q, want %q", lines, want)
	}
}
