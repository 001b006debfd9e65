package data

import (
	"strings"
	"testing"
)

// FuzzCertificateCode: no input panics, and only a code this installation
// signed passes the signature check.
func FuzzCertificateCode(f *testing.F) {
	key := []byte("0123456789abcdef0123456789abcdef")
	id := [16]byte{1, 2, 3}
	good := SignVerificationCode(key, id)
	f.Add(good)
	f.Add("Kode verifikasi: " + good)
	f.Add(strings.ToLower(good))
	f.Add("")
	f.Add("====")
	f.Fuzz(func(t *testing.T, s string) {
		code := CleanCode(s)
		got, ok := ParseVerificationCode(key, code)
		if ok && (code != good || got != id) {
			t.Errorf("ParseVerificationCode(%q) accepted a code that was not signed", code)
		}
	})
}
