package data

import (
	"fmt"
	"testing"
	"time"
)

func TestCheckClassChange(t *testing.T) {
	holds := ClassHolds{FirstSession: ymd(2026, 11, 9), LastSession: ymd(2026, 12, 18), Enrolled: 17}
	class := func(start, end [3]int, quota int) Class {
		return Class{Start: ymd(start[0], time.Month(start[1]), start[2]), End: ymd(end[0], time.Month(end[1]), end[2]), Quota: quota}
	}
	tests := []struct {
		name  string
		c     Class
		holds ClassHolds
		want  string
	}{
		{"unchanged", class([3]int{2026, 11, 9}, [3]int{2026, 12, 18}, 17), holds, "[]"},
		{"wider dates, larger quota", class([3]int{2026, 11, 2}, [3]int{2026, 12, 31}, 20), holds, "[]"},
		{"start after the first session", class([3]int{2026, 11, 10}, [3]int{2026, 12, 18}, 17), holds,
			"[start sessions_before_start 09-11-2026]"},
		{"end before the last session", class([3]int{2026, 11, 9}, [3]int{2026, 12, 17}, 17), holds,
			"[end sessions_after_end 18-12-2026]"},
		{"quota under the enrolled", class([3]int{2026, 11, 9}, [3]int{2026, 12, 18}, 16), holds,
			"[quota quota_below_enrolled 17]"},
		{"all three", class([3]int{2026, 11, 16}, [3]int{2026, 12, 1}, 10), holds,
			"[start sessions_before_start 09-11-2026 end sessions_after_end 18-12-2026 quota quota_below_enrolled 17]"},
		{"no sessions, nobody enrolled", class([3]int{2027, 1, 4}, [3]int{2027, 1, 29}, 1), ClassHolds{}, "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range CheckClassChange(tt.c, tt.holds) {
			got = append(got, p.Field+" "+p.Code+" "+p.Detail)
		}
		if s := fmt.Sprint(got); s != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, s, tt.want)
		}
	}
}
