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

func TestCleanCode(t *testing.T) {
	const code = "EFXNVFZWVBHTBFAJW2UCP62BAGGZWO3SDXACKV4D"
	tests := []struct{ in, want string }{
		{code, code},
		{strings.ToLower(code), code},
		{"EFXN VFZW VBHT BFAJ W2UC\nP62B AGGZ WO3S DXAC KV4D", code},
		{"efxn-vfzw-vbht-bfaj-w2uc-p62b-aggz-wo3s-dxac-kv4d", code},
		{"EFXN–VFZW—VBHT BFAJ W2UC P62B AGGZ WO3S DXAC KV4D", code},
		{"Kode verifikasi: " + code, code},
		{"https://blki.example.go.id/verifikasi?kode=" + code, code},
		{"https://blki.example.go.id/verifikasi?kode=" + strings.ToLower(code) + "&utm=qr", code},
		{"HTTPS://BLKI.EXAMPLE.GO.ID/VERIFIKASI?KODE=" + code, code},
		{"blki.example.go.id/verifikasi?kode=" + code, code},
		{"https://blki.example.go.id/verifikasi/" + code, code},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := CleanCode(tt.in); got != tt.want {
			t.Errorf("CleanCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseVerificationCodeAnyForm(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	id := [16]byte{9, 8, 7}
	good := SignVerificationCode(key, id)
	for _, typed := range []string{good, strings.ToLower(good), good[:20] + "-" + good[20:],
		VerificationAddress("https://blki.example.go.id/verifikasi", good)} {
		if got, ok := ParseVerificationCode(key, typed); !ok || got != id {
			t.Errorf("ParseVerificationCode(%q) = %v, %v", typed, got, ok)
		}
	}
}

func TestVerificationAddress(t *testing.T) {
	tests := []struct{ address, code, want string }{
		{"", "ABC", "ABC"},
		{"https://blki.example.go.id/verifikasi", "ABC", "https://blki.example.go.id/verifikasi?kode=ABC"},
		{"https://blki.example.go.id/verifikasi?kode=", "ABC", "https://blki.example.go.id/verifikasi?kode=ABC"},
		{"https://blki.example.go.id/cek?lang=id", "ABC", "https://blki.example.go.id/cek?lang=id&kode=ABC"},
	}
	for _, tt := range tests {
		if got := VerificationAddress(tt.address, tt.code); got != tt.want {
			t.Errorf("VerificationAddress(%q, %q) = %q, want %q", tt.address, tt.code, got, tt.want)
		}
	}
	for s, want := range map[string]bool{
		"":                                      true,
		"https://blki.example.go.id/verifikasi": true,
		"http://10.0.0.5/verifikasi":            true,
		"blki.example.go.id":                    false,
		"https://":                              false,
		"javascript:alert(1)":                   false,
		"https://blki.example.go.id/a b":        false,
		"https://user:pw@blki.example.go.id/":   false,
		"https://blki.example.go.id/" + strings.Repeat("x", MaxVerifyAddress): false,
	} {
		if got := ValidVerifyAddress(s); got != want {
			t.Errorf("ValidVerifyAddress(%q) = %v, want %v", s, got, want)
		}
	}
}
