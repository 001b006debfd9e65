package data

import (
	"slices"
	"testing"
	"time"
)

func TestCleanPlacement(t *testing.T) {
	work := Placement{Status: PlacementEmployed, Employer: " PT  Pertamina ", Position: "Welder", Field: "Migas",
		City: "Balikpapan", Kind: "akl", Start: ymd(2026, 9, 1).Add(3 * time.Hour), Salary: "Rp 4–6 juta",
		Match: MatchYes, Source: SourceTracer, Round: 3}
	tests := []struct {
		name  string
		in    Placement
		want  Placement
		probs []string
	}{
		{"work kept", work, Placement{Status: PlacementEmployed, Employer: "PT Pertamina", Position: "Welder",
			Field: "Migas", City: "Balikpapan", Kind: "AKL", Start: ymd(2026, 9, 1), Salary: "Rp 4–6 juta",
			Match: MatchYes, Source: SourceTracer, Round: 3}, nil},
		{"not working drops the work", with(work, func(p *Placement) { p.Status = PlacementNotWorking }),
			Placement{Status: PlacementNotWorking, Source: SourceTracer, Round: 3}, nil},
		{"studying keeps the school", with(work, func(p *Placement) { p.Status = PlacementStudying }),
			Placement{Status: PlacementStudying, Employer: "PT Pertamina", City: "Balikpapan", Source: SourceTracer, Round: 3}, nil},
		{"untraced", Placement{Status: PlacementUntraced, Employer: "x", Source: SourceImport},
			Placement{Status: PlacementUntraced, Source: SourceImport}, nil},
		{"no status", Placement{Source: SourceAK1}, Placement{Source: SourceAK1}, []string{"status required"}},
		{"bad values", Placement{Status: "hired", Kind: "xx", Salary: "banyak", Match: "maybe", Source: "radio", Round: 4},
			Placement{Status: "hired", Kind: "XX", Salary: "banyak", Match: "maybe", Source: "radio", Round: 4},
			[]string{"status bad_placement_status", "kind bad_placement_kind", "salary bad_salary_band",
				"match bad_match", "source bad_placement_source", "round bad_tracer_round"}},
		{"future start", with(work, func(p *Placement) { p.Start = ymd(2026, 11, 27); p.Round = 0 }),
			with(work, func(p *Placement) {
				p.Employer, p.Kind, p.Start, p.Round = "PT Pertamina", "AKL", ymd(2026, 11, 27), 0
			}), []string{"start future_start_date"}},
	}
	for _, tt := range tests {
		got, probs := CleanPlacement(tt.in, testNow)
		var codes []string
		for _, p := range probs {
			codes = append(codes, p.Field+" "+p.Code)
		}
		if !SamePlacement(got, tt.want) || got.Source != tt.want.Source || got.Round != tt.want.Round ||
			!slices.Equal(codes, tt.probs) {
			t.Errorf("%s: got %+v %v, want %+v %v", tt.name, got, codes, tt.want, tt.probs)
		}
	}
}

func with(p Placement, change func(*Placement)) Placement {
	change(&p)
	return p
}

func TestWaitingMonths(t *testing.T) {
	end := ymd(2026, 2, 28)
	tests := []struct {
		end, start time.Time
		want       int
		ok         bool
	}{
		{end, time.Time{}, 0, false},
		{end, ymd(2026, 2, 1), 0, true}, // hired before the end
		{end, ymd(2026, 3, 27), 0, true},
		{end, ymd(2026, 3, 28), 1, true},
		{end, ymd(2026, 6, 1), 3, true},
		{end, ymd(2027, 3, 1), 12, true},
		{ymd(2026, 3, 31), ymd(2026, 4, 30), 1, true}, // the month's last day is a whole month
		{ymd(2026, 3, 31), ymd(2026, 4, 29), 0, true},
	}
	for _, tt := range tests {
		got, ok := WaitingMonths(tt.end, tt.start)
		if got != tt.want || ok != tt.ok {
			t.Errorf("WaitingMonths(%v, %v) = %d, %v; want %d, %v", tt.end, tt.start, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWaitingBucket(t *testing.T) {
	for months, want := range map[int]int{0: 0, 3: 0, 4: 1, 6: 1, 7: 2, 12: 2, 13: 3, 40: 3} {
		if got := WaitingBucket(months); got != want {
			t.Errorf("WaitingBucket(%d) = %d, want %d", months, got, want)
		}
	}
}

func TestParsePlacementValues(t *testing.T) {
	statuses := map[string]string{"Bekerja": PlacementEmployed, " WIRAUSAHA ": PlacementSelfEmployed,
		"Belum-Bekerja": PlacementNotWorking, "lanjut studi": PlacementStudying, "Tidak Terlacak": PlacementUntraced,
		"self_employed": PlacementSelfEmployed, "Melanjutkan Pendidikan": PlacementStudying, "pensiun": "", "": ""}
	for in, want := range statuses {
		if got, ok := ParsePlacementStatus(in); got != want || ok != (want != "") {
			t.Errorf("ParsePlacementStatus(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	kinds := map[string]string{"akl": "AKL", "Antar Daerah": "AKAD", "Luar Negeri": "AKAN", "AKAN": "AKAN", "kota": ""}
	for in, want := range kinds {
		if got, ok := ParsePlacementKind(in); got != want || ok != (want != "") {
			t.Errorf("ParsePlacementKind(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	matches := map[string]string{"Ya": MatchYes, "Sesuai": MatchYes, "tidak sesuai": MatchNo, "N": MatchNo, "?": ""}
	for in, want := range matches {
		if got, ok := ParseMatch(in); got != want || ok != (want != "") {
			t.Errorf("ParseMatch(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	bands := map[string]string{"rp 4-6 juta": "Rp 4–6 juta", "<Rp 2 juta": "< Rp 2 juta", "> rp 10 juta": "> Rp 10 juta", "5 juta": ""}
	for in, want := range bands {
		if got, ok := ParseSalaryBand(in); got != want || ok != (want != "") {
			t.Errorf("ParseSalaryBand(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestCleanClassTraining(t *testing.T) {
	c, probs := CleanClass(Class{ProgramID: "p", Code: "x", Start: ymd(2026, 1, 5), End: ymd(2026, 2, 5), Method: " Daring ", Type: "pbk"})
	if len(probs) != 0 || c.Method != MethodOnline || c.Type != "PBK" {
		t.Errorf("got %q %q %v", c.Method, c.Type, probs)
	}
	c, probs = CleanClass(Class{ProgramID: "p", Code: "x", Start: ymd(2026, 1, 5), End: ymd(2026, 2, 5), Method: "hybrid", Type: " Kursus  Singkat "})
	if len(probs) != 1 || probs[0].Code != CodeBadMethod || c.Type != "Kursus Singkat" {
		t.Errorf("got %q %v", c.Type, probs)
	}
}

func TestMergePlacement(t *testing.T) {
	cur := Placement{Status: PlacementEmployed, Employer: "PT Kaltim", Position: "Welder", City: "Balikpapan", Kind: "AKL",
		Start: ymd(2026, 9, 1), Salary: SalaryBands[2], Match: MatchYes}
	tests := []struct {
		name     string
		row      Placement
		want     Placement
		sameAsIn bool
	}{
		{"the ministry's columns only", Placement{Status: PlacementEmployed, Employer: "PT Kaltim", City: "Balikpapan"}, cur, false},
		{"no employer", Placement{Status: PlacementEmployed}, cur, false},
		{"another employer", Placement{Status: PlacementEmployed, Employer: "CV Baru"}, Placement{}, true},
		{"another status", Placement{Status: PlacementSelfEmployed}, Placement{}, true},
		{"a new position", Placement{Status: PlacementEmployed, Position: "Mandor"}, with(cur, func(p *Placement) { p.Position = "Mandor" }), false},
	}
	for _, tt := range tests {
		got := MergePlacement(cur, tt.row)
		want := tt.want
		if tt.sameAsIn {
			want = tt.row
		}
		if !SamePlacement(got, want) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, want)
		}
	}
}
