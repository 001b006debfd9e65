package reports

import (
	"io"
	"strconv"
	"time"

	"balai/data"
)

// IPK31Doc is what the IPK III/1 form prints.
type IPK31Doc struct {
	Institution data.Institution
	Recap       data.IPK31
	Printed     time.Time // zero: now
}

const ipkSize = 8.0

// ipkTitle and ipkSubtitle name the form and its month.
func ipkTitle() string { return "LAPORAN BULANAN PENCARI KERJA (IPK III/1)" }

func ipkSubtitle(r data.IPK31) string {
	return "Keadaan pencari kerja menurut golongan umur dan jenis kelamin · " + data.MonthName(r.Month.Month()) + " " +
		strconv.Itoa(r.Month.Year())
}

// IPK31Notes are the notes under the form: who is left out and the rules.
func IPK31Notes(r data.IPK31) []string {
	var out []string
	if r.NoDate > 0 {
		out = append(out, strconv.Itoa(r.NoDate)+" pencari kerja tanpa tanggal pendaftaran (data impor) tidak dihitung.")
	}
	if r.Under15 > 0 {
		out = append(out, strconv.Itoa(r.Under15)+" pencari kerja berumur di bawah 15 tahun tidak dihitung.")
	}
	out = append(out, "Umur dihitung pada akhir bulan. Ditempatkan: penempatan bekerja atau wirausaha pertama sejak "+
		"pendaftaran. Dihapuskan: kartu AK/1 habis masa berlakunya (2 tahun) atau data diarsipkan.")
	return out
}

// WriteIPK31PDF writes the IPK III/1 form in landscape on paper: rows 1, 2,
// A, 3, 4, B and 5 by age group and sex, the notes and the head's sign-off.
func WriteIPK31PDF(w io.Writer, doc IPK31Doc, paper Paper) error {
	printed := doc.Printed
	if printed.IsZero() {
		printed = time.Now()
	}
	r := doc.Recap
	month := data.MonthName(r.Month.Month()) + " " + strconv.Itoa(r.Month.Year())
	spec := recapSpec{
		Title: ipkTitle(), Subtitle: ipkSubtitle(r),
		Fields: [2][][2]string{
			{{"Bulan", month}, {"Periode", data.FormatDate(r.Month, "id") + " – " + data.FormatDate(r.LastDay(), "id")}},
			{{"Keadaan per", data.FormatDate(printed, "id")}},
		},
		Note:      "IPK III/1 " + month + " · dicetak " + data.FormatDate(printed, "id"),
		Continued: "IPK III/1 " + month + " (lanjutan)",
	}
	return writeRecapPDF(w, paper, Landscape, printed, doc.Institution, spec, func(b *recapBuilder) error {
		layoutIPKTable(b, r)
		b.gap(3)
		for _, n := range IPK31Notes(r) {
			b.text(n, "I", 7.5, true, 0)
		}
		b.signOff(doc.Institution, printed)
		return nil
	})
}

// layoutIPKTable places the form's table: No, Uraian, then L and P for each
// age group and the totals.
func layoutIPKTable(b *recapBuilder, r data.IPK31) {
	num := textW(b.m, ipkSize, "88888")
	cols := []tableColumn{{Title: "No", Width: 9, Align: "C"}, {Title: "Uraian", Align: "L"}}
	for range data.IPKCols {
		cols = append(cols, tableColumn{Width: num, Align: "R"})
	}
	used := 0.0
	for _, c := range cols {
		used += c.Width
	}
	cols[1].Width = b.l.Width - used
	t := b.table(ipkSize, cols, ipkHeader())
	sumFill := colorTotalBg
	for row := range data.IPKRows {
		style := rowStyle{}
		if row == data.IPKSumA || row == data.IPKSumB || row == data.IPKLeft {
			style = rowStyle{Fill: &sumFill, Bold: true}
		}
		cells := []tableCell{textCell(data.IPKRowLabels[row][0]), textCell(data.IPKRowLabels[row][1])}
		for _, n := range r.Cells[row] {
			cells = append(cells, textCell(strconv.Itoa(n)))
		}
		t.add(nil, cells, style)
	}
	b.done(t)
}

// ipkHeader: "Golongan umur (tahun)" over each group over L and P, then
// "Jumlah" over L, P and L+P.
func ipkHeader() tableHead {
	h := tableHead{Rows: 3, RowH: 5}
	h.Cells = append(h.Cells, headCell{Col: 0, Span: 1, RowSpan: 3, Text: "No"},
		headCell{Col: 1, Span: 1, RowSpan: 3, Text: "Uraian"},
		headCell{Col: 2, Span: 2 * len(data.IPKAgeGroups), RowSpan: 1, Text: "Golongan umur (tahun)"},
		headCell{Col: 2 + data.IPKTotalL, Span: 3, Row: 0, RowSpan: 2, Text: "Jumlah"})
	for g, label := range data.IPKAgeLabels {
		h.Cells = append(h.Cells, headCell{Col: 2 + 2*g, Span: 2, Row: 1, RowSpan: 1, Text: label},
			headCell{Col: 2 + 2*g, Span: 1, Row: 2, RowSpan: 1, Text: "L"},
			headCell{Col: 3 + 2*g, Span: 1, Row: 2, RowSpan: 1, Text: "P"})
	}
	for i, s := range []string{"L", "P", "L+P"} {
		h.Cells = append(h.Cells, headCell{Col: 2 + data.IPKTotalL + i, Span: 1, Row: 2, RowSpan: 1, Text: s})
	}
	return h
}
