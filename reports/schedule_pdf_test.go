package reports

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"balai/data"
)

// testInstitution is a letterhead with a logo and a head with an 18-digit NIP.
func testInstitution(t testing.TB) data.Institution {
	inst := data.DefaultInstitution()
	inst.Address = "Jl. Soekarno-Hatta Km. 5, Karang Joang, Balikpapan Utara, Balikpapan 76127"
	inst.Phone = "(0542) 860123"
	inst.Email = "uptd.blki.bpp@example.go.id"
	inst.HeadName = "Ir. Dewi Ramírez, M.T."
	inst.HeadNIP = "196710181993031004"
	inst.Logo = testLogoPNG(t)
	return inst
}

// testLogoPNG draws a small shield-like logo with transparency.
func testLogoPNG(t testing.TB) []byte {
	const w, h = 90, 110
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			dx := float64(x-w/2) / (w / 2)
			inside := y < h*6/10 || dx*dx < 1-float64(y-h*6/10)/float64(h*4/10)
			if !inside {
				continue
			}
			c := color.NRGBA{R: 20, G: 70, B: 150, A: 255}
			if (x/10+y/10)%2 == 0 {
				c = color.NRGBA{R: 230, G: 180, B: 30, A: 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var testUnits = []struct{ code, title string }{
	{"C.28.04.001.01", "Menerapkan Prosedur Keselamatan dan Kesehatan Kerja (K3) di Tempat Kerja"},
	{"C.28.04.002.01", "Membaca Gambar Teknik dan Simbol Pengelasan"},
	{"C.28.04.010.01", "Menyiapkan Peralatan dan Bahan Las Busur Manual (SMAW) Sesuai Prosedur Spesifikasi Pengelasan"},
	{"C.28.04.021.01", "Mengelas Pelat Baja Karbon dengan Proses Las Busur Manual pada Posisi Bawah Tangan (1G) Sambungan Tumpul Kampuh V"},
	{"C.28.04.022.01", "Mengelas Pelat Posisi Vertikal (3G) dengan Proses SMAW"},
	{"C.28.04.030.01", "Memeriksa Hasil Las secara Visual dan Memperbaiki Cacat Las sesuai Standar Penerimaan"},
	{"", "Uji Kompetensi Akhir dan Evaluasi"},
}

var testInstructors = []string{"Dewi Ramírez", "José Muñoz", "Nguyễn Văn An", "Budi Santoso, S.T."}

// testScheduleDoc is a class of 90 sessions: Monday to Thursday two blocks
// a day, Friday one, skipping weekends.
func testScheduleDoc(t testing.TB, n int) ScheduleDoc {
	start := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC) // a Monday
	var rows []ScheduleRow
	day := start
	for len(rows) < n {
		switch day.Weekday() {
		case time.Saturday, time.Sunday:
		case time.Friday:
			rows = append(rows, ScheduleRow{Date: day, Start: "07:30", End: "11:30", JP: 5})
		default:
			rows = append(rows, ScheduleRow{Date: day, Start: "07:30", End: "11:00", JP: 4})
			if len(rows) < n {
				rows = append(rows, ScheduleRow{Date: day, Start: "12:30", End: "16:00", JP: 4})
			}
		}
		day = day.AddDate(0, 0, 1)
	}
	jp := 0
	for i := range rows {
		u := testUnits[i*len(testUnits)/len(rows)]
		rows[i].UnitCode, rows[i].UnitTitle = u.code, u.title
		rows[i].Instructor = testInstructors[(i/7)%len(testInstructors)]
		rows[i].Room = "Bengkel Las 1"
		if i%11 == 5 {
			rows[i].Room = "Ruang Teori 2 (Gedung B)"
		}
		jp += rows[i].JP
	}
	return ScheduleDoc{
		Institution: testInstitution(t),
		Class: data.Class{
			Code: "LAS-2026-01", Batch: "Angkatan I", Year: 2026, Funding: "APBD Provinsi",
			Start: start, End: rows[len(rows)-1].Date, Quota: 16,
		},
		ProgramName:    "Las SMAW 3G (Pengelasan Pelat Posisi Vertikal)",
		Kejuruan:       "Las",
		ProgramJP:      jp + 8,
		RoomName:       "Bengkel Las 1",
		InstructorName: "Dewi Ramírez",
		Rows:           rows,
		Printed:        time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC),
	}
}

func writeSchedule(t testing.TB, doc ScheduleDoc, paper Paper) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSchedulePDF(&buf, doc, paper); err != nil {
		t.Fatalf("WriteSchedulePDF: %v", err)
	}
	return buf.Bytes()
}

// pdfTool runs a poppler tool on file and returns its standard output.
func pdfTool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

func needPoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (poppler-utils; make deps installs it)", tool)
		}
	}
}

var spaces = regexp.MustCompile(`\s+`)

func TestSchedulePDF(t *testing.T) {
	doc := testScheduleDoc(t, 90)
	pdf := writeSchedule(t, doc, A4)
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", pdf[:min(20, len(pdf))])
	}
	if again := writeSchedule(t, doc, A4); !bytes.Equal(pdf, again) {
		t.Fatalf("two writes of the same schedule differ (%d and %d bytes)", len(pdf), len(again))
	}
	needPoppler(t)
	file := filepath.Join(t.TempDir(), "jadwal.pdf")
	if err := os.WriteFile(file, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("BALAI_PDF_OUT"); out != "" { // to look at it
		_ = os.WriteFile(out, pdf, 0o600)
	}

	info := pdfTool(t, "pdfinfo", file)
	if !strings.Contains(info, "Page size:       595.28 x 841.89 pts (A4)") {
		t.Errorf("page size is not A4:\n%s", info)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("no page count in pdfinfo:\n%s", info)
	}
	pages, _ := strconv.Atoi(m[1])
	if pages < 3 {
		t.Errorf("%d pages for 90 sessions, want at least 3", pages)
	}
	for _, want := range []string{"Producer:        Balai", "Creator:         Balai", "Title:           Jadwal Pelatihan LAS-2026-01"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}

	layout := pdfTool(t, "pdftotext", "-layout", file, "-")
	raw := spaces.ReplaceAllString(pdfTool(t, "pdftotext", "-raw", file, "-"), " ")
	wants := []string{
		"JADWAL PELATIHAN",
		"UPTD BALAI LATIHAN KERJA INDUSTRI BALIKPAPAN",
		"LAS-2026-01",
		"5 Januari 2026 s.d. " + data.FormatDate(doc.Class.End, "id"),
		"Balikpapan, 26 November 2026",
		"NIP. 19671018 199303 1 004",
		"Ir. Dewi Ramírez, M.T.",
		"José Muñoz",
		"Nguyễn Văn An",
		"07:30–11:00",
		"Halaman 1 dari " + strconv.Itoa(pages),
		"Halaman " + strconv.Itoa(pages) + " dari " + strconv.Itoa(pages),
		"kurang 8 JP",
	}
	for _, r := range doc.Rows {
		wants = append(wants, data.DayName(r.Date)+", "+data.FormatDate(r.Date, "id"))
	}
	for _, w := range wants {
		if !strings.Contains(layout, w) {
			t.Errorf("the PDF's text lacks %q", w)
		}
	}
	for _, u := range testUnits {
		if !strings.Contains(raw, u.title) {
			t.Errorf("the PDF's text lacks unit title %q", u.title)
		}
		if u.code != "" && !strings.Contains(raw, u.code) {
			t.Errorf("the PDF's text lacks unit code %q", u.code)
		}
	}
	total := 0
	for _, r := range doc.Rows {
		total += r.JP
	}
	if !strings.Contains(raw, "Jumlah (90 sesi, ") || !strings.Contains(raw, " "+strconv.Itoa(total)+" ") {
		t.Errorf("the totals row (90 sesi, %d JP) is missing", total)
	}
	// The table header is repeated on every page.
	for _, h := range []string{"Hari/Tanggal", "Unit Kompetensi"} {
		if n := strings.Count(layout, h); n != pages {
			t.Errorf("header %q appears %d times on %d pages", h, n, pages)
		}
	}
	// Continuation pages say so; the letterhead is on the first page only.
	if n := strings.Count(layout, "(lanjutan)"); n != pages-1 {
		t.Errorf("%d continuation heads on %d pages", n, pages)
	}
	if n := strings.Count(layout, "DINAS TENAGA KERJA"); n != 1 {
		t.Errorf("the letterhead appears %d times", n)
	}

	checkEmbeddedFonts(t, file, 3)
}

// checkEmbeddedFonts checks with pdffonts that the PDF uses at least min of
// the three Noto Sans styles and embeds every font it uses.
func checkEmbeddedFonts(t *testing.T, file string, min int) {
	t.Helper()
	if _, err := exec.LookPath("pdffonts"); err != nil {
		return
	}
	fonts := pdfTool(t, "pdffonts", file)
	lines := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
	if len(lines) < min {
		t.Errorf("want %d Noto Sans styles:\n%s", min, fonts)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		name := strings.ToLower(f[0])
		if !(strings.Contains(name, "notosans") || strings.Contains(name, "notoserif")) || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded Noto Sans or Noto Serif: %s", l)
		}
	}
}

func TestSchedulePDFF4AndEmpty(t *testing.T) {
	doc := testScheduleDoc(t, 3)
	doc.Rows = nil
	doc.Institution = data.DefaultInstitution() // no logo, no head's name
	pdf := writeSchedule(t, doc, F4)
	needPoppler(t)
	file := filepath.Join(t.TempDir(), "jadwal.pdf")
	if err := os.WriteFile(file, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	info := pdfTool(t, "pdfinfo", file)
	if !strings.Contains(info, "Page size:       609.45 x 935.43 pts") || !strings.Contains(info, "Pages:           1\n") {
		t.Errorf("want one F4 page (215 × 330 mm):\n%s", info)
	}
	text := pdfTool(t, "pdftotext", "-layout", file, "-")
	for _, w := range []string{"Belum ada sesi terjadwal.", "Halaman 1 dari 1", "NIP. ....", "Kepala UPTD Balai Latihan Kerja Industri Balikpapan,"} {
		if !strings.Contains(text, w) {
			t.Errorf("the PDF's text lacks %q:\n%s", w, text)
		}
	}
}

func TestParsePaper(t *testing.T) {
	for in, want := range map[string]Paper{"A4": A4, "a4": A4, " F4 ": F4, "folio": F4} {
		if got, err := ParsePaper(in); err != nil || got != want {
			t.Errorf("ParsePaper(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParsePaper("Letter"); err == nil {
		t.Error("ParsePaper(Letter) accepted")
	}
}

func TestPDFText(t *testing.T) {
	decomposed := "Nguye\u0302\u0303n" // e + combining circumflex + tilde
	if got := pdfText(decomposed); got != "Nguyễn" {
		t.Errorf("pdfText(%q) = %q, want composed", decomposed, got)
	}
	if got := pdfText("a\tb\x00c😀\u00adz"); got != "a b c?z" {
		t.Errorf("pdfText = %q", got)
	}
}

func TestLetterheadLogoFormats(t *testing.T) {
	// A 16-bit PNG, which gofpdf cannot read itself, prints.
	img := image.NewRGBA64(image.Rect(0, 0, 1200, 800))
	for i := range img.Pix {
		img.Pix[i] = byte(i)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	doc := testScheduleDoc(t, 4)
	doc.Institution.Logo = buf.Bytes()
	writeSchedule(t, doc, A4)

	doc.Institution.Logo = []byte("not an image")
	if err := WriteSchedulePDF(&bytes.Buffer{}, doc, A4); err == nil {
		t.Error("a broken logo gave no error")
	}
}

func BenchmarkSchedulePDF(b *testing.B) {
	doc := testScheduleDoc(b, 90)
	for b.Loop() {
		if err := WriteSchedulePDF(&bytes.Buffer{}, doc, A4); err != nil {
			b.Fatal(err)
		}
	}
}
