package data

import "testing"

func TestAttendanceStanding(t *testing.T) {
	tests := []struct {
		name                    string
		attended, held, planned int
		min                     int
		want                    string
		soFar                   float64
	}{
		{"not started", 0, 0, 240, 80, AttendanceOK, 0},
		{"first days all present", 40, 40, 240, 80, AttendanceOK, 100},
		{"half way, all present", 120, 120, 240, 80, AttendanceOK, 100},
		{"half way at the minimum", 96, 120, 240, 80, AttendanceOK, 80},
		{"half way just below", 88, 120, 240, 80, AttendanceBelowSoFar, 73.33333333333333},
		{"half way, can just still reach", 72, 120, 240, 80, AttendanceBelowSoFar, 60},
		{"half way, out of reach", 71, 120, 240, 80, AttendanceOutOfReach, 59.166666666666664},
		{"ended at the minimum", 192, 240, 240, 80, AttendanceOK, 80},
		{"ended below", 191, 240, 240, 80, AttendanceOutOfReach, 79.58333333333333},
		{"held counted past the plan", 192, 300, 240, 80, AttendanceOK, 80},
		{"no sessions", 0, 0, 0, 80, AttendanceOK, 0},
		{"minimum 100, one absence", 39, 40, 240, 100, AttendanceOutOfReach, 97.5},
	}
	for _, tt := range tests {
		f := AttendanceFacts{AttendedJP: tt.attended, HeldJP: tt.held, PlannedJP: tt.planned, MinPercent: tt.min}
		if got := AttendanceStanding(f); got != tt.want {
			t.Errorf("%s: standing %q, want %q", tt.name, got, tt.want)
		}
		if got := AttendanceSoFar(f); got != tt.soFar {
			t.Errorf("%s: so far %v, want %v", tt.name, got, tt.soFar)
		}
	}
	if AttendanceFlagged(AttendanceOK) || !AttendanceFlagged(AttendanceBelowSoFar) || !AttendanceFlagged(AttendanceOutOfReach) {
		t.Error("flagged")
	}
}
