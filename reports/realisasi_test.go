package reports

import (
	"bytes"
	"testing"
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
