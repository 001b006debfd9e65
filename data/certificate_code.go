package data

// Verification codes: what an employer types or scans to check a certificate.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"strings"
	"unicode"

	"github.com/google/uuid"
)

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

// SignVerificationCode is the verification code of the certificate with UUID
// id under the installation's key.
func SignVerificationCode(key []byte, id uuid.UUID) string {
	mac := hmac.New(sha256.New, key)
	mac.Write(id[:])
	b := append(id[:len(id):len(id)], mac.Sum(nil)[:codeMACBytes]...)
	return codeEncoding.EncodeToString(b)
}

// ParseVerificationCode checks a code's signature under key and returns the
// certificate UUID it names; ok is false for a malformed, altered or forged code.
func ParseVerificationCode(key []byte, code string) (id uuid.UUID, ok bool) {
	if len(key) == 0 || len(code) != CodeLength {
		return uuid.UUID{}, false
	}
	b, err := codeEncoding.DecodeString(code)
	if err != nil || len(b) != 16+codeMACBytes {
		return uuid.UUID{}, false
	}
	id, _ = uuid.FromBytes(b[:16])
	want := SignVerificationCode(key, id)
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
