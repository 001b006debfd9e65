package data

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"
)

// Problem codes of certificates.
const (
	CodeCertWithdrawn       = "cert_withdrawn"        // Detail: the withdrawal date, DD-MM-YYYY
	CodeCertNotCompetent    = "cert_not_competent"    // the result is belum kompeten
	CodeCertNoResult        = "cert_no_result"        // no final result yet
	CodeCertBelowAttendance = "cert_below_attendance" // Detail: "58.8% < 80%"
	CodeCertClassCancelled  = "cert_class_cancelled"  // Detail: the class code
	CodeCertPatternNoSeq    = "cert_pattern_no_seq"   // the pattern lacks {seq}
	CodeCertPatternToken    = "cert_pattern_token"    // Detail: the unknown token or brace
	CodeCertNextSeq         = "cert_next_seq"         // Detail: the value given
	CodeCertOffset          = "cert_offset"           // Detail: the value given, in mm
	CodeCertPaper           = "cert_paper"            // Detail: the value given
	CodeCertRevoked         = "cert_revoked"          // Detail: the number
	CodeCertRevokeReason    = "cert_revoke_reason"    // a revocation needs a reason
)

// ErrSignatureFormat is returned by SetCertificateSettings for a signature
// image that is not a readable PNG or JPEG of at most MaxLogoBytes.
var ErrSignatureFormat = errors.New("the signature is not a PNG or JPEG image of at most 2 MB")

// DefaultCertificateSettings are used until the user saves others.
func DefaultCertificateSettings() CertificateSettings {
	return CertificateSettings{Pattern: DefaultCertificatePattern, NextSeq: 1, Paper: "A4"}
}

// ValidateCertificateSettings checks the settings without saving them.
func ValidateCertificateSettings(cs CertificateSettings) []Problem {
	ps := ValidateCertificatePattern(cs.Pattern)
	if cs.NextSeq < 1 {
		ps = append(ps, Problem{Field: "next_seq", Code: CodeCertNextSeq, Detail: strconv.Itoa(cs.NextSeq)})
	}
	if p := strings.ToUpper(strings.TrimSpace(cs.Paper)); p != "A4" && p != "F4" {
		ps = append(ps, Problem{Field: "paper", Code: CodeCertPaper, Detail: cs.Paper})
	}
	for _, o := range []struct {
		field string
		v     float64
	}{{"offset_x", cs.OffsetX}, {"offset_y", cs.OffsetY}} {
		if math.IsNaN(o.v) || math.Abs(o.v) > MaxCertificateOffset {
			ps = append(ps, Problem{Field: o.field, Code: CodeCertOffset, Detail: strconv.FormatFloat(o.v, 'f', -1, 64)})
		}
	}
	return ps
}

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

// Verification codes are the certificate's UUID (16 bytes) and the first
// codeMACBytes of its HMAC-SHA256 under the installation's key, in base32
// without padding: 25 bytes are exactly 40 characters, so every character
// carries signed bits and any change to one makes the code invalid. Base32
// (A–Z, 2–7) reads aloud and types without ambiguity of case, never starts
// with "-" on a command line, and fits QR's compact alphanumeric mode.
const (
	codeMACBytes = 9
	CodeLength   = 40
)

var codeEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

func SignCode(key []byte, id uuid.UUID) string {
	mac := hmac.New(sha256.New, key)
	mac.Write(id[:])
	b := append(id[:len(id):len(id)], mac.Sum(nil)[:codeMACBytes]...)
	return codeEncoding.EncodeToString(b)
}

// parseCode checks a code's signature and returns the certificate UUID it names.
func ParseCode(key []byte, code string) (uuid.UUID, bool) {
	if len(key) == 0 || len(code) != CodeLength {
		return uuid.UUID{}, false
	}
	b, err := codeEncoding.DecodeString(code)
	if err != nil || len(b) != 16+codeMACBytes {
		return uuid.UUID{}, false
	}
	id, _ := uuid.FromBytes(b[:16])
	want := SignCode(key, id)
	return id, hmac.Equal([]byte(want), []byte(code))
}

// CleanCode takes what a user pasted or typed (spaces, line breaks, a
// "Kode verifikasi:" label) down to the code itself.
func CleanCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, ":/="); i >= 0 && len(s)-i-1 >= CodeLength {
		s = s[i+1:]
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
