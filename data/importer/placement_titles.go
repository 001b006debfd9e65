package importer

import (
	"slices"
)

// The columns of a placement list, matched by their words as the register's
// are (titles.go): Balai's own export, the ministry's participant list
// ("Status Kebekerjaan", "Nama Perusahaan/Nama Usaha", "Lokasi Penempatan
// (Kota/Kab)", "Tanggal Penempatan") and the spellings offices use.

// Fields of a placement list.
const (
	PlaceNIK      = "nik"
	PlaceName     = "name"
	PlaceClass    = "class"
	PlaceStatus   = "status"
	PlaceEmployer = "employer"
	PlacePosition = "position"
	PlaceField    = "field"
	PlaceCity     = "city"
	PlaceKind     = "kind"
	PlaceStart    = "start"
	PlaceSalary   = "salary"
	PlaceMatch    = "match"
	PlaceNote     = "note"
)

// PlacementFields lists the fields of a placement list, in the order the
// preview shows them.
var PlacementFields = []string{PlaceNIK, PlaceName, PlaceClass, PlaceStatus, PlaceEmployer, PlacePosition,
	PlaceField, PlaceCity, PlaceKind, PlaceStart, PlaceSalary, PlaceMatch, PlaceNote}

var placementFieldPhrases = map[string][]string{
	PlaceNIK:  {"nik", "no ktp", "nomor ktp", "ktp", "no nik", "nomor induk kependudukan", "nik ktp", "no identitas"},
	PlaceName: {"nama", "name", "full name", "nama alumni"},
	PlaceClass: {"kode kelas", "kelas", "kode angkatan", "class", "class code", "kode pelatihan", "kode kelas pelatihan",
		"kode kelas angkatan"},
	PlaceStatus: {"status kebekerjaan", "kebekerjaan", "status penempatan", "status kerja", "status bekerja",
		"status pekerjaan", "employment status", "status employment", "status alumni", "status"},
	PlaceEmployer: {"nama perusahaan", "perusahaan", "nama usaha", "usaha", "tempat kerja", "nama tempat kerja",
		"employer", "company", "instansi", "nama instansi", "perusahaan usaha", "nama perusahaan usaha", "tempat bekerja"},
	PlacePosition: {"jabatan", "posisi", "position", "jabatan posisi", "posisi jabatan", "job title"},
	PlaceField: {"bidang usaha", "sektor", "sektor usaha", "jenis usaha", "lapangan usaha", "business field",
		"bidang pekerjaan", "sektor industri", "bidang industri"},
	PlaceCity: {"lokasi penempatan", "kota penempatan", "kabupaten penempatan", "kota kab penempatan", "kab kota penempatan",
		"lokasi kerja", "kota kerja", "lokasi", "kota", "kabupaten", "kab kota", "kota kab", "placement city", "city",
		"lokasi bekerja", "daerah penempatan"},
	PlaceKind: {"jenis penempatan", "akl akad akan", "penempatan akl akad akan", "akl", "kategori penempatan",
		"placement kind", "jenis antarkerja", "antarkerja"},
	PlaceStart: {"tanggal penempatan", "tgl penempatan", "tanggal mulai bekerja", "tgl mulai bekerja", "mulai bekerja",
		"tanggal mulai kerja", "tgl mulai kerja", "tmt", "tmt bekerja", "tanggal bekerja", "start date",
		"tanggal masuk kerja", "tanggal diterima", "tanggal mulai usaha", "tgl mulai usaha", "placement date"},
	PlaceSalary: {"gaji", "kisaran gaji", "penghasilan", "pendapatan", "upah", "salary", "income",
		"kisaran penghasilan", "gaji per bulan"},
	PlaceMatch: {"sesuai pelatihan", "kesesuaian", "relevansi", "sesuai", "kesesuaian pekerjaan",
		"kesesuaian dengan pelatihan", "relevan", "match", "matches training"},
	PlaceNote: {"keterangan", "catatan", "ket", "note", "notes", "remarks"},
}

// placementBlockWords rule a field out: "Status Kelulusan" is not the
// employment status, "Tanggal Lahir" not the start, "Nama Perusahaan" not
// the person's name.
var placementBlockWords = map[string][]string{
	PlaceNIK: {"ibu", "ayah", "wali", "kk", "nama"},
	PlaceName: {"perusahaan", "usaha", "program", "pelatihan", "kejuruan", "instruktur", "jabatan", "ibu", "ayah",
		"lembaga", "tempat", "instansi", "kelas", "sekolah"},
	PlaceClass:    {"nama", "jumlah"},
	PlaceStatus:   {"kelulusan", "selesai", "lulus", "perkawinan", "kawin", "nikah", "pernikahan", "disabilitas", "sumber"},
	PlaceEmployer: {"alamat", "telp", "hp", "bidang", "jenis", "kota", "lokasi", "sektor", "status", "lapangan"},
	PlacePosition: {"diinginkan", "harapan", "dicari", "minat"},
	PlaceField:    {"kejuruan", "pelatihan", "program", "studi"},
	PlaceCity:     {"lahir", "domisili", "ktp", "asal", "tinggal", "rumah"},
	PlaceStart:    {"pelatihan", "lahir", "selesai", "dicatat", "daftar", "registrasi"},
	PlaceNote:     {"disabilitas"},
}

// placementTitles is the placement list's vocabulary: the register's own
// is left as it is.
var placementTitles = newVocabulary(placementFieldPhrases, placementBlockWords)

// MapPlacementTitles maps each column title to the placement field it names
// best ("" for none); a field goes to the column that names it best.
func MapPlacementTitles(titles []string) []string {
	type candidate struct {
		col, score int
		field      string
	}
	var cs []candidate
	for c, h := range titles {
		t := readTitle(h)
		field, score := "", 0
		for _, f := range PlacementFields {
			if s := placementTitles.score(t, f); s > score {
				field, score = f, s
			}
		}
		if field != "" {
			cs = append(cs, candidate{c, score, field})
		}
	}
	slices.SortStableFunc(cs, func(a, b candidate) int { return b.score - a.score })
	m := make([]string, len(titles))
	used := map[string]bool{}
	for _, c := range cs {
		if !used[c.field] {
			m[c.col], used[c.field] = c.field, true
		}
	}
	return m
}

// detectPlacementHeader finds the header row among the first rows: the
// first with a NIK and an employment-status column.
func detectPlacementHeader(rows [][]string) (header int, mapping []string, ok bool) {
	for i, row := range rows {
		if i >= headerSearchRows {
			break
		}
		m := MapPlacementTitles(row)
		if slices.Contains(m, PlaceNIK) && slices.Contains(m, PlaceStatus) {
			return i, m, true
		}
	}
	return 0, nil, false
}
