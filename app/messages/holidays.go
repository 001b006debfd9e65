package messages

import "balai/data"

// holidayTexts are the problems of holidays.
var holidayTexts = map[string]text{
	data.CodeHolidayFixed: {
		en: "the date is a fixed national holiday built into Balai (%s); it cannot be added or removed",
		id: "Tanggal ini hari libur nasional tetap yang sudah ada di Balai (%s); tidak dapat ditambah atau dihapus",
	},
	data.CodeHolidayColumns: {
		en: "the file has no date column (Tanggal/Date) and name column (Keterangan/Nama/Name)",
		id: "Berkas tidak punya kolom tanggal (Tanggal/Date) dan kolom nama (Keterangan/Nama/Name)",
	},
	data.CodeHolidayDuplicate: {
		en: "the date repeats row %s of this file",
		id: "Tanggal sama dengan baris %s di berkas ini",
	},
	data.WarnHolidayFixedInFile: {
		en: "the date is a fixed national holiday already built in (%s); the row is skipped",
		id: "Tanggal ini hari libur nasional tetap yang sudah ada (%s); baris dilewati",
	},
}
