package data

import (
	"slices"
	"strconv"
	"testing"
)

func TestCertificateEligibility(t *testing.T) {
	full := EligibilityFacts{ClassCode: "LAS-2026-01", Status: ParticipantGraduated, AttendedJP: 480, PlannedJP: 480}
	with := func(change func(*EligibilityFacts)) EligibilityFacts {
		f := full
		change(&f)
		return f
	}
	tests := []struct {
		name  string
		facts EligibilityFacts
		min   int
		want  []string // code: detail
	}{
		{"graduated, full attendance", full, 80, nil},
		{"exactly the minimum", with(func(f *EligibilityFacts) { f.AttendedJP = 384 }), 80, nil},
		{"below the minimum, rounded down", with(func(f *EligibilityFacts) { f.AttendedJP = 2818; f.PlannedJP = 4800 }), 80,
			[]string{"cert_below_attendance: 58.7% < 80%"}},
		{"just under the minimum reads under it", with(func(f *EligibilityFacts) { f.AttendedJP = 7999; f.PlannedJP = 10000 }), 80,
			[]string{"cert_below_attendance: 79.9% < 80%"}},
		{"a lower minimum", with(func(f *EligibilityFacts) { f.AttendedJP = 360 }), 75, nil},
		{"no sessions planned", with(func(f *EligibilityFacts) { f.AttendedJP, f.PlannedJP = 0, 0 }), 80,
			[]string{"cert_below_attendance: 0% < 80%"}},
		{"withdrawn: attendance not counted", with(func(f *EligibilityFacts) {
			f.Status, f.WithdrawnOn, f.AttendedJP = ParticipantWithdrawn, ymd(2026, 9, 3), 10
		}), 80, []string{"cert_withdrawn: 03-09-2026"}},
		{"belum kompeten", with(func(f *EligibilityFacts) { f.Status = ParticipantNotCompetent }), 80,
			[]string{"cert_not_competent: "}},
		{"no result yet, low attendance", with(func(f *EligibilityFacts) { f.Status, f.AttendedJP = ParticipantActive, 100 }), 80,
			[]string{"cert_no_result: ", "cert_below_attendance: 20.8% < 80%"}},
		{"class cancelled", with(func(f *EligibilityFacts) { f.ClassCancelled = true; f.Status = ParticipantRegistered }), 80,
			[]string{"cert_class_cancelled: LAS-2026-01"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range CertificateEligibility(tt.facts, tt.min) {
			got = append(got, p.Code+": "+p.Detail)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAttendancePercent(t *testing.T) {
	tests := []struct {
		attended, planned int
		want              float64
	}{{0, 0, 0}, {45, 0, 0}, {0, 480, 0}, {240, 480, 50}, {480, 480, 100}}
	for _, tt := range tests {
		if got := AttendancePercent(tt.attended, tt.planned); got != tt.want {
			t.Errorf("AttendancePercent(%d, %d) = %v, want %v", tt.attended, tt.planned, got, tt.want)
		}
	}
}

func TestCertificateUnits(t *testing.T) {
	units := []Unit{{ID: "u1", Code: "LAS.01", Title: "K3", JP: 40}, {ID: "u2", Title: "SMAW", JP: 440}}
	tests := []struct {
		name    string
		results map[string]string
		status  string
		want    []string
	}{
		{"results as recorded", map[string]string{"u1": "K", "u2": "K"}, ParticipantGraduated, []string{"LAS.01 K3 40 K", " SMAW 440 K"}},
		{"graduated by hand: every unit passed", nil, ParticipantGraduated, []string{"LAS.01 K3 40 K", " SMAW 440 K"}},
		{"not graduated: missing results stay empty", map[string]string{"u2": "BK"}, ParticipantNotCompetent, []string{"LAS.01 K3 40 ", " SMAW 440 BK"}},
	}
	for _, tt := range tests {
		var got []string
		for _, u := range CertificateUnits(units, tt.results, tt.status) {
			got = append(got, u.Code+" "+u.Title+" "+strconv.Itoa(u.JP)+" "+u.Result)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
