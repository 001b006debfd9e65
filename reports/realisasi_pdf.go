package reports

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// RealisasiDoc is what the rekap realisasi pelatihan prints: the caller
// gathers it from the store.
type RealisasiDoc struct {
	Institution data.Institution
	Period      string // "Tahun 2026"
	Recap       data.Realisasi
	Outcomes    data.Outcomes
	// Printed is the date of the place-date line and the PDF's creation
	// date; zero means now.
	Printed time.Time
}

const realisasiSize = 7.5

// WriteRealisasiPDF writes the recap in landscape on paper: the letterhead,
// the classes by program with their counts and rates, the totals, the
// counts by sex, the dashboard's charts and the head's sign-off.
func WriteRealisasiPDF(w io.Writer, doc RealisasiDoc, paper Paper) error {
	printed := doc.Printed
	if printed.IsZero() {
		printed = time.Now()
	}
	t := doc.Recap.Total
	rate, _ := t.PlacementRate()
	resp, _ := t.ResponseRate()
	spec := recapSpec{
		Title:    "REKAP REALISASI PELATIHAN",
		Subtitle: doc.Period,
		Fields: [2][][2]string{
			{{"Program", strconv.Itoa(len(doc.Recap.Programs))}, {"Kelas", strconv.Itoa(classCount(doc.Recap))},
				{"Target / peserta", strconv.Itoa(t.Target) + " / " + strconv.Itoa(t.Enrolled)}},
			{{"Tingkat penempatan", rateOrDash(rate, t.Competent > 0)}, {"Respons penelusuran", rateOrDash(resp, t.Finished > 0)},
				{"Keadaan per", data.FormatDate(printed, "id")}},
		},
		Note:      "Rekap Realisasi Pelatihan " + doc.Period + " · dicetak " + data.FormatDate(printed, "id"),
		Continued: "Rekap Realisasi Pelatihan " + doc.Period + " (lanjutan)",
	}
	return writeRecapPDF(w, paper, Landscape, printed, doc.Institution, spec, func(b *recapBuilder) error {
		layoutRealisasiTable(b, doc.Recap)
		b.gap(4)
		layoutRealisasiBySex(b, doc.Recap)
		b.gap(2)
		b.text(realisasiDefinitions, "I", 7, true, 0)
		b.gap(5)
		b.text("Grafik hasil pelatihan", "B", 10, false, 40)
		b.gap(2)
		b.charts(OutcomeCharts(doc.Outcomes, IndonesianOutcomeWords), 2)
		b.signOff(doc.Institution, printed)
		return nil
	})
}

// realisasiDefinitions says how the rates are computed.
const realisasiDefinitions = "Selesai: peserta yang tidak mengundurkan diri dari kelas yang sudah berakhir. " +
	"Bekerja dan wirausaha dihitung dari peserta kompeten menurut status penempatan terakhir. " +
	"Tingkat penempatan = (bekerja + wirausaha) ÷ kompeten. " +
	"Respons penelusuran = peserta selesai yang statusnya diketahui (bukan tidak terlacak) ÷ peserta selesai."

func classCount(r data.Realisasi) int {
	n := 0
	for _, p := range r.Programs {
		n += len(p.Classes)
	}
	return n
}

// rateOrDash is a rate as a percentage, or "–" when it has no denominator.
func rateOrDash(rate float64, ok bool) string {
	if !ok {
		return "–"
	}
	return PercentText(rate)
}

// realisasiCountTitles are the count columns' titles; the two rates follow.
var realisasiCountTitles = []string{"Target", "Terdaftar", "Selesai", "Mundur", "Kompeten", "Sertifikat", "Bekerja", "Wirausaha"}

// realisasiColumns: No, program/class, dates, the counts, placement and
// response rates; each as wide as the longest word of its title (the
// header wraps between words only), the program/class the rest.
func realisasiColumns(m *gofpdf.Fpdf, width float64) []tableColumn {
	wordW := func(titles ...string) float64 {
		setFont(m, "B", realisasiSize)
		w := 0.0
		for _, t := range titles {
			for _, word := range strings.Fields(t) {
				w = max(w, m.GetStringWidth(word))
			}
		}
		return w + 2*cellMargin + 1
	}
	count := wordW(append(append([]string{}, realisasiCountTitles...), "8888")...)
	rate := wordW("Tingkat", "penelusuran", "100%")
	cols := []tableColumn{{Title: "No", Width: wordW("No", "888"), Align: "C"}, {Title: "Program / Kelas", Align: "L"},
		{Title: "Tanggal", Width: textW(m, realisasiSize, "27 Agu – 25 Sep 2026"), Align: "C"}}
	for _, t := range realisasiCountTitles {
		cols = append(cols, tableColumn{Title: t, Width: count, Align: "R"})
	}
	cols = append(cols, tableColumn{Title: "Tingkat", Width: rate, Align: "R"}, tableColumn{Title: "Respons", Width: rate, Align: "R"})
	used := 0.0
	for _, c := range cols {
		used += c.Width
	}
	cols[1].Width = width - used
	return cols
}

// realisasiHeader groups the count columns: Peserta, Hasil, Penempatan.
func realisasiHeader() tableHead {
	h := tableHead{Rows: 2, RowH: 5.2}
	span2 := func(col int, text string) headCell {
		return headCell{Col: col, Span: 1, Row: 0, RowSpan: 2, Text: text}
	}
	h.Cells = append(h.Cells, span2(0, "No"), span2(1, "Program / Kelas"), span2(2, "Tanggal"),
		headCell{Col: 3, Span: 4, Text: "Peserta", RowSpan: 1}, headCell{Col: 7, Span: 2, Text: "Hasil", RowSpan: 1},
		headCell{Col: 9, Span: 3, Text: "Penempatan", RowSpan: 1}, span2(12, "Respons penelusuran"))
	for i, t := range append(append([]string{}, realisasiCountTitles...), "Tingkat") {
		h.Cells = append(h.Cells, headCell{Col: 3 + i, Span: 1, Row: 1, RowSpan: 1, Text: t})
	}
	return h
}

// countCells are the counts and rates of c as cells; target "–" when
// without one.
func countCells(c data.RealisasiCounts, withTarget bool) []tableCell {
	target := "–"
	if withTarget {
		target = strconv.Itoa(c.Target)
	}
	rate, rok := c.PlacementRate()
	resp, pok := c.ResponseRate()
	cells := []tableCell{textCell(target)}
	for _, n := range []int{c.Enrolled, c.Finished, c.Withdrawn, c.Competent, c.Certificates, c.Employed, c.SelfEmployed} {
		cells = append(cells, textCell(strconv.Itoa(n)))
	}
	return append(cells, textCell(rateOrDash(rate, rok)), textCell(rateOrDash(resp, pok)))
}

// layoutRealisasiTable places the classes by program with a sum per
// program, then the total.
func layoutRealisasiTable(b *recapBuilder, r data.Realisasi) {
	cols := realisasiColumns(b.m, b.l.Width)
	t := b.table(realisasiSize, cols, realisasiHeader())
	programFill, totalFill := colorZebra, colorTotalBg
	n := 0
	for _, p := range r.Programs {
		title := p.ProgramName
		if k := strings.TrimSpace(p.Kejuruan); k != "" {
			title += " · kejuruan " + k
		}
		t.add([]int{len(cols)}, []tableCell{{{Text: title, Style: "B"}}}, rowStyle{Fill: &programFill})
		for _, c := range p.Classes {
			n++
			name := tableCell{{Text: c.Class.Code, Style: "B"}}
			if bt := strings.TrimSpace(c.Class.Batch); bt != "" {
				name = append(name, cellPara{Text: bt, Muted: true})
			}
			cells := append([]tableCell{textCell(strconv.Itoa(n)), name, textCell(dateSpan(c.Class.Start, c.Class.End))},
				countCells(c.RealisasiCounts, true)...)
			t.add(nil, cells, rowStyle{})
		}
		sum := append([]tableCell{{{Text: "Jumlah " + p.ProgramName, Align: "R"}}}, countCells(p.Total, true)...)
		t.add(append([]int{3}, ones(10)...), sum, rowStyle{Fill: &totalFill})
	}
	if len(r.Programs) == 0 {
		t.add([]int{len(cols)}, []tableCell{{{Text: "Tidak ada kelas pada periode ini.", Style: "I", Align: "C"}}}, rowStyle{})
	}
	total := append([]tableCell{{{Text: "JUMLAH", Align: "R"}}}, countCells(r.Total, true)...)
	t.add(append([]int{3}, ones(10)...), total, rowStyle{Fill: &totalFill, Bold: true})
	b.done(t)
}

// layoutRealisasiBySex places the counts of men, women and both.
func layoutRealisasiBySex(b *recapBuilder, r data.Realisasi) {
	b.text("Menurut jenis kelamin", "B", 9, false, 25)
	b.gap(1)
	cols := realisasiColumns(b.m, b.l.Width)
	lead := cols[0].Width + cols[1].Width + cols[2].Width
	sexCols := append([]tableColumn{{Title: "Jenis kelamin", Width: lead, Align: "L"}}, cols[3:]...)
	titles := []string{"Jenis kelamin"}
	for _, c := range cols[3:] {
		titles = append(titles, c.Title)
	}
	titles[len(titles)-2], titles[len(titles)-1] = "Tingkat penempatan", "Respons penelusuran"
	t := b.table(realisasiSize, sexCols, simpleHeader(titles, 8.5))
	totalFill := colorTotalBg
	for i, label := range []string{"Laki-laki", "Perempuan"} {
		t.add(nil, append([]tableCell{textCell(label)}, countCells(r.BySex[i], false)...), rowStyle{})
	}
	t.add(nil, append([]tableCell{{{Text: "Jumlah", Style: "B"}}}, countCells(r.Total, false)...), rowStyle{Fill: &totalFill, Bold: true})
	b.done(t)
}

// textW is the width of a cell holding s in the regular font at size.
func textW(m *gofpdf.Fpdf, size float64, s string) float64 {
	setFont(m, "", size)
	return m.GetStringWidth(pdfText(s)) + 2*cellMargin + 1
}

// dateSpan is "27 Jul – 25 Sep 2026", the year once when both share it.
func dateSpan(from, to time.Time) string {
	short := func(t time.Time) string { return strconv.Itoa(t.Day()) + " " + data.MonthName(t.Month())[:3] }
	if from.Year() == to.Year() {
		return short(from) + " – " + short(to) + " " + strconv.Itoa(to.Year())
	}
	return short(from) + " " + strconv.Itoa(from.Year()) + " – " + short(to) + " " + strconv.Itoa(to.Year())
}
