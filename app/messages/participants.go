package messages

import "balai/data"

// participantTexts are the problems of enrolment, withdrawal and results.
var participantTexts = map[string]text{
	data.CodeClassFull: {
		en: "the class is full (%s participants); enrol past the quota only with the override",
		id: "Kelas sudah penuh (%s peserta). Peserta hanya bisa ditambah melebihi kuota bila dipilih dengan sengaja",
	},
	data.CodeClassOverlap: {
		en: "the seeker is already in class %s, whose dates overlap this class",
		id: "Pencaker ini masih terdaftar di kelas %s yang jadwalnya bentrok dengan kelas ini",
	},
	data.CodeAlreadyEnrolled: {
		en: "the seeker is already in class %s",
		id: "Pencaker ini sudah terdaftar di kelas %s",
	},
	data.CodeClassCancelled: {
		en: "class %s is cancelled",
		id: "Kelas %s sudah dibatalkan",
	},
	data.CodeSeekerArchived: {
		en: "seeker %s is archived; restore them to the register first",
		id: "Pencaker %s sudah diarsipkan. Pulihkan dulu datanya di daftar pencaker",
	},
	data.CodeBadEnrolStatus: {
		en: "a new participant is registered, selected or active, not %q",
		id: "Peserta baru harus berstatus terdaftar, terseleksi atau aktif, bukan “%s”",
	},
	data.CodeStatusNeedsWithdraw: {
		en: "a withdrawal is recorded with Withdraw, with its date and reason",
		id: "Peserta yang mengundurkan diri dicatat lewat Undur Diri, dengan tanggal dan alasannya",
	},
	data.CodeClassNotEnded: {
		en: "the class ends on %s; the final result can be given from that day on",
		id: "Kelas berakhir pada %s. Hasil akhir (kompeten/belum kompeten) baru bisa diisi mulai tanggal itu",
	},
	data.CodeGraduatedWithBK: {
		en: "a unit is BK (not yet competent): the participant cannot be marked competent",
		id: "Ada unit yang BK (belum kompeten), jadi peserta tidak bisa dinyatakan kompeten",
	},
	data.CodeMissingReason: {
		en: "the reason for the withdrawal is required",
		id: "Alasan mengundurkan diri wajib diisi",
	},
	data.CodeWithdrawAfterClass: {
		en: "withdrawal date %s is after the end of the class",
		id: "Tanggal mengundurkan diri %s sesudah kelas berakhir",
	},
	data.CodeAlreadyWithdrawn: {
		en: "the participant has withdrawn from this class",
		id: "Peserta sudah mengundurkan diri dari kelas ini",
	},
	data.CodeParticipantFinished: {
		en: "the participant already has a final result in this class",
		id: "Peserta sudah punya hasil akhir di kelas ini",
	},
	data.CodeUnitNotInProgram: {
		en: "unit %s is not a unit of the class's program",
		id: "Unit %s bukan unit kompetensi program kelas ini",
	},
	data.CodeBadResult: {
		en: "result %q must be K (competent) or BK (not yet competent)",
		id: "Hasil “%s” harus K (kompeten) atau BK (belum kompeten)",
	},
	data.CodeBadScore: {
		en: "score %s must be between 0 and 100",
		id: "Nilai %s harus antara 0 dan 100",
	},
	data.CodeCannotUnenrol: {
		en: "only registered or selected participants can be removed from a class; withdraw this one instead",
		id: "Hanya peserta berstatus terdaftar atau terseleksi yang bisa dihapus dari kelas. Untuk peserta ini, catat pengunduran dirinya",
	},
}
