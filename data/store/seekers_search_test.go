package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"balai/data"
)

// searchFixture stores a small register and returns it by first name.
func searchFixture(t *testing.T, s *Store) map[string]data.Seeker {
	t.Helper()
	list := []data.Seeker{
		{NIK: "6471043101859619", AK1Number: "AK1/6471/2026/000001", Name: "Joko Rahman", BirthDate: ymd(1985, 1, 31), Sex: data.SexMale,
			Phone: "083597990046", Education: "D3", Kecamatan: "Balikpapan Tengah", Employment: data.EmploymentUnemployed},
		{NIK: "6471066702932549", Name: "Dewi Ramírez", BirthDate: ymd(1993, 2, 27), Sex: data.SexFemale,
			Phone: "084843416901", Education: "SD", Kecamatan: "Balikpapan Kota", Employment: data.EmploymentStudent},
		{NIK: "6471052205868851", Name: "Hendra Rahmadani", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale,
			Phone: "084790057568", Education: "SMK", Kecamatan: "Balikpapan Barat", Employment: data.EmploymentUnemployed},
		{NIK: "6471022803956711", Name: "JOKO HIDAYAT", BirthDate: ymd(1995, 3, 28), Sex: data.SexMale,
			Phone: "085653586737", Education: "SMA", Kecamatan: "Balikpapan Timur", Employment: data.EmploymentEmployed},
		{NIK: "6471054109821986", Name: "Aisyah Muñoz", BirthDate: ymd(1982, 9, 1), Sex: data.SexFemale,
			Phone: "081298765432", Education: "SMK", Kecamatan: "Balikpapan Barat", Employment: data.EmploymentUnemployed},
		{NIK: "6472034101990001", AK1Number: "AK1/6471/2026/000002", Name: "Sri Rahayu", BirthDate: ymd(1999, 1, 1), Sex: data.SexFemale,
			Phone: "081234567890", Education: "S1", Kecamatan: "Balikpapan Kota", Employment: data.EmploymentSelfEmployed},
		{NIK: "6471061106807730", Name: "Arif O'Neil", BirthDate: ymd(1980, 6, 11), Sex: data.SexMale,
			Phone: "", Education: "", Kecamatan: "", Employment: ""},
	}
	out := map[string]data.Seeker{}
	for _, sk := range list {
		sk = addSeeker(t, s, sk)
		out[strings.Fields(sk.Name)[0]] = sk
	}
	return out
}

func TestFindSeekersSearch(t *testing.T) {
	s := openTestStore(t)
	searchFixture(t, s)
	all := []string{"Aisyah Muñoz", "Arif O'Neil", "Dewi Ramírez", "Hendra Rahmadani", "JOKO HIDAYAT", "Joko Rahman", "Sri Rahayu"}
	tests := []struct {
		query string
		want  []string
	}{
		{"", all},
		{"   ", all},
		{"rah", []string{"Hendra Rahmadani", "Joko Rahman", "Sri Rahayu"}},
		{"RAH", []string{"Hendra Rahmadani", "Joko Rahman", "Sri Rahayu"}},
		{"rahman", []string{"Joko Rahman"}},
		{"man", []string{}}, // a word prefix, not a substring
		{"joko", []string{"JOKO HIDAYAT", "Joko Rahman"}},
		{"joko rah", []string{"Joko Rahman"}},
		{"rah joko", []string{"Joko Rahman"}},
		{"  Joko   Rahman ", []string{"Joko Rahman"}},
		{"joko rahmadani", []string{}},
		{"ramirez", []string{"Dewi Ramírez"}},
		{"ramírez", []string{"Dewi Ramírez"}},
		{"RAMÍREZ", []string{"Dewi Ramírez"}},
		{"Rami\u0301rez", []string{"Dewi Ramírez"}}, // decomposed accent
		{"munoz", []string{"Aisyah Muñoz"}},
		{"o'neil", []string{"Arif O'Neil"}},
		{"oneil", []string{}},
		{"neil", []string{"Arif O'Neil"}},

		{"647105", []string{"Aisyah Muñoz", "Hendra Rahmadani"}},
		{"6472", []string{"Sri Rahayu"}},
		{"6471043101859619", []string{"Joko Rahman"}},
		{"6471 0431 0185 9619", []string{"Joko Rahman"}},
		{"6471-0431-0185-9619", []string{"Joko Rahman"}},
		{"6471.0431", []string{"Joko Rahman"}},
		{"64710431018596190", []string{}},

		{"0812", []string{"Aisyah Muñoz", "Sri Rahayu"}},
		{"08123", []string{"Sri Rahayu"}},
		{"0812 3456", []string{"Sri Rahayu"}},
		{"0812-3456-7890", []string{"Sri Rahayu"}},
		{"+62 812 3456 7890", []string{"Sri Rahayu"}},
		{"+62 812-3456-7890", []string{"Sri Rahayu"}},
		{"+6281234567890", []string{"Sri Rahayu"}},
		{"(+62) 812 3456", []string{"Sri Rahayu"}},
		{"+62 (0) 812 3456", []string{"Sri Rahayu"}},
		{"0848 joko", []string{}},
		{"0848 dewi", []string{"Dewi Ramírez"}},
		{"ramirez 0848", []string{"Dewi Ramírez"}},
		{"sri 6472", []string{"Sri Rahayu"}},

		{"AK1/6471/2026/000001", []string{"Joko Rahman"}},
		{"000002", []string{"Sri Rahayu"}},
		{"ak1", []string{"Joko Rahman", "Sri Rahayu"}},
		{"ak1 2026 000001", []string{"Joko Rahman"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			f := SeekerFilter{Query: tt.query}
			list := findAll(t, s, f)
			if got := names(list); !slices.Equal(got, tt.want) {
				t.Errorf("FindSeekers(%q) = %v, want %v", tt.query, got, tt.want)
			}
			n, err := s.CountSeekers(context.Background(), f)
			if err != nil || n != len(list) {
				t.Errorf("CountSeekers(%q) = %d, %v, want %d", tt.query, n, err, len(list))
			}
		})
	}
}

func TestFindSeekersOddQueries(t *testing.T) {
	s := openTestStore(t)
	searchFixture(t, s)
	ctx := context.Background()
	queries := []string{
		`"`, `""`, `'`, `''`, `"joko`, `joko"`, `'joko'`, `"joko rahman"`, `*`, `joko*`, `**`, `(`, `)`, `(joko`,
		`joko)`, `-`, `-joko`, `+`, `++`, `^`, `^joko`, `:`, `name:joko`, `nik:6471`, `{name}: joko`, `\`, `\"`,
		`AND`, `OR`, `NOT`, `NEAR`, `NEAR(joko rahman)`, `joko AND`, `joko OR dewi`, `NOT joko`, `joko NOT rahman`,
		`and or not`, `%`, `_`, `%joko%`, `;`, `'; DROP TABLE seekers; --`, `\x00`, "\x00joko", "\xff\xfe",
		"😀", "joko 😀", "\u0301", "\u0301\u0301 joko", "ˆ", "ǅ", "٣٤٥", "\t\n", strings.Repeat("joko ", 200),
		strings.Repeat("a", 5000), strings.Repeat("(", 100), strings.Repeat(`"`, 101), "6471 0431 0185 9619 6471 0431",
		"+", "+62", "+ 62", "+62 (", "62", "0", "00000000000000000000000000000000000000",
	}
	for _, q := range queries {
		f := SeekerFilter{Query: q}
		list, err := s.FindSeekers(ctx, f, 0, 100)
		if err != nil {
			t.Errorf("FindSeekers(%q): %v", q, err)
			continue
		}
		n, err := s.CountSeekers(ctx, f)
		if err != nil || n != len(list) {
			t.Errorf("CountSeekers(%q) = %d, %v, want %d", q, n, err, len(list))
		}
	}
	// The table survived.
	if n, err := s.CountSeekers(ctx, SeekerFilter{}); err != nil || n != 7 {
		t.Errorf("CountSeekers = %d, %v, want 7", n, err)
	}
	// Punctuation alone filters nothing.
	for _, q := range []string{`"`, `'`, `*`, `()`, `-`, `:`} {
		if n, _ := s.CountSeekers(ctx, SeekerFilter{Query: q}); n != 7 {
			t.Errorf("CountSeekers(%q) = %d, want 7", q, n)
		}
	}
}

func TestFindSeekersFilters(t *testing.T) {
	s := openTestStore(t)
	searchFixture(t, s)
	tests := []struct {
		name string
		f    SeekerFilter
		want []string
	}{
		{"sex P", SeekerFilter{Sex: data.SexFemale}, []string{"Aisyah Muñoz", "Dewi Ramírez", "Sri Rahayu"}},
		{"sex L", SeekerFilter{Sex: data.SexMale}, []string{"Arif O'Neil", "Hendra Rahmadani", "JOKO HIDAYAT", "Joko Rahman"}},
		{"education SMK", SeekerFilter{Education: "SMK"}, []string{"Aisyah Muñoz", "Hendra Rahmadani"}},
		{"kecamatan", SeekerFilter{Kecamatan: "Balikpapan Kota"}, []string{"Dewi Ramírez", "Sri Rahayu"}},
		{"employment", SeekerFilter{Employment: data.EmploymentUnemployed}, []string{"Aisyah Muñoz", "Hendra Rahmadani", "Joko Rahman"}},
		{"sex and search", SeekerFilter{Sex: data.SexMale, Query: "joko"}, []string{"JOKO HIDAYAT", "Joko Rahman"}},
		{"sex excludes search", SeekerFilter{Sex: data.SexFemale, Query: "joko"}, []string{}},
		{"education and kecamatan", SeekerFilter{Education: "SMK", Kecamatan: "Balikpapan Barat"}, []string{"Aisyah Muñoz", "Hendra Rahmadani"}},
		{"employment and search", SeekerFilter{Employment: data.EmploymentUnemployed, Query: "rah"}, []string{"Hendra Rahmadani", "Joko Rahman"}},
		{"all four and search", SeekerFilter{Sex: data.SexFemale, Education: "SMK", Kecamatan: "Balikpapan Barat", Employment: data.EmploymentUnemployed, Query: "a"}, []string{"Aisyah Muñoz"}},
		{"all four, search misses", SeekerFilter{Sex: data.SexFemale, Education: "SMK", Kecamatan: "Balikpapan Barat", Employment: data.EmploymentUnemployed, Query: "dewi"}, []string{}},
		{"kecamatan is exact", SeekerFilter{Kecamatan: "Balikpapan"}, []string{}},
		{"unknown education", SeekerFilter{Education: "S3"}, []string{}},
		{"filters with phone search", SeekerFilter{Kecamatan: "Balikpapan Kota", Query: "0812"}, []string{"Sri Rahayu"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := findAll(t, s, tt.f)
			if got := names(list); !slices.Equal(got, tt.want) {
				t.Errorf("FindSeekers(%+v) = %v, want %v", tt.f, got, tt.want)
			}
			n, err := s.CountSeekers(context.Background(), tt.f)
			if err != nil || n != len(list) {
				t.Errorf("CountSeekers(%+v) = %d, %v, want %d", tt.f, n, err, len(list))
			}
		})
	}
}

// sortFixture stores seekers with many ties in every sortable column.
func sortFixture(t *testing.T, s *Store) []data.Seeker {
	t.Helper()
	firsts := []string{"agus", "Budi", "Citra", "dewi", "Eko", "budi"}
	kecs := []string{"Balikpapan Kota", "Balikpapan Barat", "", "Balikpapan Utara"}
	edus := []string{"SMK", "SD", "S1", "", "SMA", "D3", "SMP", "S2"}
	emps := []string{data.EmploymentUnemployed, data.EmploymentEmployed, "", data.EmploymentStudent, data.EmploymentSelfEmployed}
	var out []data.Seeker
	for i := range 30 {
		sex := data.SexMale
		if i%3 == 0 {
			sex = data.SexFemale
		}
		birth := ymd(1980+i%7, time.Month(1+i%12), 1+i%5)
		s.Now = func() time.Time { return testNow.Add(time.Duration(i) * time.Minute) }
		sk := data.Seeker{
			NIK:        makeNIK(t, "647105", birth, sex, i+1),
			Name:       firsts[i%len(firsts)] + " " + []string{"Saputra", "Hidayat"}[i%2],
			BirthDate:  birth,
			Sex:        sex,
			Education:  edus[i%len(edus)],
			Kecamatan:  kecs[i%len(kecs)],
			Employment: emps[i%len(emps)],
		}
		if i%4 != 0 {
			sk.RegisteredOn = ymd(2026, time.Month(1+i%3), 1)
		}
		out = append(out, addSeeker(t, s, sk))
	}
	s.Now = func() time.Time { return testNow }
	return out
}

func educationRank(e string) int { return slices.Index(data.EducationLevels, e) + 1 }

// sortKeys compares two seekers by what a sort promises (the column, then the name where ties
// are broken by name); 0 means the order between them is free.
var sortKeys = map[data.SeekerSort]func(a, b data.Seeker) int{
	data.SortName: func(a, b data.Seeker) int { return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) },
	data.SortNIK:  func(a, b data.Seeker) int { return cmp.Compare(a.NIK, b.NIK) },
	data.SortSex: func(a, b data.Seeker) int {
		return cmp.Or(cmp.Compare(a.Sex, b.Sex), cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)))
	},
	data.SortBirthDate: func(a, b data.Seeker) int { return a.BirthDate.Compare(b.BirthDate) },
	data.SortEducation: func(a, b data.Seeker) int {
		return cmp.Or(cmp.Compare(educationRank(a.Education), educationRank(b.Education)), cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)))
	},
	data.SortKecamatan: func(a, b data.Seeker) int {
		return cmp.Or(cmp.Compare(a.Kecamatan, b.Kecamatan), cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)))
	},
	data.SortEmployment: func(a, b data.Seeker) int {
		return cmp.Or(cmp.Compare(a.Employment, b.Employment), cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)))
	},
	data.SortRegistered: func(a, b data.Seeker) int { return a.RegisteredOn.Compare(b.RegisteredOn) },
}

func TestFindSeekersSort(t *testing.T) {
	s := openTestStore(t)
	fixture := sortFixture(t, s)
	allIDs := ids(fixture)
	slices.Sort(allIDs)
	sorts := []data.SeekerSort{data.SortName, data.SortNIK, data.SortSex, data.SortBirthDate, data.SortEducation, data.SortKecamatan, data.SortEmployment, data.SortRegistered}
	if len(sorts) != len(sortSQL) || len(sorts) != len(sortKeys) {
		t.Fatalf("test covers %d sorts, store has %d", len(sorts), len(sortSQL))
	}
	for _, sort := range sorts {
		for _, desc := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s desc=%v", sort, desc), func(t *testing.T) {
				f := SeekerFilter{Sort: sort, Desc: desc}
				list := findAll(t, s, f)
				got := ids(list)
				slices.Sort(got)
				if !slices.Equal(got, allIDs) {
					t.Fatalf("FindSeekers returned %d seekers, want all %d", len(got), len(allIDs))
				}
				compare := sortKeys[sort]
				for i := 1; i < len(list); i++ {
					c := compare(list[i-1], list[i])
					if desc {
						c = -c
					}
					if c > 0 {
						t.Errorf("row %d %+v before row %d %+v", i-1, brief(list[i-1]), i, brief(list[i]))
					}
				}
				// Descending is ascending reversed, ties included: the order is total.
				if desc {
					asc := ids(findAll(t, s, SeekerFilter{Sort: sort}))
					slices.Reverse(asc)
					if got := ids(list); !slices.Equal(got, asc) {
						t.Errorf("descending is not ascending reversed")
					}
				}
			})
		}
	}
}

func brief(s data.Seeker) string {
	return fmt.Sprintf("{%s %s %s %s %s %s %s %s}", s.Name, s.NIK, s.Sex, s.BirthDate.Format(data.DateLayout), s.Education, s.Kecamatan, s.Employment, s.RegisteredOn.Format(data.DateLayout))
}

func TestFindSeekersSortEducationByLevel(t *testing.T) {
	s := openTestStore(t)
	for i, e := range []string{"S1", "SMP", "", "D3", "SD", "SMK", "SMA", "S3", "D1"} {
		birth := ymd(1990, 1, 1+i)
		addSeeker(t, s, data.Seeker{NIK: makeNIK(t, "647105", birth, data.SexMale, i+1), Name: "X" + e, BirthDate: birth, Sex: data.SexMale, Education: e})
	}
	var got []string
	for _, sk := range findAll(t, s, SeekerFilter{Sort: data.SortEducation}) {
		got = append(got, sk.Education)
	}
	if want := []string{"", "SD", "SMP", "SMA", "SMK", "D1", "D3", "S1", "S3"}; !slices.Equal(got, want) {
		t.Errorf("education order = %v, want %v", got, want)
	}
}

func TestFindSeekersUnknownSort(t *testing.T) {
	s := openTestStore(t)
	sortFixture(t, s)
	got := ids(findAll(t, s, SeekerFilter{Sort: "'; DROP TABLE seekers; --"}))
	want := ids(findAll(t, s, SeekerFilter{Sort: data.SortName}))
	if !slices.Equal(got, want) {
		t.Errorf("unknown sort does not fall back to name order")
	}
	if def := ids(findAll(t, s, SeekerFilter{})); !slices.Equal(def, want) {
		t.Errorf("default sort is not name order")
	}
}

func TestFindSeekersPaging(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	sortFixture(t, s)
	for sort := range sortSQL {
		for _, desc := range []bool{false, true} {
			for _, size := range []int{1, 4, 7, 30, 31} {
				f := SeekerFilter{Sort: sort, Desc: desc}
				whole := ids(findAll(t, s, f))
				var paged []string
				for off := 0; ; off += size {
					page, err := s.FindSeekers(ctx, f, off, size)
					if err != nil {
						t.Fatalf("FindSeekers(%s, %d, %d): %v", sort, off, size, err)
					}
					if len(page) > size {
						t.Fatalf("page of %d rows, limit %d", len(page), size)
					}
					paged = append(paged, ids(page)...)
					if len(page) < size {
						break
					}
				}
				if !slices.Equal(paged, whole) {
					t.Errorf("sort %s desc=%v pages of %d: %d rows, not the whole list in order", sort, desc, size, len(paged))
				}
				seen := map[string]bool{}
				for _, id := range paged {
					if seen[id] {
						t.Errorf("sort %s desc=%v pages of %d: %s twice", sort, desc, size, id)
					}
					seen[id] = true
				}
			}
		}
	}

	// Limits at the edges.
	tests := []struct {
		offset, limit, want int
	}{
		{0, 0, 0},
		{0, -1, 30}, // SQLite: no limit
		{10, -1, 20},
		{0, 1 << 30, 30},
		{29, 5, 1},
		{30, 5, 0},
		{1000, 5, 0},
	}
	for _, tt := range tests {
		list, err := s.FindSeekers(ctx, SeekerFilter{}, tt.offset, tt.limit)
		if err != nil || len(list) != tt.want {
			t.Errorf("FindSeekers(offset %d, limit %d) = %d rows, %v, want %d", tt.offset, tt.limit, len(list), err, tt.want)
		}
	}
}

func TestCountSeekers(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if n, err := s.CountSeekers(ctx, SeekerFilter{}); err != nil || n != 0 {
		t.Errorf("CountSeekers(empty store) = %d, %v", n, err)
	}
	if list := findAll(t, s, SeekerFilter{}); len(list) != 0 || list == nil {
		t.Errorf("FindSeekers(empty store) = %#v, want an empty slice", list)
	}
	fixture := sortFixture(t, s)
	filters := []SeekerFilter{
		{}, {Sex: data.SexFemale}, {Sex: data.SexMale}, {Education: "SMK"}, {Kecamatan: "Balikpapan Kota"}, {Kecamatan: ""},
		{Employment: data.EmploymentStudent}, {Query: "budi"}, {Query: "budi", Sex: data.SexFemale}, {Query: "sap"},
		{Query: "647105"}, {Archived: true}, {Query: "nobody"},
	}
	for _, f := range filters {
		n, err := s.CountSeekers(ctx, f)
		if err != nil {
			t.Fatalf("CountSeekers(%+v): %v", f, err)
		}
		if got := len(findAll(t, s, f)); n != got {
			t.Errorf("CountSeekers(%+v) = %d, FindSeekers found %d", f, n, got)
		}
	}
	if n, _ := s.CountSeekers(ctx, SeekerFilter{}); n != len(fixture) {
		t.Errorf("CountSeekers = %d, want %d", n, len(fixture))
	}
}

func TestEachSeeker(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	fixture := sortFixture(t, s)

	for _, f := range []SeekerFilter{{}, {Sort: data.SortBirthDate, Desc: true}, {Sex: data.SexFemale}, {Query: "budi"}} {
		var got []string
		if err := s.EachSeeker(ctx, f, func(sk data.Seeker) error {
			got = append(got, sk.ID)
			return nil
		}); err != nil {
			t.Fatalf("EachSeeker(%+v): %v", f, err)
		}
		if want := ids(findAll(t, s, f)); !slices.Equal(got, want) {
			t.Errorf("EachSeeker(%+v) visited %d, want %d in FindSeekers order", f, len(got), len(want))
		}
	}

	stop := errors.New("stop")
	visits := 0
	err := s.EachSeeker(ctx, SeekerFilter{}, func(data.Seeker) error {
		visits++
		if visits == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || visits != 5 {
		t.Errorf("EachSeeker stopping = %v after %d visits, want stop after 5", err, visits)
	}
	_ = fixture
}

func TestEachSeekerManyPages(t *testing.T) {
	if testing.Short() {
		t.Skip("inserts over 2,000 seekers")
	}
	s := openTestStore(t)
	ctx := context.Background()
	// More than one of EachSeeker's pages, written in one transaction for speed.
	const n = 2001
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for i := range n {
		birth := ymd(1970+i%40, time.Month(1+i%12), 1+i%28)
		if _, err := tx.ExecContext(ctx, `INSERT INTO seekers (id, nik, name, birth_date, sex, created_at, updated_at)
			VALUES (?, ?, ?, ?, 'L', ?, ?)`, uuid.NewString(), makeNIK(t, "647105", birth, data.SexMale, i+1),
			fmt.Sprintf("Seeker %04d", i), birth.Format(data.DateLayout), nowText(s), nowText(s)); err != nil {
			t.Fatalf("insert %d: %v", i, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	if err := s.EachSeeker(ctx, SeekerFilter{}, func(sk data.Seeker) error {
		if seen[sk.ID] {
			return fmt.Errorf("%s visited twice", sk.Name)
		}
		seen[sk.ID] = true
		return nil
	}); err != nil {
		t.Fatalf("EachSeeker: %v", err)
	}
	if len(seen) != n {
		t.Errorf("EachSeeker visited %d, want %d", len(seen), n)
	}
}

func TestFtsQuery(t *testing.T) {
	tests := []struct{ q, want string }{
		{"", ""},
		{"  ", ""},
		{`"'*()`, ""},
		{"joko", `"joko"*`},
		{"joko rah", `"joko"* AND "rah"*`},
		{`jo"ko`, `"jo"* AND "ko"*`},
		{"0812", `"0812"*`},
		{"+6281234", `"081234"*`},
		{"6281234", `"6281234"*`},
		{"+62", `"62"*`},
		{"0812-3456", `(("0812"* AND "3456"*) OR "08123456"*)`},
		{"+62 812", `(("62"* AND "812"*) OR "0812"*)`},
		{"+62 (0) 812", `(("62"* AND "0"* AND "812"*) OR "0812"*)`},
		{"joko 0812 3456", `"joko"* AND (("0812"* AND "3456"*) OR "08123456"*)`},
		{"2026/0001", `"2026"* AND "0001"*`},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.q); got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
}

func FuzzSearch(f *testing.F) {
	for _, seed := range []string{"joko", `"`, "+62 812-3456", "6471 0431 0185 9619", "NEAR(a b)", "a AND (b OR", "\u0301", "ramírez"} {
		f.Add(seed)
	}
	s := openStoreForFuzz(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, q string) {
		fl := SeekerFilter{Query: q}
		list, err := s.FindSeekers(ctx, fl, 0, 50)
		if err != nil {
			t.Fatalf("FindSeekers(%q): %v (fts query %s)", q, err, ftsQuery(q))
		}
		n, err := s.CountSeekers(ctx, fl)
		if err != nil || n != len(list) {
			t.Fatalf("CountSeekers(%q) = %d, %v, want %d", q, n, err, len(list))
		}
	})
}

// openStoreForFuzz is openTestStore for a fuzz target, with the search fixture.
func openStoreForFuzz(f *testing.F) *Store {
	f.Helper()
	s, err := Open(context.Background(), f.TempDir()+"/balai.db")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { return testNow }
	for i, name := range []string{"Joko Rahman", "Dewi Ramírez", "Arif O'Neil"} {
		birth := ymd(1990, 1, 1+i)
		sk := data.Seeker{NIK: fmt.Sprintf("647105%02d01900%03d", 1+i, i+1), Name: name, BirthDate: birth, Sex: data.SexMale, Phone: "081234567890", AK1Number: "AK1/2026/1"}
		if err := s.CreateSeeker(context.Background(), &sk); err != nil {
			f.Fatal(err)
		}
	}
	return s
}
