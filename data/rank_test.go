package data

import "testing"

func TestRanks(t *testing.T) {
	tests := []struct{ in, grade, label string }{
		{"IV/b", "IV/b", "Pembina Tk. I (IV/b)"},
		{"iv b", "IV/b", "Pembina Tk. I (IV/b)"},
		{"III.a", "III/a", "Penata Muda (III/a)"},
		{"IVe", "IV/e", "Pembina Utama (IV/e)"},
		{" Penata  Tk. I ", "Penata Tk. I", "Penata Tk. I"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := NormalizeRank(tt.in); got != tt.grade {
			t.Errorf("NormalizeRank(%q) = %q, want %q", tt.in, got, tt.grade)
		}
		if got := RankLabel(NormalizeRank(tt.in)); got != tt.label {
			t.Errorf("RankLabel(%q) = %q, want %q", tt.in, got, tt.label)
		}
	}
	if len(Ranks) != 9 || Ranks[0].Grade != "III/a" || Ranks[8].Name != "Pembina Utama" {
		t.Errorf("Ranks = %v", Ranks)
	}
}

func TestFundingPhrase(t *testing.T) {
	tests := []struct {
		source, province, regency string
		year                      int
		want                      string
	}{
		{"APBD Provinsi", "Kalimantan Timur", "Kota Balikpapan", 2026, "APBD Provinsi Kalimantan Timur Tahun 2026"},
		{"APBD Kota", "Kalimantan Timur", "Kota Balikpapan", 2026, "APBD Kota Balikpapan Tahun 2026"},
		{"APBD Kota", "", "", 2026, "APBD Kota Tahun 2026"},
		{"APBN", "x", "y", 2025, "APBN Tahun 2025"},
		{"Lainnya", "x", "y", 2026, ""},
		{"", "x", "y", 2026, ""},
	}
	for _, tt := range tests {
		if got := FundingPhrase(tt.source, tt.province, tt.regency, tt.year); got != tt.want {
			t.Errorf("FundingPhrase(%q, %q, %q, %d) = %q, want %q", tt.source, tt.province, tt.regency, tt.year, got, tt.want)
		}
	}
}

func TestOrganiserName(t *testing.T) {
	inst := DefaultInstitution()
	if got := inst.OrganiserName(); got != "UPTD Balai Latihan Kerja Industri Balikpapan" {
		t.Errorf("OrganiserName() = %q", got)
	}
	inst.Name = ""
	if got := inst.OrganiserName(); got != "UPTD Balai Latihan Kerja Industri Balikpapan" {
		t.Errorf("from the head's title: %q", got)
	}
	inst.HeadTitle = ""
	if got := inst.OrganiserName(); got != "UPTD BALAI LATIHAN KERJA INDUSTRI BALIKPAPAN" {
		t.Errorf("from the letterhead: %q", got)
	}
}

func TestParseColour(t *testing.T) {
	for s, want := range map[string][3]int{"#1F4E79": {31, 78, 121}, "7b1e23": {123, 30, 35}} {
		if got, ok := ParseColour(s); !ok || got != want {
			t.Errorf("ParseColour(%q) = %v, %v", s, got, ok)
		}
	}
	for _, s := range []string{"", "blue", "#12345", "#GGGGGG"} {
		if _, ok := ParseColour(s); ok {
			t.Errorf("ParseColour(%q) accepted", s)
		}
	}
}
