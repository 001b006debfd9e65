package messages

import "balai/data"

// certificateTexts are the problems of certificates: eligibility, numbering, printing and revocation.
var certificateTexts = map[string]text{
	data.CodeCertWithdrawn: {
		en: "the participant withdrew on %s",
		id: "Mengundurkan diri pada %s",
	},
	data.CodeCertNotCompetent: {
		en: "the result is belum kompeten, not yet competent",
		id: "Hasil: belum kompeten",
	},
	data.CodeCertNoResult: {
		en: "the participant has no final result yet",
		id: "Belum ada hasil akhir",
	},
	data.CodeCertBelowAttendance: {
		en: "attendance %s is below the minimum",
		id: "Kehadiran %s di bawah minimum",
	},
	data.CodeCertClassCancelled: {
		en: "class %s is cancelled",
		id: "Kelas %s dibatalkan",
	},
	data.CodeCertPatternNoSeq: {
		en: "the number pattern must contain {seq} or {seq:3}",
		id: "Pola nomor harus memuat {seq} atau {seq:3}",
	},
	data.CodeCertPatternToken: {
		en: "the number pattern has an unknown part %q; use {seq}, {seq:3}, {program}, {kejuruan}, {year}, {month} or {roman_month}",
		id: "Pola nomor memuat bagian yang tidak dikenal “%s”. Gunakan {seq}, {seq:3}, {program}, {kejuruan}, {year}, {month} atau {roman_month}",
	},
	data.CodeCertNextSeq: {
		en: "the next number %s must be a whole number from 1",
		id: "Nomor urut berikutnya %s harus bilangan bulat mulai 1",
	},
	data.CodeCertOffset: {
		en: "the print offset %s mm must be between -30 and 30",
		id: "Geseran cetak %s mm harus antara -30 dan 30",
	},
	data.CodeCertPaper: {
		en: "paper %q must be A4 or F4",
		id: "Kertas “%s” harus A4 atau F4",
	},
	data.CodeCertRevoked: {
		en: "certificate %s has been revoked",
		id: "Sertifikat %s sudah dicabut",
	},
	data.CodeCertRevokeReason: {
		en: "give the reason for the revocation",
		id: "Isi alasan pencabutan",
	},
	data.CodeCertDesign: {
		en: "design %q must be landscape, portrait or preprinted",
		id: "Desain “%s” harus landscape, portrait atau preprinted",
	},
	data.CodeCertColour: {
		en: "colour %q must be written like #1F4E79",
		id: "Warna “%s” harus ditulis seperti #1F4E79",
	},
	data.CodeCertBackSign: {
		en: "who signs the back (%q) must be both, head or instructor",
		id: "Penanda tangan halaman belakang (“%s”) harus both, head atau instructor",
	},
	data.CodeCertVerifyAddress: {
		en: "the verification address %q must start with https:// (at most 64 characters, no spaces)",
		id: "Alamat verifikasi “%s” harus diawali https:// (paling banyak 64 karakter, tanpa spasi)",
	},
}
