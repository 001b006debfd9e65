package data

import (
	"math/rand/v2"
	"testing"
	"time"
)

func TestIPK31Rows(t *testing.T) {
	month := ymd(2026, 10, 1) // October 2026; the age is taken on 31 October
	born := func(age int) time.Time { return ymd(2026-age, 6, 1) }
	tests := []struct {
		name string
		f    JobSeekerFact
		rows []int // the rows the seeker is counted in
		col  int
	}{
		{"carried, still there", JobSeekerFact{BirthDate: born(22), Sex: SexMale, Registered: ymd(2026, 3, 2)},
			[]int{IPKCarried, IPKLeft}, 2},
		{"registered this month", JobSeekerFact{BirthDate: born(17), Sex: SexFemale, Registered: ymd(2026, 10, 31)},
			[]int{IPKRegistered, IPKLeft}, 1},
		{"placed this month", JobSeekerFact{BirthDate: born(31), Sex: SexFemale, Registered: ymd(2026, 1, 10),
			Placed: []time.Time{ymd(2026, 10, 5)}}, []int{IPKCarried, IPKPlaced}, 5},
		{"placed before registering: not counted as placed", JobSeekerFact{BirthDate: born(46), Sex: SexMale,
			Registered: ymd(2026, 5, 1), Placed: []time.Time{ymd(2025, 1, 1)}}, []int{IPKCarried, IPKLeft}, 6},
		{"AK/1 expired this month", JobSeekerFact{BirthDate: born(60), Sex: SexMale, Registered: ymd(2024, 10, 12)},
			[]int{IPKCarried, IPKRemoved}, 8},
		{"archived this month", JobSeekerFact{BirthDate: born(25), Sex: SexMale, Registered: ymd(2026, 10, 2),
			Archived: ymd(2026, 10, 20)}, []int{IPKRegistered, IPKRemoved}, 2},
		{"placed and archived the same day: placed", JobSeekerFact{BirthDate: born(25), Sex: SexMale,
			Registered: ymd(2026, 9, 2), Archived: ymd(2026, 10, 20), Placed: []time.Time{ymd(2026, 10, 20)}},
			[]int{IPKCarried, IPKPlaced}, 2},
		{"archived before the registration typed", JobSeekerFact{BirthDate: born(25), Sex: SexMale,
			Registered: ymd(2026, 10, 9), Archived: ymd(2026, 10, 1)}, []int{IPKRegistered, IPKRemoved}, 2},
		{"placed last month", JobSeekerFact{BirthDate: born(25), Sex: SexMale, Registered: ymd(2026, 2, 1),
			Placed: []time.Time{ymd(2026, 9, 30)}}, nil, 0},
		{"placed next month", JobSeekerFact{BirthDate: born(25), Sex: SexMale, Registered: ymd(2026, 2, 1),
			Placed: []time.Time{ymd(2026, 11, 1)}}, []int{IPKCarried, IPKLeft}, 2},
		{"registered next month", JobSeekerFact{BirthDate: born(25), Sex: SexMale, Registered: ymd(2026, 11, 1)}, nil, 0},
		{"expired long ago", JobSeekerFact{BirthDate: born(25), Sex: SexMale, Registered: ymd(2023, 1, 1)}, nil, 0},
	}
	for _, tt := range tests {
		r := NewIPK31(month.AddDate(0, 0, 14))
		r.Add(tt.f)
		r.Finish()
		want := [IPKRows]int{}
		for _, row := range tt.rows {
			want[row] = 1
		}
		if len(tt.rows) > 0 {
			want[IPKSumA], want[IPKSumB] = 1, want[IPKPlaced]+want[IPKRemoved]
		}
		for row := range IPKRows {
			if got := r.Cells[row][tt.col]; got != want[row] {
				t.Errorf("%s: row %s column %d = %d, want %d", tt.name, IPKRowLabels[row][0], tt.col, got, want[row])
			}
			if got := r.Cells[row][IPKTotal]; got != want[row] {
				t.Errorf("%s: row %s total = %d, want %d", tt.name, IPKRowLabels[row][0], got, want[row])
			}
		}
	}
}

func TestIPK31LeftOut(t *testing.T) {
	r := NewIPK31(ymd(2026, 10, 1))
	r.Add(JobSeekerFact{BirthDate: ymd(2000, 1, 1), Sex: SexMale})
	r.Add(JobSeekerFact{BirthDate: ymd(2012, 1, 1), Sex: SexMale, Registered: ymd(2026, 10, 3)})
	r.Finish()
	if r.NoDate != 1 || r.Under15 != 1 || r.Cells[IPKSumA][IPKTotal] != 0 {
		t.Errorf("no date %d, under 15 %d, A %d", r.NoDate, r.Under15, r.Cells[IPKSumA][IPKTotal])
	}
}

// The identities hold in every column of a recap of many random seekers.
func TestIPK31Identities(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	day := func(from time.Time, span int) time.Time { return from.AddDate(0, 0, rng.IntN(span)) }
	for _, month := range []time.Time{ymd(2026, 1, 1), ymd(2026, 10, 1), ymd(2024, 2, 1)} {
		r := NewIPK31(month)
		for range 5000 {
			f := JobSeekerFact{BirthDate: day(ymd(1960, 1, 1), 365*52), Sex: []string{SexMale, SexFemale}[rng.IntN(2)],
				Registered: day(ymd(2022, 1, 1), 365*5)}
			if rng.IntN(5) == 0 {
				f.Archived = day(ymd(2022, 1, 1), 365*5)
			}
			if rng.IntN(4) == 0 {
				f.Placed = []time.Time{day(ymd(2022, 1, 1), 365*5), day(ymd(2022, 1, 1), 365*5)}
			}
			r.Add(f)
		}
		r.Finish()
		checkIPKIdentities(t, r)
		if r.Cells[IPKSumA][IPKTotal] == 0 || r.Cells[IPKPlaced][IPKTotal] == 0 || r.Cells[IPKRemoved][IPKTotal] == 0 {
			t.Errorf("%v: a thin recap %v", month, r.Cells)
		}
	}
}

// checkIPKIdentities checks A = 1 + 2, B = 3 + 4, 5 = A − B and the totals in every column.
func checkIPKIdentities(t *testing.T, r IPK31) {
	t.Helper()
	c := r.Cells
	for col := range IPKCols {
		if c[IPKSumA][col] != c[IPKCarried][col]+c[IPKRegistered][col] || c[IPKSumB][col] != c[IPKPlaced][col]+c[IPKRemoved][col] ||
			c[IPKLeft][col] != c[IPKSumA][col]-c[IPKSumB][col] {
			t.Errorf("%v column %d: %v", r.Month, col, c)
		}
	}
	for row := range IPKRows {
		l, p := 0, 0
		for g := range IPKAgeGroups {
			l, p = l+c[row][2*g], p+c[row][2*g+1]
		}
		if c[row][IPKTotalL] != l || c[row][IPKTotalP] != p || c[row][IPKTotal] != l+p {
			t.Errorf("%v row %d totals: %v", r.Month, row, c[row])
		}
	}
}

func TestAgeOn(t *testing.T) {
	for _, tt := range []struct {
		birth, day time.Time
		want       int
	}{
		{ymd(2000, 10, 31), ymd(2026, 10, 31), 26},
		{ymd(2000, 11, 1), ymd(2026, 10, 31), 25},
		{ymd(2008, 2, 29), ymd(2026, 2, 28), 17},
	} {
		if got := AgeOn(tt.birth, tt.day); got != tt.want {
			t.Errorf("AgeOn(%v, %v) = %d, want %d", tt.birth, tt.day, got, tt.want)
		}
	}
}
