package importer

import (
	"balai/data/demo"

	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/xuri/excelize/v2"
)

// benchSeekers is the register size the imports must stay fast at.
const benchSeekers = 100_000

// benchRows are 100,000 seekers as an office list has them: header first.
func benchRows(b *testing.B) [][]string {
	b.Helper()
	header := []string{"No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "L/P", "Alamat",
		"Kelurahan", "Kecamatan", "No. HP", "Pendidikan Terakhir", "Jurusan"}
	rows := [][]string{header}
	for i, sk := range demo.Seekers(rand.New(rand.NewPCG(7, 0)), benchSeekers, testNow) {
		rows = append(rows, []string{fmt.Sprint(i + 1), sk.NIK, sk.Name, sk.BirthPlace, sk.BirthDate.Format("02/01/2006"),
			sk.Sex, sk.Address, sk.Kelurahan, sk.Kecamatan, sk.Phone, sk.Education, sk.Major})
	}
	return rows
}

func benchCSV(b *testing.B) []byte {
	b.Helper()
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.Comma, w.UseCRLF = ';', true
	if err := w.WriteAll(benchRows(b)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func benchXLSX(b *testing.B) []byte {
	b.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	for i, r := range benchRows(b) {
		cells := make([]any, len(r))
		for j, v := range r {
			cells[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, cells); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// benchImport reads and imports file into a fresh database each round.
func benchImport(b *testing.B, name string, file []byte) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := openStore(b)
		b.StartTimer()
		res, err := ImportSeekers(ctx, s, Bytes(name, file), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if res.Imported != benchSeekers {
			b.Fatalf("imported %d of %d: %v", res.Imported, benchSeekers, res.Rejections[:min(3, len(res.Rejections))])
		}
	}
}

// BenchmarkImportCSV100k: target under 3 s on a 2-core machine.
func BenchmarkImportCSV100k(b *testing.B) { benchImport(b, "pencaker.csv", benchCSV(b)) }

// BenchmarkImportXLSX100k: target under 6 s on a 2-core machine.
func BenchmarkImportXLSX100k(b *testing.B) { benchImport(b, "pencaker.xlsx", benchXLSX(b)) }
