package messages

import "balai/data"

// classTexts are the problems of classes, their sessions and generated schedules.
var classTexts = map[string]text{
	data.CodeUnknownProgram: {
		en: "the chosen program does not exist (any more)",
		id: "Program yang dipilih tidak ada (mungkin sudah dihapus)",
	},
	data.CodeProgramArchived: {
		en: "program %s is archived; restore it before opening a class of it",
		id: "Program %s sudah diarsipkan. Pulihkan dulu sebelum membuka kelas baru",
	},
	data.CodeClassCodeTaken: {
		en: "class code %s is already used by another class",
		id: "Kode kelas %s sudah dipakai kelas lain",
	},
	data.CodeDatesOutOfOrder: {
		en: "the end date is before the start date",
		id: "Tanggal selesai lebih awal dari tanggal mulai",
	},
	data.CodeBadYear: {
		en: "year %s is not a plausible year",
		id: "Tahun %s tidak masuk akal",
	},
	data.CodeQuotaNotPositive: {
		en: "the quota must be more than 0, not %s",
		id: "Kuota harus lebih dari 0, bukan %s",
	},
	data.CodeBadFunding: {
		en: "funding source %q is not one of APBD Kota, APBD Provinsi, APBN, Lainnya",
		id: "Sumber dana “%s” tidak dikenal. Pilih APBD Kota, APBD Provinsi, APBN atau Lainnya",
	},
	data.CodeUnknownRoom: {
		en: "the chosen room does not exist (any more)",
		id: "Ruang yang dipilih tidak ada (mungkin sudah dihapus)",
	},
	data.CodeUnknownInstructor: {
		en: "the chosen instructor does not exist (any more)",
		id: "Instruktur yang dipilih tidak ada (mungkin sudah dihapus)",
	},
	data.CodeClassProgramFixed: {
		en: "the class already has sessions or participants: its program cannot change",
		id: "Kelas ini sudah punya jadwal atau peserta, jadi programnya tidak bisa diganti",
	},
	data.CodeClassHasSessions: {
		en: "the class has %s sessions and cannot be deleted; archive it instead",
		id: "Kelas ini punya %s sesi jadwal, jadi tidak bisa dihapus. Arsipkan saja",
	},
	data.CodeClassHasParticipants: {
		en: "the class has %s participants and cannot be deleted; archive it instead",
		id: "Kelas ini punya %s peserta, jadi tidak bisa dihapus. Arsipkan saja",
	},
	data.CodeSessionBadTime: {
		en: "time %q must be written HH:MM, e.g. 07:30",
		id: "Jam “%s” harus ditulis JJ:MM, misalnya 07:30",
	},
	data.CodeSessionTimeOrder: {
		en: "the session must end after it starts (%s)",
		id: "Sesi harus selesai setelah mulai (%s)",
	},
	data.CodeSessionJP: {
		en: "a session must have more than 0 JP, not %s",
		id: "Sesi harus lebih dari 0 JP, bukan %s",
	},
	data.CodeSessionJPTooLong: {
		en: "the JP do not fit in the session's time (%s; 1 JP = 45 minutes)",
		id: "JP tidak muat dalam waktu sesi (%s; 1 JP = 45 menit)",
	},
	data.CodeSessionUnit: {
		en: "unit %s is not a unit of the class's program",
		id: "Unit %s bukan unit kompetensi program kelas ini",
	},
	data.CodeScheduleJP: {
		en: "the program's JP must be more than 0, not %s",
		id: "Jumlah jam program harus lebih dari 0 JP, bukan %s",
	},
	data.CodeScheduleUnitJP: {
		en: "unit %s must have more than 0 JP",
		id: "Unit %s harus lebih dari 0 JP",
	},
	data.CodeScheduleUnitsJP: {
		en: "the units' JP do not add up to the program's JP (units/program: %s)",
		id: "Jumlah JP unit kompetensi tidak sama dengan JP program (unit/program: %s)",
	},
	data.CodeScheduleBadPattern: {
		en: "the teaching hours %s are not valid: times are HH:MM, the end after the start, breaks inside the day and not overlapping",
		id: "Jam pelatihan %s tidak benar: tulis jam sebagai JJ:MM, jam selesai setelah jam mulai, istirahat di dalam jam pelatihan dan tidak saling tumpang tindih",
	},
	data.CodeScheduleNoTeaching: {
		en: "no day of the week has time for a whole JP (45 minutes)",
		id: "Tidak ada hari dalam seminggu yang cukup untuk satu JP utuh (45 menit)",
	},
	data.CodeScheduleNoDays: {
		en: "there is no teaching day within a year from %s",
		id: "Tidak ada hari pelatihan dalam setahun sejak %s: periksa hari pelatihan dan hari liburnya",
	},
	data.CodeScheduleExists: {
		en: "the class already has %s sessions; replace them to generate again",
		id: "Kelas ini sudah punya %s sesi. Pilih ganti jadwal untuk membuat jadwal baru",
	},
	data.CodeScheduleNoClassDate: {
		en: "the class has no start date",
		id: "Kelas belum punya tanggal mulai",
	},
	data.CodeSessionsBeforeStart: {
		en: "the schedule starts on %s, before this date: move or generate the sessions again first",
		id: "Jadwal sudah dimulai %s, sebelum tanggal ini. Pindahkan atau buat ulang jadwal dulu",
	},
	data.CodeSessionsAfterEnd: {
		en: "the schedule runs until %s, after this date: move or generate the sessions again first",
		id: "Jadwal masih berjalan sampai %s, setelah tanggal ini. Pindahkan atau buat ulang jadwal dulu",
	},
	data.CodeQuotaBelowEnrolled: {
		en: "%s participants hold a place: the quota cannot be less",
		id: "Sudah %s peserta terdaftar, jadi kuota tidak bisa lebih kecil",
	},
}
