package importer

import (
	"testing"

	"balai/data"
)

// Column titles as offices' lists and other systems write them (AK/1
// registers, training sign-ups, ministry templates), with the field each
// names ("" = none of Balai's).
var realTitles = []struct{ title, field string }{
	// NIK
	{"NIK", data.FieldNIK}, {"nik", data.FieldNIK}, {"N I K", data.FieldNIK}, {"N.I.K", data.FieldNIK},
	{"No. KTP", data.FieldNIK}, {"NO KTP", data.FieldNIK}, {"no_ktp", data.FieldNIK}, {"Nomor KTP", data.FieldNIK},
	{"NIK / No. KTP", data.FieldNIK}, {"Nomor Induk Kependudukan", data.FieldNIK}, {"NIK Peserta", data.FieldNIK},
	{"nik_pencaker", data.FieldNIK}, {"NIK (16 digit)", data.FieldNIK}, {"KTP", data.FieldNIK},
	{"No. Identitas", data.FieldNIK}, {"NIK\n(tulis sebagai teks)", data.FieldNIK}, {"NO. NIK", data.FieldNIK},
	// AK/1 number
	{"No AK/1", data.FieldAK1}, {"No. AK-1", data.FieldAK1}, {"Nomor AK/1", data.FieldAK1}, {"AK1", data.FieldAK1},
	{"No Kartu Kuning", data.FieldAK1}, {"NOMOR PENDAFTARAN", data.FieldAK1}, {"NOMOR PENDATARAN", data.FieldAK1},
	{"No. Pendaftaran", data.FieldAK1}, {"No Pencaker", data.FieldAK1}, {"nomor_pencaker", data.FieldAK1},
	{"No. Kartu AK/1", data.FieldAK1}, {"No Registrasi", data.FieldAK1}, {"Nomor Pencari Kerja", data.FieldAK1},
	// name
	{"Nama", data.FieldName}, {"NAMA", data.FieldName}, {"Nama Lengkap", data.FieldName}, {"nama_pencaker", data.FieldName},
	{"Nama Tenaga Kerja", data.FieldName}, {"Nama Peserta", data.FieldName}, {"NAMA SESUAI KTP", data.FieldName},
	{"Name", data.FieldName}, {"Full name", data.FieldName}, {"Nama Calon Peserta", data.FieldName},
	{"Nama Pencari Kerja", data.FieldName}, {"NAMA LENGKAP\n(huruf kapital)", data.FieldName},
	{"nama_lengkap", data.FieldName}, {"Nama Alumni", data.FieldName},
	// birth place, date, both
	{"Tempat Lahir", data.FieldBirthPlace}, {"TMP. LAHIR", data.FieldBirthPlace}, {"tempat_lahir_pencaker", data.FieldBirthPlace},
	{"Tpt Lahir", data.FieldBirthPlace}, {"Place of birth", data.FieldBirthPlace}, {"Kota Lahir", data.FieldBirthPlace},
	{"Tanggal Lahir", data.FieldBirthDate}, {"TGL. LAHIR", data.FieldBirthDate}, {"Tgl Lhr", data.FieldBirthDate},
	{"tanggal_lahir_pencaker", data.FieldBirthDate}, {"TANGGAL LAHIR\n(contoh: 12 mei 2025)", data.FieldBirthDate},
	{"Tanggal Lahir (dd-mm-yyyy)", data.FieldBirthDate}, {"Date of birth", data.FieldBirthDate}, {"DOB", data.FieldBirthDate},
	{"Tgl. Lahir Peserta", data.FieldBirthDate}, {"tgl_lahir", data.FieldBirthDate}, {"Lahir", data.FieldBirthDate},
	{"TTL", data.FieldBirthPlaceDate}, {"Tempat, Tanggal Lahir", data.FieldBirthPlaceDate},
	{"Tempat/Tgl Lahir", data.FieldBirthPlaceDate}, {"TEMPAT & TGL. LAHIR", data.FieldBirthPlaceDate},
	{"Tempat dan Tanggal Lahir", data.FieldBirthPlaceDate}, {"Tempat Tgl. Lhr", data.FieldBirthPlaceDate},
	// sex
	{"L/P", data.FieldSex}, {"JK", data.FieldSex}, {"Jenis Kelamin", data.FieldSex}, {"JENIS KELAMIN", data.FieldSex},
	{"jenis_kelamin_pencaker", data.FieldSex}, {"Jns. Kelamin", data.FieldSex}, {"Sex", data.FieldSex},
	{"Gender", data.FieldSex}, {"Jenis Kelamin (L/P)", data.FieldSex}, {"Kelamin", data.FieldSex}, {"P/L", data.FieldSex},
	// religion, marital
	{"Agama", data.FieldReligion}, {"agama_pencaker", data.FieldReligion}, {"Religion", data.FieldReligion},
	{"Status Perkawinan", data.FieldMarital}, {"status_perkawinan_pencaker", data.FieldMarital},
	{"Status Kawin", data.FieldMarital}, {"Status Pernikahan", data.FieldMarital}, {"Marital status", data.FieldMarital},
	// address and places
	{"Alamat", data.FieldAddress}, {"ALAMAT LENGKAP", data.FieldAddress}, {"alamat_pencaker", data.FieldAddress},
	{"Alamat Rumah", data.FieldAddress}, {"alamat_rumah", data.FieldAddress}, {"Alamat Domisili", data.FieldAddress},
	{"Alamat KTP", data.FieldAddress}, {"Address", data.FieldAddress}, {"Alamat Tinggal", data.FieldAddress},
	{"Kelurahan", data.FieldKelurahan}, {"KEL.", data.FieldKelurahan}, {"Kelurahan/Desa", data.FieldKelurahan},
	{"Desa", data.FieldKelurahan}, {"kelurahan_pencaker", data.FieldKelurahan},
	{"Kecamatan", data.FieldKecamatan}, {"KEC.", data.FieldKecamatan}, {"kecamatan_pencaker", data.FieldKecamatan},
	{"Kota", data.FieldCity}, {"Kabupaten/Kota", data.FieldCity}, {"kabupaten_pencaker", data.FieldCity},
	{"Kab/Kota", data.FieldCity}, {"Kota/Kabupaten Domisili", data.FieldCity}, {"City", data.FieldCity},
	// phone, e-mail
	{"No. HP", data.FieldPhone}, {"NO HP", data.FieldPhone}, {"NO HP\n(tulis sebagai teks; contoh: 081234567890)", data.FieldPhone},
	{"NO TELP/HP PENCAKER", data.FieldPhone}, {"no_telpon", data.FieldPhone}, {"No. Telp/HP", data.FieldPhone},
	{"TELP/HP", data.FieldPhone}, {"Telepon", data.FieldPhone}, {"No WA", data.FieldPhone}, {"No. HP/WA", data.FieldPhone},
	{"Nomor Handphone", data.FieldPhone}, {"WhatsApp", data.FieldPhone}, {"Kontak", data.FieldPhone},
	{"no_hp_pencaker", data.FieldPhone}, {"Phone", data.FieldPhone}, {"Nomor Telepon", data.FieldPhone},
	{"Email", data.FieldEmail}, {"E-mail", data.FieldEmail}, {"Alamat Email", data.FieldEmail},
	{"email_pencaker", data.FieldEmail}, {"Surel", data.FieldEmail},
	// education
	{"Pendidikan", data.FieldEducation}, {"Pendidikan Terakhir", data.FieldEducation},
	{"tingkat_pendidikan", data.FieldEducation}, {"Jenjang Pendidikan", data.FieldEducation},
	{"PENDIDIKAN TERAKHIR", data.FieldEducation}, {"Ijazah Terakhir", data.FieldEducation}, {"Pend. Terakhir", data.FieldEducation},
	{"Jurusan", data.FieldMajor}, {"jurusan_pendidikan_pencaker\n(Ketik Jurusan contoh Akuntansi)", data.FieldMajor},
	{"Program Studi", data.FieldMajor}, {"Prodi", data.FieldMajor}, {"Jurusan/Prodi", data.FieldMajor},
	// skills, disability, employment, registration, notes
	{"Keterampilan", data.FieldSkills}, {"Keahlian", data.FieldSkills}, {"Keterampilan/Keahlian", data.FieldSkills},
	{"Disabilitas", data.FieldDisability}, {"dis_kondisi", data.FieldDisability}, {"Penyandang Disabilitas", data.FieldDisability},
	{"Jenis Disabilitas", data.FieldDisability}, {"Disabilitas (Ya/Tidak)", data.FieldDisability},
	{"Status Kerja", data.FieldEmployment}, {"Status Pekerjaan", data.FieldEmployment}, {"Pekerjaan", data.FieldEmployment},
	{"Tanggal Daftar", data.FieldRegisteredOn}, {"tgl_pendaftaran", data.FieldRegisteredOn},
	{"Tanggal Pendaftaran", data.FieldRegisteredOn}, {"Tgl. Registrasi", data.FieldRegisteredOn},
	{"Tanggal Registrasi AK/1", data.FieldRegisteredOn}, {"Terdaftar", data.FieldRegisteredOn},
	{"Keterangan", data.FieldNotes}, {"Ket.", data.FieldNotes}, {"Catatan", data.FieldNotes}, {"KETERANGAN", data.FieldNotes},
	// none of Balai's fields
	{"No", ""}, {"NO", ""}, {"No. Urut", ""}, {"Nomor", ""}, {"NOMOR KK", ""}, {"No. KK", ""}, {"umur", ""},
	{"Usia", ""}, {"Tahun Lulus", data.FieldGraduationYear}, {"tahun_lulus", data.FieldGraduationYear},
	{"Thn. Lulus", data.FieldGraduationYear}, {"provinsi_pencaker", ""}, {"Provinsi", ""}, {"Kode Pos", ""}, {"RT/RW", ""},
	{"Nama Ibu Kandung", ""}, {"Nama Ayah", ""}, {"NIK Ibu", ""}, {"Nama Perusahaan", ""}, {"Nama Sekolah", ""},
	{"No. HP Orang Tua", ""}, {"Alamat Perusahaan", ""}, {"Pekerjaan yang Diinginkan", ""},
	{"Jabatan yang Diinginkan", ""}, {"Tinggi Badan", ""}, {"Berat Badan", ""}, {"Kewarganegaraan", ""},
	{"Status", ""}, {"Tanggal", ""}, {"Foto", ""}, {"Tanda Tangan", ""}, {"Pengalaman Kerja", ""},
	{"Bahasa Asing", ""}, {"Nama Panggilan", ""}, {"Kejuruan", ""}, {"Program Pelatihan", ""}, {"", ""},
	{"Nama Lembaga Pendidikan", ""}, {"Tahun Masuk", ""}, {"Berlaku s/d", ""}, {"Kota Penempatan", ""},
}

func TestFieldForRealTitles(t *testing.T) {
	if len(realTitles) < 150 {
		t.Fatalf("only %d titles: the table must hold at least 150", len(realTitles))
	}
	for _, tt := range realTitles {
		if got := FieldForHeader(tt.title); got != tt.field {
			t.Errorf("FieldForHeader(%q): got %q, want %q", tt.title, got, tt.field)
		}
	}
}

func TestReadTitleHint(t *testing.T) {
	tests := []struct{ in, text, hint string }{
		{"TANGGAL LAHIR\n(contoh: 12 mei 2025)", "TANGGAL LAHIR", "(contoh: 12 mei 2025)"},
		{"Tanggal Lahir (dd-mm-yyyy)", "Tanggal Lahir", "(dd-mm-yyyy)"},
		{"NO HP\r\n(tulis sebagai teks; contoh: 081234567890)", "NO HP", "(tulis sebagai teks; contoh: 081234567890)"},
		{"  Nama   Lengkap ", "Nama Lengkap", ""},
	}
	for _, tt := range tests {
		got := readTitle(tt.in)
		if got.text != tt.text || got.hint != tt.hint {
			t.Errorf("readTitle(%q): got %q / %q, want %q / %q", tt.in, got.text, got.hint, tt.text, tt.hint)
		}
	}
}

func TestMapTitlesOneColumnPerField(t *testing.T) {
	titles := []string{"No", "Nama Panggilan", "NIK", "Nama Lengkap", "No. HP", "No. HP Orang Tua", "Nama"}
	got := MapTitles(titles)
	want := []string{"", "", data.FieldNIK, data.FieldName, data.FieldPhone, "", ""}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("column %d %q: got %q, want %q", i, titles[i], got[i], want[i])
		}
	}
}
