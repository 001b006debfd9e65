package store

import (
	"balai/data"

	"context"
	"errors"
	"reflect"
	"testing"
	"time"
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

// A user holiday stored through the import moves a generated schedule.
func TestImportedHolidayInSchedule(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	p := schedProgram(t, s, "BGA", 18)
	classID := schedClass(t, s, p, "BGA-2026-01", ymd(2026, 9, 7), "", "")
	if err := s.SaveHolidays(ctx, []data.Holiday{{Date: ymd(2026, 9, 7), Name: "Libur daerah"}}); err != nil {
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
