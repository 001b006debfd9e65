package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"balai/data"
)

func TestCalendar(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	las, ac := schedProgram(t, s, "LAS", 20, 30), schedProgram(t, s, "AC", 50)
	budi, siti := schedInstructor(t, s, "Budi"), schedInstructor(t, s, "Siti")
	bengkel, lab := schedRoom(t, s, "Bengkel 1"), schedRoom(t, s, "Lab 2")
	classA := schedClass(t, s, las, "LAS-2026-01", ymd(2026, 9, 7), bengkel, budi)
	classB := schedClass(t, s, ac, "AC-2026-01", ymd(2026, 9, 9), lab, siti)
	classC := schedClass(t, s, ac, "AC-2026-02", ymd(2026, 9, 7), lab, siti)
	for _, id := range []string{classA, classB, classC} {
		if _, err := s.GenerateSchedule(ctx, id, data.DefaultWeekPattern(), false); err != nil {
			t.Fatal(err)
		}
	}
	schedCancel(t, s, classC)
	// One session of B moved to Budi in the workshop, without a unit.
	bs, _ := s.Sessions(ctx, classB)
	moved := bs[1]
	moved.InstructorID, moved.RoomID, moved.UnitID = budi, bengkel, ""
	if err := s.UpdateSession(ctx, &moved); err != nil {
		t.Fatal(err)
	}

	line := func(e data.CalendarEntry) string {
		return fmt.Sprintf("%s %s %s %s|%s|%s|%s", e.Date.Format("01-02"), e.Start, e.ClassCode, e.ProgramName, e.UnitTitle, e.InstructorName, e.RoomName)
	}
	tests := []struct {
		name string
		f    data.CalendarFilter
		want []string
	}{
		{"two days", data.CalendarFilter{From: ymd(2026, 9, 9), To: ymd(2026, 9, 10)}, []string{
			"09-09 07:30 AC-2026-01 Program AC|Unit 1 of AC|Siti|Lab 2",
			"09-09 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-09 09:00 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
			"09-10 07:30 AC-2026-01 Program AC||Budi|Bengkel 1",
			"09-10 07:30 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
		}},
		{"Budi, one week", data.CalendarFilter{From: ymd(2026, 9, 7), To: ymd(2026, 9, 13), InstructorID: budi}, []string{
			"09-07 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-08 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-09 07:30 LAS-2026-01 Program LAS|Unit 1 of LAS|Budi|Bengkel 1",
			"09-09 09:00 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
			"09-10 07:30 AC-2026-01 Program AC||Budi|Bengkel 1",
			"09-10 07:30 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
			"09-11 07:30 LAS-2026-01 Program LAS|Unit 2 of LAS|Budi|Bengkel 1",
		}},
		{"Lab 2, one week", data.CalendarFilter{From: ymd(2026, 9, 7), To: ymd(2026, 9, 13), RoomID: lab}, []string{
			"09-09 07:30 AC-2026-01 Program AC|Unit 1 of AC|Siti|Lab 2",
			"09-11 07:30 AC-2026-01 Program AC|Unit 1 of AC|Siti|Lab 2",
		}},
		{"Siti in the workshop", data.CalendarFilter{InstructorID: siti, RoomID: bengkel}, nil},
		{"a weekend", data.CalendarFilter{From: ymd(2026, 9, 12), To: ymd(2026, 9, 13)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Calendar(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, e := range got {
				lines = append(lines, line(e))
			}
			if !reflect.DeepEqual(lines, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	// Open bounds: every session of the classes not cancelled.
	all, err := s.Calendar(ctx, data.CalendarFilter{})
	if err != nil {
		t.Fatal(err)
	}
	sa, _ := s.Sessions(ctx, classA)
	if len(all) != len(sa)+len(bs) {
		t.Errorf("whole calendar: %d entries, want %d", len(all), len(sa)+len(bs))
	}
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Date.After(b.Date) || (a.Date.Equal(b.Date) && (a.Start > b.Start || (a.Start == b.Start && a.ClassCode > b.ClassCode))) {
			t.Errorf("entries out of order: %s before %s", line(a), line(b))
		}
	}
}
