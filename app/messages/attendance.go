package messages

import "balai/data"

// attendanceTexts are the problems of attendance marks and sheets.
var attendanceTexts = map[string]text{
	data.CodeAttendanceBadCode: {
		en: "attendance code %q must be H (hadir), I (izin), S (sakit) or A (alpa)",
		id: "Kode kehadiran “%s” harus H (hadir), I (izin), S (sakit) atau A (alpa)",
	},
	data.CodeAttendanceFormula: {
		en: "the cell holds a formula without a value (%s); type H, I, S or A",
		id: "Sel berisi rumus tanpa nilai (%s); ketik H, I, S atau A",
	},
	data.CodeAttendanceNotEnrolled: {
		en: "the participant was not yet enrolled on the session's date (enrolled on %s)",
		id: "Peserta belum terdaftar pada tanggal sesi ini (terdaftar %s)",
	},
	data.CodeAttendanceWithdrawn: {
		en: "the participant had withdrawn before the session (on %s)",
		id: "Peserta sudah mengundurkan diri sebelum sesi ini (pada %s)",
	},
	data.CodeAttendanceOtherClass: {
		en: "the participant is not in this session's class",
		id: "Peserta bukan peserta kelas sesi ini",
	},
	data.CodeAttendanceUnknownSess: {
		en: "session %s is not a session of this class",
		id: "Sesi %s bukan sesi kelas ini",
	},
	data.CodeAttendanceUnknownPerson: {
		en: "participant %s is not a participant of this class",
		id: "Peserta %s bukan peserta kelas ini",
	},
	data.CodeBadMinAttendance: {
		en: "the minimum attendance %s must be a whole percentage from 1 to 100",
		id: "Kehadiran minimum %s harus bilangan bulat persen dari 1 sampai 100",
	},
}
