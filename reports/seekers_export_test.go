package reports

import (
	"balai/data/demo"
	"strings"

	"balai/data/store"

	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"io"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
	"balai/data/importer"
)

// -update rewrites the golden files in testdata. Registered only once, in case
// another test file of this package defines the same flag.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

var exportNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// exportFixtures are seekers as the store returns them, covering what an
// export can get wrong: diacritics, quotes, separators and line breaks in
// text, leading zeros, 16-digit numbers, empty cells, every employment status.
func exportFixtures() []data.Seeker {
	return []data.Seeker{
		{
			NIK: "6471066702932549", AK1Number: "6471-2026-000123", Name: "Dewi Ramírez", BirthPlace: "Surabaya",
			BirthDate: day(1993, 2, 27), Sex: data.SexFemale, Religion: "Katolik", Marital: "Belum Kawin",
			Address: "Jl. MT Haryono No. 51 RT 41", Kelurahan: "Damai", Kecamatan: "Balikpapan Kota", City: "Balikpapan",
			Phone: "081234567890", Email: "dewi.ramirez@gmail.com", Education: "S1", Major: "Akuntansi",
			Skills: "Microsoft Office, Bahasa Inggris", Employment: data.EmploymentUnemployed,
			RegisteredOn: day(2026, 3, 2), Notes: `Minat pelatihan "Barista"; shift pagi`,
		},
		{
			NIK: "6471052205860001", AK1Number: "6471-2025-004567", Name: "Andi Baso Daeng Matutu", BirthPlace: "Pare-Pare",
			BirthDate: day(1986, 5, 22), Sex: data.SexMale, Religion: "Islam", Marital: "Kawin",
			Address: "Jl. Soekarno-Hatta Gg. Mawar No. 7A RT 23", Kelurahan: "Batu Ampar", Kecamatan: "Balikpapan Utara",
			City: "Balikpapan", Phone: "085212345678", Education: "SMK", Major: "Teknik Pengelasan",
			Skills: "Las Listrik", Employment: data.EmploymentSelfEmployed, RegisteredOn: day(2025, 12, 31),
			Notes: "Lapor ulang\nJuni 2026",
		},
		{
			NIK: "6472014108050003", Name: "Siti Nurhaliza", BirthPlace: "Samarinda", BirthDate: day(2005, 8, 1),
			Sex: data.SexFemale, Religion: "Islam", Marital: "Belum Kawin", Kelurahan: "Sepinggan Raya",
			Kecamatan: "Balikpapan Selatan", City: "Balikpapan", Education: "SMA", Major: "IPA",
			Employment: data.EmploymentStudent, RegisteredOn: day(2026, 11, 20),
		},
		{
			NIK: "6402030101990012", AK1Number: "6471-2024-000001", Name: "Yohanes Ding Lahang", BirthPlace: "Tenggarong",
			BirthDate: day(1999, 1, 1), Sex: data.SexMale, Religion: "Kristen", Marital: "Belum Kawin",
			Address: "Jl. Mulawarman No. 3 RT 1", Kelurahan: "Manggar", Kecamatan: "Balikpapan Timur", City: "Balikpapan",
			Phone: "0811555123", Email: "yohanes_lahang@yahoo.co.id", Education: "D3", Major: "Teknik Mesin",
			Disability: "Disabilitas fisik", Employment: data.EmploymentEmployed, RegisteredOn: day(2024, 12, 2),
		},
	}
}

// seekersOf ranges over list the way Store.AllSeekers does.
func seekersOf(list []data.Seeker) iter.Seq2[data.Seeker, error] {
	return func(yield func(data.Seeker, error) bool) {
		for _, s := range list {
			if !yield(s, nil) {
				return
			}
		}
	}
}

// failingAfter yields list and then err.
func failingAfter(list []data.Seeker, err error) iter.Seq2[data.Seeker, error] {
	return func(yield func(data.Seeker, error) bool) {
		for _, s := range list {
			if !yield(s, nil) {
				return
			}
		}
		yield(data.Seeker{}, err)
	}
}

// inputFromRow reads one exported row back into a SeekerInput by header.
func inputFromRow(t *testing.T, header, row []string) data.SeekerInput {
	t.Helper()
	var in data.SeekerInput
	fields := map[string]*string{
		"NIK": &in.NIK, "No AK/1": &in.AK1Number, "Nama Lengkap": &in.Name, "Tempat Lahir": &in.BirthPlace,
		"Tanggal Lahir": &in.BirthDate, "L/P": &in.Sex, "Agama": &in.Religion, "Status Perkawinan": &in.Marital,
		"Alamat": &in.Address, "Kelurahan": &in.Kelurahan, "Kecamatan": &in.Kecamatan, "Kota": &in.City,
		"No. HP": &in.Phone, "Email": &in.Email, "Pendidikan Terakhir": &in.Education, "Jurusan": &in.Major,
		"Keterampilan": &in.Skills, "Disabilitas": &in.Disability, "Status Kerja": &in.Employment,
		"Tanggal Daftar": &in.RegisteredOn, "Catatan": &in.Notes, "Tahun Lulus": &in.GraduationYear,
	}
	for i, h := range header {
		p, ok := fields[h]
		if !ok {
			t.Fatalf("unknown header %q", h)
		}
		if i < len(row) {
			*p = row[i]
		}
	}
	return in
}

// checkRoundTrip parses every exported row and compares it with the seeker
// it came from.
func checkRoundTrip(t *testing.T, rows [][]string, want []data.Seeker) {
	t.Helper()
	if len(rows) != len(want)+1 {
		t.Fatalf("%d rows, want header + %d", len(rows), len(want))
	}
	if got, want := rows[0], SeekerExportHeaders(); !slices.Equal(got, want) {
		t.Fatalf("header = %q, want %q", got, want)
	}
	for i, w := range want {
		got, bad, warn := data.ParseSeeker(inputFromRow(t, rows[0], rows[i+1]), exportNow)
		if len(bad) > 0 || len(warn) > 0 {
			t.Errorf("row %d (%s): problems %v, warnings %v", i+2, w.Name, bad, warn)
			continue
		}
		if got.NIK != w.NIK || got.Name != w.Name || !got.BirthDate.Equal(w.BirthDate) || got.Sex != w.Sex || got.Phone != w.Phone {
			t.Errorf("row %d: got %s %q %v %s %q, want %s %q %v %s %q", i+2,
				got.NIK, got.Name, got.BirthDate, got.Sex, got.Phone, w.NIK, w.Name, w.BirthDate, w.Sex, w.Phone)
		}
		if got, want := got.Input(), w.Input(); got != want {
			t.Errorf("row %d: read back\n%+v\nwant\n%+v", i+2, got, want)
		}
	}
}

func writeCSV(t *testing.T, seekers []data.Seeker) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := WriteSeekersCSV(&buf, seekersOf(seekers))
	if err != nil {
		t.Fatalf("WriteSeekersCSV: %v", err)
	}
	if n != len(seekers) {
		t.Errorf("WriteSeekersCSV = %d, want %d", n, len(seekers))
	}
	return buf.Bytes()
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte(utf8BOM))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read CSV back: %v", err)
	}
	return rows
}

func TestWriteSeekersCSV(t *testing.T) {
	seekers := exportFixtures()
	out := writeCSV(t, seekers)

	if !bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
		t.Errorf("CSV starts with % x, want the UTF-8 BOM", out[:min(3, len(out))])
	}
	if !bytes.HasSuffix(out, []byte("\r\n")) {
		t.Errorf("CSV does not end with CRLF")
	}
	if lf, crlf := bytes.Count(out, []byte("\n")), bytes.Count(out, []byte("\r\n")); lf != crlf {
		t.Errorf("%d line feeds, %d of them after CR: want CRLF everywhere", lf, crlf)
	}
	header := "\ufeffNIK;No AK/1;Nama Lengkap;Tempat Lahir;Tanggal Lahir;L/P;Agama;Status Perkawinan;Alamat;" +
		"Kelurahan;Kecamatan;Kota;No. HP;Email;Pendidikan Terakhir;Jurusan;Keterampilan;Disabilitas;Status Kerja;" +
		"Tanggal Daftar;Catatan;Tahun Lulus\r\n"
	if got := string(out[:min(len(header), len(out))]); got != header {
		t.Errorf("first line = %q, want %q", got, header)
	}

	rows := readCSV(t, out)
	checkRoundTrip(t, rows, seekers)
	tests := []struct {
		row  int
		col  string
		want string
	}{
		{1, "NIK", "6471066702932549"},
		{1, "Nama Lengkap", "Dewi Ramírez"},
		{1, "Tanggal Lahir", "27/02/1993"},
		{1, "No. HP", "081234567890"},
		{1, "L/P", "P"},
		{1, "Status Kerja", "Belum Bekerja"},
		{1, "Catatan", `Minat pelatihan "Barista"; shift pagi`},
		{2, "Status Kerja", "Wirausaha"},
		{2, "Catatan", "Lapor ulang\nJuni 2026"},
		{2, "L/P", "L"},
		{3, "Status Kerja", "Pelajar/Mahasiswa"},
		{3, "No. HP", ""},
		{3, "Tanggal Daftar", "20/11/2026"},
		{4, "Status Kerja", "Bekerja"},
		{4, "No. HP", "0811555123"},
	}
	for _, tt := range tests {
		col := slices.Index(rows[0], tt.col)
		if got := rows[tt.row][col]; got != tt.want {
			t.Errorf("row %d %s = %q, want %q", tt.row, tt.col, got, tt.want)
		}
	}
}

func TestWriteSeekersCSVGolden(t *testing.T) {
	got := writeCSV(t, exportFixtures())
	golden := filepath.Join("testdata", "seekers.csv")
	if updating() {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("CSV differs from %s (run with -update if the change is intended):\ngot:\n%q\nwant:\n%q", golden, got, want)
	}
}

func writeXLSX(t *testing.T, seekers []data.Seeker) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := WriteSeekersXLSX(&buf, seekersOf(seekers))
	if err != nil {
		t.Fatalf("WriteSeekersXLSX: %v", err)
	}
	if n != len(seekers) {
		t.Errorf("WriteSeekersXLSX = %d, want %d", n, len(seekers))
	}
	return buf.Bytes()
}

func openXLSX(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("open XLSX: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestWriteSeekersXLSX(t *testing.T) {
	seekers := exportFixtures()
	f := openXLSX(t, writeXLSX(t, seekers))

	if got, want := f.GetSheetList(), []string{SeekersSheet}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	raw, err := f.GetRows(SeekersSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	checkRoundTrip(t, raw, seekers)

	shown, err := f.GetRows(SeekersSheet)
	if err != nil {
		t.Fatal(err)
	}
	checkRoundTrip(t, shown, seekers)

	// Cells, as stored and as Excel shows them.
	style := func(cell string) *excelize.Style {
		t.Helper()
		id, err := f.GetCellStyle(SeekersSheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		s, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	tests := []struct {
		cell      string
		wantType  excelize.CellType
		wantRaw   string
		wantShown string
		wantFmt   string // custom number format, or "@" for the text format
	}{
		{"A2", excelize.CellTypeInlineString, "6471066702932549", "6471066702932549", "@"},
		{"B2", excelize.CellTypeInlineString, "6471-2026-000123", "6471-2026-000123", "@"},
		{"C2", excelize.CellTypeInlineString, "Dewi Ramírez", "Dewi Ramírez", ""},
		{"E2", excelize.CellTypeUnset, "34027", "27/02/1993", "dd/mm/yyyy"},
		{"F2", excelize.CellTypeInlineString, "P", "P", ""},
		{"M2", excelize.CellTypeInlineString, "081234567890", "081234567890", "@"},
		{"M5", excelize.CellTypeInlineString, "0811555123", "0811555123", "@"},
		{"S2", excelize.CellTypeInlineString, "Belum Bekerja", "Belum Bekerja", ""},
		{"T2", excelize.CellTypeUnset, "46083", "02/03/2026", "dd/mm/yyyy"},
		{"U3", excelize.CellTypeInlineString, "Lapor ulang\nJuni 2026", "Lapor ulang\nJuni 2026", ""},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			if got, err := f.GetCellType(SeekersSheet, tt.cell); err != nil || got != tt.wantType {
				t.Errorf("type = %v (%v), want %v", got, err, tt.wantType)
			}
			if got, _ := f.GetCellValue(SeekersSheet, tt.cell, excelize.Options{RawCellValue: true}); got != tt.wantRaw {
				t.Errorf("raw value = %q, want %q", got, tt.wantRaw)
			}
			if got, _ := f.GetCellValue(SeekersSheet, tt.cell); got != tt.wantShown {
				t.Errorf("shown = %q, want %q", got, tt.wantShown)
			}
			s := style(tt.cell)
			gotFmt := ""
			if s.CustomNumFmt != nil {
				gotFmt = *s.CustomNumFmt
			} else if s.NumFmt == 49 {
				gotFmt = "@"
			}
			if gotFmt != tt.wantFmt {
				t.Errorf("number format = %q (NumFmt %d), want %q", gotFmt, s.NumFmt, tt.wantFmt)
			}
		})
	}

	// The sheet: header look, frozen header, filter, widths.
	h := style("A1")
	if h.Font == nil || !h.Font.Bold || len(h.Fill.Color) == 0 || h.Fill.Pattern != 1 {
		t.Errorf("header style = font %+v fill %+v, want bold on a solid fill", h.Font, h.Fill)
	}
	panes, err := f.GetPanes(SeekersSheet)
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 || panes.TopLeftCell != "A2" {
		t.Errorf("panes = %+v, want the first row frozen", panes)
	}
	var filter string
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filter = dn.RefersTo
		}
	}
	if want := "'Pencaker'!$A$1:$V$5"; filter != want {
		t.Errorf("autofilter range = %q, want %q", filter, want)
	}
	for col, want := range map[string]float64{"A": 19, "C": 30, "E": 14, "M": 16} {
		if got, err := f.GetColWidth(SeekersSheet, col); err != nil || got != want {
			t.Errorf("width of column %s = %v (%v), want %v", col, got, err, want)
		}
	}
}

func TestWriteSeekersEmpty(t *testing.T) {
	csvOut := writeCSV(t, nil)
	if got := readCSV(t, csvOut); len(got) != 1 || !slices.Equal(got[0], SeekerExportHeaders()) {
		t.Errorf("CSV of no seekers = %q, want the header only", got)
	}
	f := openXLSX(t, writeXLSX(t, nil))
	rows, err := f.GetRows(SeekersSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || !slices.Equal(rows[0], SeekerExportHeaders()) {
		t.Errorf("XLSX of no seekers = %q, want the header only", rows)
	}
}

func TestWriteSeekersSequenceError(t *testing.T) {
	boom := errors.New("disk gone")
	seekers := exportFixtures()[:2]
	tests := []struct {
		name      string
		write     func(io.Writer, iter.Seq2[data.Seeker, error]) (int, error)
		wantN     int
		wantEmpty bool
	}{
		{"CSV keeps the rows before the error", WriteSeekersCSV, 2, false},
		{"XLSX writes nothing", WriteSeekersXLSX, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := tt.write(&buf, failingAfter(seekers, boom))
			if !errors.Is(err, boom) {
				t.Errorf("err = %v, want %v", err, boom)
			}
			if n != tt.wantN {
				t.Errorf("n = %d, want %d", n, tt.wantN)
			}
			if got := buf.Len() == 0; got != tt.wantEmpty {
				t.Errorf("output empty = %v, want %v", got, tt.wantEmpty)
			}
		})
	}
}

// TestExportDemoSeekersRoundTrip checks many generated seekers through both
// formats.
func TestExportDemoSeekersRoundTrip(t *testing.T) {
	seekers := demo.Seekers(rand.New(rand.NewPCG(1, 2)), 500, exportNow)
	t.Run("CSV", func(t *testing.T) {
		checkRoundTrip(t, readCSV(t, writeCSV(t, seekers)), seekers)
	})
	t.Run("XLSX", func(t *testing.T) {
		f := openXLSX(t, writeXLSX(t, seekers))
		rows, err := f.GetRows(SeekersSheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		checkRoundTrip(t, rows, seekers)
	})
}

// TestExportReimports sends both files through Balai's own importer into a
// fresh register and compares what it stored.
func TestExportReimports(t *testing.T) {
	seekers := append(exportFixtures(), demo.Seekers(rand.New(rand.NewPCG(3, 4)), 200, exportNow)...)
	formats := []struct {
		name  string
		file  string
		write func(io.Writer, iter.Seq2[data.Seeker, error]) (int, error)
	}{
		{"CSV", "pencaker.csv", WriteSeekersCSV},
		{"XLSX", "pencaker.xlsx", WriteSeekersXLSX},
	}
	for _, ft := range formats {
		t.Run(ft.name, func(t *testing.T) {
			ctx := context.Background()
			var buf bytes.Buffer
			if _, err := ft.write(&buf, seekersOf(seekers)); err != nil {
				t.Fatal(err)
			}
			raw := buf.Bytes()
			table, err := importer.ReadTable(bytes.NewReader(raw), ft.file, "")
			if err != nil {
				t.Fatal(err)
			}
			_, mapping, ok := importer.DetectMapping(table)
			if !ok {
				t.Fatal("importer finds no NIK and name columns")
			}
			for i, field := range mapping {
				if field == "" {
					t.Errorf("importer ignores column %q", table.Rows[0][i])
				}
			}
			st, err := store.Open(ctx, filepath.Join(t.TempDir(), "balai.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			st.Now = func() time.Time { return exportNow }
			res, err := importer.ImportSeekers(ctx, st, importer.Bytes(ft.file, raw), importer.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Imported != len(seekers) || res.Rejected != 0 || len(res.Warnings) != 0 {
				t.Fatalf("import: %s, %d warnings %v, rejections %v; want %d imported",
					res.Summary(), len(res.Warnings), res.Warnings, res.Rejections, len(seekers))
			}
			for _, want := range seekers {
				got, err := st.SeekerByNIK(ctx, want.NIK)
				if err != nil {
					t.Fatalf("NIK %s: %v", want.NIK, err)
				}
				if got, want := got.Input(), want.Input(); got != want {
					t.Errorf("stored\n%+v\nwant\n%+v", got, want)
				}
			}
		})
	}
}

func demoForBench(b *testing.B) []data.Seeker {
	b.Helper()
	return demo.Seekers(rand.New(rand.NewPCG(1, 1)), 100_000, exportNow)
}

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

func benchmarkWrite(b *testing.B, write func(io.Writer, iter.Seq2[data.Seeker, error]) (int, error)) {
	seekers := demoForBench(b)
	var size int64
	for b.Loop() {
		var w countingWriter
		n, err := write(&w, seekersOf(seekers))
		if err != nil {
			b.Fatal(err)
		}
		if n != len(seekers) {
			b.Fatalf("wrote %d rows, want %d", n, len(seekers))
		}
		size = w.n
	}
	b.ReportMetric(float64(size)/1e6, "MB/file")
}

func BenchmarkWriteSeekersCSV100k(b *testing.B)  { benchmarkWrite(b, WriteSeekersCSV) }
func BenchmarkWriteSeekersXLSX100k(b *testing.B) { benchmarkWrite(b, WriteSeekersXLSX) }

// The checks above index columns by letter; keep them in step with the table.
func TestSeekerColumnLetters(t *testing.T) {
	want := map[string]string{"A": "NIK", "B": "No AK/1", "C": "Nama Lengkap", "E": "Tanggal Lahir", "F": "L/P",
		"M": "No. HP", "S": "Status Kerja", "T": "Tanggal Daftar", "U": "Catatan", "V": "Tahun Lulus"}
	for letter, header := range want {
		n, err := excelize.ColumnNameToNumber(letter)
		if err != nil {
			t.Fatal(err)
		}
		if got := SeekerExportHeaders()[n-1]; got != header {
			t.Errorf("column %s = %q, want %q", letter, got, header)
		}
	}
	if got := len(SeekerExportHeaders()); got != 22 {
		t.Errorf("%d columns, want 22", got)
	}
}

// A date is written as its calendar day whatever its location: a form may
// hand over local midnight (WITA is UTC+8).
func TestWriteSeekersDateLocation(t *testing.T) {
	wita := time.FixedZone("WITA", 8*3600)
	sk := exportFixtures()[0]
	sk.BirthDate = time.Date(1993, 2, 27, 0, 0, 0, 0, wita)
	sk.RegisteredOn = time.Date(2026, 3, 2, 23, 30, 0, 0, wita)

	f := openXLSX(t, writeXLSX(t, []data.Seeker{sk}))
	for cell, want := range map[string]string{"E2": "34027", "T2": "46083"} {
		if got, _ := f.GetCellValue(SeekersSheet, cell, excelize.Options{RawCellValue: true}); got != want {
			t.Errorf("XLSX %s = %q, want %q", cell, got, want)
		}
	}
	rows := readCSV(t, writeCSV(t, []data.Seeker{sk}))
	for col, want := range map[string]string{"Tanggal Lahir": "27/02/1993", "Tanggal Daftar": "02/03/2026"} {
		if got := rows[1][slices.Index(rows[0], col)]; got != want {
			t.Errorf("CSV %s = %q, want %q", col, got, want)
		}
	}
}

// A name that Excel would run as a formula is written with a leading
// apostrophe, and Balai's importer reads it back as it was.
func TestCSVExportNeutralizesFormulas(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
		{"+62812", "'+62812"}, {"-5", "'-5"}, {"@SUM(A1)", "'@SUM(A1)"}, {"\tx", "'\tx"}, {"\rx", "'\rx"},
		{"Budi", "Budi"}, {"", ""}, {"6471052205868851", "6471052205868851"},
	}
	for _, tt := range tests {
		if got := NeutralizeFormula(tt.in); got != tt.want {
			t.Errorf("NeutralizeFormula(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	sk := exportFixtures()[0]
	sk.Name = "=cmd|' /C calc'!A0"
	sk.Notes = "+ bersedia lembur"
	var buf bytes.Buffer
	if _, err := WriteSeekersCSV(&buf, seekersOf([]data.Seeker{sk})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), ";'=cmd|' /C calc'!A0;") {
		t.Errorf("the name is not neutralized:\n%s", buf.String())
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.Now = func() time.Time { return exportNow }
	if _, err := importer.ImportSeekers(ctx, st, importer.Bytes("pencaker.csv", buf.Bytes()), importer.Options{}); err != nil {
		t.Fatal(err)
	}
	got, err := st.SeekerByNIK(ctx, sk.NIK)
	if err != nil || got.Name != sk.Name || got.Notes != sk.Notes {
		t.Errorf("read back %q / %q (%v), want %q / %q", got.Name, got.Notes, err, sk.Name, sk.Notes)
	}
}
