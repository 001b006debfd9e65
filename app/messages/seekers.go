package messages

import "balai/data"

// seekerTexts are the problems of the job-seeker register and its imports.
var seekerTexts = map[string]text{
	data.CodeRequired: {
		en: "value is required",
		id: "Kolom ini wajib diisi",
	},
	data.CodeMissingNIK: {
		en: "NIK is empty",
		id: "NIK kosong",
	},
	data.CodeMissingName: {
		en: "name is empty",
		id: "Nama kosong",
	},
	data.CodeNIKScientific: {
		en: "NIK %q was cut by Excel (scientific notation); format the NIK column as text and copy the numbers again",
		id: "NIK %s terpotong oleh Excel (notasi ilmiah). Format kolom NIK sebagai Teks lalu salin ulang angkanya",
	},
	data.CodeNIKNotDigits: {
		en: "NIK %q must contain digits only",
		id: "NIK %s hanya boleh berisi angka",
	},
	data.CodeNIKLength: {
		en: "NIK %q must have 16 digits",
		id: "NIK %s harus 16 angka",
	},
	data.CodeNIKDuplicate: {
		en: "NIK repeats row %s of this file",
		id: "NIK sama dengan baris %s di berkas ini",
	},
	data.CodeNIKTaken: {
		en: "NIK %s belongs to another seeker",
		id: "NIK %s sudah terdaftar untuk pencaker lain",
	},
	data.CodeMissingBirth: {
		en: "birth date is empty",
		id: "Tanggal lahir kosong",
	},
	data.CodeBadBirthDate: {
		en: "birth date %q is not a real date",
		id: "Tanggal lahir “%s” bukan tanggal yang benar. Tulis misalnya 17-08-1998",
	},
	data.CodeFutureDate: {
		en: "birth date %q is in the future",
		id: "Tanggal lahir “%s” ada di masa depan",
	},
	data.CodeMissingSex: {
		en: "sex is empty",
		id: "Jenis kelamin belum diisi: Laki-laki (L) atau Perempuan (P)",
	},
	data.CodeBadSex: {
		en: "sex %q must be L/P, Laki-laki/Perempuan or Pria/Wanita",
		id: "Jenis kelamin “%s” tidak dikenal. Isi L/P, Laki-laki/Perempuan atau Pria/Wanita",
	},
	data.CodeBadPhone: {
		en: "phone %q is not a phone number",
		id: "No. HP “%s” bukan nomor telepon",
	},
	data.CodeBadEmail: {
		en: "e-mail %q is not an address",
		id: "Email “%s” bukan alamat email yang benar",
	},
	data.CodeBadEducation: {
		en: "education %q is not one of SD, SMP, SMA, SMK, D1-D4, S1-S3",
		id: "Pendidikan “%s” tidak dikenal. Isi SD, SMP, SMA, SMK, D1–D4 atau S1–S3",
	},
	data.CodeBadDate: {
		en: "date %q is not a real date",
		id: "Tanggal “%s” bukan tanggal yang benar",
	},
	data.CodeBadChoice: {
		en: "%q is not one of the choices",
		id: "“%s” bukan salah satu pilihan yang ada",
	},
	data.CodeBadGraduationYear: {
		en: "graduation year %q is not a year from 1940 to this year",
		id: "Tahun lulus “%s” bukan tahun antara 1940 dan tahun ini",
	},
	data.WarnNIKSexMismatch: {
		en: "the NIK encodes sex %s, which differs from the sex given",
		id: "Menurut NIK, jenis kelaminnya %s; berbeda dengan kolom jenis kelamin. Periksa NIK dan jenis kelaminnya",
	},
	data.WarnNIKDateMismatch: {
		en: "the NIK encodes birth date %s, which differs from the birth date given",
		id: "Menurut NIK, tanggal lahirnya %s; berbeda dengan kolom tanggal lahir. Periksa NIK dan tanggal lahirnya",
	},
}
