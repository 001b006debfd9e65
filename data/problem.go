package data

import (
	"fmt"
	"strings"
)

// Problem is one reason a value was rejected or warned about. Code is stable and
// machine-readable (the GUI translates it); Detail carries the offending value or
// other context for the message.
type Problem struct {
	Field  string `json:"field"`
	Code   string `json:"code"`
	Detail string `json:"detail,omitempty"`
}

// Problem codes. Warnings start with "warn_".
const (
	CodeRequired        = "required"
	CodeMissingNIK      = "missing_nik"
	CodeMissingName     = "missing_name"
	CodeNIKScientific   = "nik_scientific"
	CodeNIKNotDigits    = "nik_not_digits"
	CodeNIKLength       = "bad_nik_length"
	CodeNIKDuplicate    = "duplicate_nik_in_file"
	CodeNIKTaken        = "nik_taken"
	CodeMissingBirth    = "missing_birth_date"
	CodeBadBirthDate    = "bad_birth_date"
	CodeFutureDate      = "future_birth_date"
	CodeMissingSex      = "missing_sex"
	CodeBadSex          = "bad_sex"
	CodeBadPhone        = "bad_phone"
	CodeBadEmail        = "bad_email"
	CodeBadEducation    = "bad_education"
	CodeBadDate         = "bad_date"
	CodeBadChoice       = "bad_choice"
	WarnNIKSexMismatch  = "warn_nik_sex_mismatch"
	WarnNIKDateMismatch = "warn_nik_birth_date_mismatch"
)

var problemText = map[string]string{
	CodeRequired:        "value is required",
	CodeMissingNIK:      "NIK is empty",
	CodeMissingName:     "name is empty",
	CodeNIKScientific:   "NIK %q was cut by Excel (scientific notation); format the NIK column as text and copy the numbers again",
	CodeNIKNotDigits:    "NIK %q must contain digits only",
	CodeNIKLength:       "NIK %q must have 16 digits",
	CodeNIKDuplicate:    "NIK repeats row %s of this file",
	CodeNIKTaken:        "NIK %s belongs to another seeker",
	CodeMissingBirth:    "birth date is empty",
	CodeBadBirthDate:    "birth date %q is not a real date",
	CodeFutureDate:      "birth date %q is in the future",
	CodeMissingSex:      "sex is empty",
	CodeBadSex:          "sex %q must be L/P, Laki-laki/Perempuan or Pria/Wanita",
	CodeBadPhone:        "phone %q is not a phone number",
	CodeBadEmail:        "e-mail %q is not an address",
	CodeBadEducation:    "education %q is not one of SD, SMP, SMA, SMK, D1-D4, S1-S3",
	CodeBadDate:         "date %q is not a real date",
	CodeBadChoice:       "%q is not one of the choices",
	WarnNIKSexMismatch:  "the NIK encodes sex %s, which differs from the sex given",
	WarnNIKDateMismatch: "the NIK encodes birth date %s, which differs from the birth date given",
}

// addProblemTexts registers the English messages of a group of problem codes
// (each part of the package keeps its codes beside its rules).
func addProblemTexts(texts map[string]string) {
	for code, text := range texts {
		problemText[code] = text
	}
}

// Message is the problem in plain English, for logs, the CLI and reports.
func (p Problem) Message() string {
	text, ok := problemText[p.Code]
	if !ok {
		return p.Code
	}
	if !strings.Contains(text, "%") {
		return text
	}
	if p.Detail == "" {
		return strings.NewReplacer(" %q", "", " %s", "", "%q ", "", "%s ", "").Replace(text)
	}
	return fmt.Sprintf(text, p.Detail)
}

func (p Problem) Error() string { return p.Field + ": " + p.Message() }

// IsWarning reports whether the problem is a warning that does not reject the record.
func (p Problem) IsWarning() bool { return len(p.Code) > 5 && p.Code[:5] == "warn_" }
