package reports

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// ipkFixture is the recap of October 2026 over 3,000 random seekers.
func ipkFixture() IPK31Doc {
	rng := rand.New(rand.NewPCG(3, 5))
	day := func(from time.Time, span int) time.Time { return from.AddDate(0, 0, rng.IntN(span)) }
	r := data.NewIPK31(rymd(2026, 10, 1))
	for i := range 3000 {
		f := data.JobSeekerFact{BirthDate: day(rymd(1962, 1, 1), 365*48), Sex: []string{data.SexMale, data.SexFemale}[rng.IntN(2)],
			Registered: day(rymd(2024, 9, 1), 800)}
		if i%50 == 0 {
			f.Registered = time.Time{}
		}
		if rng.IntN(6) == 0 {
			f.Archived = day(rymd(2025, 1, 1), 700)
		}
		if rng.IntN(5) == 0 {
			f.Placed = []time.Time{day(rymd(2025, 1, 1), 700)}
		}
		r.Add(f)
	}
	r.Finish()
	return IPK31Doc{Institution: data.DefaultInstitution(), Recap: r, Printed: recapPrinted}
}

func TestIPK31PDF(t *testing.T) {
	doc := ipkFixture()
	var b bytes.Buffer
	if err := WriteIPK31PDF(&b, doc, A4); err != nil {
		t.Fatal(err)
	}
	keepForLooking(t, "ipk31.pdf", b.Bytes())
	var again bytes.Buffer
	if err := WriteIPK31PDF(&again, doc, A4); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Errorf("the same recap gave other bytes (%v)", err)
	}
	text := pdfTextOf(t, b.Bytes())
	for _, want := range []string{"IPK III/1", "Oktober 2026", "Golongan umur", "15–19", "55+", "Jumlah (1 + 2)", "(A - B)",
		"60 pencari kerja tanpa tanggal pendaftaran"} {
		if !strings.Contains(text, want) {
			t.Errorf("the form does not say %q", want)
		}
	}
}

// The workbook's cells read back hold the recap, and its sums hold.
func TestIPK31XLSX(t *testing.T) {
	doc := ipkFixture()
	var b bytes.Buffer
	if err := WriteIPK31XLSX(&b, doc); err != nil {
		t.Fatal(err)
	}
	keepForLooking(t, "ipk31.xlsx", b.Bytes())
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(IPK31Sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]int{}
	for _, r := range rows {
		if len(r) == 2+data.IPKCols && len(r[0]) == 1 {
			for _, v := range r[2:] {
				n, _ := strconv.Atoi(v)
				got[r[0]] = append(got[r[0]], n)
			}
		}
	}
	for row := range data.IPKRows {
		label := data.IPKRowLabels[row][0]
		for c, n := range doc.Recap.Cells[row] {
			if len(got[label]) != data.IPKCols || got[label][c] != n {
				t.Fatalf("row %s read back %v, want %v", label, got[label], doc.Recap.Cells[row])
			}
		}
	}
	for c := range data.IPKCols {
		if got["A"][c] != got["1"][c]+got["2"][c] || got["B"][c] != got["3"][c]+got["4"][c] || got["5"][c] != got["A"][c]-got["B"][c] {
			t.Errorf("column %d does not add up", c)
		}
	}
}
