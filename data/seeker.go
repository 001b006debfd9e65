package data

import (
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Seeker is a job seeker (pencari kerja) as registered on the AK/1 card.
type Seeker struct {
	ID         string
	NIK        string
	AK1Number  string
	Name       string
	BirthPlace string
	BirthDate  time.Time
	Sex        string // SexMale or SexFemale
	Religion   string
	Marital    string
	Address    string
	Kelurahan  string
	Kecamatan  string
	City       string
	Phone      string
	Email      string
	Education  string // one of EducationLevels
	Major      string
	// GraduationYear is the year the seeker left school or college (tahun
	// lulus); 0 when not known.
	GraduationYear int
	Skills         string
	Disability     string
	Employment     string // one of EmploymentStatuses
	RegisteredOn   time.Time
	Notes          string
	Warnings       []Problem // what validation noticed but accepted (NIK mismatches)
	HasPhoto       bool
	ArchivedAt     time.Time // zero unless archived
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Sexes as stored.
const (
	SexMale   = "L"
	SexFemale = "P"
)

// EducationLevels in order, lowest first.
var EducationLevels = []string{"SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3"}

// Religions as on the KTP.
var Religions = []string{"Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu", "Kepercayaan"}

// MaritalStatuses as on the KTP.
var MaritalStatuses = []string{"Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"}

// Employment statuses (stored codes; the GUI translates them).
const (
	EmploymentUnemployed   = "unemployed"
	EmploymentEmployed     = "employed"
	EmploymentSelfEmployed = "self_employed"
	EmploymentStudent      = "student"
)

// EmploymentStatuses lists the stored codes.
var EmploymentStatuses = []string{EmploymentUnemployed, EmploymentEmployed, EmploymentSelfEmployed, EmploymentStudent}

// SeekerInput is a seeker as text, the way a form or a spreadsheet row holds it.
// ParseSeeker is the one place that turns it into a Seeker, for the form, the
// importer and the CLI alike.
type SeekerInput struct {
	NIK, AK1Number, Name, BirthPlace, BirthDate, Sex, Religion, Marital string
	Address, Kelurahan, Kecamatan, City, Phone, Email, Education, Major string
	Skills, Disability, Employment, RegisteredOn, Notes                 string
	GraduationYear                                                      string
}

// ParseSeeker validates in. It returns the seeker, the problems that reject it
// (empty when it is acceptable) and warnings that are kept with the record.
// Dates may be Excel serial numbers (raw XLSX cells).
func ParseSeeker(in SeekerInput, now time.Time) (Seeker, []Problem, []Problem) {
	var s Seeker
	var bad []Problem
	reject := func(p *Problem) {
		if p != nil {
			bad = append(bad, *p)
		}
	}
	parseIdentity(&s, in, now, reject)
	warn := nikWarnings(s, now)
	parseContact(&s, in, reject)
	parseSchoolAndWork(&s, in, now, reject)
	if raw := strings.TrimSpace(in.RegisteredOn); raw != "" {
		d, ok := ParseDateCell(raw)
		if !ok || d.Year() < 1900 || d.After(DateOf(now)) {
			reject(&Problem{Field: "registered_on", Code: CodeBadDate, Detail: raw})
		}
		s.RegisteredOn = d
	}
	s.AK1Number = CleanText(strings.TrimLeft(strings.TrimSpace(in.AK1Number), "'"))
	s.BirthPlace = CleanText(in.BirthPlace)
	s.Notes = strings.TrimSpace(in.Notes)
	s.Warnings = warn
	return s, bad, warn
}

// parseIdentity reads what identifies a person: NIK, name, birth date, sex.
func parseIdentity(s *Seeker, in SeekerInput, now time.Time, reject func(*Problem)) {
	nik, p := ParseNIK(in.NIK)
	reject(p)
	s.NIK = nik
	s.Name = CleanText(in.Name)
	if s.Name == "" {
		reject(&Problem{Field: "name", Code: CodeMissingName})
	}
	switch raw := strings.TrimSpace(in.BirthDate); {
	case raw == "":
		reject(&Problem{Field: "birth_date", Code: CodeMissingBirth})
	default:
		d, ok := ParseDateCell(raw)
		switch {
		case !ok || d.Year() < 1900:
			reject(&Problem{Field: "birth_date", Code: CodeBadBirthDate, Detail: raw})
		case d.After(DateOf(now)):
			reject(&Problem{Field: "birth_date", Code: CodeFutureDate, Detail: raw})
		default:
			s.BirthDate = d
		}
	}
	s.Sex, p = ParseSex(in.Sex)
	reject(p)
}

// nikWarnings compares the sex and birth date a NIK encodes with those given.
func nikWarnings(s Seeker, now time.Time) []Problem {
	if s.NIK == "" {
		return nil
	}
	var warn []Problem
	info := DecodeNIK(s.NIK, now)
	if s.Sex != "" && info.Sex != s.Sex {
		warn = append(warn, Problem{Field: "sex", Code: WarnNIKSexMismatch, Detail: info.Sex})
	}
	if !s.BirthDate.IsZero() && info.Valid && !sameDayMonth(info.BirthDate, s.BirthDate) {
		warn = append(warn, Problem{Field: "birth_date", Code: WarnNIKDateMismatch, Detail: info.BirthDate.Format("02-01-06")})
	}
	return warn
}

// parseContact reads the phone, e-mail and address.
func parseContact(s *Seeker, in SeekerInput, reject func(*Problem)) {
	var p *Problem
	s.Phone, p = NormalizePhone(in.Phone)
	reject(p)
	s.Email = strings.TrimSpace(in.Email)
	if s.Email != "" {
		if a, err := mail.ParseAddress(s.Email); err != nil || a.Address != s.Email {
			reject(&Problem{Field: "email", Code: CodeBadEmail, Detail: s.Email})
		}
	}
	s.Address = CleanText(in.Address)
	s.Kelurahan = CleanText(in.Kelurahan)
	s.Kecamatan = CleanText(in.Kecamatan)
	s.City = CleanText(in.City)
}

// parseSchoolAndWork reads education, religion and marital status, work
// and what else the AK/1 card records.
func parseSchoolAndWork(s *Seeker, in SeekerInput, now time.Time, reject func(*Problem)) {
	var p *Problem
	s.Education, p = ParseEducation(in.Education)
	reject(p)
	s.Religion, p = choose("religion", in.Religion, Religions)
	reject(p)
	s.Marital, p = choose("marital", in.Marital, MaritalStatuses)
	reject(p)
	s.Employment, p = ParseEmployment(in.Employment)
	reject(p)
	if raw := strings.TrimSpace(in.GraduationYear); raw != "" {
		y, err := strconv.Atoi(strings.TrimSuffix(raw, ".0")) // an XLSX number cell: "2015" or "2015.0"
		if err != nil || y < 1940 || y > now.Year() {
			reject(&Problem{Field: FieldGraduationYear, Code: CodeBadGraduationYear, Detail: raw})
		} else {
			s.GraduationYear = y
		}
	}
	s.Major = CleanText(in.Major)
	s.Skills = strings.TrimSpace(in.Skills)
	s.Disability = strings.TrimSpace(in.Disability)
}

// Input is the seeker as text, for editing in a form.
func (s Seeker) Input() SeekerInput {
	return SeekerInput{
		NIK: s.NIK, AK1Number: s.AK1Number, Name: s.Name, BirthPlace: s.BirthPlace,
		BirthDate: dateText(s.BirthDate), Sex: s.Sex, Religion: s.Religion, Marital: s.Marital,
		Address: s.Address, Kelurahan: s.Kelurahan, Kecamatan: s.Kecamatan, City: s.City,
		Phone: s.Phone, Email: s.Email, Education: s.Education, Major: s.Major, Skills: s.Skills,
		Disability: s.Disability, Employment: s.Employment, RegisteredOn: dateText(s.RegisteredOn), Notes: s.Notes,
		GraduationYear: yearText(s.GraduationYear),
	}
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02/01/2006")
}

func sameDayMonth(a, b time.Time) bool {
	return a.Day() == b.Day() && a.Month() == b.Month() && a.Year()%100 == b.Year()%100
}

// CleanText trims and folds runs of white space to one space.
func CleanText(v string) string { return strings.Join(strings.Fields(v), " ") }

// ParseSex accepts L/P, Laki-laki/Perempuan, Pria/Wanita, M/F, Male/Female.
func ParseSex(raw string) (string, *Problem) {
	v := strings.ToLower(strings.Join(strings.Fields(raw), ""))
	v = strings.ReplaceAll(v, "-", "")
	switch v {
	case "":
		return "", &Problem{Field: "sex", Code: CodeMissingSex}
	case "l", "lakilaki", "laki", "pria", "m", "male", "lk":
		return SexMale, nil
	case "p", "perempuan", "wanita", "f", "female", "pr":
		return SexFemale, nil
	}
	return "", &Problem{Field: "sex", Code: CodeBadSex, Detail: strings.TrimSpace(raw)}
}

// NormalizePhone turns 0812-3456 7890, +62 812 3456 7890 and 62812… into
// 081234567890: digits only, with the leading 0 Indonesians write.
func NormalizePhone(raw string) (string, *Problem) {
	v := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(raw), "'"))
	if v == "" {
		return "", nil
	}
	var b strings.Builder
	plus := false
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && b.Len() == 0 && !plus: // +62…, also (+62) …
			plus = true
		case r == ' ', r == '-', r == '.', r == '(', r == ')', r == '\u00a0':
		default:
			return "", &Problem{Field: "phone", Code: CodeBadPhone, Detail: v}
		}
	}
	d := b.String()
	switch {
	case strings.HasPrefix(d, "62"):
		d = "0" + strings.TrimPrefix(d[2:], "0") // +62 (0)812… is 0812…
	case strings.HasPrefix(d, "8"):
		d = "0" + d // the leading 0 lost in a number cell
	}
	if len(d) < 7 || len(d) > 15 || d[0] != '0' {
		return "", &Problem{Field: "phone", Code: CodeBadPhone, Detail: v}
	}
	return d, nil
}

var educationAliases = map[string]string{
	"sltp": "SMP", "mts": "SMP", "slta": "SMA", "smu": "SMA", "ma": "SMA", "stm": "SMK", "smea": "SMK",
	"paketa": "SD", "paketb": "SMP", "paketc": "SMA", "mi": "SD",
	"di": "D1", "dii": "D2", "diii": "D3", "div": "D4", "diploma1": "D1", "diploma2": "D2",
	"diploma3": "D3", "diploma4": "D4", "sarjana": "S1", "magister": "S2", "doktor": "S3",
	"si": "S1", "sii": "S2", "siii": "S3",
	// two levels written as one (equal rank): the higher name
	"divs1": "S1", "s1div": "S1", "s1d4": "S1", "d4s1": "S1", "diploma4s1": "S1", "diplomaiv": "D4", "diplomaiii": "D3",
	"smkstm": "SMK", "smasmk": "SMA", "slb": "SD", "sdlb": "SD", "smplb": "SMP", "smalb": "SMA",
}

// ParseEducation accepts SD…S3 and the older names offices still use (SLTA, STM, DIII …).
func ParseEducation(raw string) (string, *Problem) {
	v := strings.ToLower(strings.Join(strings.FieldsFunc(raw, func(r rune) bool { return r == ' ' || r == '-' || r == '.' || r == '/' }), ""))
	if v == "" {
		return "", nil
	}
	for _, l := range EducationLevels {
		if v == strings.ToLower(l) {
			return l, nil
		}
	}
	if l, ok := educationAliases[v]; ok {
		return l, nil
	}
	return "", &Problem{Field: "education", Code: CodeBadEducation, Detail: strings.TrimSpace(raw)}
}

var employmentAliases = map[string]string{
	"belum bekerja": EmploymentUnemployed, "tidak bekerja": EmploymentUnemployed, "menganggur": EmploymentUnemployed,
	"bekerja": EmploymentEmployed, "karyawan": EmploymentEmployed, "wirausaha": EmploymentSelfEmployed,
	"wiraswasta": EmploymentSelfEmployed, "pelajar": EmploymentStudent, "mahasiswa": EmploymentStudent,
	"pelajar/mahasiswa": EmploymentStudent, "belum/tidak bekerja": EmploymentUnemployed, "self-employed": EmploymentSelfEmployed, "self employed": EmploymentSelfEmployed,
}

// ParseEmployment accepts the stored codes and the Indonesian words for them.
func ParseEmployment(raw string) (string, *Problem) {
	v := strings.ToLower(CleanText(raw))
	v = strings.ReplaceAll(strings.ReplaceAll(v, " /", "/"), "/ ", "/") // "Pelajar / Mahasiswa"
	if v == "" {
		return "", nil
	}
	for _, e := range EmploymentStatuses {
		if v == e {
			return e, nil
		}
	}
	if e, ok := employmentAliases[v]; ok {
		return e, nil
	}
	return "", &Problem{Field: "employment", Code: CodeBadChoice, Detail: CleanText(raw)}
}

// choiceAliases are other spellings of the KTP's religions and marital statuses.
var choiceAliases = map[string]string{
	"budha": "Buddha", "khatolik": "Katolik", "khatholik": "Katolik", "katolik roma": "Katolik", "protestan": "Kristen", "kristen protestan": "Kristen", "katholik": "Katolik",
	"kristen katolik": "Katolik", "khonghucu": "Konghucu", "kong hu cu": "Konghucu", "konghuchu": "Konghucu",
	"kepercayaan terhadap tuhan yme": "Kepercayaan", "belum menikah": "Belum Kawin", "lajang": "Belum Kawin",
	"menikah": "Kawin", "cerai": "Cerai Hidup", "janda": "Cerai Hidup", "duda": "Cerai Hidup",
}

func choose(field, raw string, choices []string) (string, *Problem) {
	v := CleanText(raw)
	if v == "" {
		return "", nil
	}
	if a, ok := choiceAliases[strings.ToLower(v)]; ok && slices.Contains(choices, a) {
		return a, nil
	}
	for _, c := range choices {
		if strings.EqualFold(v, c) {
			return c, nil
		}
	}
	return "", &Problem{Field: field, Code: CodeBadChoice, Detail: v}
}

// SameRecord reports whether a and b hold the same registered facts: every
// field a list or the form can change, and the warnings kept with them (not
// the ID, the photo or the timestamps).
func SameRecord(a, b Seeker) bool {
	return a.NIK == b.NIK && a.AK1Number == b.AK1Number && a.Name == b.Name && a.BirthPlace == b.BirthPlace &&
		a.BirthDate.Equal(b.BirthDate) && a.Sex == b.Sex && a.Religion == b.Religion && a.Marital == b.Marital &&
		a.Address == b.Address && a.Kelurahan == b.Kelurahan && a.Kecamatan == b.Kecamatan && a.City == b.City &&
		a.Phone == b.Phone && a.Email == b.Email && a.Education == b.Education && a.Major == b.Major &&
		a.Skills == b.Skills && a.Disability == b.Disability && a.Employment == b.Employment &&
		a.RegisteredOn.Equal(b.RegisteredOn) && a.Notes == b.Notes && a.GraduationYear == b.GraduationYear &&
		slices.Equal(a.Warnings, b.Warnings)
}
