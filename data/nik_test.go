package data

import (
	"testing"
	"time"
)

func TestParseNIK(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		want     string
		wantCode string // "" when the NIK is accepted
	}{
		{"clean", "6471052205868851", "6471052205868851", ""},
		{"surrounding spaces", "  6471052205868851 \t", "6471052205868851", ""},
		{"grouped with spaces", "6471 0431 0185 9619", "6471043101859619", ""},
		{"grouped with dots", "6471.0431.0185.9619", "6471043101859619", ""},
		{"grouped with dashes", "6471-0431-0185-9619", "6471043101859619", ""},
		{"grouped with no-break spaces", "6471\u00a00431\u00a00185\u00a09619", "6471043101859619", ""},
		{"leading apostrophe", "'6471066702932549", "6471066702932549", ""},
		{"apostrophe after spaces", "  '6471066702932549", "6471066702932549", ""},
		{"typographic apostrophe", "\u20186471066702932549", "6471066702932549", ""},
		{"backtick", "`6471066702932549", "6471066702932549", ""},
		{"apostrophe and groups", "'6471 0431 0185 9619", "6471043101859619", ""},

		{"scientific with dot", "6.47106E+15", "", CodeNIKScientific},
		{"scientific with comma", "6,47106E+15", "", CodeNIKScientific},
		{"scientific lower case", "6.47106e+15", "", CodeNIKScientific},
		{"scientific without plus", "6.47106E15", "", CodeNIKScientific},
		{"scientific with apostrophe", "'6.47108E+15", "", CodeNIKScientific},
		{"scientific, all digits kept", "6.471043101859619E+15", "", CodeNIKScientific},

		{"letters at the end", "6471044504ABCDEF", "", CodeNIKNotDigits},
		{"letter O for zero", "6471O52205868851", "", CodeNIKNotDigits},
		{"grouped with letters", "6471 0129 ABCDEF", "", CodeNIKNotDigits},
		{"full-width digits", "６４７１０５２２０５８６８８５１", "", CodeNIKNotDigits},
		{"slash", "6471/0522/0586/8851", "", CodeNIKNotDigits},
		{"E alone", "E+15", "", CodeNIKNotDigits},
		{"mantissa not a number", "x.1E+15", "", CodeNIKNotDigits},

		{"15 digits", "647103170303496", "", CodeNIKLength},
		{"17 digits", "64710522058688511", "", CodeNIKLength},
		{"grouped, too short", "6471 0431 0185", "", CodeNIKLength},
		{"separators only", "-- .. --", "", CodeNIKLength},

		{"empty", "", "", CodeMissingNIK},
		{"blank", "  \t ", "", CodeMissingNIK},
		{"apostrophe only", "'", "", CodeMissingNIK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, p := ParseNIK(tt.raw)
			if got != tt.want {
				t.Errorf("ParseNIK(%q) = %q, want %q", tt.raw, got, tt.want)
			}
			switch {
			case tt.wantCode == "" && p != nil:
				t.Errorf("ParseNIK(%q) problem = %+v, want none", tt.raw, *p)
			case tt.wantCode != "" && p == nil:
				t.Errorf("ParseNIK(%q) problem = nil, want %s", tt.raw, tt.wantCode)
			case tt.wantCode != "":
				if p.Code != tt.wantCode {
					t.Errorf("ParseNIK(%q) code = %s, want %s", tt.raw, p.Code, tt.wantCode)
				}
				if p.Field != "nik" {
					t.Errorf("ParseNIK(%q) field = %q, want nik", tt.raw, p.Field)
				}
				if p.IsWarning() {
					t.Errorf("ParseNIK(%q) problem is a warning, want a rejection", tt.raw)
				}
			}
		})
	}
}

func TestParseNIKDetail(t *testing.T) {
	// The detail is what the clerk must look for: the value, without the apostrophe.
	_, p := ParseNIK(" '6.47106E+15 ")
	if p == nil {
		t.Fatal("ParseNIK accepted a scientific NIK")
	}
	if got, want := p.Detail, "6.47106E+15"; got != want {
		t.Errorf("detail = %q, want %q", got, want)
	}
	if got, want := p.Code, CodeNIKScientific; got != want {
		t.Errorf("code = %q, want %q", got, want) // app/messages words it, with the value and a hint about Excel
	}
}

func TestDecodeNIK(t *testing.T) {
	now := testNow // 26 November 2026
	tests := []struct {
		name string
		nik  string
		now  time.Time
		want NIKInfo
	}{
		{"man", "6471052205868851", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(1986, 5, 22), Valid: true}},
		{"woman: day + 40", "6471066702932549", now, NIKInfo{Province: "64", Regency: "6471", District: "647106", Sex: SexFemale, BirthDate: ymd(1993, 2, 27), Valid: true}},
		{"woman born on the 1st", "6472034101990001", now, NIKInfo{Province: "64", Regency: "6472", District: "647203", Sex: SexFemale, BirthDate: ymd(1999, 1, 1), Valid: true}},
		{"woman born on the 31st", "6471037112790001", now, NIKInfo{Province: "64", Regency: "6471", District: "647103", Sex: SexFemale, BirthDate: ymd(1979, 12, 31), Valid: true}},
		{"year 00 is 2000", "6471062212002514", now, NIKInfo{Province: "64", Regency: "6471", District: "647106", Sex: SexMale, BirthDate: ymd(2000, 12, 22), Valid: true}},
		{"29 February 2000", "6471052902000001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(2000, 2, 29), Valid: true}},
		{"this year, earlier", "6471050101260001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(2026, 1, 1), Valid: true}},
		{"this year, today", "6471052611260001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(2026, 11, 26), Valid: true}},
		{"this year, later: last century", "6471050112260001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(1926, 12, 1), Valid: true}},
		{"next year's digits: last century", "6471051508270001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(1927, 8, 15), Valid: true}},
		{"relative to a later now", "6471051508270001", time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(2027, 8, 15), Valid: true}},
		{"relative to an earlier now", "6471051508100001", time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC), NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(1910, 8, 15), Valid: true}},
		{"today in now's own zone", "6471052711260001", time.Date(2026, 11, 27, 7, 0, 0, 0, time.FixedZone("WITA", 8*3600)), NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale, BirthDate: ymd(2026, 11, 27), Valid: true}},

		{"29 February 2001", "6471052902010001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale}},
		{"31 April", "6471053104900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale}},
		{"day 32", "6471053202900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale}},
		{"day 40", "6471054002900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale}},
		{"day 0", "6471050002900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale}},
		{"woman, day 72", "6471057202900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexFemale}},
		{"woman, 31 February", "6471057102900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexFemale}},
		{"month 0", "6471051500900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale}},
		{"month 13", "6471051513900001", now, NIKInfo{Province: "64", Regency: "6471", District: "647105", Sex: SexMale}},

		{"too short", "647105220586885", now, NIKInfo{}},
		{"too long", "64710522058688511", now, NIKInfo{}},
		{"empty", "", now, NIKInfo{}},
		{"not digits", "6471052205ABCDEF", now, NIKInfo{}},
		{"not digits in the date", "647105AB05868851", now, NIKInfo{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DecodeNIK(tt.nik, tt.now)
			if got != tt.want {
				t.Errorf("DecodeNIK(%q, %s) =\n %+v, want\n %+v", tt.nik, tt.now.Format(time.RFC3339), got, tt.want)
			}
		})
	}
}

func TestDecodeNIKNeverInFuture(t *testing.T) {
	// Every valid day of every two-digit year decodes to a date not after now.
	now := testNow
	for yy := range 100 {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{1, 15, 26, 27, 28} {
				nik := "647105" + pad2(d) + pad2(m) + pad2(yy) + "0001"
				got := DecodeNIK(nik, now)
				if !got.Valid {
					t.Fatalf("DecodeNIK(%q) not valid", nik)
				}
				if got.BirthDate.After(now) {
					t.Errorf("DecodeNIK(%q).BirthDate = %s, after now %s", nik, got.BirthDate.Format(DateLayout), now.Format(DateLayout))
				}
				if age := now.Year() - got.BirthDate.Year(); age < 0 || age > 100 {
					t.Errorf("DecodeNIK(%q).BirthDate = %s: age %d", nik, got.BirthDate.Format(DateLayout), age)
				}
			}
		}
	}
}

func pad2(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func TestMaskNIK(t *testing.T) {
	tests := []struct{ nik, want string }{
		{"6471052205868851", "6471**********51"},
		{"6471066702932549", "6471**********49"},
		{"", ""},
		{"123", "***"},
		{"1234567", "*******"},
		{"12345678", "1234**78"},
	}
	for _, tt := range tests {
		if got := MaskNIK(tt.nik); got != tt.want {
			t.Errorf("MaskNIK(%q) = %q, want %q", tt.nik, got, tt.want)
		}
	}
}

func FuzzParseNIK(f *testing.F) {
	for _, seed := range []string{
		"6471052205868851", "6471 0431 0185 9619", "'6471066702932549", "6.47106E+15", "6,47106E+15",
		"6471044504ABCDEF", "647103170303496", "64710522058688511", "", " ", "'", "E+15", "1e5",
		"6471.0431.0185.9619", "6471-0431-0185-9619", "\u20186471066702932549", "６４７１", "6471\u00a00431",
		"6.471043101859619E+15", "ee", "-", "\xff\xfe", "'''6471052205868851",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, p := ParseNIK(raw)
		if p != nil {
			if got != "" {
				t.Fatalf("ParseNIK(%q) = %q with problem %v, want \"\"", raw, got, p)
			}
			if p.Field != "nik" || p.Code == "" || p.IsWarning() {
				t.Fatalf("ParseNIK(%q) problem = %+v", raw, *p)
			}
			return
		}
		if len(got) != 16 {
			t.Fatalf("ParseNIK(%q) = %q: %d bytes, want 16", raw, got, len(got))
		}
		for i := range len(got) {
			if got[i] < '0' || got[i] > '9' {
				t.Fatalf("ParseNIK(%q) = %q: not ASCII digits", raw, got)
			}
		}
		again, p := ParseNIK(got)
		if p != nil || again != got {
			t.Fatalf("ParseNIK(ParseNIK(%q)) = %q, %v, want %q", raw, again, p, got)
		}
		// What a clean NIK says about itself must not panic either.
		_ = DecodeNIK(got, testNow)
		if m := MaskNIK(got); len(m) != 16 || m[:4] != got[:4] || m[14:] != got[14:] {
			t.Fatalf("MaskNIK(%q) = %q", got, m)
		}
	})
}
