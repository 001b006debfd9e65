package reports

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// WriteCertificateCalibrationPDF writes the calibration page of the
// pre-printed design on opt's paper: a millimetre grid with rulers, which the
// print offsets do not move (it measures the sheet), and the design's boxes
// with a sample certificate in them, moved by the offsets as certificates
// are. Printed on a blank, it shows how far to move the print.
func WriteCertificateCalibrationPDF(w io.Writer, opt CertificateOptions) error {
	opt.Design = data.DesignPreprinted
	sp := opt.spec()
	created := opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	pdf := newPDF(Paper{Width: sp.height, Height: sp.width}, sp.orientation, created)
	addSerifFonts(pdf, false)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetTitle("Kalibrasi Sertifikat Pra-cetak", true)
	if err := pdf.Error(); err != nil {
		return err
	}
	measure, err := certMeasurer()
	if err != nil {
		return err
	}
	defer certMeasurers.Put(measure)
	grid := layoutCalibrationGrid(measure, sp, opt)
	boxes, err := layoutCalibrationBoxes(measure, sp)
	if err != nil {
		return err
	}
	pdf.AddPage()
	widths := map[int]bool{}
	for _, e := range grid.elems {
		drawElementPDF(pdf, e, 0, 0, widths)
	}
	for _, e := range boxes.elems {
		drawElementPDF(pdf, e, opt.OffsetX, opt.OffsetY, widths)
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}

// Grey levels of the calibration grid: every millimetre, every five, every ten.
var (
	colorGrid1  = [3]int{228, 228, 228}
	colorGrid5  = [3]int{190, 190, 190}
	colorGrid10 = [3]int{130, 130, 130}
)

// layoutCalibrationGrid is the millimetre grid over the whole sheet, with
// the centimetres numbered along the top and the left, and how to use it.
func layoutCalibrationGrid(pdf *gofpdf.Fpdf, sp certSpec, opt CertificateOptions) certPage {
	b := sp.newPage(pdf)
	for x := 0; float64(x) <= sp.width; x++ {
		b.line(float64(x), 0, float64(x), sp.height, gridLineW(x), gridColour(x))
	}
	for y := 0; float64(y) <= sp.height; y++ {
		b.line(0, float64(y), sp.width, float64(y), gridLineW(y), gridColour(y))
	}
	for x := 10; float64(x) < sp.width; x += 10 {
		b.cell(float64(x)-5, 4, 10, 3, strconv.Itoa(x), "", 6, "C", colorText)
	}
	for y := 10; float64(y) < sp.height; y += 10 {
		b.cell(4, float64(y)-1.5, 6, 3, strconv.Itoa(y), "", 6, "L", colorText)
	}
	mm := func(v float64) string { return strings.ReplaceAll(strconv.FormatFloat(v, 'f', 1, 64), ".", ",") }
	lines := []string{
		"HALAMAN KALIBRASI SERTIFIKAT PRA-CETAK",
		"Kotak berwarna: tempat isian dengan geseran saat ini (X " + mm(opt.OffsetX) + " mm, Y " + mm(opt.OffsetY) + " mm).",
		"Cetak pada blangko, ukur selisih kotak dengan isian blangko pada garis milimeter, lalu ubah geseran di Pengaturan.",
	}
	y := 20.0
	for i, l := range lines {
		style, size := "", 8.5
		if i == 0 {
			style, size = "B", 10
		}
		b.fill(sp.width/2-95, y, 190, lineHeight(size), colorWhite)
		b.cell(sp.width/2-95, y, 190, lineHeight(size), l, style, size, "C", colorText)
		y += lineHeight(size)
	}
	return b.page
}

func gridLineW(v int) float64 {
	switch {
	case v%10 == 0:
		return 0.25
	case v%5 == 0:
		return 0.15
	}
	return 0.06
}

func gridColour(v int) [3]int {
	switch {
	case v%10 == 0:
		return colorGrid10
	case v%5 == 0:
		return colorGrid5
	}
	return colorGrid1
}

// layoutCalibrationBoxes is the pre-printed design's boxes, each outlined
// and named, with a sample certificate printed in them.
func layoutCalibrationBoxes(pdf *gofpdf.Fpdf, sp certSpec) (certPage, error) {
	sample := calibrationSample()
	page, err := layoutPreprintedFront(pdf, sample, sp, certImages{})
	if err != nil {
		return certPage{}, err
	}
	b := sp.newPage(pdf)
	for _, f := range preprintedFields(sp) {
		b.stroke(f.X, f.Y, f.W, f.H, 0.3, sp.colour)
		b.cell(f.X, f.Y-2.6, f.W, 2.6, f.Label, "B", 5.5, "L", sp.colour)
	}
	b.page.elems = append(b.page.elems, page.elems...)
	return b.page, nil
}

// calibrationSample is the certificate printed in the calibration boxes.
func calibrationSample() data.Certificate {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	return data.Certificate{
		Number: "001/LAS/UPTD-BLKI/XI/2026",
		Code:   "CONTOHKODEVERIFIKASICONTOHKODEVERIFIKAS",
		Content: data.CertificateContent{
			Name: "Nama Peserta Contoh", BirthPlace: "Balikpapan", BirthDate: day(3, 12),
			ProgramName: "Las SMAW 3G", Kejuruan: "Las", JP: 240, Start: day(10, 5), End: day(11, 20),
			Result: data.ResultCompetent, IssuedOn: day(11, 26), Place: "Balikpapan",
			SignatoryName: "Nama Kepala", SignatoryRank: "IV/a", SignatoryNIP: "196710181993031004",
		},
	}
}
