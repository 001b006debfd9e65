package importer

import (
	"strings"
	"unicode"

	"balai/data"
)

// Column titles are matched by the words they contain, not by a fixed list of
// spellings: "TANGGAL LAHIR⏎(contoh: 12 mei 2025)", "tanggal_lahir_pencaker",
// "Tgl. Lahir Peserta" and "TGL LHR" all name the birth date. A title is read
// as its words (lower case, snake_case and punctuation split, a hint in
// brackets or on a second line set apart, spelled-out letters such as "N I K"
// joined); each field has phrases, and the field whose phrase covers most of
// the title's words wins.

// title is a column title read as words.
type title struct {
	text  string   // the title without its hint, tidied: "TANGGAL LAHIR"
	words []string // "tanggal", "lahir"
	hint  string   // "contoh: 12 mei 2025", lower case
}

// readTitle splits a column title into its words and its hint.
func readTitle(s string) title {
	main, hint := s, ""
	if i := strings.IndexAny(main, "\r\n"); i >= 0 {
		main, hint = main[:i], main[i+1:]
	}
	if i := strings.IndexAny(main, "(["); i > 0 {
		hint = main[i:] + " " + hint
		main = main[:i]
	}
	t := title{text: data.CleanText(main), hint: strings.ToLower(data.CleanText(hint))}
	t.words = titleWords(main)
	return t
}

// titleWords is s in lower-case words; runs of single letters join ("N I K"
// → "nik", "L/P" → "lp"), and a single digit joins the word before it
// ("AK/1" → "ak1").
func titleWords(s string) []string {
	raw := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	for i := 0; i < len(raw); i++ {
		w := raw[i]
		if len([]rune(w)) == 1 && unicode.IsLetter([]rune(w)[0]) {
			j := i
			for j+1 < len(raw) && len([]rune(raw[j+1])) == 1 && unicode.IsLetter([]rune(raw[j+1])[0]) {
				j++
				w += raw[j]
			}
			i = j
		}
		if len(w) == 1 && w[0] >= '0' && w[0] <= '9' && len(out) > 0 {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// noiseWords say whose field it is, not which: "nama_pencaker",
// "Nama Tenaga Kerja", "NIK Peserta".
var noiseWords = map[string]bool{
	"pencaker": true, "peserta": true, "calon": true, "siswa": true, "alumni": true, "pelamar": true,
	"tenaga": true, "pencari": true, "the": true, "of": true, "dan": true, "atau": true, "yang": true,
	"sesuai": true, "lengkap": true, "terakhir": true, "saat": true, "ini": true,
}

// fieldPhrases are the phrases that name each field, as word lists.
var fieldPhrases = map[string][]string{
	data.FieldNIK: {"nik", "no ktp", "nomor ktp", "ktp", "no nik", "nomor nik", "nomor induk kependudukan",
		"nik ktp", "no identitas", "nomor identitas", "no ktp nik", "nik no ktp", "no kependudukan"},
	data.FieldAK1: {"ak1", "no ak1", "nomor ak1", "kartu ak1", "no kartu ak1", "nomor kartu ak1", "kartu kuning",
		"no kartu kuning", "no pencaker", "nomor pencaker", "nomor pencari kerja", "no pencari kerja",
		"nomor pendaftaran", "no pendaftaran", "no daftar", "nomor registrasi", "no registrasi", "no induk pencaker",
		"ak1 number", "nomor kartu pencari kerja"},
	data.FieldName: {"nama", "name", "full name", "nama tenaga kerja", "nama pencari kerja"},
	data.FieldBirthPlace: {"tempat lahir", "tmp lahir", "tpt lahir", "tmpt lahir", "tempat lhr", "birth place",
		"place of birth", "birthplace", "kota lahir"},
	data.FieldBirthDate: {"tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "tgllahir", "birth date",
		"date of birth", "dob", "birthdate", "lahir", "tanggal kelahiran"},
	data.FieldBirthPlaceDate: {"ttl", "tempat tanggal lahir", "tempat tgl lahir", "tempat dan tanggal lahir",
		"tmp tgl lahir", "tempat tgl lhr", "tempat tanggal lhr", "tmpt tgl lahir", "tempat lahir tanggal lahir",
		"tempat lahir tgl lahir", "place and date of birth"},
	data.FieldSex: {"lp", "jenis kelamin", "jk", "kelamin", "sex", "gender", "jns kelamin", "jenis kel", "jns kel",
		"pl"},
	data.FieldReligion: {"agama", "religion", "kepercayaan"},
	data.FieldMarital: {"status perkawinan", "status kawin", "perkawinan", "marital", "marital status",
		"status nikah", "status pernikahan", "kawin", "status marital"},
	data.FieldAddress: {"alamat", "address", "alamat domisili", "alamat ktp", "alamat rumah", "domisili",
		"alamat tinggal", "tempat tinggal", "jalan"},
	data.FieldKelurahan: {"kelurahan", "kel", "desa", "desa kelurahan", "kelurahan desa", "kel desa", "desa kel",
		"village"},
	data.FieldKecamatan: {"kecamatan", "kec", "district", "kecamatan domisili"},
	data.FieldCity: {"kota", "kabupaten", "kab", "kabupaten kota", "kota kabupaten", "kab kota", "kota kab",
		"city", "regency", "kota domisili", "kabupaten domisili"},
	data.FieldPhone: {"hp", "no hp", "nomor hp", "telp", "no telp", "telepon", "no telepon", "nomor telepon",
		"telpon", "no telpon", "nomor telpon", "phone", "phone number", "handphone", "no handphone", "wa", "no wa",
		"nomor wa", "whatsapp", "no whatsapp", "kontak", "nomor kontak", "no kontak", "telp hp", "no telp hp",
		"hp wa", "no hp wa", "mobile", "ponsel", "no ponsel", "nomor ponsel", "telephone"},
	data.FieldEmail: {"email", "e mail", "surel", "alamat email", "alamat e mail", "surat elektronik"},
	data.FieldEducation: {"pendidikan", "education", "ijazah", "ijazah terakhir", "tingkat pendidikan",
		"jenjang pendidikan", "tingkat ijazah", "pend", "pendidikan formal"},
	data.FieldMajor: {"jurusan", "major", "program studi", "prodi", "jurusan pendidikan", "jurusan prodi",
		"bidang studi", "jurusan sekolah", "konsentrasi"},
	data.FieldGraduationYear: {"tahun lulus", "thn lulus", "tahun kelulusan", "lulus tahun", "tahun tamat",
		"thn lulus pendidikan", "tahun lulus pendidikan", "graduation year", "year of graduation"},
	data.FieldSkills: {"keterampilan", "keahlian", "skills", "skill", "ketrampilan", "keterampilan keahlian",
		"kemampuan"},
	data.FieldDisability: {"disabilitas", "penyandang disabilitas", "disability", "difabel", "dis kondisi",
		"kondisi disabilitas", "jenis disabilitas", "ragam disabilitas", "kebutuhan khusus", "kondisi fisik",
		"disabilitas kondisi"},
	data.FieldEmployment: {"status kerja", "status pekerjaan", "pekerjaan", "employment", "status bekerja",
		"status employment", "employment status"},
	data.FieldRegisteredOn: {"tanggal daftar", "tgl daftar", "tanggal registrasi", "tgl registrasi", "terdaftar",
		"registered on", "tanggal pendaftaran", "tgl pendaftaran", "tgl terdaftar", "tanggal terdaftar",
		"tanggal registrasi ak1", "registration date", "tgl reg"},
	data.FieldNotes: {"catatan", "keterangan", "ket", "notes", "remarks", "note"},
}

// blockWords rule a field out: "Nama Ibu Kandung" is not the seeker's name,
// "No. HP Perusahaan" not their phone, "Kota Lahir" not their city.
var blockWords = map[string][]string{
	data.FieldName: {"ibu", "ayah", "bapak", "orang", "tua", "ortu", "wali", "suami", "istri", "perusahaan",
		"sekolah", "instansi", "usaha", "kantor", "kk", "lembaga", "pelatihan", "program", "kejuruan", "instruktur",
		"panggilan", "file", "kursus", "jabatan", "kepala", "keluarga", "mother", "father", "company", "school"},
	data.FieldNIK: {"ibu", "ayah", "wali", "kk", "keluarga", "suami", "istri", "nama"},
	data.FieldPhone: {"perusahaan", "kantor", "darurat", "wali", "ortu", "orang", "ayah", "ibu", "kerabat",
		"keluarga", "emergency"},
	data.FieldAddress:   {"perusahaan", "kantor", "sekolah", "usaha", "email", "lembaga", "penempatan", "mail"},
	data.FieldCity:      {"lahir", "perusahaan", "penempatan", "kantor", "sekolah", "usaha"},
	data.FieldKecamatan: {"lahir", "perusahaan", "penempatan"},
	data.FieldKelurahan: {"lahir", "perusahaan", "penempatan"},
	data.FieldEducation: {"lembaga", "nama", "sekolah", "tahun", "lulus"},
	data.FieldEmployment: {"diinginkan", "dicari", "harapan", "jabatan", "pengalaman", "lama", "tempat",
		"perusahaan", "minat"},
	data.FieldBirthDate: {"ibu", "ayah", "anak"},
	data.FieldNotes:     {"disabilitas", "kesehatan", "lulus"},
	data.FieldSkills:    {"tingkat"},
}

// vocabulary is how column titles name a set of fields: phrases per field
// (as word lists) and block words that rule a field out.
type vocabulary struct {
	phrases map[string][][]string
	block   map[string][]string
}

func newVocabulary(fieldPhrases, block map[string][]string) vocabulary {
	v := vocabulary{phrases: map[string][][]string{}, block: block}
	for f, ps := range fieldPhrases {
		for _, p := range ps {
			v.phrases[f] = append(v.phrases[f], strings.Fields(p))
		}
	}
	return v
}

// seekerTitles is the register's vocabulary.
var seekerTitles = newVocabulary(fieldPhrases, blockWords)

// score is how well field names a title: 10 per word of the best phrase
// found among the title's words, less 1 per other word (noise words are
// free); 0 when no phrase is there or a block word is.
func (v vocabulary) score(t title, field string) int {
	have := map[string]bool{}
	for _, w := range t.words {
		have[w] = true
	}
	for _, b := range v.block[field] {
		if have[b] {
			return 0
		}
	}
	best := 0
	for _, p := range v.phrases[field] {
		if !coversPhrase(have, p) {
			continue
		}
		extra := 0
		for _, w := range t.words {
			if !noiseWords[w] && !phraseHas(p, w) {
				extra++
			}
		}
		best = max(best, 10*len(p)-extra)
	}
	return best
}

func coversPhrase(have map[string]bool, p []string) bool {
	for _, w := range p {
		if !have[w] && !haveClose(have, w) {
			return false
		}
	}
	return true
}

// haveClose forgives one letter in a long word: "PENDATARAN" for "pendaftaran".
func haveClose(have map[string]bool, w string) bool {
	if len(w) < 7 {
		return false
	}
	for h := range have {
		if len(h) >= 6 && oneEditApart(h, w) {
			return true
		}
	}
	return false
}

func phraseHas(p []string, w string) bool {
	for _, x := range p {
		if x == w || len(x) >= 7 && oneEditApart(x, w) {
			return true
		}
	}
	return false
}

// oneEditApart reports whether a and b differ by one inserted, deleted or
// replaced letter.
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// bestField is the field a title names best, with its score; "" when none.
func bestField(t title) (string, int) {
	field, score := "", 0
	for _, f := range ImportFields {
		if s := seekerTitles.score(t, f); s > score {
			field, score = f, s
		}
	}
	return field, score
}

// FieldForHeader returns the field a column title names, or "".
func FieldForHeader(h string) string {
	f, _ := bestField(readTitle(h))
	return f
}
