package data

// Certificate numbers: made from a pattern of tokens the institution chooses.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// patternToken matches a token of the number pattern: {name} or {name:N}.
var patternToken = regexp.MustCompile(`\{([a-z_]+)(?::([0-9]+))?\}`)

// ValidateCertificatePattern checks a number pattern: known tokens only, and
// {seq} (or {seq:N}, N from 1 to 9) at least once.
func ValidateCertificatePattern(pattern string) []Problem {
	var ps []Problem
	hasSeq := false
	rest := patternToken.ReplaceAllStringFunc(pattern, func(tok string) string {
		m := patternToken.FindStringSubmatch(tok)
		name, width := m[1], m[2]
		switch {
		case name == "seq" && (width == "" || (len(width) == 1 && width != "0")):
			hasSeq = true
		case width == "" && (name == "program" || name == "kejuruan" || name == "year" || name == "month" || name == "roman_month"):
		default:
			ps = append(ps, Problem{Field: "pattern", Code: CodeCertPatternToken, Detail: tok})
		}
		return ""
	})
	if i := strings.IndexAny(rest, "{}"); i >= 0 {
		bad := rest[i:]
		if j := strings.IndexAny(bad[1:], "{}"); j >= 0 {
			bad = bad[:j+2]
		}
		ps = append(ps, Problem{Field: "pattern", Code: CodeCertPatternToken, Detail: bad})
	}
	if !hasSeq {
		ps = append(ps, Problem{Field: "pattern", Code: CodeCertPatternNoSeq})
	}
	return ps
}

var romanMonths = [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// FormatCertificateNumber makes a certificate number from a valid pattern.
func FormatCertificateNumber(pattern string, seq int, program, kejuruan string, on time.Time) string {
	return patternToken.ReplaceAllStringFunc(pattern, func(tok string) string {
		m := patternToken.FindStringSubmatch(tok)
		switch m[1] {
		case "seq":
			n := strconv.Itoa(seq)
			if w, _ := strconv.Atoi(m[2]); len(n) < w {
				n = strings.Repeat("0", w-len(n)) + n
			}
			return n
		case "program":
			return program
		case "kejuruan":
			return kejuruan
		case "year":
			return strconv.Itoa(on.Year())
		case "month":
			return fmt.Sprintf("%02d", int(on.Month()))
		case "roman_month":
			return romanMonths[on.Month()-1]
		}
		return tok
	})
}

// DefaultCertificatePattern gives numbers like 001/LAS/UPTD-BLKI/XI/2026.
const DefaultCertificatePattern = "{seq:3}/{program}/UPTD-BLKI/{roman_month}/{year}"
