package data

import "strings"

// Civil-service ranks (pangkat/golongan): printed under a signatory's name,
// "Pembina Tk. I (IV/b)", above the NIP.

// Rank is one pangkat with its golongan/ruang.
type Rank struct {
	Grade string // "IV/b": the golongan and ruang, as stored
	Name  string // "Pembina Tk. I": the pangkat
}

// Ranks are the ranks of officials who sign a centre's documents, lowest
// first: golongan III and IV.
var Ranks = []Rank{
	{"III/a", "Penata Muda"},
	{"III/b", "Penata Muda Tk. I"},
	{"III/c", "Penata"},
	{"III/d", "Penata Tk. I"},
	{"IV/a", "Pembina"},
	{"IV/b", "Pembina Tk. I"},
	{"IV/c", "Pembina Utama Muda"},
	{"IV/d", "Pembina Utama Madya"},
	{"IV/e", "Pembina Utama"},
}

// RankOf finds a rank by its grade, written as clerks write it: "IV/b",
// "iv/b", "IV b", "IV.b", "IVb". ok is false for anything else.
func RankOf(grade string) (Rank, bool) {
	g := strings.ToUpper(strings.Join(strings.FieldsFunc(grade, func(r rune) bool {
		return r == ' ' || r == '/' || r == '.' || r == '-'
	}), ""))
	for _, r := range Ranks {
		if strings.ToUpper(strings.ReplaceAll(r.Grade, "/", "")) == g {
			return r, true
		}
	}
	return Rank{}, false
}

// NormalizeRank is a grade as stored: a known grade as Ranks writes it,
// anything else trimmed, as typed; "" for none.
func NormalizeRank(grade string) string {
	if r, ok := RankOf(grade); ok {
		return r.Grade
	}
	return CleanText(grade)
}

// RankLabel is a grade as printed under a signatory's name: "Pembina Tk. I
// (IV/b)"; a grade Balai does not know is printed as stored; "" for none.
func RankLabel(grade string) string {
	if r, ok := RankOf(grade); ok {
		return r.Name + " (" + r.Grade + ")"
	}
	return strings.TrimSpace(grade)
}
