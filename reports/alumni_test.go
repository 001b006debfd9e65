package reports

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// alumniFixture are 20 participants of two classes with every status.
func alumniFixture() []data.AlumniRow {
	var rows []data.AlumniRow
	statuses := []string{data.ParticipantGraduated, data.ParticipantGraduated, data.ParticipantNotCompetent, data.ParticipantWithdrawn}
	for i := range 20 {
		r := data.AlumniRow{ParticipantID: fmt.Sprint(i), NIK: fmt.Sprintf("64710517089800%02d", i+1),
			Name: fmt.Sprintf("Peserta Nomor %d", i+1), Sex: []string{data.SexMale, data.SexFemale}[i%2], BirthPlace: "Balikpapan",
			BirthDate: rymd(1998, 8, 17), Education: "SMK", Phone: "0812345678" + fmt.Sprint(i%10), ClassCode: "LAS-2026-01",
			Batch: "Angkatan I", ProgramName: "Las SMAW 3G", Kejuruan: "Las", Method: data.MethodOffline, Type: "PBK",
			Funding: "APBD Provinsi", JP: 240, Start: rymd(2026, 7, 27), End: rymd(2026, 9, 25), Status: statuses[i%4],
			AttendedJP: 200 + i, PlannedJP: 240}
		if i >= 10 {
			r.ClassCode, r.Start, r.End = "TIK-2026-02", rymd(2026, 11, 2), rymd(2026, 12, 18)
		}
		if i%3 == 0 && i < 10 {
			r.Placement = data.Placement{Status: data.PlacementEmployed, Employer: "PT Kaltim Prima Coal", City: "Balikpapan",
				Position: "Welder", Kind: data.PlacementLocal, Start: rymd(2026, 11, 2), Source: data.SourceTracer, Round: 3,
				RecordedBy: "petugas", RecordedAt: time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)}
		}
		rows = append(rows, r)
	}
	return rows
}

// readSheet reads a workbook's sheet as text.
func readSheet(t *testing.T, b []byte, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestPesertaXLSX(t *testing.T) {
	rows := alumniFixture()
	var b bytes.Buffer
	if err := WritePesertaXLSX(&b, rows, recapPrinted); err != nil {
		t.Fatal(err)
	}
	keepForLooking(t, "peserta.xlsx", b.Bytes())
	got := readSheet(t, b.Bytes(), PesertaSheet)
	wantHead := []string{"No", "NIK", "Nama", "Jenis Kelamin", "Tempat/Tanggal Lahir", "Pendidikan Terakhir", "Disabilitas",
		"Judul Program Pelatihan", "Kejuruan", "Metode Pelatihan", "Jenis Pelatihan", "Angkatan", "Durasi (JP)", "Sumber Anggaran",
		"Tanggal Mulai", "Tanggal Selesai", "Kehadiran (%)", "Status Selesai Pelatihan", "Status Kelulusan", "Status Kebekerjaan",
		"Nama Perusahaan/Nama Usaha", "Lokasi Penempatan (Kota/Kab)", "Jabatan", "Tanggal Penempatan"}
	if len(got) != 21 || !slices.Equal(got[0], wantHead) {
		t.Fatalf("%d rows, header %q", len(got), got[0])
	}
	first := strings.Join(got[1], "|")
	for _, want := range []string{"6471051708980001", "Laki-laki", "Balikpapan, 17 Agustus 1998", "Luring", "PBK", "Angkatan I",
		"240", "27/07/2026", "83.3", "Selesai", "Kompeten", "Bekerja", "PT Kaltim Prima Coal", "Welder", "02/11/2026"} {
		if !strings.Contains(first, want) {
			t.Errorf("the first row %q lacks %q", first, want)
		}
	}
	if w := got[4][17]; w != "Mengundurkan Diri" {
		t.Errorf("withdrawn: %q", w)
	}
	if w := got[11][17]; w != "Sedang Berlangsung" {
		t.Errorf("running: %q", w)
	}
}

func TestPlacementsXLSX(t *testing.T) {
	rows := alumniFixture()
	var b bytes.Buffer
	if err := WritePlacementsXLSX(&b, rows, recapPrinted); err != nil {
		t.Fatal(err)
	}
	keepForLooking(t, "penempatan.xlsx", b.Bytes())
	got := readSheet(t, b.Bytes(), PlacementsSheet)
	if len(got) != 21 || got[0][0] != "NIK" || got[0][8] != "Status Kebekerjaan" {
		t.Fatalf("%d rows, header %q", len(got), got[0])
	}
	first := strings.Join(got[1], "|")
	for _, want := range []string{"6471051708980001", "LAS-2026-01", "Kompeten", "Bekerja", "AKL", "02/11/2026", "|1|", "Penelusuran",
		"petugas", "20/11/2026"} {
		if !strings.Contains(first, want) {
			t.Errorf("the first row %q lacks %q", first, want)
		}
	}
}

func TestTracerList(t *testing.T) {
	sheet := data.TracerSheet{Kejuruan: "Las", Round: data.TracerRoundsOf(data.TracerRoundSummary{ClassCode: "LAS-2026-01",
		ProgramName: "Las SMAW 3G", Batch: "Angkatan I"}, rymd(2026, 9, 25))[0]}
	for i, r := range alumniFixture()[:12] {
		p := data.TracerPerson{ParticipantID: r.ParticipantID, Name: r.Name, NIK: r.NIK, Phone: r.Phone, Last: r.Placement}
		for range i % 4 {
			p.Calls = append(p.Calls, data.TracerCall{Outcome: data.CallNoAnswer})
		}
		sheet.People = append(sheet.People, p)
	}
	doc := TracerListDoc{Institution: data.DefaultInstitution(), Sheet: sheet, Printed: recapPrinted}
	var pdf, xlsx bytes.Buffer
	if err := WriteTracerListPDF(&pdf, doc, A4); err != nil {
		t.Fatal(err)
	}
	if err := WriteTracerListXLSX(&xlsx, doc); err != nil {
		t.Fatal(err)
	}
	keepForLooking(t, "tracer.pdf", pdf.Bytes())
	keepForLooking(t, "tracer.xlsx", xlsx.Bytes())
	text := pdfTextOf(t, pdf.Bytes())
	for _, want := range []string{"DAFTAR PANGGILAN PENELUSURAN ALUMNI", "Putaran 3 bulan", "25 Desember 2026", "6471**********01",
		"Bekerja · PT Kaltim Prima", "Belum ada data", "3× tidak diangkat"} {
		if !strings.Contains(text, want) {
			t.Errorf("the call list does not say %q", want)
		}
	}
	if strings.Contains(text, "6471051708980001") {
		t.Error("the call list shows a full NIK")
	}
	rows := readSheet(t, xlsx.Bytes(), TracerListSheet)
	joined := fmt.Sprint(rows)
	if !strings.Contains(joined, "6471**********12") || strings.Contains(joined, "6471051708980012") || !strings.Contains(joined, "Las SMAW 3G") {
		t.Errorf("the call list workbook: %q", rows)
	}
}
