package demo

import (
	"context"
	"testing"

	"balai/data"
)

func TestAddDemoOutcomes(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	if _, err := AddSeekers(ctx, s, 200, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := AddClasses(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if err := AddAttendance(ctx, s); err != nil {
		t.Fatal(err)
	}
	if err := AddCertificateSetup(ctx, s, codes[0]); err != nil {
		t.Fatal(err)
	}
	added, err := AddOutcomes(ctx, s, codes[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 2 {
		t.Fatalf("added %v", added)
	}
	if !s.Now().Equal(testNow) {
		t.Errorf("the clock was left at %v", s.Now())
	}
	due, err := s.TracerRounds(ctx, true)
	if err != nil || len(due) == 0 {
		t.Fatalf("no round due: %v", err)
	}
	// The bakers' 12-month round and the computer operators' 6-month round, half called.
	if len(due) != 2 || due[0].ClassCode != added[0] || due[0].Round != 12 || due[1].ClassCode != added[1] || due[1].Round != 6 ||
		due[1].Remaining() == 0 || due[1].Reached == 0 {
		t.Errorf("due %+v", due)
	}
	f, err := s.ReadOutcomeFacts(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	r, o := f.Realisasi(), f.Outcomes()
	if len(r.Programs) != 3 || r.Total.Employed < 10 || r.Total.SelfEmployed < 4 || r.Total.Certificates < 28 || len(o.ByYear) != 2 {
		t.Errorf("recap %+v, years %+v", r.Total, o.ByYear)
	}
	sum := 0
	for _, n := range o.Waiting {
		sum += n
	}
	if sum < 10 || o.Waiting[1] == 0 {
		t.Errorf("waiting %v", o.Waiting)
	}
	var untraced, finishedRecords int
	finished, _ := s.ClassByCode(ctx, codes[0])
	list, _ := s.ClassPlacements(ctx, finished.ID)
	for _, p := range list {
		if p.Current.Status == data.PlacementUntraced {
			untraced++
		}
		if p.Current.ID != "" {
			finishedRecords++
		}
	}
	if untraced != 2 || finishedRecords != 11 {
		t.Errorf("finished class: %d untraced, %d with a record", untraced, finishedRecords)
	}
	ipk, err := s.IPK31(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if ipk.Cells[data.IPKRemoved][data.IPKTotal] < 1 {
		t.Errorf("IPK III/1 removed %v", ipk.Cells[data.IPKRemoved])
	}
	again, err := AddOutcomes(ctx, s, codes[0])
	if err != nil || len(again) != 0 {
		t.Errorf("a second run added %v (%v)", again, err)
	}
}
