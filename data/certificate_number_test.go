package data

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestFormatCertificateNumber(t *testing.T) {
	on := ymd(2026, 11, 26)
	tests := []struct {
		pattern string
		seq     int
		want    string
	}{
		{DefaultCertificatePattern, 1, "001/LAS/UPTD-BLKI/XI/2026"},
		{DefaultCertificatePattern, 1234, "1234/LAS/UPTD-BLKI/XI/2026"},
		{"{seq}/{kejuruan}/{month}/{year}", 7, "7/Las/11/2026"},
		{"SERT-{year}{month}-{seq:5}", 42, "SERT-202611-00042"},
		{"{roman_month}", 1, "XI"},
	}
	for _, tt := range tests {
		if got := FormatCertificateNumber(tt.pattern, tt.seq, "LAS", "Las", on); got != tt.want {
			t.Errorf("FormatCertificateNumber(%q, %d) = %q, want %q", tt.pattern, tt.seq, got, tt.want)
		}
	}
	for m := time.January; m <= time.December; m++ {
		got := FormatCertificateNumber("{roman_month}", 1, "", "", ymd(2026, m, 1))
		want := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}[m-1]
		if got != want {
			t.Errorf("roman month %d = %q, want %q", m, got, want)
		}
	}
}

func TestValidateCertificatePattern(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string // problem codes and details
	}{
		{DefaultCertificatePattern, nil},
		{"{seq}", nil},
		{"{seq:9}-{program}", nil},
		{"{program}/{year}", []string{CodeCertPatternNoSeq}},
		{"{seq}/{foo}", []string{CodeCertPatternToken + " {foo}"}},
		{"{seq:0}", []string{CodeCertPatternToken + " {seq:0}", CodeCertPatternNoSeq}},
		{"{seq:12}", []string{CodeCertPatternToken + " {seq:12}", CodeCertPatternNoSeq}},
		{"{year:2}/{seq}", []string{CodeCertPatternToken + " {year:2}"}},
		{"{seq}/{year", []string{CodeCertPatternToken + " {year"}},
		{"seq}", []string{CodeCertPatternToken + " }", CodeCertPatternNoSeq}},
		{"", []string{CodeCertPatternNoSeq}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range ValidateCertificatePattern(tt.pattern) {
			got = append(got, strings.TrimSpace(p.Code+" "+p.Detail))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ValidateCertificatePattern(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// FuzzCertificatePattern: a pattern that validates always makes a number
// without tokens left in it.
func FuzzCertificatePattern(f *testing.F) {
	for _, p := range []string{DefaultCertificatePattern, "{seq}", "{seq:3}-{kejuruan}", "{{seq}}", "{seq:}", "x{year}"} {
		f.Add(p, 7)
	}
	f.Fuzz(func(t *testing.T, pattern string, seq int) {
		if seq < 1 {
			seq = 1
		}
		if len(ValidateCertificatePattern(pattern)) > 0 {
			return
		}
		n := FormatCertificateNumber(pattern, seq, "LAS", "Las", ymd(2026, 11, 26))
		if !strings.Contains(n, strconv.Itoa(seq)) {
			t.Errorf("number %q from %q lacks the sequence %d", n, pattern, seq)
		}
		if patternToken.MatchString(n) && !patternToken.MatchString(strings.NewReplacer("LAS", "", "Las", "").Replace(pattern)) {
			t.Errorf("number %q from %q still holds a token", n, pattern)
		}
	})
}
