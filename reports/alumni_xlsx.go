package reports

import (
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// Lists of participants with their outcome: the ministry's participant list
// (daftar peserta) and Balai's placements export. Both are read back by the
// placement importer: their titles name NIK, Status Kebekerjaan and the rest.

// alumniColumn is one column: its title, its width, and its cell.
type alumniColumn struct {
	title string
	width float64
	cell  func(r *data.AlumniRow, today time.Time) any // string (a text cell), int, float64, time.Time or nil
}

// PesertaSheet and PlacementsSheet are the lists' sheet names.
const (
	PesertaSheet    = "Daftar Peserta"
	PlacementsSheet = "Penempatan"
)

func alumniText(f func(r *data.AlumniRow) string) func(*data.AlumniRow, time.Time) any {
	return func(r *data.AlumniRow, _ time.Time) any { return f(r) }
}

func alumniDate(f func(r *data.AlumniRow) time.Time) func(*data.AlumniRow, time.Time) any {
	return func(r *data.AlumniRow, _ time.Time) any { return xlsxDate(f(r)) }
}

// pesertaColumns are the ministry's columns, in its order.
var pesertaColumns = []alumniColumn{
	{"NIK", 19, alumniText(func(r *data.AlumniRow) string { return r.NIK })},
	{"Nama", 28, alumniText(func(r *data.AlumniRow) string { return r.Name })},
	{"Jenis Kelamin", 12, alumniText(func(r *data.AlumniRow) string { return SexWord(r.Sex) })},
	{"Tempat/Tanggal Lahir", 26, alumniText(func(r *data.AlumniRow) string {
		return strings.Trim(strings.TrimSpace(r.BirthPlace)+", "+data.FormatDate(r.BirthDate, "id"), ", ")
	})},
	{"Pendidikan Terakhir", 11, alumniText(func(r *data.AlumniRow) string { return r.Education })},
	{"Disabilitas", 12, alumniText(func(r *data.AlumniRow) string { return r.Disability })},
	{"Judul Program Pelatihan", 28, alumniText(func(r *data.AlumniRow) string { return r.ProgramName })},
	{"Kejuruan", 14, alumniText(func(r *data.AlumniRow) string { return r.Kejuruan })},
	{"Metode Pelatihan", 11, alumniText(func(r *data.AlumniRow) string { return data.MethodLabel(r.Method) })},
	{"Jenis Pelatihan", 11, alumniText(func(r *data.AlumniRow) string { return r.Type })},
	{"Angkatan", 13, alumniText(func(r *data.AlumniRow) string { return batchText(r) })},
	{"Durasi (JP)", 8, func(r *data.AlumniRow, _ time.Time) any { return r.JP }},
	{"Sumber Anggaran", 14, alumniText(func(r *data.AlumniRow) string { return r.Funding })},
	{"Tanggal Mulai", 12, alumniDate(func(r *data.AlumniRow) time.Time { return r.Start })},
	{"Tanggal Selesai", 12, alumniDate(func(r *data.AlumniRow) time.Time { return r.End })},
	{"Kehadiran (%)", 10, attendanceCell},
	{"Status Selesai Pelatihan", 18, func(r *data.AlumniRow, today time.Time) any { return CompletionWord(*r, today) }},
	{"Status Kelulusan", 14, alumniText(func(r *data.AlumniRow) string { return GraduationWord(r.Status) })},
	{"Status Kebekerjaan", 14, alumniText(func(r *data.AlumniRow) string { return data.PlacementStatusWord(r.Placement.Status) })},
	{"Nama Perusahaan/Nama Usaha", 26, alumniText(func(r *data.AlumniRow) string { return r.Placement.Employer })},
	{"Lokasi Penempatan (Kota/Kab)", 18, alumniText(func(r *data.AlumniRow) string { return r.Placement.City })},
	{"Jabatan", 16, alumniText(func(r *data.AlumniRow) string { return r.Placement.Position })},
	{"Tanggal Penempatan", 12, alumniDate(func(r *data.AlumniRow) time.Time { return r.Placement.Start })},
}

// placementColumns are Balai's placements export: the person and the class,
// then every detail of the placement in force.
var placementColumns = []alumniColumn{
	{"NIK", 19, alumniText(func(r *data.AlumniRow) string { return r.NIK })},
	{"Nama", 28, alumniText(func(r *data.AlumniRow) string { return r.Name })},
	{"L/P", 5, alumniText(func(r *data.AlumniRow) string { return r.Sex })},
	{"No. HP", 15, alumniText(func(r *data.AlumniRow) string { return r.Phone })},
	{"Kode Kelas", 14, alumniText(func(r *data.AlumniRow) string { return r.ClassCode })},
	{"Program", 26, alumniText(func(r *data.AlumniRow) string { return r.ProgramName })},
	{"Tanggal Selesai", 12, alumniDate(func(r *data.AlumniRow) time.Time { return r.End })},
	{"Hasil Pelatihan", 15, alumniText(func(r *data.AlumniRow) string { return ResultWord(r.Status) })},
	{"Status Kebekerjaan", 14, alumniText(func(r *data.AlumniRow) string { return data.PlacementStatusWord(r.Placement.Status) })},
	{"Nama Perusahaan/Nama Usaha", 26, alumniText(func(r *data.AlumniRow) string { return r.Placement.Employer })},
	{"Jabatan", 16, alumniText(func(r *data.AlumniRow) string { return r.Placement.Position })},
	{"Bidang Usaha", 16, alumniText(func(r *data.AlumniRow) string { return r.Placement.Field })},
	{"Lokasi Penempatan (Kota/Kab)", 18, alumniText(func(r *data.AlumniRow) string { return r.Placement.City })},
	{"Jenis Penempatan (AKL/AKAD/AKAN)", 12, alumniText(func(r *data.AlumniRow) string { return r.Placement.Kind })},
	{"Tanggal Penempatan", 12, alumniDate(func(r *data.AlumniRow) time.Time { return r.Placement.Start })},
	{"Masa Tunggu (bulan)", 9, waitingCell},
	{"Kisaran Gaji", 13, alumniText(func(r *data.AlumniRow) string { return r.Placement.Salary })},
	{"Sesuai Pelatihan", 9, alumniText(func(r *data.AlumniRow) string { return MatchWord(r.Placement.Match) })},
	{"Sumber", 14, alumniText(func(r *data.AlumniRow) string { return SourceWord(r.Placement.Source) })},
	{"Dicatat Oleh", 12, alumniText(func(r *data.AlumniRow) string { return r.Placement.RecordedBy })},
	{"Tanggal Dicatat", 12, alumniDate(func(r *data.AlumniRow) time.Time { return r.Placement.RecordedAt })},
	{"Keterangan", 24, alumniText(func(r *data.AlumniRow) string { return r.Placement.Note })},
}

func batchText(r *data.AlumniRow) string {
	if b := strings.TrimSpace(r.Batch); b != "" {
		return b
	}
	return r.ClassCode
}

func attendanceCell(r *data.AlumniRow, _ time.Time) any {
	if pct, ok := r.AttendancePercent(); ok {
		return float64(int(pct*10+0.5)) / 10
	}
	return nil
}

func waitingCell(r *data.AlumniRow, _ time.Time) any {
	if !data.IsPlaced(r.Placement.Status) {
		return nil
	}
	if m, ok := data.WaitingMonths(r.End, r.Placement.Start); ok {
		return m
	}
	return nil
}

// WritePesertaXLSX writes the participants as the ministry's participant
// list (daftar peserta pelatihan), one row each in its column order, as
// things stand on day today.
func WritePesertaXLSX(w io.Writer, rows []data.AlumniRow, today time.Time) error {
	return writeAlumniXLSX(w, PesertaSheet, "Daftar Peserta Pelatihan", pesertaColumns, rows, today, true)
}

// WritePlacementsXLSX writes Balai's placements export: each participant
// with the placement in force, in the layout the placement importer reads.
func WritePlacementsXLSX(w io.Writer, rows []data.AlumniRow, today time.Time) error {
	return writeAlumniXLSX(w, PlacementsSheet, "Penempatan Alumni", placementColumns, rows, today, false)
}

// writeAlumniXLSX writes one header row (frozen, with filters) and a row per
// participant, numbered first when numbered.
func writeAlumniXLSX(w io.Writer, sheet, title string, cols []alumniColumn, rows []data.AlumniRow, today time.Time, numbered bool) error {
	f, st, err := newRecapWorkbook(sheet, title)
	if err != nil {
		return err
	}
	s := &recapSheet{f: f, name: sheet, st: st, row: 1}
	first, widths := 1, []float64{}
	if numbered {
		s.set(1, "No", st.header)
		first, widths = 2, append(widths, 5)
	}
	for i, c := range cols {
		s.set(first+i, c.title, st.header)
		widths = append(widths, c.width)
	}
	if s.err == nil {
		s.err = f.SetRowHeight(sheet, 1, 32)
	}
	for n := range rows {
		s.row = n + 2
		if numbered {
			s.set(1, n+1, st.number)
		}
		for i, c := range cols {
			alumniCell(s, first+i, c.cell(&rows[n], today))
		}
	}
	s.widths(widths...)
	last := cellName(first+len(cols)-1, max(len(rows)+1, 2))
	if s.err == nil {
		s.err = f.AutoFilter(sheet, "A1:"+last, nil)
	}
	if s.err == nil {
		s.err = f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	}
	s.landscape()
	if s.err != nil {
		return s.err
	}
	return writeWorkbook(w, f)
}

// alumniCell writes v as its kind of cell: text (digits stay text), date, number.
func alumniCell(s *recapSheet, col int, v any) {
	switch v := v.(type) {
	case nil:
		s.set(col, nil, s.st.line)
	case string:
		s.set(col, v, s.st.line)
	case time.Time:
		s.set(col, v, s.st.date)
	case float64:
		s.set(col, v, s.st.number1)
	default:
		s.set(col, v, s.st.number)
	}
}

// SexWord is L or P as the ministry's list writes it.
func SexWord(sex string) string {
	switch sex {
	case data.SexMale:
		return "Laki-laki"
	case data.SexFemale:
		return "Perempuan"
	}
	return sex
}

// CompletionWord is a participant's Status Selesai Pelatihan on day today.
func CompletionWord(r data.AlumniRow, today time.Time) string {
	switch {
	case r.Status == data.ParticipantWithdrawn:
		return "Mengundurkan Diri"
	case r.End.Before(today):
		return "Selesai"
	case r.Start.After(today):
		return "Belum Dimulai"
	}
	return "Sedang Berlangsung"
}

// GraduationWord is a participant's Status Kelulusan: Kompeten, Belum
// Kompeten, or "" before a result.
func GraduationWord(status string) string {
	switch status {
	case data.ParticipantGraduated:
		return "Kompeten"
	case data.ParticipantNotCompetent:
		return "Belum Kompeten"
	}
	return ""
}

// ResultWord is the result of a participant: the graduation, or the
// withdrawal, or "" while in training.
func ResultWord(status string) string {
	if status == data.ParticipantWithdrawn {
		return "Mengundurkan Diri"
	}
	return GraduationWord(status)
}

// MatchWord is "Ya", "Tidak" or "".
func MatchWord(m string) string {
	switch m {
	case data.MatchYes:
		return "Ya"
	case data.MatchNo:
		return "Tidak"
	}
	return ""
}

var sourceWords = map[string]string{
	data.SourceTracer: "Penelusuran", data.SourceAK1: "Laporan AK/1", data.SourceEmployer: "Perusahaan",
	data.SourceAlumni: "Alumni", data.SourceImport: "Impor",
}

// SourceWord is a placement's source in Indonesian.
func SourceWord(s string) string {
	if w, ok := sourceWords[s]; ok {
		return w
	}
	return s
}
