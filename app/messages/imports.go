package messages

import (
	"balai/data"
	"balai/data/importer"
)

// importTexts are what an import says of a row or a column of a list.
var importTexts = map[string]text{
	data.WarnValueKept: {
		en: "%q is not a value Balai knows; it is kept as written",
		id: "“%s” bukan isian yang dikenal Balai; disimpan apa adanya",
	},
	data.WarnDateDropped: {
		en: "date %q is not a real date; it is left empty",
		id: "Tanggal “%s” bukan tanggal yang valid; dikosongkan",
	},
	data.WarnYearDropped: {
		en: "graduation year %q is not a year from 1940 to this year; it is left empty",
		id: "Tahun lulus “%s” bukan tahun antara 1940 dan tahun ini; dikosongkan",
	},
	importer.SkipHeaderRepeated: {
		en: "the column titles again: not a person",
		id: "Judul kolom diulang: bukan data orang",
	},
	importer.SkipColumnNumbers: {
		en: "column numbers (1, 2, 3 …): not a person",
		id: "Nomor kolom (1, 2, 3 …): bukan data orang",
	},
	importer.SkipOneValue: {
		en: "one value only (a section title or a stray cell): not a person",
		id: "Hanya satu isian (judul bagian atau sel nyasar): bukan data orang",
	},
	importer.CodeDateMonthFirst: {
		en: "date %q puts the month first, but the other dates of this column put the day first",
		id: "Tanggal “%s” menulis bulan lebih dulu, padahal tanggal lain di kolom ini menulis hari lebih dulu",
	},
	importer.CodeDateDayFirst: {
		en: "date %q puts the day first, but the other dates of this column put the month first",
		id: "Tanggal “%s” menulis hari lebih dulu, padahal tanggal lain di kolom ini menulis bulan lebih dulu",
	},
	importer.WarnColumnLookalike: {
		en: "column %q names a field another column gives; it is not imported",
		id: "Kolom “%s” berisi isian yang sudah diambil dari kolom lain; tidak diimpor",
	},
	importer.CodeBadQuote: {
		en: "a quote opens a cell and does not close it: %s",
		id: "Ada tanda petik yang membuka sel tanpa menutupnya: %s",
	},
}
