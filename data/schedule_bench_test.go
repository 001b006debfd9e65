package data

import (
	"testing"
)

// BenchmarkGenerate480JP plans the longest usual package: 480 JP in 8 units,
// across 17 August and the year's fixed holidays.
func BenchmarkGenerate480JP(b *testing.B) {
	p := testProgram(24, 36, 60, 80, 40, 100, 60, 80)
	week := DefaultWeekPattern()
	holidays := HolidaySet(append(FixedHolidays(2026), Holiday{Date: ymd(2026, 8, 18), Name: "Cuti bersama"}))
	start := ymd(2026, 7, 6)
	var n int
	for b.Loop() {
		ss, err := GenerateSessions(p, start, week, holidays)
		if err != nil {
			b.Fatal(err)
		}
		n = len(ss)
	}
	b.ReportMetric(float64(n), "sessions")
}
