package data

import (
	"strings"
	"time"
)

// NIK is a 16-digit Indonesian population number (Nomor Induk Kependudukan):
// province (2), regency (2), district (2), birth date DDMMYY with day+40 for
// women, serial (4). It has no check digit.

// ParseNIK cleans a NIK as typed or as found in a spreadsheet: spaces, dots and
// dashes are removed, and so is the apostrophe Excel users type to force text.
// It returns the 16 digits or the problem with the value.
func ParseNIK(raw string) (string, *Problem) {
	v := strings.TrimSpace(raw)
	v = strings.TrimLeft(v, "'‘’`")
	v = strings.TrimSpace(v)
	if v == "" {
		return "", &Problem{Field: "nik", Code: CodeMissingNIK}
	}
	if looksScientific(v) {
		return "", &Problem{Field: "nik", Code: CodeNIKScientific, Detail: v}
	}
	var b strings.Builder
	b.Grow(16)
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '.' || r == '-' || r == '\u00a0':
		default:
			return "", &Problem{Field: "nik", Code: CodeNIKNotDigits, Detail: v}
		}
	}
	nik := b.String()
	if len(nik) != 16 {
		return "", &Problem{Field: "nik", Code: CodeNIKLength, Detail: v}
	}
	return nik, nil
}

// looksScientific reports values like 6.47106E+15 or 6,47106E+15, which Excel
// shows for a long number it has already rounded to 15 significant digits.
func looksScientific(v string) bool {
	e := strings.IndexAny(v, "eE")
	if e <= 0 || e == len(v)-1 {
		return false
	}
	mant, exp := v[:e], strings.TrimLeft(v[e+1:], "+")
	if exp == "" {
		return false
	}
	for _, r := range exp {
		if r < '0' || r > '9' {
			return false
		}
	}
	digits := 0
	for _, r := range mant {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digits > 0
}

// NIKInfo is what a NIK says about its holder.
type NIKInfo struct {
	Province  string // "64"
	Regency   string // "6471"
	District  string // "647105"
	Sex       string // "L" or "P"
	BirthDate time.Time
	Valid     bool // the encoded date is a real date
}

// DecodeNIK reads the region, sex and birth date encoded in a clean 16-digit NIK.
// The two-digit year is resolved to the most recent year that does not put the
// birth date after now's date. Anything but 16 ASCII digits gives a zero NIKInfo.
func DecodeNIK(nik string, now time.Time) NIKInfo {
	info := NIKInfo{}
	if len(nik) != 16 {
		return info
	}
	for i := range len(nik) {
		if nik[i] < '0' || nik[i] > '9' {
			return info
		}
	}
	info.Province, info.Regency, info.District = nik[:2], nik[:4], nik[:6]
	day := atoi2(nik[6:8])
	month := atoi2(nik[8:10])
	yy := atoi2(nik[10:12])
	info.Sex = "L"
	if day > 40 {
		info.Sex = "P"
		day -= 40
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return info
	}
	// A birth date is never after today: 2000+yy if that is not in the future,
	// else 1900+yy. Both years are tried, since 29 February exists in 2000 but
	// not in 1900.
	today := DateOf(now)
	for _, year := range []int{2000 + yy, 1900 + yy} {
		d := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day || d.Month() != time.Month(month) || d.After(today) {
			continue
		}
		info.BirthDate = d
		info.Valid = true
		break
	}
	return info
}

func atoi2(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }

// MaskNIK hides the middle of a NIK: 6471**********64.
func MaskNIK(nik string) string {
	if len(nik) < 8 {
		return strings.Repeat("*", len(nik))
	}
	return nik[:4] + strings.Repeat("*", len(nik)-6) + nik[len(nik)-2:]
}
