package data

import (
	"errors"
	"math"
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
)

// ErrSignatureFormat is returned by SetCertificateSettings for a signature
// image that is not a readable PNG or JPEG of at most MaxLogoBytes.
var ErrSignatureFormat = errors.New("the signature is not a PNG or JPEG image of at most 2 MB")

// MaxCertificateOffset bounds the print offsets, in mm either way.
const MaxCertificateOffset = 30.0

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
