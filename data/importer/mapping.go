package importer

import (
	"balai/data"

	"strings"
	"unicode"
)

// ImportFields lists the fields a column can be mapped to, in form order.
var ImportFields = []string{data.FieldNIK, data.FieldAK1, data.FieldName, data.FieldBirthPlace, data.FieldBirthDate, data.FieldBirthPlaceDate,
	data.FieldSex, data.FieldReligion, data.FieldMarital, data.FieldAddress, data.FieldKelurahan, data.FieldKecamatan, data.FieldCity, data.FieldPhone,
	data.FieldEmail, data.FieldEducation, data.FieldMajor, data.FieldSkills, data.FieldDisability, data.FieldEmployment, data.FieldRegisteredOn, data.FieldNotes}

// headerAliases are header texts as offices write them, folded by foldHeader.
var headerAliases = map[string][]string{
	data.FieldNIK:            {"nik", "noktp", "nomorktp", "nonik", "nomorindukkependudukan", "ktp", "niknomorktp"},
	data.FieldAK1:            {"noak1", "nomorak1", "ak1", "nokartuak1", "nomorkartuak1", "nokartukuning", "nopencaker", "nomorpencaker", "nomorpencarikerja", "ak1number"},
	data.FieldName:           {"nama", "namalengkap", "name", "fullname", "namapencaker", "namapeserta", "namasesuaiktp"},
	data.FieldBirthPlace:     {"tempatlahir", "birthplace", "placeofbirth", "tmplahir", "tptlahir"},
	data.FieldBirthDate:      {"tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "birthdate", "dateofbirth", "dob"},
	data.FieldBirthPlaceDate: {"ttl", "tempattanggallahir", "tempattgllahir", "tempatdantanggallahir", "tempattanggallhr"},
	data.FieldSex:            {"lp", "jeniskelamin", "jk", "kelamin", "sex", "gender", "jnskelamin"},
	data.FieldReligion:       {"agama", "religion"},
	data.FieldMarital:        {"statusperkawinan", "statuskawin", "perkawinan", "marital", "maritalstatus", "status perkawinan"},
	data.FieldAddress:        {"alamat", "alamatlengkap", "address", "alamatdomisili", "alamatktp"},
	data.FieldKelurahan:      {"kelurahan", "kel", "desakelurahan", "desa", "kelurahandesa"},
	data.FieldKecamatan:      {"kecamatan", "kec", "district"},
	data.FieldCity:           {"kota", "kabupatenkota", "kotakabupaten", "city", "kab", "kabkota"},
	data.FieldPhone:          {"nohp", "hp", "nomorhp", "notelp", "notelepon", "telepon", "telp", "phone", "nowa", "nomorwa", "nohpwa", "handphone", "kontak"},
	data.FieldEmail:          {"email", "surel", "alamatemail"},
	data.FieldEducation:      {"pendidikan", "pendidikanterakhir", "education", "ijazahterakhir", "tingkatpendidikan"},
	data.FieldMajor:          {"jurusan", "major", "programstudi", "prodi", "jurusanprodi"},
	data.FieldSkills:         {"keterampilan", "keahlian", "skills", "keterampilankeahlian"},
	data.FieldDisability:     {"disabilitas", "penyandangdisabilitas", "disability", "difabel"},
	data.FieldEmployment:     {"statuskerja", "statuspekerjaan", "pekerjaan", "employment", "statusbekerja"},
	data.FieldRegisteredOn:   {"tanggaldaftar", "tgldaftar", "tanggalregistrasi", "tglregistrasi", "terdaftar", "registeredon", "tanggalpendaftaran"},
	data.FieldNotes:          {"catatan", "keterangan", "ket", "notes"},
}

var aliasField = func() map[string]string {
	m := map[string]string{}
	for f, as := range headerAliases {
		for _, a := range as {
			m[foldHeader(a)] = f
		}
	}
	return m
}()

// foldHeader reduces a header to lower-case letters and digits: "No. HP" → "nohp".
func foldHeader(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FieldForHeader returns the field a header names, or "".
func FieldForHeader(h string) string { return aliasField[foldHeader(h)] }

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
		if used[data.FieldNIK] && used[data.FieldName] {
			return i, m, true
		}
	}
	return 0, nil, false
}

// CheckMapping reports whether mapping has the columns an import needs.
func CheckMapping(mapping []string) bool {
	var nik, name bool
	for _, f := range mapping {
		nik = nik || f == data.FieldNIK
		name = name || f == data.FieldName
	}
	return nik && name
}

// setField puts a cell's text into the input field it is mapped to.
func setField(in *data.SeekerInput, field, v string) {
	switch field {
	case data.FieldNIK:
		in.NIK = v
	case data.FieldAK1:
		in.AK1Number = v
	case data.FieldName:
		in.Name = v
	case data.FieldBirthPlace:
		in.BirthPlace = v
	case data.FieldBirthDate:
		in.BirthDate = v
	case data.FieldBirthPlaceDate:
		// "Balikpapan, 17-08-1998": the date follows the last comma.
		if i := strings.LastIndex(v, ","); i >= 0 {
			in.BirthPlace, in.BirthDate = strings.TrimSpace(v[:i]), strings.TrimSpace(v[i+1:])
		} else {
			in.BirthDate = v
		}
	case data.FieldSex:
		in.Sex = v
	case data.FieldReligion:
		in.Religion = v
	case data.FieldMarital:
		in.Marital = v
	case data.FieldAddress:
		in.Address = v
	case data.FieldKelurahan:
		in.Kelurahan = v
	case data.FieldKecamatan:
		in.Kecamatan = v
	case data.FieldCity:
		in.City = v
	case data.FieldPhone:
		in.Phone = v
	case data.FieldEmail:
		in.Email = v
	case data.FieldEducation:
		in.Education = v
	case data.FieldMajor:
		in.Major = v
	case data.FieldSkills:
		in.Skills = v
	case data.FieldDisability:
		in.Disability = v
	case data.FieldEmployment:
		in.Employment = v
	case data.FieldRegisteredOn:
		in.RegisteredOn = v
	case data.FieldNotes:
		in.Notes = v
	}
}
