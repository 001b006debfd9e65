package data

import (
	"testing"
	"time"
)

func TestTracerState(t *testing.T) {
	call := func(outcomes ...string) []TracerCall {
		var out []TracerCall
		for _, o := range outcomes {
			out = append(out, TracerCall{Outcome: o})
		}
		return out
	}
	tests := []struct {
		calls  []TracerCall
		state  string
		failed int
	}{
		{nil, TracerPending, 0},
		{call(CallNoAnswer), TracerTrying, 1},
		{call(CallNoAnswer, CallUnreachable), TracerTrying, 2},
		{call(CallNoAnswer, CallUnreachable, CallWrongNumber), TracerUntraced, 3},
		{call(CallNoAnswer, CallAnswered), TracerReached, 1},
		{call(CallNoAnswer, CallNoAnswer, CallNoAnswer, CallAnswered), TracerReached, 3}, // an answer after all
	}
	for _, tt := range tests {
		state, failed := TracerState(tt.calls)
		if state != tt.state || failed != tt.failed {
			t.Errorf("TracerState(%v) = %s, %d; want %s, %d", tt.calls, state, failed, tt.state, tt.failed)
		}
	}
}

func TestRoundDates(t *testing.T) {
	end := ymd(2026, 1, 31)
	tests := []struct {
		round       int
		due, closes time.Time
	}{
		{3, ymd(2026, 4, 30), ymd(2026, 7, 31)},
		{6, ymd(2026, 7, 31), ymd(2027, 1, 31)},
		{12, ymd(2027, 1, 31), ymd(2027, 7, 31)},
	}
	for _, tt := range tests {
		if due, closes := RoundDue(end, tt.round), RoundCloses(end, tt.round); !due.Equal(tt.due) || !closes.Equal(tt.closes) {
			t.Errorf("round %d: due %v closes %v, want %v %v", tt.round, due, closes, tt.due, tt.closes)
		}
	}
	if got := AddMonths(ymd(2024, 1, 31), 1); !got.Equal(ymd(2024, 2, 29)) {
		t.Errorf("AddMonths(31 Jan 2024, 1) = %v", got)
	}
	r := TracerRoundsOf(TracerRoundSummary{ClassCode: "LAS"}, end)[0]
	for day, open := range map[time.Time]bool{ymd(2026, 4, 29): false, ymd(2026, 4, 30): true, ymd(2026, 7, 30): true, ymd(2026, 7, 31): false} {
		if r.Open(day) != open {
			t.Errorf("round 3 open on %v: %v, want %v", day, r.Open(day), open)
		}
	}
}

func TestCheckCall(t *testing.T) {
	if p := CheckCall(TracerCall{Round: 6, Outcome: CallNoAnswer}); len(p) != 0 {
		t.Errorf("good call: %v", p)
	}
	if p := CheckCall(TracerCall{Round: 9, Outcome: "busy"}); len(p) != 2 || p[0].Code != CodeBadTracerRound || p[1].Code != CodeBadCallOutcome {
		t.Errorf("bad call: %v", p)
	}
}
