package messages

import "balai/data"

// programTexts are the problems of programs, kejuruan, rooms and instructors.
var programTexts = map[string]text{
	data.CodeBadProgramCode: {
		en: "program code %q may hold only letters, digits and dashes, at most 12",
		id: "Kode program “%s” hanya boleh berisi huruf, angka dan tanda hubung (-), paling banyak 12 karakter",
	},
	data.CodeProgramCodeTaken: {
		en: "program code %s is already used by another program",
		id: "Kode program %s sudah dipakai program lain",
	},
	data.CodeJPNotPositive: {
		en: "the total JP must be more than 0, not %s",
		id: "Total JP harus lebih dari 0, bukan %s",
	},
	data.CodeNoUnits: {
		en: "a program needs at least one competency unit",
		id: "Program harus punya paling sedikit satu unit kompetensi",
	},
	data.CodeUnitTitleMissing: {
		en: "unit %s has no title",
		id: "Judul unit kompetensi ke-%s belum diisi",
	},
	data.CodeUnitJPNotPositive: {
		en: "the JP of unit %s must be more than 0",
		id: "JP unit kompetensi ke-%s harus lebih dari 0",
	},
	data.CodeUnitsJPMismatch: {
		en: "the units' JP differ from the program's total JP by %s JP",
		id: "Jumlah JP semua unit kompetensi berselisih %s JP dari total JP program. Sesuaikan JP unit atau total JP-nya",
	},
	data.CodeUnitInUse: {
		en: "unit %q has sessions or results and cannot be removed",
		id: "Unit “%s” sudah dipakai di jadwal atau hasil peserta, jadi tidak bisa dihapus",
	},
	data.CodeProgramInUse: {
		en: "the program is used by class %s and cannot be deleted; archive it instead",
		id: "Program ini dipakai oleh kelas %s, jadi tidak bisa dihapus. Arsipkan saja",
	},
	data.CodeUnknownKejuruan: {
		en: "kejuruan %q is not in the list; add it first",
		id: "Kejuruan “%s” tidak ada di daftar. Tambahkan dulu ke daftar kejuruan",
	},
	data.CodeKejuruanExists: {
		en: "kejuruan %q is already in the list",
		id: "Kejuruan “%s” sudah ada di daftar",
	},
	data.CodeKejuruanInUse: {
		en: "the kejuruan is used by program %s; move the program to another kejuruan first",
		id: "Kejuruan ini dipakai oleh program %s. Pindahkan program itu ke kejuruan lain dulu",
	},
	data.CodeRoomNameTaken: {
		en: "there is already a room named %q",
		id: "Sudah ada ruang dengan nama “%s”",
	},
	data.CodeCapacityNotPositive: {
		en: "the capacity must be more than 0, not %s",
		id: "Kapasitas harus lebih dari 0, bukan %s",
	},
	data.CodeRoomInUse: {
		en: "the room is used by class %s and cannot be deleted; archive it instead",
		id: "Ruang ini dipakai oleh kelas %s, jadi tidak bisa dihapus. Arsipkan saja",
	},
	data.CodeInstructorInUse: {
		en: "the instructor teaches class %s and cannot be deleted; archive them instead",
		id: "Instruktur ini mengajar di kelas %s, jadi tidak bisa dihapus. Arsipkan saja",
	},
}
