package reports

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

func writeRealisasi(t *testing.T, doc RealisasiDoc, paper Paper) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteRealisasiPDF(&b, doc, paper); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRealisasiPDF(t *testing.T) {
	doc := realisasiFixture()
	pdf := writeRealisasi(t, doc, A4)
	keepForLooking(t, "realisasi.pdf", pdf)
	if again := writeRealisasi(t, doc, A4); !bytes.Equal(pdf, again) {
		t.Error("the same recap gave other bytes")
	}
	text := pdfTextOf(t, pdf)
	for _, want := range []string{"REKAP REALISASI PELATIHAN", "Tahun 2026", "LAS-2026-01", "Jumlah Las SMAW 3G", "JUMLAH",
		"Menurut jenis kelamin", "Grafik hasil pelatihan", "Tingkat penempatan per program", "Masa tunggu", "Halaman 1 dari"} {
		if !bytes.Contains([]byte(text), []byte(want)) {
			t.Errorf("the recap does not say %q", want)
		}
	}
}

func TestRealisasiXLSX(t *testing.T) {
	doc := realisasiFixture()
	var b bytes.Buffer
	if err := WriteRealisasiXLSX(&b, doc); err != nil {
		t.Fatal(err)
	}
	keepForLooking(t, "realisasi.xlsx", b.Bytes())
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(RealisasiSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	// The class rows (a number in A) add up to the JUMLAH row, column by column.
	var sums [8]int
	var total []string
	for _, r := range rows {
		if len(r) < 13 {
			continue
		}
		if _, err := strconv.Atoi(r[0]); err == nil {
			for i := range sums {
				n, _ := strconv.Atoi(r[5+i])
				sums[i] += n
			}
		}
		if r[0] == "JUMLAH" {
			total = r
		}
	}
	if total == nil {
		t.Fatalf("no JUMLAH row in %q", rows)
	}
	tc := doc.Recap.Total
	want := [8]int{tc.Target, tc.Enrolled, tc.Finished, tc.Withdrawn, tc.Competent, tc.Certificates, tc.Employed, tc.SelfEmployed}
	for i := range sums {
		if got, _ := strconv.Atoi(total[5+i]); got != want[i] || sums[i] != want[i] {
			t.Errorf("column %d: JUMLAH %s, rows add up to %d, want %d", 6+i, total[5+i], sums[i], want[i])
		}
	}
	rate, _ := tc.PlacementRate()
	if got, _ := strconv.ParseFloat(total[13], 64); math.Abs(got-rate) > 1e-9 {
		t.Errorf("placement rate %s, want %v", total[13], rate)
	}
	charts, err := f.GetRows(RealisasiChartSheet)
	if err != nil || len(charts) < 20 || charts[0][0] != IndonesianOutcomeWords.RateByProgram {
		t.Errorf("chart sheet %q %v", charts, err)
	}
	var again bytes.Buffer
	if err := WriteRealisasiXLSX(&again, doc); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Errorf("the same recap gave other bytes (%v)", err)
	}
}
