package data

import (
	"slices"
	"strings"
	"unicode"
)

// Placement values as lists write them: the ministry's words, Balai's own
// export, English, and the usual variants.

// foldWords is v in lower case with everything but letters and digits as
// single spaces: "Belum-Bekerja " → "belum bekerja".
func foldWords(v string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

var placementStatusSpellings = map[string]string{
	"bekerja": PlacementEmployed, "kerja": PlacementEmployed, "sudah bekerja": PlacementEmployed,
	"employed": PlacementEmployed, "karyawan": PlacementEmployed, "pegawai": PlacementEmployed,
	"wirausaha": PlacementSelfEmployed, "berwirausaha": PlacementSelfEmployed, "usaha mandiri": PlacementSelfEmployed,
	"wiraswasta": PlacementSelfEmployed, "self employed": PlacementSelfEmployed, "mandiri": PlacementSelfEmployed,
	"belum bekerja": PlacementNotWorking, "tidak bekerja": PlacementNotWorking, "menganggur": PlacementNotWorking,
	"not working": PlacementNotWorking, "unemployed": PlacementNotWorking, "not employed": PlacementNotWorking,
	"lanjut studi": PlacementStudying, "melanjutkan studi": PlacementStudying, "melanjutkan pendidikan": PlacementStudying,
	"lanjut sekolah": PlacementStudying, "kuliah": PlacementStudying, "studying": PlacementStudying,
	"further study": PlacementStudying, "lanjut kuliah": PlacementStudying,
	"tidak terlacak": PlacementUntraced, "tidak diketahui": PlacementUntraced, "tidak dapat dihubungi": PlacementUntraced,
	"untraced": PlacementUntraced, "not traced": PlacementUntraced, "unknown": PlacementUntraced,
}

// ParsePlacementStatus reads an employment status: "Bekerja", "Wirausaha",
// "Belum Bekerja", "Lanjut Studi", "Tidak Terlacak", their variants and the
// stored codes. ok is false for anything else.
func ParsePlacementStatus(raw string) (string, bool) {
	v := foldWords(raw)
	if s, ok := placementStatusSpellings[v]; ok {
		return s, true
	}
	if code := strings.ReplaceAll(v, " ", "_"); slices.Contains(PlacementStatuses, code) {
		return code, true
	}
	return "", false
}

// ParsePlacementKind reads AKL, AKAD or AKAN, or the words they stand for
// ("Lokal", "Antar Daerah", "Luar Negeri"). ok is false for anything else.
func ParsePlacementKind(raw string) (string, bool) {
	v := foldWords(raw)
	switch strings.ReplaceAll(v, " ", "") {
	case "akl", "lokal", "local", "antarkerjalokal", "dalamkota", "dalamdaerah":
		return PlacementLocal, true
	case "akad", "antardaerah", "antarkerjaantardaerah", "luardaerah", "domestic", "antarprovinsi":
		return PlacementDomestic, true
	case "akan", "antarnegara", "antarkerjaantarnegara", "luarnegeri", "abroad", "overseas":
		return PlacementAbroad, true
	}
	return "", false
}

// ParseMatch reads whether the work matches the training: ya/sesuai/yes or
// tidak/tidak sesuai/no. ok is false for anything else.
func ParseMatch(raw string) (string, bool) {
	switch foldWords(raw) {
	case "ya", "y", "yes", "sesuai", "relevan", "linier", "linear":
		return MatchYes, true
	case "tidak", "t", "no", "n", "tidak sesuai", "tidak relevan", "tidak linier":
		return MatchNo, true
	}
	return "", false
}

// ParseSalaryBand reads one of SalaryBands, written with any dashes, spaces
// or case. ok is false for anything else.
func ParseSalaryBand(raw string) (string, bool) {
	v := foldWords(strings.NewReplacer("<", " lt ", ">", " gt ").Replace(raw))
	for _, b := range SalaryBands {
		if foldWords(strings.NewReplacer("<", " lt ", ">", " gt ").Replace(b)) == v {
			return b, true
		}
	}
	return "", false
}
