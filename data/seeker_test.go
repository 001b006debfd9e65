package data

import (
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestParseSex(t *testing.T) {
	tests := []struct {
		raw      string
		want     string
		wantCode string
	}{
		{"L", SexMale, ""},
		{"l", SexMale, ""},
		{" L ", SexMale, ""},
		{"Laki-laki", SexMale, ""},
		{"LAKI-LAKI", SexMale, ""},
		{"laki laki", SexMale, ""},
		{"Laki - Laki", SexMale, ""},
		{"Lakilaki", SexMale, ""},
		{"Laki", SexMale, ""},
		{"Lk", SexMale, ""},
		{"Pria", SexMale, ""},
		{"M", SexMale, ""},
		{"Male", SexMale, ""},
		{"P", SexFemale, ""},
		{"p", SexFemale, ""},
		{"Perempuan", SexFemale, ""},
		{"PEREMPUAN", SexFemale, ""},
		{"Pr", SexFemale, ""},
		{"Wanita", SexFemale, ""},
		{"F", SexFemale, ""},
		{"Female", SexFemale, ""},

		{"", "", CodeMissingSex},
		{"   ", "", CodeMissingSex},
		{"X", "", CodeBadSex},
		{"LP", "", CodeBadSex},
		{"L/P", "", CodeBadSex},
		{"laki-laki/perempuan", "", CodeBadSex},
		{"1", "", CodeBadSex},
		{"perempuan laki", "", CodeBadSex},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, p := ParseSex(tt.raw)
			if got != tt.want {
				t.Errorf("ParseSex(%q) = %q, want %q", tt.raw, got, tt.want)
			}
			if gotCode := code(p); gotCode != tt.wantCode {
				t.Errorf("ParseSex(%q) problem = %q, want %q", tt.raw, gotCode, tt.wantCode)
			}
			if p != nil && p.Field != "sex" {
				t.Errorf("ParseSex(%q) field = %q, want sex", tt.raw, p.Field)
			}
		})
	}
}

// code is the problem's code, "" for none.
func code(p *Problem) string {
	if p == nil {
		return ""
	}
	return p.Code
}

func TestNormalizePhone(t *testing.T) {
	tests := []struct {
		raw      string
		want     string
		wantCode string
	}{
		{"081234567890", "081234567890", ""},
		{"0812-3456-7890", "081234567890", ""},
		{"0812 3456 7890", "081234567890", ""},
		{"0812.3456.7890", "081234567890", ""},
		{"+62 812 3456 7890", "081234567890", ""},
		{"+62 848-4341-6901", "084843416901", ""},
		{"+6281234567890", "081234567890", ""},
		{"6281234567890", "081234567890", ""},
		{"62 812 3456 7890", "081234567890", ""},
		{"+62 (0) 812 3456 7890", "081234567890", ""},
		{"(+62) 812 3456 7890", "081234567890", ""},
		{"81234567890", "081234567890", ""}, // the leading 0 lost in a number cell
		{"'081234567890", "081234567890", ""},
		{" 0812\u00a03456\u00a07890 ", "081234567890", ""},
		{"(0542) 123456", "0542123456", ""},
		{"0542-123456", "0542123456", ""},
		{"0542123", "0542123", ""},
		{"", "", ""},
		{"  ", "", ""},

		{"0812-3456-789O", "", CodeBadPhone},
		{"HP 081234567890", "", CodeBadPhone},
		{"0812345678 ext 2", "", CodeBadPhone},
		{"081234567890 / 081298765432", "", CodeBadPhone},
		{"0812", "", CodeBadPhone},
		{"081234", "", CodeBadPhone},
		{"+62", "", CodeBadPhone},
		{"0812345678901234", "", CodeBadPhone}, // 16 digits
		{"12345678", "", CodeBadPhone},
		{"+1 555 123 4567", "", CodeBadPhone},
		{"0812+34567890", "", CodeBadPhone},
		{"++62812345678", "", CodeBadPhone},
		{"-", "", CodeBadPhone},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, p := NormalizePhone(tt.raw)
			if got != tt.want {
				t.Errorf("NormalizePhone(%q) = %q, want %q", tt.raw, got, tt.want)
			}
			if gotCode := code(p); gotCode != tt.wantCode {
				t.Errorf("NormalizePhone(%q) problem = %q, want %q", tt.raw, gotCode, tt.wantCode)
			}
			if got != "" {
				if again, p := NormalizePhone(got); again != got || p != nil {
					t.Errorf("NormalizePhone(%q) = %q, %v: not idempotent", got, again, p)
				}
			}
		})
	}
}

func TestParseEducation(t *testing.T) {
	tests := []struct {
		raw      string
		want     string
		wantCode string
	}{
		{"SD", "SD", ""},
		{"smp", "SMP", ""},
		{" SMA ", "SMA", ""},
		{"SMK", "SMK", ""},
		{"D1", "D1", ""},
		{"D3", "D3", ""},
		{"D-3", "D3", ""},
		{"D.3", "D3", ""},
		{"D III", "D3", ""},
		{"DIII", "D3", ""},
		{"D-IV", "D4", ""},
		{"Diploma 3", "D3", ""},
		{"S1", "S1", ""},
		{"S-1", "S1", ""},
		{"S.1", "S1", ""},
		{"S 1", "S1", ""},
		{"S-I", "S1", ""},
		{"Sarjana", "S1", ""},
		{"S2", "S2", ""},
		{"Magister", "S2", ""},
		{"S3", "S3", ""},
		{"SLTP", "SMP", ""},
		{"MTs", "SMP", ""},
		{"SLTA", "SMA", ""},
		{"SMU", "SMA", ""},
		{"MA", "SMA", ""},
		{"STM", "SMK", ""},
		{"SMEA", "SMK", ""},
		{"Paket C", "SMA", ""},
		{"MI", "SD", ""},
		{"", "", ""},
		{"  ", "", ""},

		{"SMP/SMA", "", CodeBadEducation}, // two levels: the clerk must choose
		{"TK", "", CodeBadEducation},
		{"S4", "", CodeBadEducation},
		{"D5", "", CodeBadEducation},
		{"Tidak sekolah", "", CodeBadEducation},
		{"kuliah", "", CodeBadEducation},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, p := ParseEducation(tt.raw)
			if got != tt.want {
				t.Errorf("ParseEducation(%q) = %q, want %q", tt.raw, got, tt.want)
			}
			if gotCode := code(p); gotCode != tt.wantCode {
				t.Errorf("ParseEducation(%q) problem = %q, want %q", tt.raw, gotCode, tt.wantCode)
			}
		})
	}
	// Every level parses to itself.
	for _, l := range EducationLevels {
		if got, p := ParseEducation(l); got != l || p != nil {
			t.Errorf("ParseEducation(%q) = %q, %v", l, got, p)
		}
	}
}

func TestParseEmployment(t *testing.T) {
	tests := []struct {
		raw      string
		want     string
		wantCode string
	}{
		{"unemployed", EmploymentUnemployed, ""},
		{"Employed", EmploymentEmployed, ""},
		{"self_employed", EmploymentSelfEmployed, ""},
		{"student", EmploymentStudent, ""},
		{"Belum Bekerja", EmploymentUnemployed, ""},
		{"BELUM  BEKERJA", EmploymentUnemployed, ""},
		{"Tidak bekerja", EmploymentUnemployed, ""},
		{"Menganggur", EmploymentUnemployed, ""},
		{"Belum/Tidak Bekerja", EmploymentUnemployed, ""},
		{"Bekerja", EmploymentEmployed, ""},
		{"Karyawan", EmploymentEmployed, ""},
		{"Wirausaha", EmploymentSelfEmployed, ""},
		{"Wiraswasta", EmploymentSelfEmployed, ""},
		{"self-employed", EmploymentSelfEmployed, ""},
		{"Pelajar", EmploymentStudent, ""},
		{"Mahasiswa", EmploymentStudent, ""},
		{"Pelajar/Mahasiswa", EmploymentStudent, ""},
		{"Pelajar / Mahasiswa", EmploymentStudent, ""},
		{"", "", ""},

		{"Pensiun", "", CodeBadChoice},
		{"kerja", "", CodeBadChoice},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, p := ParseEmployment(tt.raw)
			if got != tt.want {
				t.Errorf("ParseEmployment(%q) = %q, want %q", tt.raw, got, tt.want)
			}
			if gotCode := code(p); gotCode != tt.wantCode {
				t.Errorf("ParseEmployment(%q) problem = %q, want %q", tt.raw, gotCode, tt.wantCode)
			}
		})
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"  NOVITA DAENG MATUTU ", "NOVITA DAENG MATUTU"},
		{"Joko \t  Rahman", "Joko Rahman"},
		{"Joko\nRahman", "Joko Rahman"},
		{"Joko\u00a0Rahman", "Joko Rahman"},
		{"", ""},
		{" \t\n", ""},
	}
	for _, tt := range tests {
		if got := CleanText(tt.raw); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

// validInput is a complete, consistent seeker as a form holds it.
func validInput() SeekerInput {
	return SeekerInput{
		NIK: "6471052205868851", AK1Number: "'AK1/6471/2026/000123", Name: "  Hendra   Rahmadani ", BirthPlace: "Balikpapan",
		BirthDate: "22/05/1986", Sex: "Laki-laki", Religion: "islam", Marital: "kawin", Address: "Jl. Mulawarman No. 89  RT 17",
		Kelurahan: "Marga Sari", Kecamatan: " Balikpapan  Barat", City: "Balikpapan", Phone: "0847-9005-7568",
		Email: "hendra@example.com", Education: "SLTA", Major: "IPA", Skills: "Las SMAW\nBubut ", Disability: " ",
		Employment: "Belum Bekerja", RegisteredOn: "02/11/2026", Notes: "  datang sendiri ",
	}
}

func TestParseSeekerValid(t *testing.T) {
	got, bad, warn := ParseSeeker(validInput(), testNow)
	if len(bad) != 0 || len(warn) != 0 {
		t.Fatalf("ParseSeeker(valid) problems %v, warnings %v", bad, warn)
	}
	want := Seeker{
		NIK: "6471052205868851", AK1Number: "AK1/6471/2026/000123", Name: "Hendra Rahmadani", BirthPlace: "Balikpapan",
		BirthDate: ymd(1986, 5, 22), Sex: SexMale, Religion: "Islam", Marital: "Kawin", Address: "Jl. Mulawarman No. 89 RT 17",
		Kelurahan: "Marga Sari", Kecamatan: "Balikpapan Barat", City: "Balikpapan", Phone: "084790057568",
		Email: "hendra@example.com", Education: "SMA", Major: "IPA", Skills: "Las SMAW\nBubut", Disability: "",
		Employment: EmploymentUnemployed, RegisteredOn: ymd(2026, 11, 2), Notes: "datang sendiri",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseSeeker(valid) =\n %+v\nwant\n %+v", got, want)
	}
}

func TestParseSeekerMinimal(t *testing.T) {
	in := SeekerInput{NIK: "6471066702932549", Name: "Dewi Ramírez", BirthDate: "1993-02-27", Sex: "Wanita"}
	got, bad, warn := ParseSeeker(in, testNow)
	if len(bad) != 0 || len(warn) != 0 {
		t.Fatalf("ParseSeeker(minimal) problems %v, warnings %v", bad, warn)
	}
	want := Seeker{NIK: "6471066702932549", Name: "Dewi Ramírez", BirthDate: ymd(1993, 2, 27), Sex: SexFemale}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseSeeker(minimal) =\n %+v\nwant\n %+v", got, want)
	}
}

func TestParseSeekerProblems(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*SeekerInput)
		want   []Problem
	}{
		{"missing NIK", func(in *SeekerInput) { in.NIK = " " }, []Problem{{Field: "nik", Code: CodeMissingNIK}}},
		{"scientific NIK", func(in *SeekerInput) { in.NIK = "6.47106E+15" }, []Problem{{Field: "nik", Code: CodeNIKScientific, Detail: "6.47106E+15"}}},
		{"short NIK", func(in *SeekerInput) { in.NIK = "647105220586885" }, []Problem{{Field: "nik", Code: CodeNIKLength, Detail: "647105220586885"}}},
		{"letters in NIK", func(in *SeekerInput) { in.NIK = "6471052205ABCDEF" }, []Problem{{Field: "nik", Code: CodeNIKNotDigits, Detail: "6471052205ABCDEF"}}},
		{"missing name", func(in *SeekerInput) { in.Name = " \t " }, []Problem{{Field: "name", Code: CodeMissingName}}},
		{"missing birth date", func(in *SeekerInput) { in.BirthDate = "" }, []Problem{{Field: "birth_date", Code: CodeMissingBirth}}},
		{"impossible birth date", func(in *SeekerInput) { in.BirthDate = "31/02/1999" }, []Problem{{Field: "birth_date", Code: CodeBadBirthDate, Detail: "31/02/1999"}}},
		{"two-digit year", func(in *SeekerInput) { in.BirthDate = "22/05/86" }, []Problem{{Field: "birth_date", Code: CodeBadBirthDate, Detail: "22/05/86"}}},
		{"birth year alone", func(in *SeekerInput) { in.BirthDate = "1986" }, []Problem{{Field: "birth_date", Code: CodeBadBirthDate, Detail: "1986"}}},
		{"birth before 1900", func(in *SeekerInput) { in.BirthDate = "22/05/1886" }, []Problem{{Field: "birth_date", Code: CodeBadBirthDate, Detail: "22/05/1886"}}},
		{"future birth date", func(in *SeekerInput) { in.BirthDate = "27/11/2026" }, []Problem{{Field: "birth_date", Code: CodeFutureDate, Detail: "27/11/2026"}}},
		{"far future birth date", func(in *SeekerInput) { in.BirthDate = "01/01/2086" }, []Problem{{Field: "birth_date", Code: CodeFutureDate, Detail: "01/01/2086"}}},
		{"missing sex", func(in *SeekerInput) { in.Sex = "" }, []Problem{{Field: "sex", Code: CodeMissingSex}}},
		{"bad sex", func(in *SeekerInput) { in.Sex = "X" }, []Problem{{Field: "sex", Code: CodeBadSex, Detail: "X"}}},
		{"bad phone", func(in *SeekerInput) { in.Phone = "tidak ada" }, []Problem{{Field: "phone", Code: CodeBadPhone, Detail: "tidak ada"}}},
		{"bad email", func(in *SeekerInput) { in.Email = "hendra.example.com" }, []Problem{{Field: "email", Code: CodeBadEmail, Detail: "hendra.example.com"}}},
		{"email with a name", func(in *SeekerInput) { in.Email = "Hendra <hendra@example.com>" }, []Problem{{Field: "email", Code: CodeBadEmail, Detail: "Hendra <hendra@example.com>"}}},
		{"two emails", func(in *SeekerInput) { in.Email = "a@example.com, b@example.com" }, []Problem{{Field: "email", Code: CodeBadEmail, Detail: "a@example.com, b@example.com"}}},
		{"bad education", func(in *SeekerInput) { in.Education = "TK" }, []Problem{{Field: "education", Code: CodeBadEducation, Detail: "TK"}}},
		{"bad religion", func(in *SeekerInput) { in.Religion = "Jedi" }, []Problem{{Field: "religion", Code: CodeBadChoice, Detail: "Jedi"}}},
		{"bad marital", func(in *SeekerInput) { in.Marital = "Pacaran" }, []Problem{{Field: "marital", Code: CodeBadChoice, Detail: "Pacaran"}}},
		{"bad employment", func(in *SeekerInput) { in.Employment = "Pensiun" }, []Problem{{Field: "employment", Code: CodeBadChoice, Detail: "Pensiun"}}},
		{"bad registration date", func(in *SeekerInput) { in.RegisteredOn = "31/11/2026" }, []Problem{{Field: "registered_on", Code: CodeBadDate, Detail: "31/11/2026"}}},
		{"future registration date", func(in *SeekerInput) { in.RegisteredOn = "27/11/2026" }, []Problem{{Field: "registered_on", Code: CodeBadDate, Detail: "27/11/2026"}}},
		{"ancient registration date", func(in *SeekerInput) { in.RegisteredOn = "01/01/0001" }, []Problem{{Field: "registered_on", Code: CodeBadDate, Detail: "01/01/0001"}}},
		{"everything required missing", func(in *SeekerInput) { *in = SeekerInput{} }, []Problem{
			{Field: "nik", Code: CodeMissingNIK}, {Field: "name", Code: CodeMissingName},
			{Field: "birth_date", Code: CodeMissingBirth}, {Field: "sex", Code: CodeMissingSex},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := validInput()
			tt.modify(&in)
			_, got, _ := ParseSeeker(in, testNow)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseSeeker problems = %+v, want %+v", got, tt.want)
			}
			for _, p := range got {
				if p.IsWarning() {
					t.Errorf("problem %+v is a warning", p)
				}
			}
		})
	}
}

func TestParseSeekerAccepts(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*SeekerInput)
		check  func(Seeker) bool
	}{
		{"birth date today", func(in *SeekerInput) { in.NIK = "6471052611260001"; in.BirthDate = "26/11/2026" }, func(s Seeker) bool { return s.BirthDate.Equal(ymd(2026, 11, 26)) }},
		{"registered today", func(in *SeekerInput) { in.RegisteredOn = "26/11/2026" }, func(s Seeker) bool { return s.RegisteredOn.Equal(ymd(2026, 11, 26)) }},
		{"birth date as Excel serial", func(in *SeekerInput) { in.BirthDate = "31554" }, func(s Seeker) bool { return s.BirthDate.Equal(ymd(1986, 5, 22)) }},
		{"birth date as ISO", func(in *SeekerInput) { in.BirthDate = "1986-05-22" }, func(s Seeker) bool { return s.BirthDate.Equal(ymd(1986, 5, 22)) }},
		{"birth date in words", func(in *SeekerInput) { in.BirthDate = "22 Mei 1986" }, func(s Seeker) bool { return s.BirthDate.Equal(ymd(1986, 5, 22)) }},
		{"religion any case", func(in *SeekerInput) { in.Religion = "  KATOLIK " }, func(s Seeker) bool { return s.Religion == "Katolik" }},
		{"marital any case", func(in *SeekerInput) { in.Marital = "belum  kawin" }, func(s Seeker) bool { return s.Marital == "Belum Kawin" }},
		{"marital cerai", func(in *SeekerInput) { in.Marital = "CERAI HIDUP" }, func(s Seeker) bool { return s.Marital == "Cerai Hidup" }},
		{"employment in Indonesian", func(in *SeekerInput) { in.Employment = "Wiraswasta" }, func(s Seeker) bool { return s.Employment == EmploymentSelfEmployed }},
		{"employment code", func(in *SeekerInput) { in.Employment = "student" }, func(s Seeker) bool { return s.Employment == EmploymentStudent }},
		{"email trimmed", func(in *SeekerInput) { in.Email = " hendra@example.com " }, func(s Seeker) bool { return s.Email == "hendra@example.com" }},
		{"no optional fields", func(in *SeekerInput) {
			*in = SeekerInput{NIK: in.NIK, Name: in.Name, BirthDate: in.BirthDate, Sex: in.Sex}
		}, func(s Seeker) bool {
			return s.Phone == "" && s.Email == "" && s.Education == "" && s.RegisteredOn.IsZero()
		}},
		{"name folded", func(in *SeekerInput) { in.Name = "\tArif \n O'Neil  " }, func(s Seeker) bool { return s.Name == "Arif O'Neil" }},
		{"NIK with apostrophe and groups", func(in *SeekerInput) { in.NIK = "'6471 0522 0586 8851" }, func(s Seeker) bool { return s.NIK == "6471052205868851" }},
		{"multi-line notes kept", func(in *SeekerInput) { in.Notes = " a\n  b " }, func(s Seeker) bool { return s.Notes == "a\n  b" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := validInput()
			tt.modify(&in)
			got, bad, warn := ParseSeeker(in, testNow)
			if len(bad) != 0 || len(warn) != 0 {
				t.Fatalf("ParseSeeker problems %v, warnings %v", bad, warn)
			}
			if !tt.check(got) {
				t.Errorf("ParseSeeker = %+v", got)
			}
		})
	}
}

func TestParseSeekerLocalDay(t *testing.T) {
	// 07:30 in Balikpapan (UTC+8) on 26 November is still 25 November in UTC:
	// today is 26 November all the same.
	wita := time.FixedZone("WITA", 8*3600)
	now := time.Date(2026, 11, 26, 7, 30, 0, 0, wita)
	in := validInput()
	in.RegisteredOn = "26/11/2026"
	got, bad, _ := ParseSeeker(in, now)
	if len(bad) != 0 {
		t.Fatalf("registered today at 07:30 WITA: problems %v", bad)
	}
	if want := ymd(2026, 11, 26); !got.RegisteredOn.Equal(want) {
		t.Errorf("RegisteredOn = %s, want %s", got.RegisteredOn, want)
	}
	in.RegisteredOn = "27/11/2026"
	if _, bad, _ := ParseSeeker(in, now); len(bad) != 1 || bad[0].Code != CodeBadDate {
		t.Errorf("registered tomorrow at 07:30 WITA: problems %v, want %s", bad, CodeBadDate)
	}
	// And late in the evening west of UTC, tomorrow in UTC is still tomorrow.
	now = time.Date(2026, 11, 26, 21, 0, 0, 0, time.FixedZone("EST", -5*3600))
	if _, bad, _ := ParseSeeker(in, now); len(bad) != 1 || bad[0].Code != CodeBadDate {
		t.Errorf("registered tomorrow at 21:00 EST: problems %v, want %s", bad, CodeBadDate)
	}
}

func TestParseSeekerWarnings(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*SeekerInput)
		want   []Problem
	}{
		{"consistent", func(in *SeekerInput) {}, nil},
		{"man's NIK, sex P", func(in *SeekerInput) { in.Sex = "P" }, []Problem{{Field: "sex", Code: WarnNIKSexMismatch, Detail: SexMale}}},
		{"woman's NIK, sex L", func(in *SeekerInput) { in.NIK = "6471066702932549"; in.BirthDate = "27/02/1993"; in.Sex = "Pria" },
			[]Problem{{Field: "sex", Code: WarnNIKSexMismatch, Detail: SexFemale}}},
		{"other birth date", func(in *SeekerInput) { in.BirthDate = "23/05/1986" }, []Problem{{Field: "birth_date", Code: WarnNIKDateMismatch, Detail: "22-05-86"}}},
		{"other birth year", func(in *SeekerInput) { in.BirthDate = "22/05/1987" }, []Problem{{Field: "birth_date", Code: WarnNIKDateMismatch, Detail: "22-05-86"}}},
		{"same date a century apart", func(in *SeekerInput) { in.NIK = "6471050112260001"; in.BirthDate = "01/12/2025" }, []Problem{{Field: "birth_date", Code: WarnNIKDateMismatch, Detail: "01-12-26"}}},
		{"both", func(in *SeekerInput) { in.Sex = "P"; in.BirthDate = "01/01/1990" }, []Problem{
			{Field: "sex", Code: WarnNIKSexMismatch, Detail: SexMale},
			{Field: "birth_date", Code: WarnNIKDateMismatch, Detail: "22-05-86"},
		}},
		{"NIK date not a date: no date warning", func(in *SeekerInput) { in.NIK = "6471053202860001" }, nil},
		{"bad birth date: no date warning", func(in *SeekerInput) { in.BirthDate = "31/02/1986" }, nil},
		{"bad NIK: no warnings", func(in *SeekerInput) { in.NIK = "6.47106E+15"; in.Sex = "P" }, nil},
		{"no sex: no sex warning", func(in *SeekerInput) { in.Sex = "" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := validInput()
			tt.modify(&in)
			s, bad, got := ParseSeeker(in, testNow)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseSeeker warnings = %+v, want %+v", got, tt.want)
			}
			if !reflect.DeepEqual(s.Warnings, tt.want) {
				t.Errorf("Seeker.Warnings = %+v, want %+v", s.Warnings, tt.want)
			}
			for _, w := range got {
				if !w.IsWarning() {
					t.Errorf("warning %+v is not IsWarning", w)
				}
			}
			// A warning never rejects: only the cases that break a field have problems.
			if len(tt.want) > 0 && len(bad) > 0 {
				t.Errorf("warned seeker rejected: %v", bad)
			}
		})
	}
}

func TestSeekerInputRoundTrip(t *testing.T) {
	inputs := map[string]SeekerInput{
		"full":    validInput(),
		"minimal": {NIK: "6471066702932549", Name: "Dewi Ramírez", BirthDate: "27 Februari 1993", Sex: "P"},
		"warned":  {NIK: "6471054109821986", Name: "Aisyah Muñoz", BirthDate: "01/09/1982", Sex: "L", Phone: "+62 843 7000 1234"},
		"serial":  {NIK: "6471052205868851", Name: "X", BirthDate: "31554", Sex: "L", RegisteredOn: "46000", Education: "D III"},
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			first, bad, _ := ParseSeeker(in, testNow)
			if len(bad) != 0 {
				t.Fatalf("ParseSeeker problems %v", bad)
			}
			again, bad, _ := ParseSeeker(first.Input(), testNow)
			if len(bad) != 0 {
				t.Fatalf("ParseSeeker(Input()) problems %v", bad)
			}
			if !reflect.DeepEqual(again, first) {
				t.Errorf("ParseSeeker(Input()) =\n %+v\nwant\n %+v", again, first)
			}
			if got, want := again.Input(), first.Input(); got != want {
				t.Errorf("Input() = %+v, want %+v", got, want)
			}
		})
	}
}

func TestChoiceLists(t *testing.T) {
	// Every stored choice parses back to itself, so a form can offer the lists.
	for _, r := range Religions {
		if _, bad, _ := ParseSeeker(SeekerInput{NIK: "6471052205868851", Name: "X", BirthDate: "22/05/1986", Sex: "L", Religion: r}, testNow); len(bad) != 0 {
			t.Errorf("religion %q: %v", r, bad)
		}
	}
	for _, m := range MaritalStatuses {
		if _, bad, _ := ParseSeeker(SeekerInput{NIK: "6471052205868851", Name: "X", BirthDate: "22/05/1986", Sex: "L", Marital: m}, testNow); len(bad) != 0 {
			t.Errorf("marital %q: %v", m, bad)
		}
	}
	for _, e := range EmploymentStatuses {
		if got, p := ParseEmployment(e); got != e || p != nil {
			t.Errorf("ParseEmployment(%q) = %q, %v", e, got, p)
		}
	}
	if got, want := EducationLevels, []string{"SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3"}; !slices.Equal(got, want) {
		t.Errorf("EducationLevels = %v, want %v", got, want)
	}
}

func TestProblem(t *testing.T) {
	// The sentences are app/messages' (TestEnglishIsTheCLIText there).
	tests := []struct {
		p           Problem
		wantError   string
		wantWarning bool
	}{
		{Problem{Field: "nik", Code: CodeMissingNIK}, "nik: missing_nik", false},
		{Problem{Field: "nik", Code: CodeNIKLength, Detail: "123"}, "nik: bad_nik_length 123", false},
		{Problem{Field: "nik", Code: CodeNIKTaken, Detail: "6471052205868851"}, "nik: nik_taken 6471052205868851", false},
		{Problem{Field: "name", Code: CodeMissingName, Detail: "ignored"}, "name: missing_name ignored", false},
		{Problem{Field: "sex", Code: WarnNIKSexMismatch, Detail: "P"}, "sex: warn_nik_sex_mismatch P", true},
		{Problem{Field: "birth_date", Code: WarnNIKDateMismatch, Detail: "22-05-86"}, "birth_date: warn_nik_birth_date_mismatch 22-05-86", true},
		{Problem{Field: "x", Code: "something_new"}, "x: something_new", false},
		{Problem{Code: "something_new"}, "something_new", false},
		{Problem{Field: "x", Code: "warn_"}, "x: warn_", false},
		{Problem{Field: "x", Code: "warn_new"}, "x: warn_new", true},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.wantError {
			t.Errorf("%+v.Error() = %q, want %q", tt.p, got, tt.wantError)
		}
		if got := tt.p.IsWarning(); got != tt.wantWarning {
			t.Errorf("%+v.IsWarning() = %v, want %v", tt.p, got, tt.wantWarning)
		}
	}
}

func TestParseListedSeekerRejectsOnlyForIdentity(t *testing.T) {
	now := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	in := SeekerInput{NIK: "6471052205868851", Name: "Hendra", BirthDate: "22/05/1986", Sex: "L",
		Education: "Paket X", Religion: "KHATOLIK", Phone: "12", Email: "hendra@", RegisteredOn: "kemarin"}
	sk, bad, warn := ParseListedSeeker(in, now)
	if len(bad) != 0 {
		t.Fatalf("rejected for %v", bad)
	}
	if got, want := []string{sk.Education, sk.Religion, sk.Phone, sk.Email}, []string{"Paket X", "Katolik", "12", "hendra@"}; !slices.Equal(got, want) {
		t.Errorf("kept values: got %q, want %q", got, want)
	}
	if !sk.RegisteredOn.IsZero() {
		t.Errorf("registration date %v, want none", sk.RegisteredOn)
	}
	var codes []string
	for _, p := range warn {
		codes = append(codes, p.Field+" "+p.Code)
	}
	want := []string{"phone warn_value_kept", "email warn_value_kept", "education warn_value_kept", "registered_on warn_date_dropped"}
	if !slices.Equal(codes, want) {
		t.Errorf("warnings: got %q, want %q", codes, want)
	}
	in.Sex = "X"
	if _, bad, _ := ParseListedSeeker(in, now); len(bad) != 1 || bad[0].Code != CodeBadSex {
		t.Errorf("bad sex: got %v, want a rejection", bad)
	}
	for _, edu := range []string{"D-IV", "DIV/S1", "S1/D4", "STM", "SLTA", "Paket C"} {
		if _, p := ParseEducation(edu); p != nil {
			t.Errorf("ParseEducation(%q): %v", edu, p)
		}
	}
}
