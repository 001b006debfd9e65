package reports

import (
	"io"
	"strconv"
	"strings"
	"time"

	"balai/data"
)

// The call list of a tracer-study round: who to call, their phone and what
// is known of them, with room to write the answers. The NIK is masked: a
// caller does not need it (UU PDP).

// TracerListDoc is what a round's call list prints.
type TracerListDoc struct {
	Institution data.Institution
	Sheet       data.TracerSheet
	Printed     time.Time // zero: now
}

// TracerListSheet is the name of the call list workbook's sheet.
const TracerListSheet = "Daftar Panggilan"

// tracerCallWords say a call outcome in a few words.
var tracerCallWords = map[string]string{
	data.CallAnswered: "diangkat", data.CallNoAnswer: "tidak diangkat", data.CallUnreachable: "nomor tidak aktif",
	data.CallWrongNumber: "salah sambung",
}

// CallWord is a call outcome in Indonesian.
func CallWord(outcome string) string {
	if w, ok := tracerCallWords[outcome]; ok {
		return w
	}
	return outcome
}

// LastKnown is what is known of a participant: "Bekerja · PT Kaltim,
// Balikpapan"; "Belum ada data" without a record.
func LastKnown(p data.Placement) string {
	if p.Status == "" {
		return "Belum ada data"
	}
	var parts []string
	for _, s := range []string{p.Employer, p.City} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	out := data.PlacementStatusWord(p.Status)
	if len(parts) > 0 {
		out += " · " + strings.Join(parts, ", ")
	}
	return out
}

// CallsText is the round's calls so far, by outcome: "2× tidak diangkat,
// 1× nomor tidak aktif"; "–" for none.
func CallsText(calls []data.TracerCall) string {
	if len(calls) == 0 {
		return "–"
	}
	count := map[string]int{}
	for _, c := range calls {
		count[c.Outcome]++
	}
	var parts []string
	for _, o := range data.CallOutcomes {
		if n := count[o]; n > 0 {
			parts = append(parts, strconv.Itoa(n)+"× "+CallWord(o))
		}
	}
	return strings.Join(parts, ", ")
}

// roundTitle is "Putaran 3 bulan".
func roundTitle(round int) string { return "Putaran " + strconv.Itoa(round) + " bulan" }

// WriteTracerListPDF writes the call list in landscape on paper: the
// letterhead, the class and the round, then one row per participant with
// room to write the answer.
func WriteTracerListPDF(w io.Writer, doc TracerListDoc, paper Paper) error {
	printed := doc.Printed
	if printed.IsZero() {
		printed = time.Now()
	}
	r := doc.Sheet.Round
	spec := recapSpec{
		Title:    "DAFTAR PANGGILAN PENELUSURAN ALUMNI",
		Subtitle: roundTitle(r.Round) + " setelah pelatihan",
		Fields: [2][][2]string{
			{{"Kelas", r.ClassCode}, {"Program", r.ProgramName}, {"Kejuruan", doc.Sheet.Kejuruan}, {"Angkatan", r.Batch}},
			{{"Selesai pelatihan", data.FormatDate(r.ClassEnd, "id")}, {"Jatuh tempo", data.FormatDate(r.Due, "id")},
				{"Putaran ditutup", data.FormatDate(r.Closes, "id")}, {"Peserta", strconv.Itoa(len(doc.Sheet.People))}},
		},
		Note:      "Penelusuran " + r.ClassCode + " · " + roundTitle(r.Round) + " · dicetak " + data.FormatDate(printed, "id"),
		Continued: "Daftar panggilan " + r.ClassCode + " · " + roundTitle(r.Round) + " (lanjutan)",
	}
	return writeRecapPDF(w, paper, Landscape, printed, doc.Institution, spec, func(b *recapBuilder) error {
		layoutTracerTable(b, doc.Sheet)
		b.gap(3)
		b.text("Hasil panggilan: D = diangkat, T = tidak diangkat, M = nomor tidak aktif, S = salah sambung. "+
			"Tiga panggilan tanpa jawaban: peserta tidak terlacak untuk putaran ini. "+
			"Status: Bekerja, Wirausaha, Belum bekerja, Lanjut studi.", "I", 7.5, true, 0)
		return nil
	})
}

// layoutTracerTable places the participants with blank columns for the answers.
func layoutTracerTable(b *recapBuilder, sh data.TracerSheet) {
	const size = 8.0
	titles := []string{"No", "Nama", "NIK", "No. HP", "Status terakhir", "Panggilan", "Hasil (D/T/M/S)", "Status sekarang",
		"Perusahaan / usaha, jabatan, kota", "Catatan"}
	widths := []float64{8, 0, 28, 24, 40, 28, 16, 20, 40, 24}
	cols := make([]tableColumn, len(titles))
	used := 0.0
	for i, t := range titles {
		cols[i] = tableColumn{Title: t, Width: widths[i], Align: "L"}
		used += widths[i]
	}
	cols[0].Align = "C"
	cols[1].Width = b.l.Width - used
	t := b.table(size, cols, simpleHeader(titles, 9))
	t.minRowH = 10
	for i, p := range sh.People {
		t.add(nil, []tableCell{textCell(strconv.Itoa(i + 1)), {{Text: p.Name, Style: "B"}}, textCell(data.MaskNIK(p.NIK)),
			textCell(p.Phone), textCell(LastKnown(p.Last)), textCell(CallsText(p.Calls)), nil, nil, nil, nil}, rowStyle{})
	}
	if len(sh.People) == 0 {
		t.add([]int{len(cols)}, []tableCell{{{Text: "Tidak ada peserta untuk dihubungi.", Style: "I", Align: "C"}}}, rowStyle{})
	}
	b.done(t)
}

// WriteTracerListXLSX writes the call list as a workbook: the class and
// round over the table, one row per participant with the class's program
// and angkatan, and empty columns for the answers.
func WriteTracerListXLSX(w io.Writer, doc TracerListDoc) error {
	r := doc.Sheet.Round
	f, st, err := newRecapWorkbook(TracerListSheet, "Daftar Panggilan "+r.ClassCode)
	if err != nil {
		return err
	}
	titles := []string{"No", "Nama", "NIK", "No. HP", "Program", "Angkatan", "Status Terakhir", "Panggilan",
		"Hasil Panggilan", "Status Kebekerjaan", "Nama Perusahaan/Nama Usaha", "Jabatan", "Lokasi Penempatan (Kota/Kab)",
		"Tanggal Penempatan", "Catatan"}
	s := &recapSheet{f: f, name: TracerListSheet, st: st, row: 1, width: len(titles)}
	s.head(doc.Institution, "DAFTAR PANGGILAN PENELUSURAN ALUMNI", r.ClassCode+" · "+roundTitle(r.Round)+
		" · jatuh tempo "+data.FormatDate(r.Due, "id"))
	s.headerCells(simpleHeader(titles, 0), 1)
	for i, p := range doc.Sheet.People {
		vals := []any{i + 1, p.Name, data.MaskNIK(p.NIK), p.Phone, r.ProgramName, r.Batch, LastKnown(p.Last), CallsText(p.Calls)}
		for c := range titles {
			var v any
			if c < len(vals) {
				v = vals[c]
			}
			style := st.text
			if c == 0 {
				style = st.number
			}
			s.set(c+1, v, style)
		}
		if s.err == nil {
			s.err = f.SetRowHeight(TracerListSheet, s.row, 30) // two lines, and room to write
		}
		s.row++
	}
	s.row++
	s.note("Hasil panggilan: diangkat, tidak diangkat, nomor tidak aktif, salah sambung. Tiga panggilan tanpa jawaban: "+
		"tidak terlacak untuk putaran ini.", 2)
	s.widths(5, 26, 19, 15, 24, 12, 26, 22, 14, 14, 24, 16, 18, 12, 24)
	s.landscape()
	if s.err != nil {
		return s.err
	}
	return writeWorkbook(w, f)
}
