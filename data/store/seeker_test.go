package store

import (
	"balai/data"
)

// validInput is a complete, consistent seeker as a form holds it.
func validInput() data.SeekerInput {
	return data.SeekerInput{
		NIK: "6471052205868851", AK1Number: "'AK1/6471/2026/000123", Name: "  Hendra   Rahmadani ", BirthPlace: "Balikpapan",
		BirthDate: "22/05/1986", Sex: "Laki-laki", Religion: "islam", Marital: "kawin", Address: "Jl. Mulawarman No. 89  RT 17",
		Kelurahan: "Marga Sari", Kecamatan: " Balikpapan  Barat", City: "Balikpapan", Phone: "0847-9005-7568",
		Email: "hendra@example.com", Education: "SLTA", Major: "IPA", Skills: "Las SMAW\nBubut ", Disability: " ",
		Employment: "Belum Bekerja", RegisteredOn: "02/11/2026", Notes: "  datang sendiri ",
	}
}
