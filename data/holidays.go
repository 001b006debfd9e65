package data

import (
	"time"
)

// Holidays: days without training.
//
// The fixed-date national holidays (1 January, 1 May, 1 June, 17 August,
// 25 December) are built in for every year and never stored. Every other
// holiday — Islamic, Chinese, Hindu and Buddhist holidays, which move every
// year, and collective leave (cuti bersama) — is entered or imported by the
// user into the holidays table: Balai never guesses a lunar date.

// Problem codes of holidays.
const (
	CodeHolidayFixed       = "holiday_fixed"              // Detail: the built-in holiday's name
	CodeHolidayColumns     = "holiday_no_columns"         // the file has no date and name columns
	CodeHolidayDuplicate   = "holiday_duplicate_in_file"  // Detail: the earlier row with the same date
	WarnHolidayFixedInFile = "warn_holiday_fixed_in_file" // Detail: the built-in holiday's name; the row is skipped
)

// fixedHolidays are the national holidays on the same date every year.
var fixedHolidays = []struct {
	month time.Month
	day   int
	name  string
}{
	{time.January, 1, "Tahun Baru Masehi"},
	{time.May, 1, "Hari Buruh"},
	{time.June, 1, "Hari Lahir Pancasila"},
	{time.August, 17, "Hari Kemerdekaan RI"},
	{time.December, 25, "Hari Raya Natal"},
}

// FixedHolidays lists the built-in national holidays of a year, in date order.
func FixedHolidays(year int) []Holiday {
	out := make([]Holiday, len(fixedHolidays))
	for i, f := range fixedHolidays {
		out[i] = Holiday{Date: time.Date(year, f.month, f.day, 0, 0, 0, 0, time.UTC), Name: f.name}
	}
	return out
}

// FixedHoliday returns the name of the built-in national holiday on date, if any.
func FixedHoliday(date time.Time) (string, bool) {
	_, m, d := date.Date()
	for _, f := range fixedHolidays {
		if f.month == m && f.day == d {
			return f.name, true
		}
	}
	return "", false
}

// HolidaySet maps each holiday's date ("2006-01-02") to its name, as
// GenerateSessions takes them.
func HolidaySet(hs []Holiday) map[string]string {
	m := make(map[string]string, len(hs))
	for _, h := range hs {
		m[h.Date.Format(DateLayout)] = h.Name
	}
	return m
}

// CleanHoliday checks a holiday the user gives and returns it as stored: a
// date (as a calendar day) that is not a built-in national holiday, and a name.
func CleanHoliday(h Holiday) (Holiday, error) {
	h.Name = CleanText(h.Name)
	if h.Date.IsZero() {
		return h, &Problem{Field: "date", Code: CodeRequired}
	}
	h.Date = DateOf(h.Date)
	if name, ok := FixedHoliday(h.Date); ok {
		return h, &Problem{Field: "date", Code: CodeHolidayFixed, Detail: name}
	}
	if h.Name == "" {
		return h, &Problem{Field: "name", Code: CodeRequired}
	}
	return h, nil
}
