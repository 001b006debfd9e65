package demo

import (
	"context"
	"testing"

	"balai/data"
)

func TestAddAttendance(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	codes := addClasses(t, s)
	if err := AddAttendance(ctx, s); err != nil {
		t.Fatal(err)
	}
	if err := AddAttendance(ctx, s); err != nil { // again: same marks
		t.Fatalf("second run: %v", err)
	}
	today := data.DateOf(testNow)
	for i, code := range codes {
		c, _ := s.ClassByCode(ctx, code)
		g, err := s.ClassAttendance(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		var below, marks, codesSeen = 0, 0, map[string]bool{}
		for _, r := range g.Rows {
			if r.Below {
				below++
			}
			for j, m := range r.Marks {
				past := g.Sessions[j].Date.Before(today)
				switch {
				case m == data.AttendanceNotExpected:
				case past && m == "":
					t.Errorf("%s: %s has no mark on %s", code, r.Name, g.Sessions[j].Date.Format(data.DateLayout))
				case !past && m != "":
					t.Errorf("%s: %s marked on a future day", code, r.Name)
				case m != "":
					marks++
					codesSeen[m] = true
				}
			}
		}
		switch i {
		case 0: // finished
			if below < 1 || below > 3 {
				t.Errorf("%s: %d below the minimum, want 1–3", code, below)
			}
			for _, want := range data.AttendanceCodes {
				if !codesSeen[want] {
					t.Errorf("%s: no %s mark", code, want)
				}
			}
		case 1: // running
			if marks == 0 {
				t.Errorf("%s: no marks", code)
			}
		case 2: // planned
			if marks != 0 {
				t.Errorf("%s: %d marks in a planned class", code, marks)
			}
		}
	}
}
