package data

// Problem is one reason a value was rejected or warned about. Code is stable and
// machine-readable (app/messages words it); Detail carries the offending value or
// other context for the message.
type Problem struct {
	Field  string `json:"field"`
	Code   string `json:"code"`
	Detail string `json:"detail,omitempty"`
}

// Problem codes. Warnings start with "warn_".
const (
	CodeRequired          = "required"
	CodeMissingNIK        = "missing_nik"
	CodeMissingName       = "missing_name"
	CodeNIKScientific     = "nik_scientific"
	CodeNIKNotDigits      = "nik_not_digits"
	CodeNIKLength         = "bad_nik_length"
	CodeNIKDuplicate      = "duplicate_nik_in_file"
	CodeNIKTaken          = "nik_taken"
	CodeMissingBirth      = "missing_birth_date"
	CodeBadBirthDate      = "bad_birth_date"
	CodeFutureDate        = "future_birth_date"
	CodeMissingSex        = "missing_sex"
	CodeBadSex            = "bad_sex"
	CodeBadPhone          = "bad_phone"
	CodeBadEmail          = "bad_email"
	CodeBadEducation      = "bad_education"
	CodeBadDate           = "bad_date"
	CodeBadChoice         = "bad_choice"
	CodeBadGraduationYear = "bad_graduation_year" // Detail: the value given
	WarnNIKSexMismatch    = "warn_nik_sex_mismatch"
	WarnNIKDateMismatch   = "warn_nik_birth_date_mismatch"
)

// Error is the problem for logs and wrapped errors: "field: code detail".
// Only app/messages words it for people.
func (p Problem) Error() string {
	s := p.Code
	if p.Detail != "" {
		s += " " + p.Detail
	}
	if p.Field != "" {
		s = p.Field + ": " + s
	}
	return s
}

// IsWarning reports whether the problem is a warning that does not reject the record.
func (p Problem) IsWarning() bool { return len(p.Code) > 5 && p.Code[:5] == "warn_" }
