package store

import (
	"balai/data"

	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Demo data: a register of job seekers that looks like Balikpapan's, for
// trying Balai out, for screenshots and for load tests. Every generated seeker
// passes ParseSeeker without problems or warnings.

// demoSeedSalt is the second PCG word for AddDemoSeekers' seed.
const demoSeedSalt = 0x42616c6169 // "Balai"

// demoRand is the random source AddDemoSeekers uses for seed.
func demoRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, demoSeedSalt)) }

// DemoSeekers generates n realistic, valid job seekers registered in the two
// years up to now, oldest registration first: Indonesian names of the groups
// living in Balikpapan, unique NIKs (mostly issued in Balikpapan, 6471) that
// agree with the birth date and sex, addresses in Balikpapan's six kecamatan,
// unique AK/1 numbers in registration order. The same rng state and now give
// the same seekers.
func DemoSeekers(rng *rand.Rand, n int, now time.Time) []data.Seeker {
	if n <= 0 {
		return nil
	}
	g := newDemoGen(rng, now)
	out := make([]data.Seeker, 0, n)
	for _, reg := range g.registrationDates(n) {
		out = append(out, g.seeker(reg))
	}
	return out
}

// AddDemoSeekers adds n generated seekers (see DemoSeekers) in one
// transaction and returns how many were added: all n. NIKs already in the
// register are not generated, and AK/1 numbers continue after the highest one
// of each year, so it can be run again on the same database. The same seed on
// the same register at the same Now gives the same seekers (IDs aside).
func (s *Store) AddDemoSeekers(ctx context.Context, n int, seed uint64) (int, error) {
	if n <= 0 {
		return 0, nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	// A bulk write, the way the importer does it: the search index is built
	// once at the end, and for a big write the other indexes too.
	pause, err := pauseSearchIndex(ctx, tx.Tx, func(existing int64) bool { return int64(n) >= max(existing, 5000) })
	if err != nil {
		return 0, fmt.Errorf("demo seekers: %w", err)
	}
	w, err := s.newSeekerWriter(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("demo seekers: %w", err)
	}
	defer w.close()
	// The pause holds the write lock: the NIKs read now stay free until commit.
	g := newDemoGen(demoRand(seed), s.Now())
	if err := g.loadExisting(ctx, tx.Tx); err != nil {
		return 0, fmt.Errorf("demo seekers: %w", err)
	}
	for _, reg := range g.registrationDates(n) {
		if err := w.queueInsert(ctx, g.seeker(reg)); err != nil {
			return 0, fmt.Errorf("demo seekers: %w", err)
		}
	}
	if err := w.flush(ctx); err != nil {
		return 0, fmt.Errorf("demo seekers: %w", err)
	}
	if err := pause.resume(ctx); err != nil {
		return 0, fmt.Errorf("demo seekers: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("demo seekers: %w", err)
	}
	return n, nil
}

// demoAK1Office is the regency part of the AK/1 numbers Balikpapan's Disnaker issues.
const demoAK1Office = "6471"

type demoGen struct {
	rng   *rand.Rand
	today time.Time // now's date, 00:00 UTC: never after now
	niks  map[string]struct{}
	ak1   map[int]int // registration year → last AK/1 sequence number issued
}

func newDemoGen(rng *rand.Rand, now time.Time) *demoGen {
	y, m, d := now.UTC().Date()
	return &demoGen{
		rng:   rng,
		today: time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		niks:  map[string]struct{}{},
		ak1:   map[int]int{},
	}
}

// loadExisting reads the NIKs in use and the last AK/1 number of each year.
func (g *demoGen) loadExisting(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT nik, ak1_number FROM seekers`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var nik, ak1 string
		if err := rows.Scan(&nik, &ak1); err != nil {
			return err
		}
		g.niks[nik] = struct{}{}
		if year, seq, ok := parseDemoAK1(ak1); ok && seq > g.ak1[year] {
			g.ak1[year] = seq
		}
	}
	return rows.Err()
}

// parseDemoAK1 reads an AK/1 number in the pattern 6471-2026-000123.
func parseDemoAK1(v string) (year, seq int, ok bool) {
	rest, found := strings.CutPrefix(v, demoAK1Office+"-")
	if !found || len(rest) < 6 || rest[4] != '-' {
		return 0, 0, false
	}
	year, err1 := strconv.Atoi(rest[:4])
	seq, err2 := strconv.Atoi(rest[5:])
	return year, seq, err1 == nil && err2 == nil
}

// registrationDates draws n registration dates in the last two years (730
// days including today), oldest first, so that AK/1 numbers follow them.
func (g *demoGen) registrationDates(n int) []time.Time {
	back := make([]int, n)
	for i := range back {
		back[i] = g.rng.IntN(730)
	}
	slices.SortFunc(back, func(a, b int) int { return b - a })
	out := make([]time.Time, n)
	for i, d := range back {
		out[i] = g.today.AddDate(0, 0, -d)
	}
	return out
}

// seeker generates one seeker registered on reg.
func (g *demoGen) seeker(reg time.Time) data.Seeker {
	r := g.rng
	grp := &demoGroups[g.weighted(demoGroupWeights)]
	female := r.IntN(100) < 46
	sex := data.SexMale
	if female {
		sex = data.SexFemale
	}
	age, birth := g.birth(reg)

	regency := demoRegencies[g.weighted(demoRegencyWeights)]
	nik := g.nik(regency.code, birth, female)

	birthPlace := g.choice(grp.birthPlaces)
	if regency.town != "" && r.IntN(2) == 0 {
		birthPlace = regency.town
	}

	kec := &demoKecamatan[g.weighted(demoKecamatanWeights)]
	edu := g.education(age)
	sk := data.Seeker{
		NIK:          nik,
		Name:         grp.name(g, female),
		BirthPlace:   birthPlace,
		BirthDate:    birth,
		Sex:          sex,
		Religion:     g.choice(grp.religions),
		Marital:      g.marital(age),
		Address:      g.address(),
		Kelurahan:    pick(r, kec.kelurahan),
		Kecamatan:    kec.name,
		City:         "Balikpapan",
		Phone:        g.phone(),
		Education:    edu,
		Major:        g.major(edu),
		Employment:   g.employment(age, edu),
		RegisteredOn: reg,
	}
	sk.Email = g.email(sk.Name, birth)
	sk.Skills = g.skills()
	if r.IntN(100) < 2 {
		sk.Disability = pick(r, demoDisabilities)
	}
	if r.IntN(100) < 8 {
		sk.Notes = pick(r, demoNotes)
	}
	g.ak1[reg.Year()]++
	sk.AK1Number = fmt.Sprintf("%s-%04d-%06d", demoAK1Office, reg.Year(), g.ak1[reg.Year()])
	return sk
}

// birth draws an age today (17–45, mostly 18–35) and a birth date for it, such
// that the seeker was at least 17 when registering on reg.
func (g *demoGen) birth(reg time.Time) (int, time.Time) {
	r := g.rng
	for {
		var age int
		switch p := r.IntN(100); {
		case p < 4:
			age = 17
		case p < 88:
			age = 18 + r.IntN(18)
		default:
			age = 36 + r.IntN(10)
		}
		latest := g.today.AddDate(-age, 0, 0)
		earliest := g.today.AddDate(-age-1, 0, 1)
		days := int(latest.Sub(earliest).Hours()/24) + 1
		birth := earliest.AddDate(0, 0, r.IntN(days))
		if !birth.AddDate(17, 0, 0).After(reg) {
			return age, birth
		}
	}
}

// nik builds a unique NIK for the regency, birth date and sex.
func (g *demoGen) nik(regency string, birth time.Time, female bool) string {
	r := g.rng
	day := birth.Day()
	if female {
		day += 40
	}
	b := make([]byte, 0, 16)
	for {
		b = append(b[:0], regency...)
		b = append(b, '0', byte('1'+r.IntN(6)))
		b = data.Append2(b, day)
		b = data.Append2(b, int(birth.Month()))
		b = data.Append2(b, birth.Year()%100)
		// Serials count the people of a district born on one day: mostly small.
		serial := 1 + r.IntN(99)
		if r.IntN(100) < 15 {
			serial = 1 + r.IntN(9999)
		}
		b = data.Append2(b, serial/100)
		b = data.Append2(b, serial%100)
		if _, taken := g.niks[string(b)]; !taken {
			nik := string(b)
			g.niks[nik] = struct{}{}
			return nik
		}
	}
}

func (g *demoGen) address() string {
	r := g.rng
	var b strings.Builder
	b.WriteString(pick(r, demoStreets))
	if r.IntN(100) < 15 {
		b.WriteString(" Gg. ")
		b.WriteString(pick(r, demoGangs))
	}
	b.WriteString(" No. ")
	b.WriteString(strconv.Itoa(1 + r.IntN(150)))
	if r.IntN(100) < 10 {
		b.WriteByte(byte('A' + r.IntN(4)))
	}
	b.WriteString(" RT ")
	b.WriteString(strconv.Itoa(1 + r.IntN(75)))
	return b.String()
}

func (g *demoGen) phone() string {
	r := g.rng
	if r.IntN(100) < 3 {
		return ""
	}
	digits := 8 // 08xx-xxxx-xxxx: 12 digits
	switch p := r.IntN(100); {
	case p < 20:
		digits = 7
	case p < 30:
		digits = 9
	}
	b := make([]byte, 0, 4+digits)
	b = append(b, g.choice(demoPhonePrefixes)...)
	b = append(b, byte('1'+r.IntN(9)))
	for range digits - 1 {
		b = append(b, byte('0'+r.IntN(10)))
	}
	return string(b)
}

// email makes an address from the name for about a third of the seekers,
// more of the younger ones.
func (g *demoGen) email(name string, birth time.Time) string {
	r := g.rng
	share := 30
	if g.today.Year()-birth.Year() < 26 {
		share = 45
	}
	if r.IntN(100) >= share {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Map(func(c rune) rune {
			if c >= 'a' && c <= 'z' {
				return c
			}
			return -1
		}, w)
		switch w {
		case "", "muh", "moh", "st":
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		words = []string{"pencaker"}
	}
	local := words[0]
	if len(words) > 1 && r.IntN(100) < 70 {
		local += pick(r, []string{".", "", "_"}) + words[len(words)-1]
	}
	switch p := r.IntN(100); {
	case p < 45:
		local += fmt.Sprintf("%02d", birth.Year()%100)
	case p < 75:
		local += strconv.Itoa(1 + r.IntN(999))
	}
	return local + "@" + g.choice(demoMailDomains)
}

// education draws a level the seeker is old enough to have finished.
func (g *demoGen) education(age int) string {
	for {
		e := demoEducation[g.weighted(demoEducationWeights)]
		if age >= e.minAge {
			return e.level
		}
	}
}

func (g *demoGen) major(level string) string {
	r := g.rng
	switch level {
	case "SMA":
		return g.choice(demoMajorsSMA)
	case "SMK":
		return pick(r, demoMajorsSMK)
	case "D1", "D3", "D4":
		return pick(r, demoMajorsDiploma)
	case "S1", "S2", "S3":
		return pick(r, demoMajorsS1)
	}
	return ""
}

func (g *demoGen) marital(age int) string {
	switch {
	case age < 22:
		return g.choice([]demoChoice{{"Belum Kawin", 95}, {"Kawin", 5}})
	case age < 30:
		return g.choice([]demoChoice{{"Belum Kawin", 60}, {"Kawin", 37}, {"Cerai Hidup", 3}})
	default:
		return g.choice([]demoChoice{{"Belum Kawin", 30}, {"Kawin", 61}, {"Cerai Hidup", 7}, {"Cerai Mati", 2}})
	}
}

func (g *demoGen) employment(age int, edu string) string {
	switch p := g.rng.IntN(100); {
	case p < 8:
		return data.EmploymentEmployed
	case p < 14:
		return data.EmploymentSelfEmployed
	case p < 22 && age <= 24 && edu != "SD" && edu != "SMP":
		return data.EmploymentStudent
	}
	return data.EmploymentUnemployed
}

func (g *demoGen) skills() string {
	r := g.rng
	k := g.weighted([]int{30, 35, 25, 10}) // 0–3 skills
	if k == 0 {
		return ""
	}
	chosen := make([]string, 0, k)
	for len(chosen) < k {
		s := pick(r, demoSkills)
		if !slices.Contains(chosen, s) {
			chosen = append(chosen, s)
		}
	}
	return strings.Join(chosen, ", ")
}

// weighted returns an index drawn with the given weights.
func (g *demoGen) weighted(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	x := g.rng.IntN(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

type demoChoice struct {
	v string
	w int
}

func (g *demoGen) choice(cs []demoChoice) string {
	total := 0
	for _, c := range cs {
		total += c.w
	}
	x := g.rng.IntN(total)
	for _, c := range cs {
		if x < c.w {
			return c.v
		}
		x -= c.w
	}
	return cs[len(cs)-1].v
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// pick2 joins two different names of list.
func pick2(r *rand.Rand, list []string) string {
	i := r.IntN(len(list))
	j := r.IntN(len(list) - 1)
	if j >= i {
		j++
	}
	return list[i] + " " + list[j]
}

// demoGroup is one of the groups living in Balikpapan, with how its people
// are named, where they were born and their religions.
type demoGroup struct {
	weight      int
	name        func(g *demoGen, female bool) string
	birthPlaces []demoChoice
	religions   []demoChoice
}

var demoGroups = []demoGroup{
	{weight: 38, name: javaneseName, birthPlaces: []demoChoice{
		{"Balikpapan", 55}, {"Samarinda", 5}, {"Surabaya", 7}, {"Malang", 5}, {"Semarang", 4}, {"Yogyakarta", 3},
		{"Kediri", 3}, {"Banyuwangi", 3}, {"Jember", 3}, {"Surakarta", 3}, {"Tenggarong", 2}, {"Penajam", 2},
		{"Madiun", 2}, {"Blitar", 2}, {"Ponorogo", 1},
	}, religions: []demoChoice{{"Islam", 90}, {"Kristen", 5}, {"Katolik", 4}, {"Hindu", 1}}},
	{weight: 22, name: bugisName, birthPlaces: []demoChoice{
		{"Balikpapan", 50}, {"Makassar", 12}, {"Pare-Pare", 8}, {"Bone", 6}, {"Sengkang", 4}, {"Sidrap", 3},
		{"Palopo", 3}, {"Pinrang", 4}, {"Samarinda", 4}, {"Penajam", 3}, {"Polewali", 3},
	}, religions: []demoChoice{{"Islam", 99}, {"Kristen", 1}}},
	{weight: 16, name: banjarName, birthPlaces: []demoChoice{
		{"Balikpapan", 50}, {"Banjarmasin", 15}, {"Martapura", 5}, {"Amuntai", 5}, {"Kandangan", 4},
		{"Barabai", 4}, {"Kotabaru", 3}, {"Tanjung", 3}, {"Samarinda", 6}, {"Tenggarong", 3}, {"Tanah Grogot", 2},
	}, religions: []demoChoice{{"Islam", 100}}},
	{weight: 5, name: tobaName, birthPlaces: []demoChoice{
		{"Balikpapan", 40}, {"Medan", 20}, {"Pematangsiantar", 10}, {"Tarutung", 8}, {"Balige", 8},
		{"Samarinda", 6}, {"Sibolga", 4}, {"Jakarta", 4},
	}, religions: []demoChoice{{"Kristen", 80}, {"Katolik", 18}, {"Islam", 2}}},
	{weight: 2, name: mandailingName, birthPlaces: []demoChoice{
		{"Balikpapan", 40}, {"Medan", 20}, {"Padang Sidempuan", 20}, {"Panyabungan", 12}, {"Samarinda", 8},
	}, religions: []demoChoice{{"Islam", 97}, {"Kristen", 3}}},
	{weight: 7, name: dayakName, birthPlaces: []demoChoice{
		{"Balikpapan", 30}, {"Samarinda", 15}, {"Tenggarong", 10}, {"Melak", 8}, {"Sendawar", 8},
		{"Malinau", 8}, {"Long Bagun", 5}, {"Tanjung Redeb", 6}, {"Long Iram", 4}, {"Sangatta", 6},
	}, religions: []demoChoice{{"Katolik", 45}, {"Kristen", 40}, {"Islam", 8}, {"Kepercayaan", 5}, {"Hindu", 2}}},
	{weight: 5, name: chineseName, birthPlaces: []demoChoice{
		{"Balikpapan", 55}, {"Samarinda", 12}, {"Surabaya", 8}, {"Jakarta", 8}, {"Pontianak", 7},
		{"Singkawang", 5}, {"Makassar", 5},
	}, religions: []demoChoice{{"Buddha", 35}, {"Kristen", 30}, {"Katolik", 25}, {"Konghucu", 8}, {"Islam", 2}}},
}

var demoGroupWeights = func() []int {
	w := make([]int, len(demoGroups))
	for i, g := range demoGroups {
		w[i] = g.weight
	}
	return w
}()

func javaneseName(g *demoGen, female bool) string {
	r := g.rng
	if r.IntN(100) < 12 {
		if female {
			return pick(r, javaSingleF)
		}
		return pick(r, javaSingleM)
	}
	if female {
		switch p := r.IntN(100); {
		case p < 12:
			return "Siti " + pick(r, javaFemaleSecond)
		case p < 35:
			return pick2(r, javaFemale) + " " + pick(r, javaFemaleSecond)
		case p < 85:
			return pick(r, javaFemale) + " " + pick(r, javaFemaleSecond)
		default:
			return pick(r, javaFemale) + " " + pick(r, javaSurnames)
		}
	}
	first := pick(r, javaMale)
	switch p := r.IntN(100); {
	case p < 10:
		return pick(r, []string{"Muhammad", "Muhammad", "Moh.", "Ahmad"}) + " " + first + " " + pick(r, javaSurnames)
	case p < 35:
		return pick2(r, javaMale) + " " + pick(r, javaSurnames)
	default:
		return first + " " + pick(r, javaSurnames)
	}
}

func bugisName(g *demoGen, female bool) string {
	r := g.rng
	if female {
		switch p := r.IntN(100); {
		case p < 12:
			return "Andi " + pick(r, bugisFemale)
		case p < 22:
			return pick(r, bugisFemale) + " Daeng " + pick(r, bugisDaeng)
		case p < 35:
			return pick(r, []string{"Sitti", "St."}) + " " + pick(r, bugisFemale)
		case p < 60:
			return pick(r, bugisFemale)
		default:
			return pick(r, bugisFemale) + " " + pick(r, bugisFamily)
		}
	}
	switch p := r.IntN(100); {
	case p < 18:
		return "Andi " + pick(r, bugisMale) + " " + pick(r, bugisFamily)
	case p < 32:
		return pick(r, []string{"Muhammad", "Muh.", "Abdul"}) + " " + pick(r, bugisMale) + " Daeng " + pick(r, bugisDaeng)
	case p < 45:
		return pick(r, []string{"Muhammad", "Muh."}) + " " + pick(r, bugisMale)
	case p < 60:
		return pick(r, bugisMale)
	default:
		return pick(r, bugisMale) + " " + pick(r, bugisFamily)
	}
}

func banjarName(g *demoGen, female bool) string {
	r := g.rng
	if female {
		switch p := r.IntN(100); {
		case p < 20:
			return pick(r, []string{"Noor", "Nor", "Siti"}) + " " + pick(r, banjarFemale)
		case p < 30:
			return "Gusti " + pick(r, banjarFemale)
		case p < 60:
			return pick(r, banjarFemale)
		default:
			return pick(r, banjarFemale) + " " + pick(r, banjarFamily)
		}
	}
	switch p := r.IntN(100); {
	case p < 30:
		return pick(r, []string{"Muhammad", "Muhammad", "Ahmad", "Abdul"}) + " " + pick(r, banjarMale) + " " + pick(r, banjarFamily)
	case p < 40:
		return "Gusti " + pick(r, banjarMale)
	case p < 55:
		return pick(r, []string{"Muhammad", "Noor"}) + " " + pick(r, banjarMale)
	default:
		return pick(r, banjarMale) + " " + pick(r, banjarFamily)
	}
}

func tobaName(g *demoGen, female bool) string {
	r := g.rng
	given := tobaMale
	if female {
		given = tobaFemale
	}
	first := pick(r, given)
	if r.IntN(100) < 20 {
		first = pick2(r, given)
	}
	return first + " " + pick(r, tobaMarga)
}

func mandailingName(g *demoGen, female bool) string {
	r := g.rng
	first := pick(r, mandailingMale)
	if female {
		first = pick(r, mandailingFemale)
	}
	return first + " " + pick(r, mandailingMarga)
}

func dayakName(g *demoGen, female bool) string {
	r := g.rng
	first := pick(r, dayakMale)
	if female {
		first = pick(r, dayakFemale)
	}
	if r.IntN(100) < 25 {
		return first + " " + pick2(r, dayakNames)
	}
	return first + " " + pick(r, dayakNames)
}

func chineseName(g *demoGen, female bool) string {
	r := g.rng
	first := pick(r, chineseMale)
	if female {
		first = pick(r, chineseFemale)
	}
	return first + " " + pick(r, chineseSurnames)
}

var (
	javaMale = []string{"Agus", "Budi", "Joko", "Bambang", "Slamet", "Wahyu", "Eko", "Dwi", "Teguh", "Heru",
		"Sigit", "Rudi", "Bayu", "Dimas", "Fajar", "Galih", "Hendra", "Yoga", "Arif", "Rizky", "Aditya",
		"Andika", "Bagus", "Catur", "Danang", "Edi", "Fauzan", "Gilang", "Hari", "Ilham", "Imam", "Kukuh",
		"Lukman", "Nanang", "Prasetyo", "Rendy", "Restu", "Satria", "Tri", "Wawan", "Yudha", "Yusuf", "Anang"}
	javaFemale = []string{"Dewi", "Wulan", "Rina", "Yuni", "Endang", "Ratna", "Nur", "Indah", "Fitri", "Putri",
		"Ayu", "Dian", "Eka", "Tri", "Retno", "Sari", "Novi", "Anisa", "Desi", "Yulia", "Lina", "Wahyuni",
		"Nurul", "Rizka", "Tika", "Septi", "Ika", "Mega", "Nanda", "Erna"}
	javaFemaleSecond = []string{"Lestari", "Rahayu", "Wulandari", "Puspitasari", "Handayani", "Susanti",
		"Kurniasih", "Safitri", "Astuti", "Permatasari", "Anggraini", "Utami", "Maharani", "Setyaningsih",
		"Rahmawati", "Purwaningsih", "Oktaviani", "Pratiwi", "Aminah", "Nurjanah", "Hidayah"}
	javaSurnames = []string{"Santoso", "Wibowo", "Prasetyo", "Susanto", "Nugroho", "Saputra", "Kurniawan",
		"Hidayat", "Setiawan", "Purnomo", "Wijaya", "Pratama", "Firmansyah", "Hartono", "Sutrisno", "Gunawan",
		"Suryadi", "Ramadhan", "Hermawan", "Wicaksono", "Utomo", "Sulistyo", "Kusuma", "Nugraha", "Febrianto"}
	javaSingleM = []string{"Suparman", "Sugiarto", "Mulyadi", "Suyanto", "Sukirman", "Sutrisno", "Supriyadi",
		"Sunardi", "Wagiman", "Suwarno", "Paimin", "Sarwono"}
	javaSingleF = []string{"Sumarni", "Suryani", "Sutini", "Sri Wahyuni", "Sulastri", "Sunarti", "Tumini",
		"Suwarni", "Painem", "Sri Mulyani", "Wartini", "Sukarsih"}

	bugisMale = []string{"Baso", "Syamsuddin", "Hasanuddin", "Arifuddin", "Saharuddin", "Amiruddin", "Nurdin",
		"Ridwan", "Syahrir", "Jumadi", "Ambo Upe", "Akbar", "Irwan", "Asri", "Sudirman", "Rusdi", "Hamzah",
		"Firman", "Mustari", "Rahman", "Haeruddin", "Kamaruddin", "Takdir", "Anwar", "Ilham", "Syarifuddin"}
	bugisFemale = []string{"Nurhayati", "Hasnah", "Rahmawati", "Hasmiati", "Nurhalimah", "Suriani", "Haslinda",
		"Marwah", "Fatmawati", "Kasmawati", "Nurhaedah", "Aminah", "Hasriani", "Ramlah", "Nurul Hikmah",
		"Megawati", "Irmawati", "Asmirah", "Sukmawati", "Hartati", "Jumriah", "Darmawati"}
	bugisFamily = []string{"Tahir", "Latif", "Sulaiman", "Rahman", "Amir", "Hamid", "Mappasessu", "Makkasau",
		"Mattalitti", "Pallawa", "Rasyid", "Yunus", "Haris", "Jafar", "Patongai", "Mappiare", "Lamba"}
	bugisDaeng = []string{"Matutu", "Sirua", "Ngitung", "Manrapi", "Ngerang", "Tompo", "Bali", "Nai", "Lallo",
		"Sikki", "Mile", "Rurung", "Taba", "Ngunjung", "Sila"}

	banjarMale = []string{"Syahrani", "Hairil", "Rahmadi", "Arbain", "Mursyid", "Norhadi", "Jailani",
		"Fahrurrazi", "Aulia", "Rizal", "Fauzi", "Saifullah", "Hasbi", "Rahmat", "Nordin", "Zainal", "Akhmad",
		"Hairul", "Rusdiansyah", "Mahfuz", "Irfan", "Samsul", "Basuki"}
	banjarFemale = []string{"Norhayati", "Aida", "Rahmah", "Mariani", "Jumiati", "Salmiah", "Fitriani",
		"Rusdiana", "Aulia Rahmah", "Hamidah", "Isnaniah", "Masitah", "Zubaidah", "Normila", "Hayatun Nufus",
		"Rabiatul Adawiyah", "Mardiana", "Noorjannah", "Halimah", "Fatimah"}
	banjarFamily = []string{"Rahman", "Syahrani", "Effendi", "Hidayatullah", "Anshari", "Rasyid", "Noor",
		"Fadillah", "Ramadhan", "Hamdani", "Zainuddin", "Arsyad", "Mahmud", "Yusran", "Hakim"}

	tobaMale = []string{"Samuel", "Daniel", "Jonathan", "Roy", "Parulian", "Togar", "Hotman", "Poltak",
		"Benny", "Rudolf", "Franky", "Andreas", "Yosua", "Bonar", "Martin", "Ferdinand", "Jhon", "Rikardo"}
	tobaFemale = []string{"Maria", "Ruth", "Elisabeth", "Debora", "Rosmawati", "Lusiana", "Tiurma", "Rotua",
		"Sondang", "Novita", "Yohana", "Christine", "Roma", "Lamria", "Melati", "Santa"}
	tobaMarga = []string{"Simanjuntak", "Sitompul", "Hutapea", "Sinaga", "Simatupang", "Pardede", "Manurung",
		"Situmorang", "Tambunan", "Silalahi", "Panjaitan", "Nainggolan", "Hutagalung", "Sihombing",
		"Marpaung", "Sitorus", "Simbolon", "Butarbutar", "Napitupulu", "Siahaan"}

	mandailingMale   = []string{"Ahmad", "Rizki", "Fadli", "Ilham", "Muhammad Yusuf", "Rahmat", "Irfan", "Khairul", "Syahputra"}
	mandailingFemale = []string{"Nur Aisyah", "Fitri", "Rahma", "Siti Khadijah", "Annisa", "Nurhasanah", "Mutiara", "Sri Rezeki"}
	mandailingMarga  = []string{"Nasution", "Lubis", "Harahap", "Siregar", "Pulungan", "Rangkuti", "Daulay", "Batubara", "Hasibuan"}

	dayakMale = []string{"Yohanes", "Agustinus", "Antonius", "Stefanus", "Markus", "Petrus", "Lukas",
		"Fransiskus", "Yulius", "Dominikus", "Paulus", "Hendrikus", "Ignatius", "Yakobus", "Aloysius"}
	dayakFemale = []string{"Maria", "Yuliana", "Veronika", "Agustina", "Florentina", "Margaretha", "Theresia",
		"Katarina", "Natalia", "Elisabeth", "Bernadeta", "Lusia", "Anastasia", "Kristina"}
	dayakNames = []string{"Lahang", "Ajang", "Ding", "Jalung", "Lejau", "Usat", "Bilung", "Ingan", "Lawing",
		"Ngau", "Ibau", "Apui", "Jau", "Ubang", "Lung", "Ping", "Hang", "Bit", "Njuk", "Ubung", "Anyeq", "Lenjau"}

	chineseMale = []string{"Hendra", "Budi", "Rudy", "Kevin", "Steven", "Wilson", "Jason", "Felix", "Andreas",
		"Vincent", "Hengky", "Edwin", "Yohanes", "Ricky", "Sugianto", "William"}
	chineseFemale = []string{"Lily", "Susan", "Linda", "Stefanie", "Michelle", "Jessica", "Cindy", "Angela",
		"Jennifer", "Fransiska", "Natalia", "Meliana", "Vivian", "Yenny", "Lenny", "Monica"}
	chineseSurnames = []string{"Wijaya", "Tanoto", "Halim", "Gunawan", "Salim", "Kusuma", "Santoso", "Sutanto",
		"Hartanto", "Lim", "Tan", "Liem", "Gozali", "Setiadi", "Kurniadi", "Tjandra", "Susanto", "Chandra"}
)

// demoRegencies are Kalimantan Timur's regencies as NIK codes, with the town
// a seeker whose NIK was issued there was likely born in.
var demoRegencies = []struct{ code, town string }{
	{"6471", ""}, // Kota Balikpapan
	{"6472", "Samarinda"},
	{"6402", "Tenggarong"}, // Kutai Kartanegara
	{"6409", "Penajam"},    // Penajam Paser Utara
	{"6401", "Tanah Grogot"},
	{"6474", "Bontang"},
	{"6408", "Sangatta"}, // Kutai Timur
	{"6403", "Tanjung Redeb"},
}

// Weights per 100, in demoRegencies order: mostly Balikpapan.
var demoRegencyWeights = []int{84, 5, 3, 3, 2, 1, 1, 1}

// demoKecamatan are Balikpapan's six kecamatan and their kelurahan.
var demoKecamatan = []struct {
	name      string
	kelurahan []string
}{
	{"Balikpapan Kota", []string{"Damai", "Klandasan Ilir", "Klandasan Ulu", "Prapatan", "Telaga Sari"}},
	{"Balikpapan Selatan", []string{"Damai Bahagia", "Damai Baru", "Gunung Bahagia", "Sepinggan", "Sepinggan Baru", "Sepinggan Raya", "Sungai Nangka"}},
	{"Balikpapan Tengah", []string{"Gunung Sari Ilir", "Gunung Sari Ulu", "Karang Jati", "Karang Rejo", "Mekar Sari", "Sumber Rejo"}},
	{"Balikpapan Utara", []string{"Batu Ampar", "Graha Indah", "Gunung Samarinda", "Gunung Samarinda Baru", "Karang Joang", "Muara Rapak"}},
	{"Balikpapan Timur", []string{"Lamaru", "Manggar", "Manggar Baru", "Teritip"}},
	{"Balikpapan Barat", []string{"Baru Ilir", "Baru Tengah", "Baru Ulu", "Kariangau", "Margasari", "Margo Mulyo"}},
}

// Roughly by population.
var demoKecamatanWeights = []int{11, 24, 17, 22, 13, 13}

var demoStreets = []string{"Jl. MT Haryono", "Jl. Jenderal Sudirman", "Jl. Soekarno-Hatta", "Jl. Mulawarman",
	"Jl. Marsma R. Iswahyudi", "Jl. Ahmad Yani", "Jl. Letjen Suprapto", "Jl. Syarifuddin Yoes",
	"Jl. Ruhui Rahayu", "Jl. Pangeran Antasari", "Jl. Gajah Mada", "Jl. Mayjen Sutoyo", "Jl. Gunung Malang",
	"Jl. Prona", "Jl. Manunggal", "Jl. Indrakila", "Jl. Batu Ampar", "Jl. Pupuk Raya", "Jl. DI Panjaitan",
	"Jl. Kapten Pierre Tendean", "Jl. Sultan Hasanuddin", "Jl. Sungai Ampal", "Jl. Projakal", "Jl. Transad",
	"Jl. Telaga Sari", "Jl. Beller", "Jl. Sepinggan Pratama", "Jl. Kol. H. Sumarno"}

var demoGangs = []string{"Mawar", "Melati", "Kenanga", "Flamboyan", "Family", "Damai", "Harapan", "Sederhana",
	"Al-Ikhlas", "Swadaya", "Karya Bersama", "Kemuning"}

var demoPhonePrefixes = []demoChoice{
	{"0811", 5}, {"0812", 14}, {"0813", 12}, {"0821", 12}, {"0822", 10}, {"0823", 5}, {"0852", 9}, {"0853", 8},
	{"0851", 2}, {"0857", 6}, {"0856", 3}, {"0858", 2}, {"0815", 1}, {"0878", 4}, {"0877", 3}, {"0819", 2},
	{"0896", 3}, {"0895", 2}, {"0838", 2}, {"0831", 1}, {"0881", 1},
}

var demoMailDomains = []demoChoice{{"gmail.com", 86}, {"yahoo.com", 6}, {"yahoo.co.id", 4}, {"outlook.com", 2}, {"icloud.com", 2}}

var demoEducation = []struct {
	level  string
	minAge int
}{
	{"SD", 17}, {"SMP", 17}, {"SMA", 17}, {"SMK", 17}, {"D1", 19}, {"D3", 20}, {"D4", 22}, {"S1", 22},
}

var demoEducationWeights = []int{3, 12, 31, 33, 1, 10, 1, 9}

var demoMajorsSMA = []demoChoice{{"IPA", 45}, {"IPS", 48}, {"Bahasa", 4}, {"Keagamaan", 3}}

var demoMajorsSMK = []string{"Teknik Pemesinan", "Teknik Kendaraan Ringan Otomotif", "Teknik Sepeda Motor",
	"Teknik Instalasi Tenaga Listrik", "Teknik Pengelasan", "Teknik Komputer dan Jaringan",
	"Rekayasa Perangkat Lunak", "Akuntansi dan Keuangan Lembaga", "Otomatisasi dan Tata Kelola Perkantoran",
	"Bisnis Daring dan Pemasaran", "Tata Boga", "Tata Busana", "Perhotelan", "Teknik Alat Berat", "Multimedia",
	"Farmasi", "Nautika Kapal Niaga", "Teknika Kapal Niaga", "Kimia Industri", "Geologi Pertambangan"}

var demoMajorsDiploma = []string{"Teknik Mesin", "Teknik Elektro", "Akuntansi", "Manajemen Informatika",
	"Keperawatan", "Kebidanan", "Teknik Sipil", "Perhotelan", "Administrasi Bisnis", "Teknik Perminyakan",
	"Analis Kimia", "Teknik Komputer"}

var demoMajorsS1 = []string{"Manajemen", "Akuntansi", "Teknik Sipil", "Teknik Mesin", "Teknik Elektro",
	"Teknik Industri", "Teknik Informatika", "Sistem Informasi", "Hukum", "Ilmu Komunikasi",
	"Pendidikan Bahasa Inggris", "Kesehatan Masyarakat", "Teknik Kimia", "Agribisnis", "Administrasi Negara",
	"Psikologi", "Teknik Lingkungan", "Ekonomi Pembangunan"}

var demoSkills = []string{"Microsoft Office", "Mengemudi (SIM A)", "Mengemudi (SIM B1)", "Mengemudi (SIM C)",
	"Las Listrik", "Menjahit", "Memasak", "Desain Grafis", "Bahasa Inggris", "Instalasi Listrik", "Servis AC",
	"Perbaikan Sepeda Motor", "Operator Forklift", "Barista", "Akuntansi (MYOB)", "Pemrograman Web",
	"Fotografi", "Tata Rias", "K3 Umum", "Administrasi Gudang", "Kasir", "Tukang Kayu", "Perawatan Kendaraan"}

var demoDisabilities = []string{"Disabilitas fisik", "Disabilitas sensorik rungu", "Disabilitas sensorik netra (low vision)", "Disabilitas wicara"}

var demoNotes = []string{"Bersedia ditempatkan di luar kota", "Minat pelatihan Las SMAW", "Minat pelatihan Barista",
	"Minat pelatihan Mekanik Alat Berat", "Lapor ulang 6 bulan", "Pernah ikut pelatihan BLK", "Mencari kerja shift",
	"Berkas lengkap", "Menunggu ijazah asli"}
