package data

import "time"

// Warnings of a seeker read from a list.
const (
	// WarnValueKept: a value Balai does not know (an education or religion
	// spelling, a phone, an e-mail) is kept as written. Detail: the value.
	WarnValueKept = "warn_value_kept"
	// WarnDateDropped: a registration date that is not a date is left empty.
	// Detail: the value.
	WarnDateDropped = "warn_date_dropped"
	// WarnYearDropped: a graduation year that is not a year is left empty.
	// Detail: the value.
	WarnYearDropped = "warn_year_dropped"
)

// IsIdentityField reports whether field identifies a person: a list's row is
// rejected only for a problem with one of these.
func IsIdentityField(field string) bool {
	switch field {
	case FieldNIK, FieldName, FieldBirthDate, FieldSex:
		return true
	}
	return false
}

// ParseListedSeeker validates a seeker read from a list. Like ParseSeeker,
// but only the identity fields (NIK, name, birth date, sex) reject it: any
// other value Balai does not know is kept as written with a warning (a
// person never loses their record for a spelling such as "Paket X"), and a
// registration date that is not a date is left empty with a warning.
func ParseListedSeeker(in SeekerInput, now time.Time) (Seeker, []Problem, []Problem) {
	s, bad, warn := ParseSeeker(in, now)
	var identity []Problem
	for _, p := range bad {
		if IsIdentityField(p.Field) {
			identity = append(identity, p)
			continue
		}
		code := WarnValueKept
		switch p.Field {
		case "phone":
			s.Phone = CleanText(in.Phone)
		case "email":
			s.Email = CleanText(in.Email)
		case "education":
			s.Education = CleanText(in.Education)
		case "religion":
			s.Religion = CleanText(in.Religion)
		case "marital":
			s.Marital = CleanText(in.Marital)
		case "employment":
			s.Employment = CleanText(in.Employment)
		case "registered_on":
			s.RegisteredOn = time.Time{}
			code = WarnDateDropped
		case FieldGraduationYear:
			code = WarnYearDropped
		}
		warn = append(warn, Problem{Field: p.Field, Code: code, Detail: p.Detail})
	}
	s.Warnings = warn
	return s, identity, warn
}
