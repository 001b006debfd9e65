package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"balai/data"
)

// BenchmarkCalendarMonth50Classes reads a month view over 50 classes with
// generated schedules (160–480 JP, starting through the year, 10 instructors
// and 10 rooms): September, with about a dozen classes running.
func BenchmarkCalendarMonth50Classes(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "balai.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	s.Now = func() time.Time { return testNow }
	var instructors, rooms []string
	for i := range 10 {
		instructors = append(instructors, schedInstructor(b, s, fmt.Sprintf("Instruktur %d", i+1)))
		rooms = append(rooms, schedRoom(b, s, fmt.Sprintf("Ruang %d", i+1)))
	}
	var programs []data.Program
	for i, jp := range []int{160, 240, 320, 400, 480} {
		units := make([]int, 0, 8)
		for range 8 {
			units = append(units, jp/8)
		}
		programs = append(programs, schedProgram(b, s, fmt.Sprintf("P%d", i+1), units...))
	}
	total := 0
	for i := range 50 {
		p := programs[i%len(programs)]
		start := ymd(2026, 1, 5).AddDate(0, 0, 7*(i%40))
		id := schedClass(b, s, p, fmt.Sprintf("%s-2026-%02d", p.Code, i/len(programs)+1), start, rooms[i%10], instructors[(i*3)%10])
		ss, err := s.GenerateSchedule(ctx, id, data.DefaultWeekPattern(), false)
		if err != nil {
			b.Fatal(err)
		}
		total += len(ss)
	}
	f := data.CalendarFilter{From: ymd(2026, 9, 1), To: ymd(2026, 9, 30)}
	var n int
	for b.Loop() {
		entries, err := s.Calendar(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		n = len(entries)
	}
	b.ReportMetric(float64(n), "entries")
	b.ReportMetric(float64(total), "stored_sessions")
}
