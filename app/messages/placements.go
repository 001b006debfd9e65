package messages

import (
	"balai/data"
	"balai/data/importer"
)

// placementTexts are the problems of placements, tracer calls, placement
// lists and the class's training method.
var placementTexts = map[string]text{
	data.CodeBadMethod: {
		en: "training method %q is not one of luring, daring, blended",
		id: "Metode pelatihan “%s” tidak dikenal. Pilih luring, daring atau blended",
	},
	data.CodeBadPlacementStatus: {
		en: "employment status %q is not one of Bekerja, Wirausaha, Belum Bekerja, Lanjut Studi, Tidak Terlacak",
		id: "Status kebekerjaan “%s” tidak dikenal. Pilih Bekerja, Wirausaha, Belum Bekerja, Lanjut Studi atau Tidak Terlacak",
	},
	data.CodeBadPlacementKind: {
		en: "placement kind %q is not one of AKL, AKAD, AKAN",
		id: "Jenis penempatan “%s” tidak dikenal. Pilih AKL, AKAD atau AKAN",
	},
	data.CodeBadSalaryBand: {
		en: "salary band %q is not one Balai knows",
		id: "Kisaran gaji “%s” tidak dikenal",
	},
	data.CodeBadMatch: {
		en: "%q does not say whether the work matches the training (ya/tidak)",
		id: "“%s” tidak menjawab apakah pekerjaan sesuai pelatihan (ya/tidak)",
	},
	data.CodeBadSource: {
		en: "source %q is not one Balai knows",
		id: "Sumber data “%s” tidak dikenal",
	},
	data.CodeBadTracerRound: {
		en: "tracer round %s is not 3, 6 or 12 months",
		id: "Putaran penelusuran %s bukan 3, 6 atau 12 bulan",
	},
	data.CodeFutureStart: {
		en: "the start date %s is after today",
		id: "Tanggal mulai %s belum terjadi",
	},
	data.CodeBadCallOutcome: {
		en: "call outcome %q is not one Balai knows",
		id: "Hasil panggilan “%s” tidak dikenal",
	},
	data.CodeNIKNotRegistered: {
		en: "NIK %s is not in the register",
		id: "NIK %s tidak terdaftar di Balai",
	},
	data.CodeNIKInNoClass: {
		en: "%s is in no class: there is no training to record a placement for",
		id: "%s tidak mengikuti kelas apa pun: tidak ada pelatihan untuk dicatat penempatannya",
	},
	data.CodeNotInClass: {
		en: "the job seeker is not in class %s",
		id: "Pencaker ini bukan peserta kelas %s",
	},
	data.CodePlacementTwice: {
		en: "the same participant is already in row %s",
		id: "Peserta yang sama sudah ada di baris %s",
	},
	importer.SkipNoStatus: {
		en: "no employment status: nothing to record",
		id: "Status kebekerjaan kosong: tidak ada yang dicatat",
	},
	importer.WarnPlacementValueDropped: {
		en: "%q is not a value Balai reads here; it is left out",
		id: "“%s” tidak dapat dibaca Balai di kolom ini; tidak dicatat",
	},
	importer.CodePlacementColumns: {
		en: "the file has no NIK and employment-status (Status Kebekerjaan) columns",
		id: "Berkas tidak memiliki kolom NIK dan Status Kebekerjaan",
	},
}
