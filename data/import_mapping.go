package data

import (
	"strings"
	"unicode"
)

// Seeker fields a spreadsheet column can hold. FieldBirthPlaceDate is the
// combined "Tempat, Tanggal Lahir" column many office lists use.
const (
	FieldNIK            = "nik"
	FieldAK1            = "ak1_number"
	FieldName           = "name"
	FieldBirthPlace     = "birth_place"
	FieldBirthDate      = "birth_date"
	FieldBirthPlaceDate = "birth_place_date"
	FieldSex            = "sex"
	FieldReligion       = "religion"
	FieldMarital        = "marital"
	FieldAddress        = "address"
	FieldKelurahan      = "kelurahan"
	FieldKecamatan      = "kecamatan"
	FieldCity           = "city"
	FieldPhone          = "phone"
	FieldEmail          = "email"
	FieldEducation      = "education"
	FieldMajor          = "major"
	FieldSkills         = "skills"
	FieldDisability     = "disability"
	FieldEmployment     = "employment"
	FieldRegisteredOn   = "registered_on"
	FieldNotes          = "notes"
)

// ImportFields lists the fields a column can be mapped to, in form order.
var ImportFields = []string{FieldNIK, FieldAK1, FieldName, FieldBirthPlace, FieldBirthDate, FieldBirthPlaceDate,
	FieldSex, FieldReligion, FieldMarital, FieldAddress, FieldKelurahan, FieldKecamatan, FieldCity, FieldPhone,
	FieldEmail, FieldEducation, FieldMajor, FieldSkills, FieldDisability, FieldEmployment, FieldRegisteredOn, FieldNotes}

// headerAliases are header texts as offices write them, folded by foldHeader.
var headerAliases = map[string][]string{
	FieldNIK:            {"nik", "noktp", "nomorktp", "nonik", "nomorindukkependudukan", "ktp", "niknomorktp"},
	FieldAK1:            {"noak1", "nomorak1", "ak1", "nokartuak1", "nomorkartuak1", "nokartukuning", "nopencaker", "nomorpencaker", "nomorpencarikerja", "ak1number"},
	FieldName:           {"nama", "namalengkap", "name", "fullname", "namapencaker", "namapeserta", "namasesuaiktp"},
	FieldBirthPlace:     {"tempatlahir", "birthplace", "placeofbirth", "tmplahir", "tptlahir"},
	FieldBirthDate:      {"tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "birthdate", "dateofbirth", "dob"},
	FieldBirthPlaceDate: {"ttl", "tempattanggallahir", "tempattgllahir", "tempatdantanggallahir", "tempattanggallhr"},
	FieldSex:            {"lp", "jeniskelamin", "jk", "kelamin", "sex", "gender", "jnskelamin"},
	FieldReligion:       {"agama", "religion"},
	FieldMarital:        {"statusperkawinan", "statuskawin", "perkawinan", "marital", "maritalstatus", "status perkawinan"},
	FieldAddress:        {"alamat", "alamatlengkap", "address", "alamatdomisili", "alamatktp"},
	FieldKelurahan:      {"kelurahan", "kel", "desakelurahan", "desa", "kelurahandesa"},
	FieldKecamatan:      {"kecamatan", "kec", "district"},
	FieldCity:           {"kota", "kabupatenkota", "kotakabupaten", "city", "kab", "kabkota"},
	FieldPhone:          {"nohp", "hp", "nomorhp", "notelp", "notelepon", "telepon", "telp", "phone", "nowa", "nomorwa", "nohpwa", "handphone", "kontak"},
	FieldEmail:          {"email", "surel", "alamatemail"},
	FieldEducation:      {"pendidikan", "pendidikanterakhir", "education", "ijazahterakhir", "tingkatpendidikan"},
	FieldMajor:          {"jurusan", "major", "programstudi", "prodi", "jurusanprodi"},
	FieldSkills:         {"keterampilan", "keahlian", "skills", "keterampilankeahlian"},
	FieldDisability:     {"disabilitas", "penyandangdisabilitas", "disability", "difabel"},
	FieldEmployment:     {"statuskerja", "statuspekerjaan", "pekerjaan", "employment", "statusbekerja"},
	FieldRegisteredOn:   {"tanggaldaftar", "tgldaftar", "tanggalregistrasi", "tglregistrasi", "terdaftar", "registeredon", "tanggalpendaftaran"},
	FieldNotes:          {"catatan", "keterangan", "ket", "notes"},
}

var aliasField = func() map[string]string {
	m := map[string]string{}
	for f, as := range headerAliases {
		for _, a := range as {
			m[FoldHeader(a)] = f
		}
	}
	return m
}()

// foldHeader reduces a header to lower-case letters and digits: "No. HP" → "nohp".
func FoldHeader(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FieldForHeader returns the field a header names, or "".
func FieldForHeader(h string) string { return aliasField[FoldHeader(h)] }

// DetectMapping finds the header row among the first rows of t (offices often
// put a title above it) and maps each of its columns to a field. It returns
// the header's index in t.Rows and one field per column ("" = ignored). ok is
// false when no row has both a NIK and a name column.
func DetectMapping(t *Table) (header int, mapping []string, ok bool) {
	for i, row := range t.Rows {
		if i >= 20 {
			break
		}
		m := make([]string, len(row))
		used := map[string]bool{}
		for c, h := range row {
			if f := FieldForHeader(h); f != "" && !used[f] {
				m[c] = f
				used[f] = true
			}
		}
		if used[FieldNIK] && used[FieldName] {
			return i, m, true
		}
	}
	return 0, nil, false
}

// CheckMapping reports whether mapping has the columns an import needs.
func CheckMapping(mapping []string) bool {
	var nik, name bool
	for _, f := range mapping {
		nik = nik || f == FieldNIK
		name = name || f == FieldName
	}
	return nik && name
}
