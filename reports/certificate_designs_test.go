package reports

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"balai/data"
)

// longName is a 60-character name.
const longName = "Raden Mas Muhammad Abdurrahman Wicaksono Hadiningrat Kusumaa"

// designCase is one certificate of the design matrix.
type designCase struct {
	design, name string
	paper        Paper
	units        int
	images       bool // photo, signature and second logo
	bilingual    bool
}

func (d designCase) file() string {
	return fmt.Sprintf("design-%s-%s-%dch-%du-img%v-bi%v.pdf", d.design, d.paper.Name, len([]rune(d.name)), d.units, d.images, d.bilingual)
}

func (d designCase) certificate(t testing.TB) data.Certificate {
	c := testCertificate(t, 3, d.name, d.units)
	c.Content.SignatoryRank = "IV/b"
	c.Content.InstructorName, c.Content.InstructorNIP = "Budi Santoso, S.T.", "198203152006041002"
	c.Content.Organiser, c.Content.Funding = "UPTD Balai Latihan Kerja Industri Balikpapan", "APBD Provinsi Kalimantan Timur Tahun 2026"
	c.Content.VerifyAddress = "https://blki-balikpapan.kaltimprov.go.id/verifikasi"
	if d.images {
		c.Content.Logo2 = testSignaturePNG(t) // any second image
	} else {
		c.Content.Photo, c.Content.Signature = nil, nil
	}
	return c
}

// designMatrix is every design on A4 and F4, with a short and a 60-character
// name, 5 and 35 units, with and without photo, signature and second logo,
// and the landscape design bilingual.
func designMatrix() []designCase {
	var out []designCase
	for _, design := range data.CertificateDesigns {
		for _, paper := range Papers {
			for _, name := range []string{"Andi Wijaya", longName} {
				for _, units := range []int{5, 35} {
					for _, images := range []bool{true, false} {
						out = append(out, designCase{design, name, paper, units, images, false})
					}
				}
			}
			if design != data.DesignPreprinted { // blanks carry their own words
				out = append(out, designCase{design, longName, paper, 35, true, true})
			}
		}
	}
	return out
}

var bboxWordFull = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)

// bboxWord is a word of pdftotext -bbox with its box, in points.
type bboxWordAt struct {
	x0, y0, x1, y1 float64
	text           string
}

func bboxWords(t *testing.T, file string, page int) []bboxWordAt {
	t.Helper()
	p := strconv.Itoa(page)
	var out []bboxWordAt
	for _, m := range bboxWordFull.FindAllStringSubmatch(pdfTool(t, "pdftotext", "-bbox", "-f", p, "-l", p, file, "-"), -1) {
		var w bboxWordAt
		w.x0, _ = strconv.ParseFloat(m[1], 64)
		w.y0, _ = strconv.ParseFloat(m[2], 64)
		w.x1, _ = strconv.ParseFloat(m[3], 64)
		w.y1, _ = strconv.ParseFloat(m[4], 64)
		w.text = m[5]
		out = append(out, w)
	}
	return out
}

// serifBoxPerPoint is the height of a Noto Serif word's box as pdftotext
// reports it, per point of font size (its ascent and descent: 1.069 + 0.293).
const serifBoxPerPoint = 1.362

// nameMeasure finds the name's words on the front and returns its font size,
// from the height of their boxes, and its number of lines.
func nameMeasure(t *testing.T, file, name string) (size float64, lines int) {
	t.Helper()
	first := strings.Fields(name)[0]
	last := strings.Fields(name)[len(strings.Fields(name))-1]
	words := bboxWords(t, file, 1)
	for i, w := range words {
		if w.text != first {
			continue
		}
		// The name's words follow each other; a line break moves y down.
		ys := map[float64]bool{}
		for _, v := range words[i:] {
			ys[math.Round(v.y0)] = true
			if v.text == last {
				return (w.y1 - w.y0) / serifBoxPerPoint, len(ys)
			}
		}
	}
	t.Fatalf("%s: the name %q is not on the front", file, name)
	return 0, 0
}

// TestCertificateDesigns renders the design matrix and checks each: the
// pages and their size, the text, the name's size and lines, the QR code,
// and nothing laid out beyond the page.
func TestCertificateDesigns(t *testing.T) {
	needTools(t, "pdftotext", "pdfinfo", "pdftoppm", "zbarimg")
	for _, d := range designMatrix() {
		t.Run(strings.TrimSuffix(d.file(), ".pdf"), func(t *testing.T) {
			c := d.certificate(t)
			opt := CertificateOptions{Paper: d.paper, Design: d.design, Bilingual: d.bilingual}
			file := writeTemp(t, d.file(), writeCertificates(t, []data.Certificate{c}, opt))
			sp := opt.spec()
			size := fmt.Sprintf("%.2f x %.2f pts", sp.width*72/25.4, sp.height*72/25.4)
			if info := pdfTool(t, "pdfinfo", file); !strings.Contains(info, size) || !strings.Contains(info, "Pages:           2\n") {
				t.Errorf("want 2 pages of %s:\n%s", size, info)
			}
			front := spaces.ReplaceAllString(pdfTool(t, "pdftotext", "-raw", "-f", "1", "-l", "1", file, "-"), " ")
			wants := []string{c.Number, codeLines(c.Code)[0], codeLines(c.Code)[1], "Pindai untuk memeriksa keaslian",
				"Pembina Tk. I (IV/b)", "NIP. 19671018 199303 1 004", "KOMPETEN", "Balikpapan, 26 November 2026"}
			if d.design != data.DesignPreprinted {
				wants = append(wants, "SERTIFIKAT PELATIHAN", "diberikan kepada", "selama 240 JP (jam pelajaran)",
					"diselenggarakan oleh UPTD Balai Latihan Kerja Industri Balikpapan atas biaya APBD Provinsi Kalimantan Timur Tahun 2026")
			}
			if d.bilingual && d.design != data.DesignPreprinted {
				wants = append(wants, "CERTIFICATE OF TRAINING", "is awarded to", "has completed competency-based training")
			}
			for _, w := range wants {
				if !strings.Contains(front, w) {
					t.Errorf("the front lacks %q", w)
				}
			}
			back := spaces.ReplaceAllString(pdfTool(t, "pdftotext", "-raw", "-f", "2", "-l", "2", file, "-"), " ")
			for _, w := range []string{"DAFTAR UNIT KOMPETENSI", c.Content.Units[d.units-1].Title, "Jumlah", "Mengetahui,",
				"Budi Santoso, S.T.", "kaltimprov.go.id/verifikasi"} {
				if !strings.Contains(back, w) {
					t.Errorf("the back lacks %q", w)
				}
			}
			nameSize, lines := nameMeasure(t, file, c.Content.Name)
			if nameSize < nameMin-0.5 || nameSize > nameMax+0.5 || lines > 2 {
				t.Errorf("the name is %.1f pt on %d lines, want %g–%g pt on at most 2", nameSize, lines, nameMin, nameMax)
			}
			if len([]rune(c.Content.Name)) < 20 && nameSize < nameGood-0.5 {
				t.Errorf("a short name is %.1f pt, want at least %g", nameSize, nameGood)
			}
			if got, want := decodeQR(t, renderPage(t, file, 1, 100)), qrText(c); got != want {
				t.Errorf("QR code reads %q, want %q", got, want)
			}
			checkOnPage(t, c, opt)
		})
	}
}

// checkOnPage checks that nothing of either page is laid out beyond its
// margins, and that nothing of the front but the frame touches the frame.
func checkOnPage(t *testing.T, c data.Certificate, opt CertificateOptions) {
	t.Helper()
	sp := opt.spec()
	pdf := newPDF(opt.Paper, sp.orientation, certCreated)
	addSerifFonts(pdf, true)
	front, back, err := layoutCertificate(pdf, c, sp)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range []certPage{front, back} {
		margin := 10.0
		for _, e := range p.elems {
			if (e.kind == elemStroke && e.w > sp.width/2) || e.kind == elemRects {
				continue // the frame; a QR code's modules, inside its white square
			}
			x0, y0, x1, y1 := e.x, e.y, e.x+e.w, e.y+e.h
			if e.kind == elemText {
				y0, y1 = e.y-e.size*0.3, e.y
			}
			if min(x0, x1) < margin || min(y0, y1) < margin || max(x0, x1) > sp.width-margin || max(y0, y1) > sp.height-margin {
				t.Errorf("page %d: %v %q at %.1f,%.1f–%.1f,%.1f is beyond the margins", i+1, e.kind, e.text, x0, y0, x1, y1)
			}
		}
	}
}

// TestCertificateDesignsDeterministic writes each design twice.
func TestCertificateDesignsDeterministic(t *testing.T) {
	for _, design := range data.CertificateDesigns {
		c := designCase{design: design, name: longName, paper: A4, units: 12, images: true, bilingual: true}.certificate(t)
		opt := CertificateOptions{Paper: A4, Design: design, Bilingual: true, Colour: "#7B1E23"}
		a := writeCertificates(t, []data.Certificate{c}, opt)
		if b := writeCertificates(t, []data.Certificate{c}, opt); !bytes.Equal(a, b) {
			t.Errorf("%s: two writes differ", design)
		}
	}
}

func TestCertificateCalibration(t *testing.T) {
	needTools(t, "pdftotext", "pdfinfo", "pdftoppm", "zbarimg")
	for _, paper := range Papers {
		var buf bytes.Buffer
		opt := CertificateOptions{Paper: paper, OffsetX: 2.5, OffsetY: -1, Created: certCreated}
		if err := WriteCertificateCalibrationPDF(&buf, opt); err != nil {
			t.Fatal(err)
		}
		var again bytes.Buffer
		if err := WriteCertificateCalibrationPDF(&again, opt); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Errorf("%s: two writes differ (%v)", paper.Name, err)
		}
		file := writeTemp(t, "calibration-"+paper.Name+".pdf", buf.Bytes())
		sp := opt.spec()
		size := fmt.Sprintf("%.2f x %.2f pts", sp.width*72/25.4, sp.height*72/25.4)
		if info := pdfTool(t, "pdfinfo", file); !strings.Contains(info, size) || !strings.Contains(info, "Pages:           1\n") {
			t.Errorf("%s: want one page of %s:\n%s", paper.Name, size, info)
		}
		text := spaces.ReplaceAllString(pdfTool(t, "pdftotext", "-raw", file, "-"), " ")
		for _, w := range []string{"HALAMAN KALIBRASI", "X 2,5 mm, Y -1,0 mm", "Nama Peserta Contoh", "Nomor", "Tempat, tanggal lahir",
			"Penanda tangan", "NIP", "Foto 3×4", "Kode QR", "100", "200"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the calibration page lacks %q", paper.Name, w)
			}
		}
		// The boxes move with the offsets; the grid does not.
		x0, _ := wordPos(t, file, "Peserta", 1)
		c := calibrationSample()
		plain := writeTemp(t, "calibration-plain.pdf", writeCertificates(t, []data.Certificate{c},
			CertificateOptions{Paper: paper, Design: data.DesignPreprinted}))
		x1, _ := wordPos(t, plain, "Peserta", 1)
		if got, want := x0-x1, 2.5*72/25.4; math.Abs(got-want) > 0.05 {
			t.Errorf("%s: the sample moved %.2f pt, want %.2f", paper.Name, got, want)
		}
		if got := decodeQR(t, renderPage(t, file, 1, 100)); got != c.Code {
			t.Errorf("%s: QR code reads %q", paper.Name, got)
		}
	}
}
