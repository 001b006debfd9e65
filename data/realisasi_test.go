package data

import (
	"reflect"
	"testing"
	"time"
)

// A hand-counted fixture: two programs, three classes (one still running,
// one cancelled and so not passed in), ten participants.
var (
	realisasiClasses = []RealisasiClass{
		{ClassID: "las1", Code: "LAS-2026-01", ProgramName: "Las SMAW 3G", Start: ymd(2026, 3, 2), End: ymd(2026, 5, 1), Quota: 16},
		{ClassID: "las2", Code: "LAS-2026-02", ProgramName: "Las SMAW 3G", Start: ymd(2026, 10, 5), End: ymd(2026, 12, 4), Quota: 16},
		{ClassID: "tik1", Code: "TIK-2026-01", ProgramName: "Operator Komputer", Start: ymd(2026, 1, 5), End: ymd(2026, 2, 27), Quota: 20},
	}
	realisasiPeople = []ParticipantOutcome{
		out("las1", SexMale, ParticipantGraduated, true, PlacementEmployed, ymd(2026, 6, 15)),    // waits 1 month
		out("las1", SexMale, ParticipantGraduated, true, PlacementSelfEmployed, ymd(2026, 9, 1)), // 4 months
		out("las1", SexFemale, ParticipantGraduated, true, PlacementNotWorking, time.Time{}),
		out("las1", SexMale, ParticipantGraduated, true, PlacementUntraced, time.Time{}),
		out("las1", SexMale, ParticipantNotCompetent, false, PlacementEmployed, ymd(2026, 6, 1)), // not competent: not in the rate
		out("las1", SexMale, ParticipantWithdrawn, false, "", time.Time{}),
		out("las2", SexFemale, ParticipantActive, false, "", time.Time{}),                  // running: not finished
		out("tik1", SexFemale, ParticipantGraduated, true, PlacementEmployed, time.Time{}), // start not known
		out("tik1", SexFemale, ParticipantGraduated, false, "", time.Time{}),
		out("gone", SexFemale, ParticipantGraduated, true, PlacementEmployed, time.Time{}), // a class not in the recap
	}
)

func out(class, sex, status string, cert bool, placement string, on time.Time) ParticipantOutcome {
	c := map[string]RealisasiClass{}
	for _, rc := range realisasiClasses {
		c[rc.ClassID] = rc
	}
	return ParticipantOutcome{ClassID: class, ProgramName: c[class].ProgramName, ClassYear: c[class].Start.Year(),
		ClassEnd: c[class].End, Sex: sex, Education: "SMK", Status: status, Certificate: cert, Placement: placement, PlacedOn: on}
}

func TestBuildRealisasi(t *testing.T) {
	r := BuildRealisasi(realisasiClasses, realisasiPeople, testNow)
	las1 := RealisasiCounts{Target: 16, Enrolled: 6, Finished: 5, Withdrawn: 1, Competent: 4, Certificates: 4,
		Employed: 1, SelfEmployed: 1, Traced: 4}
	las2 := RealisasiCounts{Target: 16, Enrolled: 1}
	tik1 := RealisasiCounts{Target: 20, Enrolled: 2, Finished: 2, Competent: 2, Certificates: 1, Employed: 1, Traced: 1}
	if len(r.Programs) != 2 || r.Programs[0].ProgramName != "Las SMAW 3G" || len(r.Programs[0].Classes) != 2 {
		t.Fatalf("programs %+v", r.Programs)
	}
	for _, tt := range []struct {
		got, want RealisasiCounts
	}{
		{r.Programs[0].Classes[0].RealisasiCounts, las1},
		{r.Programs[0].Classes[1].RealisasiCounts, las2},
		{r.Programs[1].Classes[0].RealisasiCounts, tik1},
	} {
		if tt.got != tt.want {
			t.Errorf("got %+v, want %+v", tt.got, tt.want)
		}
	}
	total := RealisasiCounts{Target: 52, Enrolled: 9, Finished: 7, Withdrawn: 1, Competent: 6, Certificates: 5,
		Employed: 2, SelfEmployed: 1, Traced: 5}
	if r.Total != total {
		t.Errorf("total %+v, want %+v", r.Total, total)
	}
	var sum RealisasiCounts
	for _, p := range r.Programs {
		for _, c := range p.Classes {
			sum.add(c.RealisasiCounts)
		}
	}
	if sum != r.Total {
		t.Errorf("the rows add up to %+v, the total is %+v", sum, r.Total)
	}
	bySex := r.BySex[0]
	bySex.add(r.BySex[1])
	bySex.Target = r.Total.Target
	if bySex != r.Total {
		t.Errorf("L + P = %+v, total %+v", bySex, r.Total)
	}
	if rate, ok := r.Total.PlacementRate(); !ok || rate != 0.5 {
		t.Errorf("placement rate %v %v, want 0.5", rate, ok)
	}
	if rate, ok := r.Programs[0].Classes[0].ResponseRate(); !ok || rate != 0.8 {
		t.Errorf("response rate %v %v, want 0.8", rate, ok)
	}
	if _, ok := r.Programs[0].Classes[1].PlacementRate(); ok {
		t.Error("a class without competent participants has a placement rate")
	}
}

func TestBuildOutcomes(t *testing.T) {
	o := BuildOutcomes(realisasiPeople[:len(realisasiPeople)-1], testNow)
	wantPrograms := []RateBar{{"Las SMAW 3G", 2, 4}, {"Operator Komputer", 1, 2}}
	if !reflect.DeepEqual(o.ByProgram, wantPrograms) {
		t.Errorf("by program %+v, want %+v", o.ByProgram, wantPrograms)
	}
	if !reflect.DeepEqual(o.ByYear, []RateBar{{"2026", 3, 6}}) {
		t.Errorf("by year %+v", o.ByYear)
	}
	if o.Waiting != [WaitingBuckets]int{1, 1, 0, 0} || o.WaitingUnknown != 1 {
		t.Errorf("waiting %v, unknown %d", o.Waiting, o.WaitingUnknown)
	}
	// Finished: las1 ×5 (4 L, 1 P), tik1 ×2 (P).
	wantSex := []StatusBar{
		{"L", []int{2, 1, 0, 0, 1, 0}}, // employed (one not competent), self-employed, untraced
		{"P", []int{1, 0, 1, 0, 0, 1}}, // employed, not working, no record
	}
	if !reflect.DeepEqual(o.BySex, wantSex) {
		t.Errorf("by sex %+v, want %+v", o.BySex, wantSex)
	}
	if len(o.ByEducation) != 1 || o.ByEducation[0].Label != "SMK" || o.ByEducation[0].Total() != 7 {
		t.Errorf("by education %+v", o.ByEducation)
	}
}

func TestCompareEducation(t *testing.T) {
	got := []string{"–", "S1", "Paket C", "SMA", "SD"}
	want := []string{"SD", "SMA", "S1", "Paket C", "–"}
	sortedBars(map[string]*StatusBar{}, compareEducation) // no bars: no panic
	for i := range got {
		for j := i + 1; j < len(got); j++ {
			if compareEducation(got[i], got[j]) > 0 {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
