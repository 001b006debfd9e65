package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"balai/data"
)

func TestRecordCallThreeFailuresUntraced(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	_, ps := finishedClass(t, s)
	pid := ps[0].ID
	call := func(outcome string, answer *data.Placement) string {
		t.Helper()
		state, err := s.RecordCall(ctx, data.TracerCall{ParticipantID: pid, Round: 3, Outcome: outcome}, answer)
		if err != nil {
			t.Fatal(err)
		}
		return state
	}
	for i, want := range []string{data.TracerTrying, data.TracerTrying, data.TracerUntraced, data.TracerUntraced} {
		if got := call([]string{data.CallNoAnswer, data.CallUnreachable, data.CallWrongNumber, data.CallNoAnswer}[i], nil); got != want {
			t.Errorf("call %d: %s, want %s", i+1, got, want)
		}
	}
	h, _ := s.PlacementHistory(ctx, pid)
	if len(h) != 1 || h[0].Status != data.PlacementUntraced || h[0].Round != 3 || h[0].Source != data.SourceTracer {
		t.Fatalf("after 4 failed calls: %+v", h)
	}
	// Reached after all: the answer is in force.
	answer := &data.Placement{Status: data.PlacementEmployed, Employer: "PT Pupuk Kaltim", Source: data.SourceAK1}
	if got := call(data.CallAnswered, answer); got != data.TracerReached {
		t.Errorf("answered: %s", got)
	}
	h, _ = s.PlacementHistory(ctx, pid)
	if len(h) != 2 || h[0].Status != data.PlacementEmployed || h[0].Source != data.SourceTracer || h[0].Round != 3 {
		t.Errorf("after the answer: %+v", h)
	}
	// Another round starts afresh.
	if state, err := s.RecordCall(ctx, data.TracerCall{ParticipantID: pid, Round: 6, Outcome: data.CallNoAnswer}, nil); err != nil || state != data.TracerTrying {
		t.Errorf("round 6: %s %v", state, err)
	}
}

func TestRecordCallRefuses(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	_, ps := finishedClass(t, s)
	var probs data.Problems
	for _, tt := range []struct {
		call   data.TracerCall
		answer *data.Placement
		code   string
	}{
		{data.TracerCall{ParticipantID: ps[0].ID, Round: 4, Outcome: data.CallNoAnswer}, nil, data.CodeBadTracerRound},
		{data.TracerCall{ParticipantID: ps[0].ID, Round: 3, Outcome: "busy"}, nil, data.CodeBadCallOutcome},
		{data.TracerCall{ParticipantID: ps[0].ID, Round: 3, Outcome: data.CallAnswered}, nil, data.CodeRequired},
		{data.TracerCall{ParticipantID: ps[0].ID, Round: 3, Outcome: data.CallAnswered}, &data.Placement{Status: "x"}, data.CodeBadPlacementStatus},
	} {
		if _, err := s.RecordCall(ctx, tt.call, tt.answer); !errors.As(err, &probs) || probs[0].Code != tt.code {
			t.Errorf("%+v: %v, want %s", tt.call, err, tt.code)
		}
	}
	if _, err := s.RecordCall(ctx, data.TracerCall{ParticipantID: "nobody", Round: 3, Outcome: data.CallNoAnswer}, nil); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown participant: %v", err)
	}
	sh, err := s.TracerSheet(ctx, ps[0].ClassID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if sh.Round.Pending != len(sh.People) {
		t.Errorf("refused calls were recorded: %+v", sh.Round)
	}
}

func TestTracerSheetAndDueRounds(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	c, ps := finishedClass(t, s)
	if rounds, err := s.TracerRounds(ctx, true); err != nil || len(rounds) != 0 {
		t.Errorf("due before the 3-month round: %+v %v", rounds, err)
	}
	all, err := s.TracerRounds(ctx, false)
	if err != nil || len(all) != 3 || all[0].ClassCode != c.Code || !all[0].Due.Equal(data.AddMonths(c.End, 3)) {
		t.Fatalf("all rounds %+v %v", all, err)
	}
	// A week after the 3-month round is due.
	s.Now = func() time.Time { return data.AddMonths(c.End, 3).AddDate(0, 0, 7).Add(9 * time.Hour) }
	s.RecordCall(ctx, data.TracerCall{ParticipantID: ps[0].ID, Round: 3, Outcome: data.CallAnswered},
		&data.Placement{Status: data.PlacementNotWorking})
	for range 3 {
		s.RecordCall(ctx, data.TracerCall{ParticipantID: ps[1].ID, Round: 3, Outcome: data.CallNoAnswer}, nil)
	}
	s.RecordCall(ctx, data.TracerCall{ParticipantID: ps[2].ID, Round: 3, Outcome: data.CallNoAnswer}, nil)
	withdrawn := 0
	for _, p := range ps {
		if p.Status == data.ParticipantWithdrawn {
			withdrawn++
		}
	}
	people := len(ps) - withdrawn
	due, err := s.TracerRounds(ctx, true)
	if err != nil || len(due) != 1 {
		t.Fatalf("due %+v %v", due, err)
	}
	want := data.TracerRoundSummary{ClassID: c.ID, ClassCode: c.Code, Round: 3, People: people, Reached: 1, Untraced: 1, Trying: 1, Pending: people - 3}
	if got := due[0]; got.ClassID != want.ClassID || got.Round != 3 || got.People != want.People || got.Reached != 1 ||
		got.Untraced != 1 || got.Trying != 1 || got.Pending != want.Pending || got.Remaining() != people-2 {
		t.Errorf("due %+v, want %+v", got, want)
	}
	sh, err := s.TracerSheet(ctx, c.ID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if sh.Round.People != people || len(sh.People) != people || sh.Kejuruan != "Las" {
		t.Fatalf("sheet %+v", sh.Round)
	}
	states := map[string]string{}
	for _, p := range sh.People {
		states[p.ParticipantID] = p.State
	}
	if states[ps[0].ID] != data.TracerReached || states[ps[1].ID] != data.TracerUntraced || states[ps[2].ID] != data.TracerTrying {
		t.Errorf("states %v", states)
	}
	for _, p := range sh.People {
		if p.ParticipantID == ps[1].ID && (p.Last.Status != data.PlacementUntraced || p.Failed != 3 || len(p.Calls) != 3) {
			t.Errorf("untraced person %+v", p)
		}
	}
	if _, err := s.TracerSheet(ctx, "nothing", 3); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: %v", err)
	}
}
