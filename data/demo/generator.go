package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"balai/data"
)

// demoAK1Office is the regency part of the AK/1 numbers Balikpapan's Disnaker issues.
const demoAK1Office = "6471"

type generator struct {
	rng   *rand.Rand
	today time.Time // now's date, 00:00 UTC: never after now
	niks  map[string]struct{}
	ak1   map[int]int // registration year → last AK/1 sequence number issued
}

func newGenerator(rng *rand.Rand, now time.Time) *generator {
	y, m, d := now.UTC().Date()
	return &generator{
		rng:   rng,
		today: time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		niks:  map[string]struct{}{},
		ak1:   map[int]int{},
	}
}

// take notes a seeker already registered: its NIK is not generated again,
// and AK/1 numbers continue after its own.
func (g *generator) take(nik, ak1 string) {
	g.niks[nik] = struct{}{}
	if year, seq, ok := parseDemoAK1(ak1); ok && seq > g.ak1[year] {
		g.ak1[year] = seq
	}
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
func (g *generator) registrationDates(n int) []time.Time {
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
func (g *generator) seeker(reg time.Time) data.Seeker {
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
	sk.GraduationYear = g.graduationYear(birth, edu, reg)
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

// graduationYear is the year someone born on birth finished the level edu
// (SD at 12, SMP 15, SMA/SMK 18, D3 21, S1 22 …), not after registering;
// unknown (0) for one seeker in five, as many lists leave it out.
func (g *generator) graduationYear(birth time.Time, edu string, reg time.Time) int {
	if g.rng.IntN(5) == 0 {
		return 0
	}
	age := map[string]int{"SD": 12, "SMP": 15, "SMA": 18, "SMK": 18, "D1": 19, "D2": 20, "D3": 21, "D4": 22,
		"S1": 22, "S2": 25, "S3": 29}[edu]
	if age == 0 {
		return 0
	}
	y := birth.Year() + age + g.rng.IntN(2)
	return min(y, reg.Year())
}

// birth draws an age today (17–45, mostly 18–35) and a birth date for it, such
// that the seeker was at least 17 when registering on reg.
func (g *generator) birth(reg time.Time) (int, time.Time) {
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
func (g *generator) nik(regency string, birth time.Time, female bool) string {
	r := g.rng
	day := birth.Day()
	if female {
		day += 40
	}
	b := make([]byte, 0, 16)
	for {
		b = append(b[:0], regency...)
		b = append(b, '0', byte('1'+r.IntN(6)))
		b = append2(b, day)
		b = append2(b, int(birth.Month()))
		b = append2(b, birth.Year()%100)
		// Serials count the people of a district born on one day: mostly small.
		serial := 1 + r.IntN(99)
		if r.IntN(100) < 15 {
			serial = 1 + r.IntN(9999)
		}
		b = append2(b, serial/100)
		b = append2(b, serial%100)
		if _, taken := g.niks[string(b)]; !taken {
			nik := string(b)
			g.niks[nik] = struct{}{}
			return nik
		}
	}
}

func (g *generator) address() string {
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

func (g *generator) phone() string {
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
func (g *generator) email(name string, birth time.Time) string {
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
func (g *generator) education(age int) string {
	for {
		e := demoEducation[g.weighted(demoEducationWeights)]
		if age >= e.minAge {
			return e.level
		}
	}
}

func (g *generator) major(level string) string {
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

func (g *generator) marital(age int) string {
	switch {
	case age < 22:
		return g.choice([]demoChoice{{"Belum Kawin", 95}, {"Kawin", 5}})
	case age < 30:
		return g.choice([]demoChoice{{"Belum Kawin", 60}, {"Kawin", 37}, {"Cerai Hidup", 3}})
	default:
		return g.choice([]demoChoice{{"Belum Kawin", 30}, {"Kawin", 61}, {"Cerai Hidup", 7}, {"Cerai Mati", 2}})
	}
}

func (g *generator) employment(age int, edu string) string {
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

func (g *generator) skills() string {
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
func (g *generator) weighted(weights []int) int {
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

func (g *generator) choice(cs []demoChoice) string {
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

func append2(b []byte, v int) []byte { return append(b, byte('0'+v/10), byte('0'+v%10)) }
