package data

import (
	"errors"
	"maps"
	"testing"
	"time"
)

// codeOf is the problem code of err, "" for nil, "?" for another error.
func codeOf(err error) string {
	var p *Problem
	switch {
	case err == nil:
		return ""
	case errors.As(err, &p):
		return p.Code + " " + p.Detail
	}
	return "?"
}

func TestParticipantStatusKinds(t *testing.T) {
	for _, s := range ParticipantStatuses {
		active := s == ParticipantRegistered || s == ParticipantSelected || s == ParticipantActive
		final := s == ParticipantGraduated || s == ParticipantNotCompetent
		if IsActiveStatus(s) != active || IsFinalStatus(s) != final {
			t.Errorf("%s: active %v final %v", s, IsActiveStatus(s), IsFinalStatus(s))
		}
	}
	for _, tt := range []struct{ in, want, problem string }{
		{"", ParticipantRegistered, ""}, {ParticipantSelected, ParticipantSelected, ""},
		{ParticipantActive, ParticipantActive, ""}, {ParticipantGraduated, "", "bad_enrol_status graduated"},
	} {
		got, err := NewParticipantStatus(tt.in)
		if got != tt.want || codeOf(err) != tt.problem {
			t.Errorf("NewParticipantStatus(%q) = %q, %q", tt.in, got, codeOf(err))
		}
	}
	for _, tt := range []struct{ in, problem string }{
		{ParticipantActive, ""}, {ParticipantGraduated, ""}, {ParticipantWithdrawn, "status_needs_withdraw "}, {"done", "bad_choice done"},
	} {
		if got := codeOf(CheckStatusChoice(tt.in)); got != tt.problem {
			t.Errorf("CheckStatusChoice(%q) = %q, want %q", tt.in, got, tt.problem)
		}
	}
}

func TestCheckFinalStatus(t *testing.T) {
	end := ymd(2026, 9, 30)
	tests := []struct {
		from, to string
		today    time.Time
		anyBK    bool
		want     string
	}{
		{ParticipantActive, ParticipantGraduated, end, false, ""},
		{ParticipantActive, ParticipantNotCompetent, end, true, ""},
		{ParticipantActive, ParticipantGraduated, end.AddDate(0, 0, -1), false, "class_not_ended 30-09-2026"},
		{ParticipantWithdrawn, ParticipantGraduated, end, false, "already_withdrawn "},
		{ParticipantActive, ParticipantGraduated, end, true, "graduated_with_bk "},
	}
	for _, tt := range tests {
		if got := codeOf(CheckFinalStatus(tt.from, tt.to, end, tt.today, tt.anyBK)); got != tt.want {
			t.Errorf("%s → %s on %s (BK %v) = %q, want %q", tt.from, tt.to, tt.today.Format(DateLayout), tt.anyBK, got, tt.want)
		}
	}
}

func TestCheckWithdrawal(t *testing.T) {
	end := ymd(2026, 9, 30)
	tests := []struct {
		status string
		on     time.Time
		want   string
	}{
		{ParticipantActive, end, ""},
		{ParticipantRegistered, ymd(2026, 8, 1), ""},
		{ParticipantActive, end.AddDate(0, 0, 1), "withdraw_after_class 01-10-2026"},
		{ParticipantWithdrawn, end, "already_withdrawn "},
		{ParticipantGraduated, end, "participant_finished "},
	}
	for _, tt := range tests {
		if got := codeOf(CheckWithdrawal(tt.status, end, tt.on)); got != tt.want {
			t.Errorf("%s on %s = %q, want %q", tt.status, tt.on.Format(DateLayout), got, tt.want)
		}
	}
}

func TestUnitResultsAndStatus(t *testing.T) {
	units := []string{"u1", "u2", "u3"}
	tests := []struct {
		name      string
		results   map[string]string
		status    string
		ended     bool
		want      map[string]string
		problem   string
		newStatus string
	}{
		{"all K after the end", map[string]string{"u1": "k", "u2": " K ", "u3": "K"}, ParticipantActive, true,
			map[string]string{"u1": "K", "u2": "K", "u3": "K"}, "", ParticipantGraduated},
		{"all K before the end", map[string]string{"u1": "K", "u2": "K", "u3": "K"}, ParticipantActive, false,
			map[string]string{"u1": "K", "u2": "K", "u3": "K"}, "", ParticipantActive},
		{"one BK", map[string]string{"u1": "K", "u2": "bk"}, ParticipantGraduated, true,
			map[string]string{"u1": "K", "u2": "BK"}, "", ParticipantNotCompetent},
		{"incomplete: a final status goes back to active", map[string]string{"u1": "K", "u2": ""}, ParticipantGraduated, true,
			map[string]string{"u1": "K"}, "", ParticipantActive},
		{"incomplete: selected stays", map[string]string{"u1": "K"}, ParticipantSelected, true,
			map[string]string{"u1": "K"}, "", ParticipantSelected},
		{"unit of another program", map[string]string{"u1": "K", "x9": "K"}, ParticipantActive, true, nil, "unit_not_in_program x9", ""},
		{"bad result", map[string]string{"u1": "L"}, ParticipantActive, true, nil, "bad_result L", ""},
	}
	for _, tt := range tests {
		clean, err := CleanUnitResults(units, tt.results)
		if codeOf(err) != tt.problem || !maps.Equal(clean, tt.want) {
			t.Errorf("%s: CleanUnitResults = %v, %q", tt.name, clean, codeOf(err))
			continue
		}
		if err != nil {
			continue
		}
		if got := StatusAfterResults(tt.status, units, clean, tt.ended); got != tt.newStatus {
			t.Errorf("%s: StatusAfterResults = %s, want %s", tt.name, got, tt.newStatus)
		}
	}
	if got := StatusAfterResults(ParticipantActive, nil, nil, true); got != ParticipantActive {
		t.Errorf("a program without units: %s", got)
	}
}
