package data

import "strings"

// Times of day, as sessions and week patterns hold them: "07:30".

// ParseHHMM reads a time of day: "7:30", "07:30" or "07.30" (as Indonesian
// clerks write it), in minutes from midnight.
func ParseHHMM(v string) (int, bool) {
	v = strings.TrimSpace(v)
	h, m, ok := strings.Cut(v, ":")
	if !ok {
		h, m, ok = strings.Cut(v, ".")
	}
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return 0, false
	}
	hh, ok1 := atoiOK(h)
	mm, ok2 := atoiOK(m)
	if !ok1 || !ok2 || hh > 23 || mm > 59 {
		return 0, false
	}
	return hh*60 + mm, true
}

// FormatHHMM writes minutes from midnight as "15:04".
func FormatHHMM(m int) string {
	h, mm := m/60, m%60
	return string([]byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + mm/10), byte('0' + mm%10)})
}

// NormalizeTime writes a time of day as stored, "07:30"; ok is false when v
// is not a time (7:30, 07:30 and 07.30 are).
func NormalizeTime(v string) (string, bool) {
	m, ok := ParseHHMM(v)
	if !ok {
		return "", false
	}
	return FormatHHMM(m), true
}
