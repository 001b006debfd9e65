package data

// Verification codes: what an employer types or scans to check a certificate.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"net/url"
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
// certificate UUID it names; ok is false for a malformed, altered or forged
// code. The code is cleaned first (CleanCode): any case, spaces, dashes, or
// the verification address holding it.
func ParseVerificationCode(key []byte, code string) (id uuid.UUID, ok bool) {
	code = CleanCode(code)
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

// CleanCode takes what a user pasted, typed or scanned down to the code
// itself: a verification address ("https://…/verifikasi?kode=CODE") gives its
// code; a label ("Kode verifikasi: …") is dropped; spaces, line breaks and
// dashes go; letters are upper-cased, as codes are printed (base32 has one
// case, so a code typed in lower case is the same code).
func CleanCode(s string) string {
	s = strings.TrimSpace(s)
	if code, ok := codeInAddress(s); ok {
		s = code
	} else if i := strings.LastIndexAny(s, ":/="); i >= 0 && len(s)-i-1 >= CodeLength {
		s = s[i+1:]
	}
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r), unicode.Is(unicode.Pd, r): // dashes of any kind
			return -1
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		return r
	}, s)
}

// codeInAddress is the code in a verification address: its "kode" (or
// "code") parameter.
func codeInAddress(s string) (string, bool) {
	if !strings.Contains(s, "://") && !strings.Contains(strings.ToLower(s), "kode=") {
		return "", false
	}
	u, err := url.Parse(strings.Join(strings.Fields(s), ""))
	if err != nil {
		return "", false
	}
	q := u.Query()
	for k, v := range q {
		if (strings.EqualFold(k, "kode") || strings.EqualFold(k, "code")) && len(v) > 0 && v[0] != "" {
			return v[0], true
		}
	}
	return "", false
}

// MaxVerifyAddress is the longest verification address a centre may set: the
// QR code holding it with a code stays readable at the size printed.
const MaxVerifyAddress = 64

// VerificationAddress is what a certificate's QR code holds: the centre's
// verification address with the code as its "kode" parameter
// ("https://blki.example.go.id/verifikasi?kode=CODE"), or the code alone
// when the centre has no address.
func VerificationAddress(address, code string) string {
	address = strings.TrimSpace(address)
	if address == "" || code == "" {
		return code
	}
	switch {
	case strings.HasSuffix(address, "kode="):
		return address + code
	case strings.Contains(address, "?"):
		return address + "&kode=" + code
	}
	return address + "?kode=" + code
}

// ValidVerifyAddress reports whether s is an address a QR code may carry:
// empty, or an http(s) address with a host, without spaces, at most
// MaxVerifyAddress characters.
func ValidVerifyAddress(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if len(s) > MaxVerifyAddress || strings.ContainsAny(s, " \t\n#") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && u.User == nil
}
