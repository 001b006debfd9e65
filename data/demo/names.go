package demo

// demoGroup is one of the groups living in Balikpapan, with how its people
// are named, where they were born and their religions.
type demoGroup struct {
	weight      int
	name        func(g *generator, female bool) string
	birthPlaces []demoChoice
	religions   []demoChoice
}

var demoGroups = []demoGroup{
	{weight: 38, name: javaneseName, birthPlaces: []demoChoice{
		{"Balikpapan", 55}, {"Samarinda", 5}, {"Surabaya", 7}, {"Malang", 5}, {"Semarang", 4}, {"Yogyakarta", 3},
		{"Kediri", 3}, {"Banyuwangi", 3}, {"Jember", 3}, {"Surakarta", 3}, {"Tenggarong", 2}, {"Penajam", 2},
		{"Madiun", 2}, {"Blitar", 2}, {"Ponorogo", 1},
	}, religions: []demoChoice{{"Islam", 90}, {"Kristen", 5}, {"Katolik", 4}, {"Hindu", 1}}},
	{weight: 22, name: bugisName, birthPlaces: []demoChoice{
		{"Balikpapan", 50}, {"Makassar", 12}, {"Pare-Pare", 8}, {"Bone", 6}, {"Sengkang", 4}, {"Sidrap", 3},
		{"Palopo", 3}, {"Pinrang", 4}, {"Samarinda", 4}, {"Penajam", 3}, {"Polewali", 3},
	}, religions: []demoChoice{{"Islam", 99}, {"Kristen", 1}}},
	{weight: 16, name: banjarName, birthPlaces: []demoChoice{
		{"Balikpapan", 50}, {"Banjarmasin", 15}, {"Martapura", 5}, {"Amuntai", 5}, {"Kandangan", 4},
		{"Barabai", 4}, {"Kotabaru", 3}, {"Tanjung", 3}, {"Samarinda", 6}, {"Tenggarong", 3}, {"Tanah Grogot", 2},
	}, religions: []demoChoice{{"Islam", 100}}},
	{weight: 5, name: tobaName, birthPlaces: []demoChoice{
		{"Balikpapan", 40}, {"Medan", 20}, {"Pematangsiantar", 10}, {"Tarutung", 8}, {"Balige", 8},
		{"Samarinda", 6}, {"Sibolga", 4}, {"Jakarta", 4},
	}, religions: []demoChoice{{"Kristen", 80}, {"Katolik", 18}, {"Islam", 2}}},
	{weight: 2, name: mandailingName, birthPlaces: []demoChoice{
		{"Balikpapan", 40}, {"Medan", 20}, {"Padang Sidempuan", 20}, {"Panyabungan", 12}, {"Samarinda", 8},
	}, religions: []demoChoice{{"Islam", 97}, {"Kristen", 3}}},
	{weight: 7, name: dayakName, birthPlaces: []demoChoice{
		{"Balikpapan", 30}, {"Samarinda", 15}, {"Tenggarong", 10}, {"Melak", 8}, {"Sendawar", 8},
		{"Malinau", 8}, {"Long Bagun", 5}, {"Tanjung Redeb", 6}, {"Long Iram", 4}, {"Sangatta", 6},
	}, religions: []demoChoice{{"Katolik", 45}, {"Kristen", 40}, {"Islam", 8}, {"Kepercayaan", 5}, {"Hindu", 2}}},
	{weight: 5, name: chineseName, birthPlaces: []demoChoice{
		{"Balikpapan", 55}, {"Samarinda", 12}, {"Surabaya", 8}, {"Jakarta", 8}, {"Pontianak", 7},
		{"Singkawang", 5}, {"Makassar", 5},
	}, religions: []demoChoice{{"Buddha", 35}, {"Kristen", 30}, {"Katolik", 25}, {"Konghucu", 8}, {"Islam", 2}}},
}

var demoGroupWeights = func() []int {
	w := make([]int, len(demoGroups))
	for i, g := range demoGroups {
		w[i] = g.weight
	}
	return w
}()

func javaneseName(g *generator, female bool) string {
	r := g.rng
	if r.IntN(100) < 12 {
		if female {
			return pick(r, javaSingleF)
		}
		return pick(r, javaSingleM)
	}
	if female {
		switch p := r.IntN(100); {
		case p < 12:
			return "Siti " + pick(r, javaFemaleSecond)
		case p < 35:
			return pick2(r, javaFemale) + " " + pick(r, javaFemaleSecond)
		case p < 85:
			return pick(r, javaFemale) + " " + pick(r, javaFemaleSecond)
		default:
			return pick(r, javaFemale) + " " + pick(r, javaSurnames)
		}
	}
	first := pick(r, javaMale)
	switch p := r.IntN(100); {
	case p < 10:
		return pick(r, []string{"Muhammad", "Muhammad", "Moh.", "Ahmad"}) + " " + first + " " + pick(r, javaSurnames)
	case p < 35:
		return pick2(r, javaMale) + " " + pick(r, javaSurnames)
	default:
		return first + " " + pick(r, javaSurnames)
	}
}

func bugisName(g *generator, female bool) string {
	r := g.rng
	if female {
		switch p := r.IntN(100); {
		case p < 12:
			return "Andi " + pick(r, bugisFemale)
		case p < 22:
			return pick(r, bugisFemale) + " Daeng " + pick(r, bugisDaeng)
		case p < 35:
			return pick(r, []string{"Sitti", "St."}) + " " + pick(r, bugisFemale)
		case p < 60:
			return pick(r, bugisFemale)
		default:
			return pick(r, bugisFemale) + " " + pick(r, bugisFamily)
		}
	}
	switch p := r.IntN(100); {
	case p < 18:
		return "Andi " + pick(r, bugisMale) + " " + pick(r, bugisFamily)
	case p < 32:
		return pick(r, []string{"Muhammad", "Muh.", "Abdul"}) + " " + pick(r, bugisMale) + " Daeng " + pick(r, bugisDaeng)
	case p < 45:
		return pick(r, []string{"Muhammad", "Muh."}) + " " + pick(r, bugisMale)
	case p < 60:
		return pick(r, bugisMale)
	default:
		return pick(r, bugisMale) + " " + pick(r, bugisFamily)
	}
}

func banjarName(g *generator, female bool) string {
	r := g.rng
	if female {
		switch p := r.IntN(100); {
		case p < 20:
			return pick(r, []string{"Noor", "Nor", "Siti"}) + " " + pick(r, banjarFemale)
		case p < 30:
			return "Gusti " + pick(r, banjarFemale)
		case p < 60:
			return pick(r, banjarFemale)
		default:
			return pick(r, banjarFemale) + " " + pick(r, banjarFamily)
		}
	}
	switch p := r.IntN(100); {
	case p < 30:
		return pick(r, []string{"Muhammad", "Muhammad", "Ahmad", "Abdul"}) + " " + pick(r, banjarMale) + " " + pick(r, banjarFamily)
	case p < 40:
		return "Gusti " + pick(r, banjarMale)
	case p < 55:
		return pick(r, []string{"Muhammad", "Noor"}) + " " + pick(r, banjarMale)
	default:
		return pick(r, banjarMale) + " " + pick(r, banjarFamily)
	}
}

func tobaName(g *generator, female bool) string {
	r := g.rng
	given := tobaMale
	if female {
		given = tobaFemale
	}
	first := pick(r, given)
	if r.IntN(100) < 20 {
		first = pick2(r, given)
	}
	return first + " " + pick(r, tobaMarga)
}

func mandailingName(g *generator, female bool) string {
	r := g.rng
	first := pick(r, mandailingMale)
	if female {
		first = pick(r, mandailingFemale)
	}
	return first + " " + pick(r, mandailingMarga)
}

func dayakName(g *generator, female bool) string {
	r := g.rng
	first := pick(r, dayakMale)
	if female {
		first = pick(r, dayakFemale)
	}
	if r.IntN(100) < 25 {
		return first + " " + pick2(r, dayakNames)
	}
	return first + " " + pick(r, dayakNames)
}

func chineseName(g *generator, female bool) string {
	r := g.rng
	first := pick(r, chineseMale)
	if female {
		first = pick(r, chineseFemale)
	}
	return first + " " + pick(r, chineseSurnames)
}

var (
	javaMale = []string{"Agus", "Budi", "Joko", "Bambang", "Slamet", "Wahyu", "Eko", "Dwi", "Teguh", "Heru",
		"Sigit", "Rudi", "Bayu", "Dimas", "Fajar", "Galih", "Hendra", "Yoga", "Arif", "Rizky", "Aditya",
		"Andika", "Bagus", "Catur", "Danang", "Edi", "Fauzan", "Gilang", "Hari", "Ilham", "Imam", "Kukuh",
		"Lukman", "Nanang", "Prasetyo", "Rendy", "Restu", "Satria", "Tri", "Wawan", "Yudha", "Yusuf", "Anang"}
	javaFemale = []string{"Dewi", "Wulan", "Rina", "Yuni", "Endang", "Ratna", "Nur", "Indah", "Fitri", "Putri",
		"Ayu", "Dian", "Eka", "Tri", "Retno", "Sari", "Novi", "Anisa", "Desi", "Yulia", "Lina", "Wahyuni",
		"Nurul", "Rizka", "Tika", "Septi", "Ika", "Mega", "Nanda", "Erna"}
	javaFemaleSecond = []string{"Lestari", "Rahayu", "Wulandari", "Puspitasari", "Handayani", "Susanti",
		"Kurniasih", "Safitri", "Astuti", "Permatasari", "Anggraini", "Utami", "Maharani", "Setyaningsih",
		"Rahmawati", "Purwaningsih", "Oktaviani", "Pratiwi", "Aminah", "Nurjanah", "Hidayah"}
	javaSurnames = []string{"Santoso", "Wibowo", "Prasetyo", "Susanto", "Nugroho", "Saputra", "Kurniawan",
		"Hidayat", "Setiawan", "Purnomo", "Wijaya", "Pratama", "Firmansyah", "Hartono", "Sutrisno", "Gunawan",
		"Suryadi", "Ramadhan", "Hermawan", "Wicaksono", "Utomo", "Sulistyo", "Kusuma", "Nugraha", "Febrianto"}
	javaSingleM = []string{"Suparman", "Sugiarto", "Mulyadi", "Suyanto", "Sukirman", "Sutrisno", "Supriyadi",
		"Sunardi", "Wagiman", "Suwarno", "Paimin", "Sarwono"}
	javaSingleF = []string{"Sumarni", "Suryani", "Sutini", "Sri Wahyuni", "Sulastri", "Sunarti", "Tumini",
		"Suwarni", "Painem", "Sri Mulyani", "Wartini", "Sukarsih"}

	bugisMale = []string{"Baso", "Syamsuddin", "Hasanuddin", "Arifuddin", "Saharuddin", "Amiruddin", "Nurdin",
		"Ridwan", "Syahrir", "Jumadi", "Ambo Upe", "Akbar", "Irwan", "Asri", "Sudirman", "Rusdi", "Hamzah",
		"Firman", "Mustari", "Rahman", "Haeruddin", "Kamaruddin", "Takdir", "Anwar", "Ilham", "Syarifuddin"}
	bugisFemale = []string{"Nurhayati", "Hasnah", "Rahmawati", "Hasmiati", "Nurhalimah", "Suriani", "Haslinda",
		"Marwah", "Fatmawati", "Kasmawati", "Nurhaedah", "Aminah", "Hasriani", "Ramlah", "Nurul Hikmah",
		"Megawati", "Irmawati", "Asmirah", "Sukmawati", "Hartati", "Jumriah", "Darmawati"}
	bugisFamily = []string{"Tahir", "Latif", "Sulaiman", "Rahman", "Amir", "Hamid", "Mappasessu", "Makkasau",
		"Mattalitti", "Pallawa", "Rasyid", "Yunus", "Haris", "Jafar", "Patongai", "Mappiare", "Lamba"}
	bugisDaeng = []string{"Matutu", "Sirua", "Ngitung", "Manrapi", "Ngerang", "Tompo", "Bali", "Nai", "Lallo",
		"Sikki", "Mile", "Rurung", "Taba", "Ngunjung", "Sila"}

	banjarMale = []string{"Syahrani", "Hairil", "Rahmadi", "Arbain", "Mursyid", "Norhadi", "Jailani",
		"Fahrurrazi", "Aulia", "Rizal", "Fauzi", "Saifullah", "Hasbi", "Rahmat", "Nordin", "Zainal", "Akhmad",
		"Hairul", "Rusdiansyah", "Mahfuz", "Irfan", "Samsul", "Basuki"}
	banjarFemale = []string{"Norhayati", "Aida", "Rahmah", "Mariani", "Jumiati", "Salmiah", "Fitriani",
		"Rusdiana", "Aulia Rahmah", "Hamidah", "Isnaniah", "Masitah", "Zubaidah", "Normila", "Hayatun Nufus",
		"Rabiatul Adawiyah", "Mardiana", "Noorjannah", "Halimah", "Fatimah"}
	banjarFamily = []string{"Rahman", "Syahrani", "Effendi", "Hidayatullah", "Anshari", "Rasyid", "Noor",
		"Fadillah", "Ramadhan", "Hamdani", "Zainuddin", "Arsyad", "Mahmud", "Yusran", "Hakim"}

	tobaMale = []string{"Samuel", "Daniel", "Jonathan", "Roy", "Parulian", "Togar", "Hotman", "Poltak",
		"Benny", "Rudolf", "Franky", "Andreas", "Yosua", "Bonar", "Martin", "Ferdinand", "Jhon", "Rikardo"}
	tobaFemale = []string{"Maria", "Ruth", "Elisabeth", "Debora", "Rosmawati", "Lusiana", "Tiurma", "Rotua",
		"Sondang", "Novita", "Yohana", "Christine", "Roma", "Lamria", "Melati", "Santa"}
	tobaMarga = []string{"Simanjuntak", "Sitompul", "Hutapea", "Sinaga", "Simatupang", "Pardede", "Manurung",
		"Situmorang", "Tambunan", "Silalahi", "Panjaitan", "Nainggolan", "Hutagalung", "Sihombing",
		"Marpaung", "Sitorus", "Simbolon", "Butarbutar", "Napitupulu", "Siahaan"}

	mandailingMale   = []string{"Ahmad", "Rizki", "Fadli", "Ilham", "Muhammad Yusuf", "Rahmat", "Irfan", "Khairul", "Syahputra"}
	mandailingFemale = []string{"Nur Aisyah", "Fitri", "Rahma", "Siti Khadijah", "Annisa", "Nurhasanah", "Mutiara", "Sri Rezeki"}
	mandailingMarga  = []string{"Nasution", "Lubis", "Harahap", "Siregar", "Pulungan", "Rangkuti", "Daulay", "Batubara", "Hasibuan"}

	dayakMale = []string{"Yohanes", "Agustinus", "Antonius", "Stefanus", "Markus", "Petrus", "Lukas",
		"Fransiskus", "Yulius", "Dominikus", "Paulus", "Hendrikus", "Ignatius", "Yakobus", "Aloysius"}
	dayakFemale = []string{"Maria", "Yuliana", "Veronika", "Agustina", "Florentina", "Margaretha", "Theresia",
		"Katarina", "Natalia", "Elisabeth", "Bernadeta", "Lusia", "Anastasia", "Kristina"}
	dayakNames = []string{"Lahang", "Ajang", "Ding", "Jalung", "Lejau", "Usat", "Bilung", "Ingan", "Lawing",
		"Ngau", "Ibau", "Apui", "Jau", "Ubang", "Lung", "Ping", "Hang", "Bit", "Njuk", "Ubung", "Anyeq", "Lenjau"}

	chineseMale = []string{"Hendra", "Budi", "Rudy", "Kevin", "Steven", "Wilson", "Jason", "Felix", "Andreas",
		"Vincent", "Hengky", "Edwin", "Yohanes", "Ricky", "Sugianto", "William"}
	chineseFemale = []string{"Lily", "Susan", "Linda", "Stefanie", "Michelle", "Jessica", "Cindy", "Angela",
		"Jennifer", "Fransiska", "Natalia", "Meliana", "Vivian", "Yenny", "Lenny", "Monica"}
	chineseSurnames = []string{"Wijaya", "Tanoto", "Halim", "Gunawan", "Salim", "Kusuma", "Santoso", "Sutanto",
		"Hartanto", "Lim", "Tan", "Liem", "Gozali", "Setiadi", "Kurniadi", "Tjandra", "Susanto", "Chandra"}
)
