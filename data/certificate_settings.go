package data

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
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
	CodeCertDesign          = "cert_design"           // Detail: the design given
	CodeCertColour          = "cert_colour"           // Detail: the colour given
	CodeCertBackSign        = "cert_back_sign"        // Detail: the choice given
	CodeCertVerifyAddress   = "cert_verify_address"   // Detail: the address given
)

// ErrSignatureFormat is returned by SetCertificateSettings for a signature
// image that is not a readable PNG or JPEG of at most MaxLogoBytes.
var ErrSignatureFormat = errors.New("the signature is not a PNG or JPEG image of at most 2 MB")

// MaxCertificateOffset bounds the print offsets, in mm either way.
const MaxCertificateOffset = 30.0

// DefaultCertificateColour is the frame's and the title's colour until the
// centre chooses its own: a dark blue that prints well in colour and in grey.
const DefaultCertificateColour = "#1F4E79"

// DefaultCertificateSettings are used until the user saves others.
func DefaultCertificateSettings() CertificateSettings {
	return CertificateSettings{Pattern: DefaultCertificatePattern, NextSeq: 1, Paper: "A4",
		Design: DesignLandscape, Colour: DefaultCertificateColour, BackSign: BackSignBoth,
		Province: "Kalimantan Timur", Regency: "Kota Balikpapan"}
}

// ParseColour reads a colour written "#1F4E79" (or without "#", any case).
func ParseColour(s string) ([3]int, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return [3]int{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return [3]int{}, false
	}
	return [3]int{int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)}, true
}

// FundingPhrase is who paid for a class as a certificate's funding line says
// it: "APBD Provinsi Kalimantan Timur Tahun 2026", "APBD Kota Balikpapan
// Tahun 2026", "APBN Tahun 2026"; "" when the source is unknown or "Lainnya".
func FundingPhrase(source, province, regency string, year int) string {
	var s string
	switch strings.TrimSpace(source) {
	case "APBD Provinsi":
		s = strings.TrimSpace("APBD Provinsi " + CleanText(province))
	case "APBD Kota":
		s = "APBD"
		if r := CleanText(regency); r != "" {
			s += " " + r
		} else {
			s += " Kota"
		}
	case "APBN":
		s = "APBN"
	default:
		return ""
	}
	if year > 0 {
		s += " Tahun " + strconv.Itoa(year)
	}
	return s
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
	if !oneOf(cs.Design, CertificateDesigns) {
		ps = append(ps, Problem{Field: "design", Code: CodeCertDesign, Detail: cs.Design})
	}
	if !oneOf(cs.BackSign, BackSigns) {
		ps = append(ps, Problem{Field: "back_sign", Code: CodeCertBackSign, Detail: cs.BackSign})
	}
	if _, ok := ParseColour(cs.Colour); !ok && strings.TrimSpace(cs.Colour) != "" {
		ps = append(ps, Problem{Field: "colour", Code: CodeCertColour, Detail: cs.Colour})
	}
	if !ValidVerifyAddress(cs.VerifyAddress) {
		ps = append(ps, Problem{Field: "verify_address", Code: CodeCertVerifyAddress, Detail: cs.VerifyAddress})
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

// oneOf reports whether v is "" (the default) or one of choices.
func oneOf(v string, choices []string) bool {
	return strings.TrimSpace(v) == "" || slices.Contains(choices, v)
}
