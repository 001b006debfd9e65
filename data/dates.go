package data

import (
	"strconv"
	"strings"
	"time"
)

// DateLayout is how dates are stored.
const DateLayout = "2006-01-02"

var monthsID = [...]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

var monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var daysID = [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

// monthNames maps every spelling a clerk may type to its month.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{
		"agt": 8, "agu": 8, "ags": 8, "okt": 10, "nop": 11, "des": 12, "mei": 5, "peb": 2, "pebruari": 2, "nopember": 11,
	}
	for i := range 12 {
		for _, n := range []string{monthsID[i], monthsEN[i]} {
			l := strings.ToLower(n)
			m[l] = time.Month(i + 1)
			m[l[:3]] = time.Month(i + 1)
		}
	}
	return m
}()

// DateOf is t's calendar date, in t's own location, as midnight UTC: the form
// in which Balai holds dates, so that the two compare.
func DateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// problemDate is how a date appears in a problem's Detail: "17-08-2026"; a
// zero date is empty.
func problemDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02-01-2006")
}

// FormatDate writes a date the way Indonesian letters do: "26 November 2026".
// With lang "en" the month is English. A zero date is empty.
func FormatDate(t time.Time, lang string) string {
	if t.IsZero() {
		return ""
	}
	months := monthsID
	if lang == "en" {
		months = monthsEN
	}
	return strconv.Itoa(t.Day()) + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// DayName is the Indonesian weekday: Senin, Selasa, …
func DayName(t time.Time) string { return daysID[t.Weekday()] }

// IsWeekdayName reports whether w names a day of the week, in Indonesian or
// English, in any case: "Senin", "monday".
func IsWeekdayName(w string) bool {
	for i, d := range daysID {
		if strings.EqualFold(w, d) || strings.EqualFold(w, time.Weekday(i).String()) {
			return true
		}
	}
	return false
}

// MonthName is the Indonesian month name.
func MonthName(m time.Month) string { return monthsID[m-1] }

// ParseDate reads a date as clerks write it: 17/08/1998, 17-08-1998, 17.08.1998,
// 1998-08-17, 17 Agustus 1998 (Indonesian or English month, full or short).
// Two-digit years are not accepted: they are ambiguous for birth dates.
func ParseDate(raw string) (time.Time, bool) {
	v := strings.TrimSpace(raw)
	if v == "" {
		return time.Time{}, false
	}
	// A timestamp from a spreadsheet or database: keep the date part.
	if len(v) > 10 && (v[10] == ' ' || v[10] == 'T') && v[4] == '-' {
		v = v[:10]
	}
	fields := strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == ' ' || r == ',' })
	if len(fields) == 4 && isClock(fields[3]) {
		// "17/08/1998 0:00", as a spreadsheet exports a date cell: keep the date.
		fields = fields[:3]
	}
	if len(fields) != 3 {
		return time.Time{}, false
	}
	var d, m, y int
	var ok bool
	if len(fields[0]) == 4 { // ISO order
		y, ok = atoiOK(fields[0])
		if !ok {
			return time.Time{}, false
		}
		if m, ok = atoiOK(fields[1]); !ok {
			return time.Time{}, false
		}
		if d, ok = atoiOK(fields[2]); !ok {
			return time.Time{}, false
		}
	} else {
		if d, ok = atoiOK(fields[0]); !ok {
			return time.Time{}, false
		}
		if m, ok = atoiOK(fields[1]); !ok {
			mm, named := monthNames[strings.ToLower(fields[1])]
			if !named {
				return time.Time{}, false
			}
			m = int(mm)
		}
		if len(fields[2]) != 4 {
			return time.Time{}, false
		}
		if y, ok = atoiOK(fields[2]); !ok {
			return time.Time{}, false
		}
	}
	return makeDate(y, m, d)
}

func makeDate(y, m, d int) (time.Time, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false // 31/02 and the like
	}
	return t, true
}

// isClock reports whether v is a time of day such as 0:00 or 00:00:00.
func isClock(v string) bool {
	parts := strings.Split(v, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		n, ok := atoiOK(p)
		if !ok || len(p) > 2 || n > 59 || (i == 0 && n > 23) {
			return false
		}
	}
	return true
}

func atoiOK(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// ExcelSerialDate converts an Excel date serial (days since 1899-12-30, the
// 1900 leap-year bug included) to a date. Serial 1 is 1 January 1900; serial 60
// is Excel's 29 February 1900, a day that did not exist, and is refused.
func ExcelSerialDate(serial float64) (time.Time, bool) {
	if !(serial >= 1 && serial < 2958466) { // also false for NaN
		return time.Time{}, false
	}
	days := int(serial)
	switch {
	case days == 60:
		return time.Time{}, false
	case days < 60:
		days++ // before the fictitious leap day Excel counts from 1899-12-31
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return base.AddDate(0, 0, days), true
}

// ParseDateCell reads a date that may also be an Excel serial number, as found
// in a raw XLSX cell.
func ParseDateCell(raw string) (time.Time, bool) {
	if t, ok := ParseDate(raw); ok {
		return t, true
	}
	v := strings.TrimSpace(raw)
	if !isDecimal(v) {
		return time.Time{}, false
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f <= 366 || f >= 109575 {
		// 366 < serial < 2200-01-01: a plausible date, not a day number.
		return time.Time{}, false
	}
	if f >= 1000 && f < 3000 {
		// A year alone ("1998"), not serial 1998 (20 June 1905): refuse it
		// rather than store a wrong date.
		return time.Time{}, false
	}
	return ExcelSerialDate(f)
}

// isDecimal reports whether v is digits with at most one decimal point, the way
// a spreadsheet writes a serial (ParseFloat alone would also take "Inf", "1e5"
// and hexadecimal).
func isDecimal(v string) bool {
	digits, dots := 0, 0
	for i := range len(v) {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1
}
