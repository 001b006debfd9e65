package store

import (
	"balai/data"

	"context"
	"testing"
)

func TestAddDemoClasses(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if _, err := s.AddDemoSeekers(ctx, 120, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := s.AddDemoClasses(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(codes) != 3 {
		t.Fatalf("classes: got %v, want 3", codes)
	}
	list, err := s.Classes(ctx, data.ClassFilter{})
	if err != nil {
		t.Fatal(err)
	}
	gotStatus := map[string]string{}
	for _, c := range list {
		gotStatus[c.Class.Code] = c.Status
	}
	for i, want := range []string{data.ClassFinished, data.ClassRunning, data.ClassPlanned} {
		if got := gotStatus[codes[i]]; got != want {
			t.Errorf("%s: got status %q, want %q", codes[i], got, want)
		}
	}
	for _, code := range codes {
		c, err := s.ClassByCode(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		planned, programJP, err := s.PlannedJP(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if planned != programJP || planned == 0 {
			t.Errorf("%s: planned %d JP of %d", code, planned, programJP)
		}
	}
	finished, _ := s.ClassByCode(ctx, codes[0])
	parts, err := s.Participants(ctx, finished.ID)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, p := range parts {
		count[p.Status]++
	}
	if got, want := count, map[string]int{data.ParticipantGraduated: 14, data.ParticipantNotCompetent: 2}; len(got) != 2 || got[data.ParticipantGraduated] != 14 || got[data.ParticipantNotCompetent] != 2 {
		t.Errorf("finished class results: got %v, want %v", got, want)
	}
	running, _ := s.ClassByCode(ctx, codes[1])
	parts, _ = s.Participants(ctx, running.ID)
	withdrawn := 0
	for _, p := range parts {
		if p.Status == data.ParticipantWithdrawn {
			withdrawn++
		}
	}
	if withdrawn != 1 {
		t.Errorf("running class: %d withdrawn, want 1", withdrawn)
	}
	again, err := s.AddDemoClasses(ctx)
	if err != nil || len(again) != 0 {
		t.Errorf("second run: got %v, %v; want nothing added", again, err)
	}
}
