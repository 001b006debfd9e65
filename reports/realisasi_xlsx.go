package reports

import (
	"io"
	"math"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// RealisasiSheet and RealisasiChartSheet are the sheets of the realisasi
// workbook: the recap, and the figures of the dashboard's charts.
const (
	RealisasiSheet      = "Rekap Realisasi"
	RealisasiChartSheet = "Data Grafik"
)

// realisasiXLSXCounts are the count columns after No, Program/Kelas,
// Angkatan, Mulai and Selesai (columns F to M), then the two rates.
const realisasiFirstCount = 6

// WriteRealisasiXLSX writes the recap as a workbook: the classes by program
// with a sum per program and the total (counts as numbers, rates as
// percentages), the counts by sex, the definitions, and a second sheet
// with the figures of the dashboard's charts.
func WriteRealisasiXLSX(w io.Writer, doc RealisasiDoc) error {
	f, st, err := newRecapWorkbook(RealisasiSheet, "Rekap Realisasi Pelatihan "+doc.Period)
	if err != nil {
		return err
	}
	s := &recapSheet{f: f, name: RealisasiSheet, st: st, row: 1, width: realisasiFirstCount + 9}
	s.head(doc.Institution, "REKAP REALISASI PELATIHAN", doc.Period+" · keadaan per "+data.FormatDate(doc.Printed, "id"))
	s.headerCells(realisasiXLSXHeader(), 1)
	realisasiXLSXRows(s, doc.Recap)
	s.row++
	s.set(1, "Menurut jenis kelamin", st.heading)
	s.row++
	s.headerCells(simpleHeader([]string{"Jenis kelamin", "", "", "", "", "Target", "Terdaftar", "Selesai", "Mundur", "Kompeten",
		"Sertifikat", "Bekerja", "Wirausaha", "Tingkat penempatan", "Respons penelusuran"}, 0), 1)
	s.merge(1, s.row-1, 5, s.row-1)
	for i, label := range []string{"Laki-laki", "Perempuan"} {
		realisasiXLSXLine(s, label, 5, doc.Recap.BySex[i], false, false)
	}
	realisasiXLSXLine(s, "Jumlah", 5, doc.Recap.Total, false, true)
	s.row++
	s.note(realisasiDefinitions, 3)
	s.widths(5, 34, 14, 12, 12, 9, 10, 9, 9, 10, 10, 9, 10, 12, 12)
	s.landscape()
	if s.err != nil {
		return s.err
	}
	if err := writeChartSheet(f, st, OutcomeCharts(doc.Outcomes, IndonesianOutcomeWords)); err != nil {
		return err
	}
	return writeWorkbook(w, f)
}

func realisasiXLSXHeader() tableHead {
	h := tableHead{Rows: 2}
	span2 := func(col int, text string) headCell { return headCell{Col: col, Span: 1, RowSpan: 2, Text: text} }
	h.Cells = append(h.Cells, span2(0, "No"), span2(1, "Program / Kelas"), span2(2, "Angkatan"), span2(3, "Mulai"),
		span2(4, "Selesai"), headCell{Col: 5, Span: 4, RowSpan: 1, Text: "Peserta"},
		headCell{Col: 9, Span: 2, RowSpan: 1, Text: "Hasil"}, headCell{Col: 11, Span: 3, RowSpan: 1, Text: "Penempatan"},
		span2(14, "Respons penelusuran"))
	for i, t := range append(append([]string{}, realisasiCountTitles...), "Tingkat") {
		h.Cells = append(h.Cells, headCell{Col: 5 + i, Span: 1, Row: 1, RowSpan: 1, Text: t})
	}
	return h
}

// realisasiXLSXRows writes the programs, their classes and sums, and the total.
func realisasiXLSXRows(s *recapSheet, r data.Realisasi) {
	n := 0
	for _, p := range r.Programs {
		title := p.ProgramName
		if k := strings.TrimSpace(p.Kejuruan); k != "" {
			title += " · kejuruan " + k
		}
		s.set(1, title, s.st.bold)
		for c := 2; c <= s.width; c++ {
			s.set(c, nil, s.st.bold)
		}
		s.merge(1, s.row, s.width, s.row)
		s.row++
		for _, c := range p.Classes {
			n++
			s.set(1, n, s.st.number)
			s.set(2, c.Class.Code, s.st.text)
			s.set(3, c.Class.Batch, s.st.text)
			s.set(4, xlsxDate(c.Class.Start), s.st.date)
			s.set(5, xlsxDate(c.Class.End), s.st.date)
			realisasiXLSXCounts(s, c.RealisasiCounts, true, false)
			s.row++
		}
		realisasiXLSXLine(s, "Jumlah "+p.ProgramName, 5, p.Total, true, true)
	}
	realisasiXLSXLine(s, "JUMLAH", 5, r.Total, true, true)
}

// realisasiXLSXLine writes a row of label (merged over span columns) and counts.
func realisasiXLSXLine(s *recapSheet, label string, span int, c data.RealisasiCounts, withTarget, total bool) {
	style := s.st.text
	if total {
		style = s.st.totalText
	}
	s.set(1, label, style)
	for col := 2; col <= span; col++ {
		s.set(col, nil, style)
	}
	s.merge(1, s.row, span, s.row)
	realisasiXLSXCounts(s, c, withTarget, total)
	s.row++
}

// realisasiXLSXCounts writes c's counts and rates from column F.
func realisasiXLSXCounts(s *recapSheet, c data.RealisasiCounts, withTarget, total bool) {
	num, pct, text := s.st.number, s.st.percent, s.st.text
	if total {
		num, pct, text = s.st.totalNumber, s.st.totalPercent, s.st.totalText
	}
	col := realisasiFirstCount
	if withTarget {
		s.set(col, c.Target, num)
	} else {
		s.set(col, "–", text)
	}
	for i, v := range []int{c.Enrolled, c.Finished, c.Withdrawn, c.Competent, c.Certificates, c.Employed, c.SelfEmployed} {
		s.set(col+1+i, v, num)
	}
	rate, ok := c.PlacementRate()
	s.rate(col+8, rate, ok, pct, text)
	resp, ok := c.ResponseRate()
	s.rate(col+9, resp, ok, pct, text)
}

// writeChartSheet writes each chart's bars as a small table on a sheet of
// their own: the label, the bar's text, then the values (one column per
// series; rates and shares in percent).
func writeChartSheet(f *excelize.File, st recapStyles, charts []Chart) error {
	if _, err := f.NewSheet(RealisasiChartSheet); err != nil {
		return err
	}
	s := &recapSheet{f: f, name: RealisasiChartSheet, st: st, row: 1, width: 8}
	for _, c := range charts {
		s.set(1, c.Title, st.heading)
		s.row++
		titles := []string{"", "Keterangan"}
		for _, se := range c.Series {
			name := se.Name
			if name == "" {
				name = "Nilai"
			}
			if c.Unit != "" {
				name += " (" + c.Unit + ")"
			}
			titles = append(titles, name)
		}
		s.headerCells(simpleHeader(titles, 0), 1)
		for _, b := range c.Bars {
			s.set(1, b.Label, st.text)
			s.set(2, b.Text, st.text)
			for i, v := range b.Values {
				if c.Unit == "" {
					s.set(3+i, int(math.Round(v)), st.number)
				} else {
					s.set(3+i, math.Round(v*10)/10, st.number1)
				}
			}
			s.row++
		}
		if len(c.Bars) == 0 {
			s.set(1, c.Empty, st.note)
			s.row++
		}
		if c.Note != "" {
			s.set(1, c.Note, st.note)
			s.row++
		}
		s.row++
	}
	s.widths(40, 20, 13, 13, 13, 13, 13, 13)
	s.landscape()
	return s.err
}

// xlsxDate is a date cell's value: the calendar date, nil when zero.
func xlsxDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
