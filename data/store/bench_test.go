package store

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

// Benchmarks over a register of 100,000 seekers, the size the lists must stay
// smooth at. Figures are recorded in the README.

const benchSeekers = 100_000

var benchNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

func benchStore(b *testing.B) *Store {
	b.Helper()
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	s.Now = func() time.Time { return benchNow }
	b.Cleanup(func() { s.Close() })
	return s
}

// benchRows are 100,000 seekers as an office list has them: header first.
func benchRows(b *testing.B) [][]string {
	b.Helper()
	header := []string{"No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "L/P", "Alamat",
		"Kelurahan", "Kecamatan", "No. HP", "Pendidikan Terakhir", "Jurusan"}
	rows := [][]string{header}
	for i, sk := range DemoSeekers(demoRand(7), benchSeekers, benchNow) {
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
		s := benchStore(b)
		b.StartTimer()
		t, err := data.ReadTableFile(bytes.NewReader(file), name, "")
		if err != nil {
			b.Fatal(err)
		}
		res, err := s.ImportSeekers(ctx, t, data.ImportOptions{})
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

func benchRegister(b *testing.B) *Store {
	b.Helper()
	s := benchStore(b)
	if n, err := s.AddDemoSeekers(context.Background(), benchSeekers, 3); err != nil || n != benchSeekers {
		b.Fatalf("demo register: %d, %v", n, err)
	}
	return s
}

// BenchmarkSearch100k is one search as typed in the register: the count of
// matches and the first page, for words of different frequency, a phone
// prefix and a NIK typed in groups. Target under 10 ms.
func BenchmarkSearch100k(b *testing.B) {
	s := benchRegister(b)
	ctx := context.Background()
	for _, q := range []string{"siti", "rahm", "nur", "agus sapu", "0812", "6471 05", "6471 0522 0586"} {
		b.Run(q, func(b *testing.B) {
			f := SeekerFilter{Query: q}
			for i := 0; i < b.N; i++ {
				if _, err := s.CountSeekers(ctx, f); err != nil {
					b.Fatal(err)
				}
				if _, err := s.FindSeekers(ctx, f, 0, 100); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFirstPage100k is what the register shows on opening: the count
// and the first 100 rows sorted by name. Target under 20 ms.
func BenchmarkFirstPage100k(b *testing.B) {
	s := benchRegister(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.CountSeekers(ctx, SeekerFilter{}); err != nil {
			b.Fatal(err)
		}
		list, err := s.FindSeekers(ctx, SeekerFilter{}, 0, 100)
		if err != nil || len(list) != 100 {
			b.Fatal(len(list), err)
		}
	}
}

// BenchmarkScrollPage100k fetches a page deep in the register, as scrolling does.
func BenchmarkScrollPage100k(b *testing.B) {
	s := benchRegister(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		off := (i * 7919 * 100) % (benchSeekers - 100)
		if _, err := s.FindSeekers(ctx, SeekerFilter{Sort: data.SortKecamatan}, off, 100); err != nil {
			b.Fatal(err)
		}
	}
}
