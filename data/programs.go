package data

import (
	"fmt"
	"strconv"
	"strings"
)

// Programs (training packages) with their competency units, the kejuruan
// list, instructors and rooms.
//
// Validation is shared by the GUI and the CLI: ValidateProgram,
// ValidateInstructor and ValidateRoom check what can be checked without the
// database; the store's Create… and Update… methods run the same checks plus
// those that need it (a code or name already taken, an unknown kejuruan), and
// return every problem found as a Problems error, saving nothing.
//
// Problem fields: "code", "name", "kejuruan", "jp", "units" (the list),
// "units.N.title" and "units.N.jp" (N the unit's index from 0; the Detail of
// a unit problem is its number from 1, as the form shows it), "nip", "phone",
// "capacity".

// Problem codes of programs, kejuruan, instructors and rooms.
const (
	CodeBadProgramCode      = "bad_program_code"      // Detail: the code as typed
	CodeProgramCodeTaken    = "program_code_taken"    // Detail: the code
	CodeJPNotPositive       = "jp_not_positive"       // Detail: the JP given
	CodeNoUnits             = "no_units"              // a program needs at least one unit
	CodeUnitTitleMissing    = "unit_title_missing"    // Detail: the unit's number, from 1
	CodeUnitJPNotPositive   = "unit_jp_not_positive"  // Detail: the unit's number, from 1
	CodeUnitsJPMismatch     = "units_jp_mismatch"     // Detail: units' total minus the program's JP, signed: "+8", "-16"
	CodeUnitInUse           = "unit_in_use"           // Detail: the unit's title
	CodeProgramInUse        = "program_in_use"        // Detail: the code of a class of the program
	CodeUnknownKejuruan     = "unknown_kejuruan"      // Detail: the name given
	CodeKejuruanExists      = "kejuruan_exists"       // Detail: the name
	CodeKejuruanInUse       = "kejuruan_in_use"       // Detail: the name of a program of the kejuruan
	CodeRoomNameTaken       = "room_name_taken"       // Detail: the name
	CodeCapacityNotPositive = "capacity_not_positive" // Detail: the capacity given
	CodeRoomInUse           = "room_in_use"           // Detail: the code of a class using the room
	CodeInstructorInUse     = "instructor_in_use"     // Detail: the code of a class the instructor teaches
)

// Problems are the reasons a record was rejected. Store methods that validate
// return them as their error and save nothing. errors.As(err, &p) with p a
// *Problem finds the first one, so code that shows one problem works unchanged;
// errors.As(err, &ps) with ps a Problems gives them all.
type Problems []Problem

func (ps Problems) Error() string {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Error()
	}
	return strings.Join(msgs, "; ")
}

// As lets errors.As find the first problem as a *Problem.
func (ps Problems) As(target any) bool {
	if t, ok := target.(**Problem); ok && len(ps) > 0 {
		p := ps[0]
		*t = &p
		return true
	}
	return false
}

// --- Programs ---

// maxProgramCode is the longest program code: it starts every class code.
const maxProgramCode = 12

// NormalizeProgramCode is a program code as stored: trimmed and upper-cased.
func NormalizeProgramCode(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// validProgramCode: letters and digits in groups joined by single dashes.
func validProgramCode(code string) bool {
	if code == "" || len(code) > maxProgramCode || code[0] == '-' || code[len(code)-1] == '-' || strings.Contains(code, "--") {
		return false
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}

// CleanProgram trims and upper-cases what the store keeps so, and checks the
// rules that need no database (see ValidateProgram).
func CleanProgram(p Program) (Program, []Problem) {
	var probs []Problem
	p.Code = NormalizeProgramCode(p.Code)
	p.Name = strings.TrimSpace(p.Name)
	p.Kejuruan = strings.TrimSpace(p.Kejuruan)
	p.Description = strings.TrimSpace(p.Description)
	switch {
	case p.Code == "":
		probs = append(probs, Problem{Field: "code", Code: CodeRequired})
	case !validProgramCode(p.Code):
		probs = append(probs, Problem{Field: "code", Code: CodeBadProgramCode, Detail: p.Code})
	}
	if p.Name == "" {
		probs = append(probs, Problem{Field: "name", Code: CodeRequired})
	}
	if p.Kejuruan == "" {
		probs = append(probs, Problem{Field: "kejuruan", Code: CodeRequired})
	}
	if p.JP <= 0 {
		probs = append(probs, Problem{Field: "jp", Code: CodeJPNotPositive, Detail: strconv.Itoa(p.JP)})
	}
	if len(p.Units) == 0 {
		probs = append(probs, Problem{Field: "units", Code: CodeNoUnits})
		return p, probs
	}
	units := make([]Unit, len(p.Units))
	sum, unitsOK := 0, true
	for i, u := range p.Units {
		u.Code = strings.TrimSpace(u.Code)
		u.Title = strings.TrimSpace(u.Title)
		units[i] = u
		n := strconv.Itoa(i + 1)
		if u.Title == "" {
			probs = append(probs, Problem{Field: fmt.Sprintf("units.%d.title", i), Code: CodeUnitTitleMissing, Detail: n})
		}
		if u.JP <= 0 {
			probs = append(probs, Problem{Field: fmt.Sprintf("units.%d.jp", i), Code: CodeUnitJPNotPositive, Detail: n})
			unitsOK = false
		}
		sum += u.JP
	}
	p.Units = units
	if unitsOK && p.JP > 0 && sum != p.JP {
		probs = append(probs, Problem{Field: "units", Code: CodeUnitsJPMismatch, Detail: fmt.Sprintf("%+d", sum-p.JP)})
	}
	return p, probs
}

// ValidateProgram checks a program as the form or the CLI gives it: code
// (letters, digits and dashes, at most 12; stored upper-cased), name and
// kejuruan required, JP more than 0, at least one unit, each with a title and
// JP more than 0, and the units' JP adding up to the program's (else a
// CodeUnitsJPMismatch whose Detail is the units' total minus the program's
// JP: "+8" when the units have 8 JP too many, "-16" when 16 are missing).
// That the code is free and the kejuruan is in the list is checked on saving.
func ValidateProgram(p Program) []Problem {
	_, probs := CleanProgram(p)
	return probs
}

// --- Instructors ---

// NormalizeNIP is a NIP as stored: a civil-servant NIP (18 digits once
// spaces are removed) as its digits; any other ID number trimmed, as typed.
func NormalizeNIP(raw string) string {
	raw = strings.TrimSpace(raw)
	digits := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '\t' {
			return -1
		}
		return r
	}, raw)
	if len(digits) == 18 && strings.Trim(digits, "0123456789") == "" {
		return digits
	}
	return raw
}

// FormatNIP prints an 18-digit NIP grouped as on official documents,
// "19671018 199303 1 004" (birth date, appointment year-month, sex, serial);
// any other value as it is.
func FormatNIP(nip string) string {
	d := NormalizeNIP(nip)
	if len(d) != 18 || strings.Trim(d, "0123456789") != "" {
		return nip
	}
	return d[:8] + " " + d[8:14] + " " + d[14:15] + " " + d[15:]
}

// CleanInstructor trims what the store keeps trimmed, writes the NIP and the
// phone as stored, and checks the rules that need no database (see
// ValidateInstructor).
func CleanInstructor(in Instructor) (Instructor, []Problem) {
	var probs []Problem
	in.Name = strings.TrimSpace(in.Name)
	in.NIP = NormalizeNIP(in.NIP)
	in.Kejuruan = strings.TrimSpace(in.Kejuruan)
	if in.Name == "" {
		probs = append(probs, Problem{Field: "name", Code: CodeRequired})
	}
	phone, p := NormalizePhone(in.Phone)
	if p != nil {
		probs = append(probs, *p)
	} else {
		in.Phone = phone
	}
	return in, probs
}

// ValidateInstructor checks an instructor: name required, phone a phone
// number (stored as NormalizePhone gives it). The NIP is optional; an 18-digit
// NIP is stored as its digits (see NormalizeNIP). That the kejuruan, when
// given, is in the list is checked on saving.
func ValidateInstructor(in Instructor) []Problem {
	_, probs := CleanInstructor(in)
	return probs
}

// --- Rooms ---

// CleanRoom trims the name and checks the rules that need no database (see
// ValidateRoom).
func CleanRoom(r Room) (Room, []Problem) {
	var probs []Problem
	r.Name = strings.TrimSpace(r.Name)
	if r.Name == "" {
		probs = append(probs, Problem{Field: "name", Code: CodeRequired})
	}
	if r.Capacity <= 0 {
		probs = append(probs, Problem{Field: "capacity", Code: CodeCapacityNotPositive, Detail: strconv.Itoa(r.Capacity)})
	}
	return r, probs
}

// ValidateRoom checks a room: name required, capacity more than 0. That no
// other room has the name (ignoring case) is checked on saving.
func ValidateRoom(r Room) []Problem {
	_, probs := CleanRoom(r)
	return probs
}
