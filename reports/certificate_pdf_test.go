package reports

import (
	"bytes"
	"context"
	"encoding/base32"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"balai/data"
)

var certCreated = time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC)

// testCode is a verification code shaped like the store's: 24 bytes in
// unpadded URL base64, 32 characters.
func testCode(seed int) string {
	b := make([]byte, 25) // as data signs them: 40 characters of base32
	r := rand.New(rand.NewPCG(uint64(seed), 7))
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return base32.StdEncoding.EncodeToString(b)
}

// testSignaturePNG is a transparent scribble.
func testSignaturePNG(t testing.TB) []byte {
	t.Helper()
	const w, h = 400, 160
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for x := 20; x < w-20; x++ {
		y := h/2 + int(45*math.Sin(float64(x)/23)*math.Cos(float64(x)/71))
		for d := -2; d <= 2; d++ {
			img.SetNRGBA(x, y+d, color.NRGBA{R: 20, G: 30, B: 120, A: 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testPhotoJPEG is a 300×400 portrait-like JPEG of about 30 KB, different for
// each seed.
func testPhotoJPEG(t testing.TB, seed int) []byte {
	t.Helper()
	const w, h = 300, 400
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r := rand.New(rand.NewPCG(uint64(seed), 1))
	for y := range h {
		for x := range w {
			c := color.RGBA{R: 40, G: 90, B: 170, A: 255} // a blue background
			dx, dy := float64(x-w/2)/70, float64(y-150)/90
			if dx*dx+dy*dy < 1 || (y > 270 && math.Abs(float64(x-w/2)) < float64(y-200)) {
				c = color.RGBA{R: 200, G: 160, B: 130, A: 255}
			}
			n := uint8(r.IntN(48))
			c.R, c.G, c.B = c.R+n/2, c.G+n/2, c.B+n/2
			img.SetRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 88}); err != nil {
		t.Fatal(err)
	}
	return bytes.Clone(buf.Bytes()) // exactly sized, as photos read from the store are
}

// testCertificate is certificate seq of a welding class with units units.
func testCertificate(t testing.TB, seq int, name string, units int) data.Certificate {
	t.Helper()
	var us []data.CertificateUnit
	for i := range units {
		u := testUnits[i%len(testUnits)]
		code := u.code
		if code == "" || i >= len(testUnits) {
			code = fmt.Sprintf("C.28.04.%03d.01", 100+i)
		}
		res := "K"
		if i%5 == 3 {
			res = "BK"
		}
		us = append(us, data.CertificateUnit{Code: code, Title: u.title, JP: 8 + i%4*4, Result: res})
	}
	return data.Certificate{
		ID:     fmt.Sprintf("0000000%d-1111-4222-8333-444444444444", seq),
		Number: fmt.Sprintf("%03d/LAS/UPTD-BLKI/XI/2026", seq),
		Seq:    seq,
		Code:   testCode(seq),
		Content: data.CertificateContent{
			Name:        name,
			NIK:         "6471051203980001",
			BirthPlace:  "Balikpapan",
			BirthDate:   time.Date(1998, 3, 12, 0, 0, 0, 0, time.UTC),
			Sex:         "L",
			ProgramCode: "LAS",
			ProgramName: "Las SMAW 3G",
			Kejuruan:    "Las",
			JP:          240,
			ClassCode:   "LAS-2026-01",
			Batch:       "Angkatan I",
			Start:       time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC),
			End:         time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC),
			Units:       us,
			Result:      "K",
			IssuedOn:    time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC),
			Place:       "Balikpapan",
			Letterhead: []string{
				"PEMERINTAH PROVINSI KALIMANTAN TIMUR",
				"DINAS TENAGA KERJA DAN TRANSMIGRASI",
				"UPTD BALAI LATIHAN KERJA INDUSTRI BALIKPAPAN",
			},
			Address:        "Jl. Soekarno-Hatta Km. 5, Karang Joang, Balikpapan Utara, Balikpapan 76127",
			Phone:          "(0542) 860123",
			Email:          "uptd.blki.bpp@example.go.id",
			SignatoryName:  "Ir. Dewi Ramírez, M.T.",
			SignatoryTitle: "Kepala UPTD Balai Latihan Kerja Industri Balikpapan",
			SignatoryNIP:   "196710181993031004",
			Photo:          testPhotoJPEG(t, seq),
			Logo:           testLogoPNG(t),
			Signature:      testSignaturePNG(t),
		},
	}
}

func writeCertificates(t testing.TB, certs []data.Certificate, opt CertificateOptions) []byte {
	t.Helper()
	if opt.Created.IsZero() {
		opt.Created = certCreated
	}
	var buf bytes.Buffer
	if err := WriteCertificatesPDF(context.Background(), &buf, certs, opt); err != nil {
		t.Fatalf("WriteCertificatesPDF: %v", err)
	}
	return buf.Bytes()
}

// writeTemp writes b to name in a temporary directory, and to /tmp/certpreview
// as well when BALAI_KEEP is set, to look at.
func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("BALAI_KEEP") != "" {
		dir := "/tmp/certpreview"
		if err := os.MkdirAll(dir, 0o755); err == nil {
			_ = os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
	}
	return file
}

func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
}

// decodeQR reads the QR code in a PNG file with zbarimg.
func decodeQR(t *testing.T, file string) string {
	t.Helper()
	out, err := exec.Command("zbarimg", "--raw", "-q", file).Output()
	if err != nil {
		t.Errorf("zbarimg %s: %v", file, err)
	}
	return strings.TrimSpace(string(out))
}

// renderPage renders page of a PDF file at dpi to a PNG and returns its path.
func renderPage(t *testing.T, file string, page, dpi int) string {
	t.Helper()
	p := strconv.Itoa(page)
	prefix := strings.TrimSuffix(file, ".pdf") + "-p" + p
	pdfTool(t, "pdftoppm", "-r", strconv.Itoa(dpi), "-png", "-singlefile", "-f", p, "-l", p, file, prefix)
	return prefix + ".png"
}

func TestCertificatesPDF(t *testing.T) {
	certs := []data.Certificate{
		testCertificate(t, 1, "Andi Wijaya", 7),
		testCertificate(t, 2, "Nguyễn Thị Ánh", 8),
		testCertificate(t, 3, "Raden Mas Muhammad Abdurrahman Wicaksono Hadiningrat Kusumawardhana Putra", 22),
	}
	certs[1].Content.Units[0].Result = "BK"
	certs[2].Content.Result = "BK"
	certs[2].Content.Photo = nil
	certs[2].Content.BirthPlace = ""
	pdf := writeCertificates(t, certs, CertificateOptions{Paper: A4})
	if again := writeCertificates(t, certs, CertificateOptions{Paper: A4}); !bytes.Equal(pdf, again) {
		t.Fatalf("two writes of the same certificates differ (%d and %d bytes)", len(pdf), len(again))
	}
	needTools(t, "pdftotext", "pdfinfo")
	file := writeTemp(t, "sertifikat.pdf", pdf)

	info := pdfTool(t, "pdfinfo", file)
	if !strings.Contains(info, "Page size:       841.89 x 595.28 pts (A4)") {
		t.Errorf("page size is not A4 landscape (the default design):\n%s", info)
	}
	if !strings.Contains(info, "Pages:           6\n") {
		t.Errorf("want 2 pages for each of 3 certificates:\n%s", info)
	}

	raw := spaces.ReplaceAllString(pdfTool(t, "pdftotext", "-raw", file, "-"), " ")
	for i, c := range certs {
		cc := c.Content
		wants := []string{
			"SERTIFIKAT PELATIHAN", "Nomor: " + c.Number, cc.Name, codeLines(c.Code)[0], codeLines(c.Code)[1],
			"Pindai untuk memeriksa keaslian", "Las SMAW 3G", "(Kejuruan Las)", "selama 240 JP (jam pelajaran)",
			"dari tanggal 5 Oktober 2026 sampai dengan 20 November 2026",
			"Balikpapan, 26 November 2026", "Ir. Dewi Ramírez, M.T.", "NIP. 19671018 199303 1 004",
			"Kepala UPTD Balai Latihan Kerja Industri Balikpapan",
			"DAFTAR UNIT KOMPETENSI", "K = Kompeten, BK = Belum Kompeten",
		}
		if i < 2 {
			wants = append(wants, "Tempat, tanggal lahir: Balikpapan, 12 Maret 1998", "dan dinyatakan KOMPETEN")
		} else {
			wants = append(wants, "Tempat, tanggal lahir: 12 Maret 1998", "dan dinyatakan BELUM KOMPETEN", "Foto 3×4")
		}
		total := 0
		for _, u := range cc.Units {
			wants = append(wants, u.Code, u.Title)
			total += u.JP
		}
		wants = append(wants, "Jumlah "+strconv.Itoa(total))
		for _, w := range wants {
			if !strings.Contains(raw, w) {
				t.Errorf("certificate %d: the PDF's text lacks %q", i+1, w)
			}
		}
	}
	if strings.Contains(raw, certs[0].Content.NIK) {
		t.Error("the NIK is printed")
	}
	// Each page's text: front then back.
	for p := 1; p <= 6; p++ {
		text := pdfTool(t, "pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), file, "-")
		front := strings.Contains(text, "SERTIFIKAT")
		if got, want := front, p%2 == 1; got != want {
			t.Errorf("page %d: front %v, want %v", p, got, want)
		}
		if strings.Contains(text, "Halaman") {
			t.Errorf("page %d has a page footer", p)
		}
	}
	// The units' results on the back of the 22-unit certificate.
	back := spaces.ReplaceAllString(pdfTool(t, "pdftotext", "-raw", "-f", "6", "-l", "6", file, "-"), " ")
	if got, want := strings.Count(back, " BK"), 4; got < want {
		t.Errorf("%d BK results on the back, want at least %d", got, want)
	}

	checkEmbeddedFonts(t, file, 4)
}

func TestCertificateQRAndPaper(t *testing.T) {
	needTools(t, "pdfinfo", "pdftoppm", "zbarimg")
	tests := []struct {
		name string
		opt  CertificateOptions
		size string
	}{
		{"a4", CertificateOptions{Paper: A4}, "841.89 x 595.28 pts (A4)"},
		{"f4", CertificateOptions{Paper: F4}, "935.43 x 609.45 pts"},
		{"offset", CertificateOptions{Paper: A4, OffsetX: 12, OffsetY: -8}, "841.89 x 595.28 pts (A4)"},
		{"f4-offset", CertificateOptions{Paper: F4, OffsetX: -10, OffsetY: 12}, "935.43 x 609.45 pts"},
		{"portrait-a4", CertificateOptions{Paper: A4, Design: data.DesignPortrait}, "595.28 x 841.89 pts (A4)"},
		{"portrait-f4", CertificateOptions{Paper: F4, Design: data.DesignPortrait, OffsetY: 10}, "609.45 x 935.43 pts"},
		{"preprinted-f4", CertificateOptions{Paper: F4, Design: data.DesignPreprinted, OffsetX: 20}, "935.43 x 609.45 pts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCertificate(t, 7, "Siti Nurhaliza", 8)
			file := writeTemp(t, "qr-"+tt.name+".pdf", writeCertificates(t, []data.Certificate{c}, tt.opt))
			if info := pdfTool(t, "pdfinfo", file); !strings.Contains(info, "Page size:       "+tt.size) {
				t.Errorf("want page size %s:\n%s", tt.size, info)
			}
			if got, want := decodeQR(t, renderPage(t, file, 1, 100)), c.Code; got != want {
				t.Errorf("QR code reads %q, want %q", got, want)
			}
		})
	}
}

func TestCertificateUTF8Names(t *testing.T) {
	needTools(t, "pdftotext")
	names := []string{"Nguyễn Thị Ánh", "Ñoño O'Brien-Świątek", "Zoë Łukasiewicz-Müller", "Nguye\u0302\u0303n Văn Đức"}
	var certs []data.Certificate
	for i, n := range names {
		certs = append(certs, testCertificate(t, i+1, n, 3))
	}
	file := writeTemp(t, "utf8.pdf", writeCertificates(t, certs, CertificateOptions{}))
	text := pdfTool(t, "pdftotext", "-raw", file, "-")
	for _, n := range []string{"Nguyễn Thị Ánh", "Ñoño O'Brien-Świątek", "Zoë Łukasiewicz-Müller", "Nguyễn Văn Đức"} {
		if !strings.Contains(text, n) {
			t.Errorf("the PDF's text lacks %q", n)
		}
	}
}

var bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)</word>`)

// wordPos is the top left corner, in points, of the first word on page 1 and
// page 2 of file that equals word.
func wordPos(t *testing.T, file, word string, page int) (float64, float64) {
	t.Helper()
	p := strconv.Itoa(page)
	out := pdfTool(t, "pdftotext", "-bbox", "-f", p, "-l", p, file, "-")
	for _, m := range bboxWord.FindAllStringSubmatch(out, -1) {
		if m[3] == word {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			return x, y
		}
	}
	t.Fatalf("no word %q on page %d", word, page)
	return 0, 0
}

func TestCertificateOffsets(t *testing.T) {
	needTools(t, "pdftotext")
	c := testCertificate(t, 4, "Budi Santoso", 5)
	plain := writeTemp(t, "plain.pdf", writeCertificates(t, []data.Certificate{c}, CertificateOptions{}))
	moved := writeTemp(t, "moved.pdf", writeCertificates(t, []data.Certificate{c}, CertificateOptions{OffsetX: 10, OffsetY: -5}))
	const mm = 72 / 25.4
	for _, tt := range []struct {
		word string
		page int
	}{{"SERTIFIKAT", 1}, {c.Code[:4], 1}, {"NIP.", 1}, {"DAFTAR", 2}, {"Jumlah", 2}} {
		x0, y0 := wordPos(t, plain, tt.word, tt.page)
		x1, y1 := wordPos(t, moved, tt.word, tt.page)
		if got, want := x1-x0, 10*mm; math.Abs(got-want) > 0.05 {
			t.Errorf("%q moved %.2f pt right, want %.2f", tt.word, got, want)
		}
		if got, want := y1-y0, -5*mm; math.Abs(got-want) > 0.05 {
			t.Errorf("%q moved %.2f pt down, want %.2f", tt.word, got, want)
		}
	}
}

func TestCertificatePreview(t *testing.T) {
	c := testCertificate(t, 5, "Nguyễn Thị Ánh", 22)
	tests := []struct {
		name  string
		opt   CertificateOptions
		back  bool
		w, h  int
		qrRed bool
	}{
		{"front-a4", CertificateOptions{Paper: A4}, false, 1169, 827, true},
		{"back-a4", CertificateOptions{Paper: A4}, true, 1169, 827, false},
		{"front-f4-offset", CertificateOptions{Paper: F4, OffsetX: 8, OffsetY: 6}, false, 1299, 846, true},
		{"portrait-front-a4", CertificateOptions{Paper: A4, Design: data.DesignPortrait}, false, 827, 1169, true},
		{"portrait-back-f4", CertificateOptions{Paper: F4, Design: data.DesignPortrait}, true, 846, 1299, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := RenderCertificatePreview(c, tt.opt, tt.back, 100)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := img.Bounds().Size(), image.Pt(tt.w, tt.h); got != want {
				t.Errorf("preview is %v pixels, want %v", got, want)
			}
			var buf bytes.Buffer
			if err := png.Encode(&buf, img); err != nil {
				t.Fatal(err)
			}
			file := writeTemp(t, "preview-"+tt.name+".png", buf.Bytes())
			// Dark pixels in the band of the page where the name (front) or
			// the table (back) is.
			dark := 0
			b := img.Bounds()
			for y := b.Dy() * 30 / 100; y < b.Dy()*45/100; y++ {
				for x := b.Dx() / 4; x < b.Dx()*3/4; x++ {
					if r, _, _, _ := img.At(x, y).RGBA(); r < 0x4000 {
						dark++
					}
				}
			}
			if dark < 200 {
				t.Errorf("only %d dark pixels where the text should be", dark)
			}
			if tt.qrRed {
				needTools(t, "zbarimg")
				if got, want := decodeQR(t, file), c.Code; got != want {
					t.Errorf("preview's QR code reads %q, want %q", got, want)
				}
			}
		})
	}
	if _, err := RenderCertificatePreview(c, CertificateOptions{}, false, 0); err == nil {
		t.Error("a preview at 0 dpi gave no error")
	}
}

// TestCertificatePreviewMatchesPDF compares where the preview and the PDF put
// the same words.
func TestCertificatePreviewMatchesPDF(t *testing.T) {
	needTools(t, "pdftoppm")
	c := testCertificate(t, 6, "Andi Wijaya", 8)
	opt := CertificateOptions{Paper: A4, OffsetX: 5}
	file := writeTemp(t, "match.pdf", writeCertificates(t, []data.Certificate{c}, opt))
	for page, back := range map[int]bool{1: false, 2: true} {
		ref, err := readPNG(renderPage(t, file, page, 50))
		if err != nil {
			t.Fatal(err)
		}
		img, err := RenderCertificatePreview(c, opt, back, 50)
		if err != nil {
			t.Fatal(err)
		}
		// pdftoppm rounds the page's size up: compare what both cover.
		b := img.Bounds().Intersect(ref.Bounds())
		if got, want := b.Size(), img.Bounds().Size(); got.X < want.X-1 || got.Y < want.Y-1 {
			t.Fatalf("page %d: preview %v, PDF %v", page, img.Bounds(), ref.Bounds())
		}
		// The share of dark pixels with no dark pixel near them in the other
		// image: anti-aliasing and rounding move edges by a pixel.
		isDark := func(m image.Image, x, y int) bool {
			r, _, _, _ := m.At(x, y).RGBA()
			return r < 0x8000
		}
		near := func(m image.Image, x, y int) bool {
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if isDark(m, x+dx, y+dy) {
						return true
					}
				}
			}
			return false
		}
		differ, dark := 0, 0
		for y := b.Min.Y + 1; y < b.Max.Y-1; y++ {
			for x := b.Min.X + 1; x < b.Max.X-1; x++ {
				a, r := isDark(img, x, y), isDark(ref, x, y)
				if a || r {
					dark++
					if (a && !near(ref, x, y)) || (r && !near(img, x, y)) {
						differ++
					}
				}
			}
		}
		t.Logf("page %d: %d of %d dark pixels differ", page, differ, dark)
		if got := float64(differ) / float64(dark); got > 0.04 {
			t.Errorf("page %d: %.0f%% of the dark pixels differ between preview and PDF", page, 100*got)
		}
	}
}

func readPNG(file string) (image.Image, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

func TestCertificateErrors(t *testing.T) {
	c := testCertificate(t, 8, "Andi", 2)
	c.Content.Photo = []byte("not an image")
	if err := WriteCertificatesPDF(context.Background(), &bytes.Buffer{}, []data.Certificate{c}, CertificateOptions{}); err == nil {
		t.Error("a broken photo gave no error")
	}
	if err := WriteCertificatesPDF(context.Background(), &bytes.Buffer{}, nil, CertificateOptions{}); err != nil {
		t.Errorf("no certificates: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	good := testCertificate(t, 9, "Budi", 2)
	if err := WriteCertificatesPDF(ctx, &out, []data.Certificate{good}, CertificateOptions{}); !errors.Is(err, context.Canceled) || out.Len() > 0 {
		t.Errorf("cancelled: err = %v, %d bytes written; want context.Canceled and nothing", err, out.Len())
	}
}

// TestCertificateSharedImagesSameWidth prints a logo and a signature of the
// same pixel width, and photos as PNG, which gofpdf would order at random.
func TestCertificateSharedImagesSameWidth(t *testing.T) {
	sig := image.NewNRGBA(image.Rect(0, 0, 90, 40))
	for x := 5; x < 85; x++ {
		sig.SetNRGBA(x, 20+int(10*math.Sin(float64(x)/7)), color.NRGBA{A: 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, sig); err != nil {
		t.Fatal(err)
	}
	var certs []data.Certificate
	for i := range 4 {
		c := testCertificate(t, i+1, "Peserta "+strconv.Itoa(i+1), 3)
		c.Content.Signature = buf.Bytes() // 90 px wide, as the logo
		photo, _, err := image.Decode(bytes.NewReader(c.Content.Photo))
		if err != nil {
			t.Fatal(err)
		}
		var p bytes.Buffer
		if err := png.Encode(&p, photo); err != nil {
			t.Fatal(err)
		}
		c.Content.Photo = p.Bytes()
		certs = append(certs, c)
	}
	first := writeCertificates(t, certs, CertificateOptions{})
	for range 3 {
		if again := writeCertificates(t, certs, CertificateOptions{}); !bytes.Equal(first, again) {
			t.Fatal("two writes of the same certificates differ")
		}
	}
	needTools(t, "pdftoppm", "zbarimg")
	file := writeTemp(t, "same-width.pdf", first)
	if got, want := decodeQR(t, renderPage(t, file, 3, 100)), certs[1].Code; got != want {
		t.Errorf("QR code reads %q, want %q", got, want)
	}
}

func TestDrawQR(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg")
	tests := []struct {
		text string
		size float64
	}{
		{testCode(1), 25},
		{"https://example.go.id/verifikasi?kode=" + testCode(2), 40},
	}
	for i, tt := range tests {
		pdf := newPDF(A4, Portrait, certCreated)
		pdf.AddPage()
		if err := drawQR(pdf, tt.text, 30, 40, tt.size); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		file := writeTemp(t, "qr"+strconv.Itoa(i)+".pdf", buf.Bytes())
		if got, want := decodeQR(t, renderPage(t, file, 1, 100)), tt.text; got != want {
			t.Errorf("QR code reads %q, want %q", got, want)
		}
	}
	if err := drawQR(newPDF(A4, Portrait, certCreated), "", 0, 0, 25); err == nil {
		t.Error("an empty QR code gave no error")
	}
}

func TestCodeLines(t *testing.T) {
	tests := []struct {
		code string
		want []string
	}{
		{"EFXNVFZWVBHTBFAJW2UCP62BAGGZWO3SDXACKV4D", []string{"EFXN VFZW VBHT BFAJ W2UC", "P62B AGGZ WO3S DXAC KV4D"}},
		{"ABCDEFGH", []string{"ABCD", "EFGH"}},
		{"ABC", []string{"ABC"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := codeLines(tt.code); !slices.Equal(got, tt.want) {
			t.Errorf("codeLines(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}
