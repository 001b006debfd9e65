package demo

import (
	"balai/data"
	"balai/data/store"

	"context"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDemoSeekersValid(t *testing.T) {
	const n = 5000
	seekers := Seekers(rand.New(rand.NewPCG(1, 2)), n, testNow)
	if got := len(seekers); got != n {
		t.Fatalf("len(DemoSeekers) = %d, want %d", got, n)
	}
	for i, s := range seekers {
		got, bad, warn := data.ParseSeeker(s.Input(), testNow)
		if len(bad) > 0 || len(warn) > 0 {
			t.Fatalf("seeker %d %+v: problems %v, warnings %v", i, s.Input(), bad, warn)
		}
		if got, want := got.Input(), s.Input(); got != want {
			t.Fatalf("seeker %d: ParseSeeker(Input()).Input() =\n%+v\nwant\n%+v", i, got, want)
		}
	}
}

func TestDemoSeekersConsistent(t *testing.T) {
	seekers := Seekers(rand.New(rand.NewPCG(3, 4)), 5000, testNow)
	kelurahanOf := map[string][]string{}
	for _, k := range demoKecamatan {
		kelurahanOf[k.name] = k.kelurahan
	}
	ak1Pattern := regexp.MustCompile(`^6471-20\d\d-\d{6}$`)
	today := ymd(2026, 11, 26)
	niks, ak1s := map[string]int{}, map[string]int{}
	for i, s := range seekers {
		info := data.DecodeNIK(s.NIK, testNow)
		if !info.Valid || info.Province != "64" {
			t.Errorf("seeker %d: NIK %s: %+v, want a valid Kalimantan Timur NIK", i, s.NIK, info)
		}
		if got, want := info.Sex, s.Sex; got != want {
			t.Errorf("seeker %d: NIK %s encodes sex %s, want %s", i, s.NIK, got, want)
		}
		if got, want := info.BirthDate, s.BirthDate; !got.Equal(want) {
			t.Errorf("seeker %d: NIK %s encodes birth date %v, want %v", i, s.NIK, got, want)
		}
		if d := s.NIK[4:6]; d < "01" || d > "06" {
			t.Errorf("seeker %d: NIK %s: district %s, want 01–06", i, s.NIK, d)
		}
		if serial := s.NIK[12:]; serial == "0000" {
			t.Errorf("seeker %d: NIK %s: serial 0000", i, s.NIK)
		}
		if j, dup := niks[s.NIK]; dup {
			t.Errorf("seekers %d and %d share NIK %s", j, i, s.NIK)
		}
		niks[s.NIK] = i
		if !ak1Pattern.MatchString(s.AK1Number) {
			t.Errorf("seeker %d: AK/1 %q, want like 6471-2026-000123", i, s.AK1Number)
		}
		if j, dup := ak1s[s.AK1Number]; dup {
			t.Errorf("seekers %d and %d share AK/1 %s", j, i, s.AK1Number)
		}
		ak1s[s.AK1Number] = i
		if age := yearsBetween(s.BirthDate, today); age < 17 || age > 45 {
			t.Errorf("seeker %d: age %d, want 17–45", i, age)
		}
		if s.RegisteredOn.After(today) || s.RegisteredOn.Before(today.AddDate(-2, 0, 0)) {
			t.Errorf("seeker %d: registered %v, want in the two years up to %v", i, s.RegisteredOn, today)
		}
		if age := yearsBetween(s.BirthDate, s.RegisteredOn); age < 17 {
			t.Errorf("seeker %d: registered at %d, want 17 or older", i, age)
		}
		if i > 0 && s.RegisteredOn.Before(seekers[i-1].RegisteredOn) {
			t.Errorf("seeker %d: registered %v before seeker %d (%v)", i, s.RegisteredOn, i-1, seekers[i-1].RegisteredOn)
		}
		if !slices.Contains(kelurahanOf[s.Kecamatan], s.Kelurahan) {
			t.Errorf("seeker %d: kelurahan %q is not in kecamatan %q", i, s.Kelurahan, s.Kecamatan)
		}
		if s.City != "Balikpapan" || s.Name == "" || s.BirthPlace == "" || s.Address == "" || s.Religion == "" || s.Marital == "" || s.Education == "" || s.Employment == "" {
			t.Errorf("seeker %d: missing field in %+v", i, s.Input())
		}
	}
}

// yearsBetween is the age on day of someone born on birth.
func yearsBetween(birth, day time.Time) int {
	age := day.Year() - birth.Year()
	if day.Month() < birth.Month() || day.Month() == birth.Month() && day.Day() < birth.Day() {
		age--
	}
	return age
}

func TestDemoSeekersDistribution(t *testing.T) {
	const n = 5000
	seekers := Seekers(rand.New(rand.NewPCG(5, 6)), n, testNow)
	count := func(f func(data.Seeker) bool) int {
		c := 0
		for _, s := range seekers {
			if f(s) {
				c++
			}
		}
		return c
	}
	today := ymd(2026, 11, 26)
	siti := regexp.MustCompile(`^(Siti|Sitti|St\.) `)
	tests := []struct {
		name     string
		f        func(data.Seeker) bool
		min, max int // percent
	}{
		{"NIK issued in Balikpapan", func(s data.Seeker) bool { return s.NIK[:4] == "6471" }, 80, 90},
		{"women", func(s data.Seeker) bool { return s.Sex == data.SexFemale }, 40, 52},
		{"SMA or SMK", func(s data.Seeker) bool { return s.Education == "SMA" || s.Education == "SMK" }, 55, 75},
		{"SD", func(s data.Seeker) bool { return s.Education == "SD" }, 1, 6},
		{"unemployed", func(s data.Seeker) bool { return s.Employment == data.EmploymentUnemployed }, 65, 90},
		{"aged 18–35", func(s data.Seeker) bool { a := yearsBetween(s.BirthDate, today); return a >= 18 && a <= 35 }, 75, 92},
		{"with a phone", func(s data.Seeker) bool { return s.Phone != "" }, 94, 100},
		{"with an e-mail", func(s data.Seeker) bool { return s.Email != "" }, 20, 50},
		{"with skills", func(s data.Seeker) bool { return s.Skills != "" }, 55, 85},
		{"Muslim", func(s data.Seeker) bool { return s.Religion == "Islam" }, 75, 92},
		{"named Siti, Sitti or St.", func(s data.Seeker) bool { return siti.MatchString(s.Name) }, 1, 10},
		{"with Daeng", func(s data.Seeker) bool { return strings.Contains(s.Name, " Daeng ") }, 1, 8},
		{"single name", func(s data.Seeker) bool { return !strings.Contains(s.Name, " ") }, 2, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := count(tt.f) * 100 / n
			if got < tt.min || got > tt.max {
				t.Errorf("%d%%, want %d–%d%%", got, tt.min, tt.max)
			}
		})
	}
}

func TestDemoSeekersDeterministic(t *testing.T) {
	tests := []struct {
		name       string
		seedA      uint64
		seedB      uint64
		wantEqual  bool
		nowB       time.Time
		wantLength int
	}{
		{name: "same seed", seedA: 7, seedB: 7, wantEqual: true, nowB: testNow, wantLength: 300},
		{name: "other seed", seedA: 7, seedB: 8, wantEqual: false, nowB: testNow, wantLength: 300},
		{name: "other day", seedA: 7, seedB: 7, wantEqual: false, nowB: testNow.AddDate(0, 0, 1), wantLength: 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Seekers(rand.New(rand.NewPCG(tt.seedA, 1)), tt.wantLength, testNow)
			b := Seekers(rand.New(rand.NewPCG(tt.seedB, 1)), tt.wantLength, tt.nowB)
			if got := reflect.DeepEqual(a, b); got != tt.wantEqual {
				t.Errorf("equal = %v, want %v", got, tt.wantEqual)
			}
		})
	}
}

func TestDemoSeekersCount(t *testing.T) {
	for _, n := range []int{-1, 0, 1, 17} {
		want := max(n, 0)
		if got := len(Seekers(rand.New(rand.NewPCG(1, 1)), n, testNow)); got != want {
			t.Errorf("len(Seekers(%d)) = %d, want %d", n, got, want)
		}
	}
}

func TestAddSeekers(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	runs := []struct {
		n         int
		seed      uint64
		wantAdded int
		wantTotal int
	}{
		{n: 0, seed: 1, wantAdded: 0, wantTotal: 0},
		{n: 300, seed: 1, wantAdded: 300, wantTotal: 300},
		{n: 300, seed: 1, wantAdded: 300, wantTotal: 600}, // same seed again: new NIKs
		{n: 200, seed: 2, wantAdded: 200, wantTotal: 800},
	}
	for i, r := range runs {
		got, err := AddSeekers(ctx, s, r.n, r.seed)
		if err != nil {
			t.Fatalf("run %d: AddSeekers(%d, %d): %v", i, r.n, r.seed, err)
		}
		if got != r.wantAdded {
			t.Errorf("run %d: AddSeekers(%d, %d) = %d, want %d", i, r.n, r.seed, got, r.wantAdded)
		}
		total, err := s.CountSeekers(ctx, store.SeekerFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if total != r.wantTotal {
			t.Errorf("run %d: %d seekers, want %d", i, total, r.wantTotal)
		}
	}
	var rows, ak1s, invalid int
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*), count(DISTINCT ak1_number) FROM seekers`).Scan(&rows, &ak1s); err != nil {
		t.Fatal(err)
	}
	if ak1s != rows {
		t.Errorf("%d distinct AK/1 numbers for %d seekers, want one each", ak1s, rows)
	}
	err := s.EachSeeker(ctx, store.SeekerFilter{}, func(sk data.Seeker) error {
		if _, bad, warn := data.ParseSeeker(sk.Input(), testNow); len(bad)+len(warn) > 0 {
			invalid++
		}
		if sk.ID == "" || sk.CreatedAt.Format(time.RFC3339) != "2026-11-26T10:00:00Z" {
			t.Errorf("stored seeker %s: id %q, created %q", sk.NIK, sk.ID, sk.CreatedAt)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if invalid > 0 {
		t.Errorf("%d stored demo seekers do not pass ParseSeeker", invalid)
	}
}

func TestAddSeekersSkipsTakenNIKs(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	// The seekers AddSeekers(…, 5) would add to an empty register.
	planned := Seekers(Rand(5), 50, testNow)
	existing := planned[10]
	existing.Name = "Pemilik Asli"
	existing.AK1Number = "6471-2026-000500"
	if err := s.CreateSeeker(ctx, &existing); err != nil {
		t.Fatal(err)
	}

	got, err := AddSeekers(ctx, s, 50, 5)
	if err != nil {
		t.Fatal(err)
	}
	if got != 50 {
		t.Errorf("AddSeekers = %d, want 50", got)
	}
	kept, err := s.SeekerByNIK(ctx, existing.NIK)
	if err != nil {
		t.Fatal(err)
	}
	if kept.ID != existing.ID || kept.Name != "Pemilik Asli" {
		t.Errorf("seeker with NIK %s = %s %q, want the existing %s %q", existing.NIK, kept.ID, kept.Name, existing.ID, existing.Name)
	}
	var first string
	if err := s.DB().QueryRowContext(ctx, `SELECT min(ak1_number) FROM seekers WHERE ak1_number LIKE '6471-2026-%' AND id <> ?`, existing.ID).Scan(&first); err != nil {
		t.Fatal(err)
	}
	if want := "6471-2026-000501"; first != want {
		t.Errorf("first new AK/1 number of 2026 = %q, want %q (after the existing 6471-2026-000500)", first, want)
	}
}

func TestAddSeekersDeterministic(t *testing.T) {
	ctx := context.Background()
	niks := func() []string {
		s := openStore(t)
		if _, err := AddSeekers(ctx, s, 100, 9); err != nil {
			t.Fatal(err)
		}
		var out []string
		err := s.EachSeeker(ctx, store.SeekerFilter{Sort: data.SortNIK}, func(sk data.Seeker) error {
			out = append(out, sk.NIK+" "+sk.AK1Number+" "+sk.Name)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if a, b := niks(), niks(); !slices.Equal(a, b) {
		t.Errorf("two stores with seed 9 differ:\n%v\n%v", a[:3], b[:3])
	}
	// On an empty register AddSeekers adds what DemoSeekers generates.
	var want []string
	for _, sk := range Seekers(Rand(9), 100, testNow) {
		want = append(want, sk.NIK+" "+sk.AK1Number+" "+sk.Name)
	}
	slices.Sort(want)
	if got := niks(); !slices.Equal(got, want) {
		t.Errorf("AddSeekers(100, 9) stored\n%v…\nwant Seekers(Rand(9))\n%v…", got[:3], want[:3])
	}
}

func TestAddSeekersCancelled(t *testing.T) {
	s := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := AddSeekers(ctx, s, 100, 1); err == nil {
		t.Fatal("AddSeekers on a cancelled context: no error")
	}
	n, err := s.CountSeekers(context.Background(), store.SeekerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d seekers after a cancelled run, want 0", n)
	}
}

func BenchmarkAddSeekers100k(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), "balai.db"))
		if err != nil {
			b.Fatal(err)
		}
		s.Now = func() time.Time { return testNow }
		b.StartTimer()
		n, err := AddSeekers(ctx, s, 100_000, 1)
		if err != nil {
			b.Fatal(err)
		}
		if n != 100_000 {
			b.Fatalf("added %d, want 100000", n)
		}
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

func TestAllSeekers(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	const n = 2050 // more than one page of EachSeeker
	if _, err := AddSeekers(ctx, s, n, 3); err != nil {
		t.Fatal(err)
	}
	f := store.SeekerFilter{Sort: data.SortNIK}

	var want []string
	for _, sk := range Seekers(Rand(3), n, testNow) {
		want = append(want, sk.NIK)
	}
	slices.Sort(want)
	var got []string
	for sk, err := range s.AllSeekers(ctx, f) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, sk.NIK)
	}
	if len(got) != n || !slices.Equal(got, want) {
		t.Errorf("AllSeekers gave %d seekers, want the %d added, in NIK order", len(got), len(want))
	}

	tests := []struct {
		name  string
		stop  int // break after this many
		wantN int
	}{
		{"break at once", 1, 1},
		{"break in the second page", 2001, 2001},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := 0
			for _, err := range s.AllSeekers(ctx, f) {
				if err != nil {
					t.Fatal(err)
				}
				got++
				if got == tt.stop {
					break
				}
			}
			if got != tt.wantN {
				t.Errorf("got %d seekers, want %d", got, tt.wantN)
			}
		})
	}
}

func TestAllSeekersError(t *testing.T) {
	s := openStore(t)
	if _, err := AddSeekers(context.Background(), s, 10, 1); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs, seekers int
	for sk, err := range s.AllSeekers(ctx, store.SeekerFilter{}) {
		if err != nil {
			errs++
			if sk.NIK != "" {
				t.Errorf("seeker %s yielded with the error, want a zero Seeker", sk.NIK)
			}
			continue
		}
		seekers++
	}
	if errs != 1 || seekers != 0 {
		t.Errorf("cancelled: %d errors, %d seekers; want 1 error, 0 seekers", errs, seekers)
	}
}

// AddSeekers writes in bulk with the search index paused (and, for a big
// write, the other indexes dropped): afterwards the schema is as before and
// every new seeker can be found.
func TestAddSeekersKeepsSchemaAndSearch(t *testing.T) {
	ctx := context.Background()
	schema := func(s *store.Store) []string {
		rows, err := s.DB().QueryContext(ctx, `SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		return out
	}
	tests := []struct {
		name string
		n    int
	}{
		{"small write", 50},
		{"big write", 5000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t)
			before := schema(s)
			if _, err := AddSeekers(ctx, s, tt.n, 4); err != nil {
				t.Fatal(err)
			}
			if after := schema(s); !slices.Equal(after, before) {
				t.Errorf("schema after AddSeekers(%d):\n got %v\nwant %v", tt.n, after, before)
			}
			want := Seekers(Rand(4), tt.n, testNow)
			for _, sk := range []data.Seeker{want[0], want[len(want)/2], want[len(want)-1]} {
				for _, q := range []string{sk.NIK, sk.AK1Number, sk.Name} {
					got, err := s.FindSeekers(ctx, store.SeekerFilter{Query: q}, 0, 10)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.ContainsFunc(got, func(g data.Seeker) bool { return g.NIK == sk.NIK }) {
						t.Errorf("search %q does not find %s", q, sk.NIK)
					}
				}
			}
		})
	}
}
