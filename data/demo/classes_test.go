package demo

import (
	"balai/data"

	"context"
	"testing"
)

func TestAddClasses(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	if _, err := AddSeekers(ctx, s, 120, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := AddClasses(ctx, s)
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
	again, err := AddClasses(ctx, s)
	if err != nil || len(again) != 0 {
		t.Errorf("second run: got %v, %v; want nothing added", again, err)
	}
}

// A demo stopped halfway (programs there, one class made) is completed by
// running it again; a complete one is left as it is.
func TestAddClassesCompletesAHalfMadeDemo(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if _, err := AddSeekers(ctx, s, 60, 1); err != nil {
		t.Fatal(err)
	}
	progs, insts, rms, err := addClassParts(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	p := plans[0]
	if _, err := ensureClass(ctx, s, p, progs[p.program], insts[p.instructor], rms[p.room], ymd(2026, 7, 27)); err != nil {
		t.Fatal(err)
	}
	codes, err := AddClasses(ctx, s)
	if err != nil || len(codes) != 3 {
		t.Fatalf("completing: %v, %v", codes, err)
	}
	list, _ := s.Classes(ctx, data.ClassFilter{IncludeArchived: true})
	if len(list) != 3 {
		t.Errorf("%d classes, want 3", len(list))
	}
	for _, cs := range list {
		if cs.Enrolled < 15 {
			t.Errorf("%s: %d enrolled", cs.Class.Code, cs.Enrolled)
		}
	}
	if again, err := AddClasses(ctx, s); err != nil || again != nil {
		t.Errorf("a complete demo again: %v, %v", again, err)
	}
	if ins, _ := s.Instructors(ctx, true); len(ins) != len(instructors) {
		t.Errorf("%d instructors, want %d", len(ins), len(instructors))
	}
}

// The head of the centre signs once: no instructor shares the head's NIP.
func TestDemoHeadIsNoInstructor(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	codes := addClasses(t, s)
	if err := AddCertificateSetup(ctx, s, codes[0]); err != nil {
		t.Fatal(err)
	}
	inst, _ := s.Institution(ctx)
	for _, in := range instructors {
		if in.NIP == inst.HeadNIP {
			t.Errorf("instructor %s has the head's NIP %s", in.Name, in.NIP)
		}
	}
}
