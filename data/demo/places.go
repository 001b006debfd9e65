package demo

// demoRegencies are Kalimantan Timur's regencies as NIK codes, with the town
// a seeker whose NIK was issued there was likely born in.
var demoRegencies = []struct{ code, town string }{
	{"6471", ""}, // Kota Balikpapan
	{"6472", "Samarinda"},
	{"6402", "Tenggarong"}, // Kutai Kartanegara
	{"6409", "Penajam"},    // Penajam Paser Utara
	{"6401", "Tanah Grogot"},
	{"6474", "Bontang"},
	{"6408", "Sangatta"}, // Kutai Timur
	{"6403", "Tanjung Redeb"},
}

// Weights per 100, in demoRegencies order: mostly Balikpapan.
var demoRegencyWeights = []int{84, 5, 3, 3, 2, 1, 1, 1}

// demoKecamatan are Balikpapan's six kecamatan and their kelurahan.
var demoKecamatan = []struct {
	name      string
	kelurahan []string
}{
	{"Balikpapan Kota", []string{"Damai", "Klandasan Ilir", "Klandasan Ulu", "Prapatan", "Telaga Sari"}},
	{"Balikpapan Selatan", []string{"Damai Bahagia", "Damai Baru", "Gunung Bahagia", "Sepinggan", "Sepinggan Baru", "Sepinggan Raya", "Sungai Nangka"}},
	{"Balikpapan Tengah", []string{"Gunung Sari Ilir", "Gunung Sari Ulu", "Karang Jati", "Karang Rejo", "Mekar Sari", "Sumber Rejo"}},
	{"Balikpapan Utara", []string{"Batu Ampar", "Graha Indah", "Gunung Samarinda", "Gunung Samarinda Baru", "Karang Joang", "Muara Rapak"}},
	{"Balikpapan Timur", []string{"Lamaru", "Manggar", "Manggar Baru", "Teritip"}},
	{"Balikpapan Barat", []string{"Baru Ilir", "Baru Tengah", "Baru Ulu", "Kariangau", "Margasari", "Margo Mulyo"}},
}

// Roughly by population.
var demoKecamatanWeights = []int{11, 24, 17, 22, 13, 13}

var demoStreets = []string{"Jl. MT Haryono", "Jl. Jenderal Sudirman", "Jl. Soekarno-Hatta", "Jl. Mulawarman",
	"Jl. Marsma R. Iswahyudi", "Jl. Ahmad Yani", "Jl. Letjen Suprapto", "Jl. Syarifuddin Yoes",
	"Jl. Ruhui Rahayu", "Jl. Pangeran Antasari", "Jl. Gajah Mada", "Jl. Mayjen Sutoyo", "Jl. Gunung Malang",
	"Jl. Prona", "Jl. Manunggal", "Jl. Indrakila", "Jl. Batu Ampar", "Jl. Pupuk Raya", "Jl. DI Panjaitan",
	"Jl. Kapten Pierre Tendean", "Jl. Sultan Hasanuddin", "Jl. Sungai Ampal", "Jl. Projakal", "Jl. Transad",
	"Jl. Telaga Sari", "Jl. Beller", "Jl. Sepinggan Pratama", "Jl. Kol. H. Sumarno"}

var demoGangs = []string{"Mawar", "Melati", "Kenanga", "Flamboyan", "Family", "Damai", "Harapan", "Sederhana",
	"Al-Ikhlas", "Swadaya", "Karya Bersama", "Kemuning"}

var demoPhonePrefixes = []demoChoice{
	{"0811", 5}, {"0812", 14}, {"0813", 12}, {"0821", 12}, {"0822", 10}, {"0823", 5}, {"0852", 9}, {"0853", 8},
	{"0851", 2}, {"0857", 6}, {"0856", 3}, {"0858", 2}, {"0815", 1}, {"0878", 4}, {"0877", 3}, {"0819", 2},
	{"0896", 3}, {"0895", 2}, {"0838", 2}, {"0831", 1}, {"0881", 1},
}

var demoMailDomains = []demoChoice{{"gmail.com", 86}, {"yahoo.com", 6}, {"yahoo.co.id", 4}, {"outlook.com", 2}, {"icloud.com", 2}}

var demoEducation = []struct {
	level  string
	minAge int
}{
	{"SD", 17}, {"SMP", 17}, {"SMA", 17}, {"SMK", 17}, {"D1", 19}, {"D3", 20}, {"D4", 22}, {"S1", 22},
}

var demoEducationWeights = []int{3, 12, 31, 33, 1, 10, 1, 9}

var demoMajorsSMA = []demoChoice{{"IPA", 45}, {"IPS", 48}, {"Bahasa", 4}, {"Keagamaan", 3}}

var demoMajorsSMK = []string{"Teknik Pemesinan", "Teknik Kendaraan Ringan Otomotif", "Teknik Sepeda Motor",
	"Teknik Instalasi Tenaga Listrik", "Teknik Pengelasan", "Teknik Komputer dan Jaringan",
	"Rekayasa Perangkat Lunak", "Akuntansi dan Keuangan Lembaga", "Otomatisasi dan Tata Kelola Perkantoran",
	"Bisnis Daring dan Pemasaran", "Tata Boga", "Tata Busana", "Perhotelan", "Teknik Alat Berat", "Multimedia",
	"Farmasi", "Nautika Kapal Niaga", "Teknika Kapal Niaga", "Kimia Industri", "Geologi Pertambangan"}

var demoMajorsDiploma = []string{"Teknik Mesin", "Teknik Elektro", "Akuntansi", "Manajemen Informatika",
	"Keperawatan", "Kebidanan", "Teknik Sipil", "Perhotelan", "Administrasi Bisnis", "Teknik Perminyakan",
	"Analis Kimia", "Teknik Komputer"}

var demoMajorsS1 = []string{"Manajemen", "Akuntansi", "Teknik Sipil", "Teknik Mesin", "Teknik Elektro",
	"Teknik Industri", "Teknik Informatika", "Sistem Informasi", "Hukum", "Ilmu Komunikasi",
	"Pendidikan Bahasa Inggris", "Kesehatan Masyarakat", "Teknik Kimia", "Agribisnis", "Administrasi Negara",
	"Psikologi", "Teknik Lingkungan", "Ekonomi Pembangunan"}

var demoSkills = []string{"Microsoft Office", "Mengemudi (SIM A)", "Mengemudi (SIM B1)", "Mengemudi (SIM C)",
	"Las Listrik", "Menjahit", "Memasak", "Desain Grafis", "Bahasa Inggris", "Instalasi Listrik", "Servis AC",
	"Perbaikan Sepeda Motor", "Operator Forklift", "Barista", "Akuntansi (MYOB)", "Pemrograman Web",
	"Fotografi", "Tata Rias", "K3 Umum", "Administrasi Gudang", "Kasir", "Tukang Kayu", "Perawatan Kendaraan"}

var demoDisabilities = []string{"Disabilitas fisik", "Disabilitas sensorik rungu", "Disabilitas sensorik netra (low vision)", "Disabilitas wicara"}

var demoNotes = []string{"Bersedia ditempatkan di luar kota", "Minat pelatihan Las SMAW", "Minat pelatihan Barista",
	"Minat pelatihan Mekanik Alat Berat", "Lapor ulang 6 bulan", "Pernah ikut pelatihan BLK", "Mencari kerja shift",
	"Berkas lengkap", "Menunggu ijazah asli"}
