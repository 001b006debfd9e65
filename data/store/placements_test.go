package store_test

import (
	"balai/data/store"

	"context"
	"errors"
	"testing"

	"balai/data"
)

// finishedClass adds the demo seekers and classes and returns the finished
// class and its participants (by name).
func finishedClass(t *testing.T, s *store.Store) (data.Class, []data.ParticipantRow) {
	t.Helper()
	codes := addDemoClasses(t, s)
	ctx := context.Background()
	c, err := s.ClassByCode(ctx, codes[0])
	if err != nil {
		t.Fatal(err)
	}
	ps, err := s.Participants(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	return c, ps
}

func TestSavePlacementKeepsHistory(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	c, ps := finishedClass(t, s)
	pid := ps[0].ID
	first := data.Placement{ParticipantID: pid, Status: data.PlacementNotWorking, Employer: "ignored", Source: data.SourceTracer, Round: 3}
	if err := s.SavePlacement(ctx, &first); err != nil {
		t.Fatal(err)
	}
	if first.ID == "" || first.Employer != "" || !sameTime(first.RecordedAt, testNow) || first.RecordedBy == "" {
		t.Errorf("saved %+v", first)
	}
	s.User = "petugas"
	second := data.Placement{ParticipantID: pid, Status: data.PlacementEmployed, Employer: "PT Kaltim Prima", Position: "Welder",
		City: "Balikpapan", Kind: data.PlacementLocal, Start: ymd(2026, 10, 12), Salary: data.SalaryBands[2], Match: data.MatchYes,
		Source: data.SourceEmployer}
	if err := s.SavePlacement(ctx, &second); err != nil {
		t.Fatal(err)
	}
	history, err := s.PlacementHistory(ctx, pid)
	if err != nil {
		t.Fatal(err)
	}
	if len(history) != 2 || !data.SamePlacement(history[0], second) || history[0].RecordedBy != "petugas" ||
		history[1].ID != first.ID || history[1].Round != 3 {
		t.Errorf("history %+v", history)
	}
	list, err := s.ClassPlacements(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(ps) || list[0].ParticipantID != pid || list[0].Current.ID != second.ID || list[0].Records != 2 ||
		!list[0].ClassEnd.Equal(c.End) || list[1].Current.ID != "" || list[1].Records != 0 {
		t.Errorf("class placements %+v", list[:2])
	}
}

func TestSavePlacementRefuses(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	_, ps := finishedClass(t, s)
	bad := data.Placement{ParticipantID: ps[0].ID, Status: "hired", Source: data.SourceAK1}
	var probs data.Problems
	if err := s.SavePlacement(ctx, &bad); !errors.As(err, &probs) || probs[0].Code != data.CodeBadPlacementStatus {
		t.Errorf("bad status: %v", err)
	}
	gone := data.Placement{ParticipantID: "nobody", Status: data.PlacementEmployed, Source: data.SourceAK1}
	if err := s.SavePlacement(ctx, &gone); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown participant: %v", err)
	}
	if _, err := s.PlacementHistory(ctx, "nobody"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("history of nobody: %v", err)
	}
	if h, err := s.PlacementHistory(ctx, ps[0].ID); err != nil || len(h) != 0 {
		t.Errorf("refused records were saved: %v %v", h, err)
	}
}

func TestAddPlacements(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	_, ps := finishedClass(t, s)
	work := data.Placement{ParticipantID: ps[0].ID, Status: data.PlacementEmployed, Employer: "CV Maju", Source: data.SourceImport}
	if err := s.SavePlacement(ctx, &work); err != nil {
		t.Fatal(err)
	}
	batch := []data.Placement{
		{ParticipantID: ps[0].ID, Status: data.PlacementEmployed, Employer: " CV  Maju", Source: data.SourceImport}, // the same
		{ParticipantID: ps[1].ID, Status: data.PlacementSelfEmployed, Employer: "Warung Sari", Source: data.SourceImport},
	}
	added, err := s.AddPlacements(ctx, batch)
	if err != nil || added[0] || !added[1] {
		t.Fatalf("added %v, %v", added, err)
	}
	// One bad placement saves none.
	batch = []data.Placement{
		{ParticipantID: ps[2].ID, Status: data.PlacementEmployed, Source: data.SourceImport},
		{ParticipantID: "nobody", Status: data.PlacementEmployed, Source: data.SourceImport},
	}
	if _, err := s.AddPlacements(ctx, batch); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown participant: %v", err)
	}
	if h, _ := s.PlacementHistory(ctx, ps[2].ID); len(h) != 0 {
		t.Errorf("half applied: %v", h)
	}
}

func TestPlacementTargets(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	c, ps := finishedClass(t, s)
	lone := data.Seeker{NIK: "6471050101990001", Name: "Tanpa Kelas", BirthDate: ymd(1999, 1, 1), Sex: data.SexMale}
	if err := s.CreateSeeker(ctx, &lone); err != nil {
		t.Fatal(err)
	}
	got, err := s.PlacementTargets(ctx, []string{ps[0].NIK, lone.NIK, "6471050101990002"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[lone.NIK].Targets) != 0 || got[lone.NIK].Name != "Tanpa Kelas" {
		t.Fatalf("targets %+v", got)
	}
	tg := got[ps[0].NIK].Targets
	if len(tg) != 1 || tg[0].ParticipantID != ps[0].ID || tg[0].ClassCode != c.Code || !tg[0].End.Equal(c.End) {
		t.Errorf("targets of %s: %+v", ps[0].Name, tg)
	}
}
