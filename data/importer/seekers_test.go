package importer

import (
	"balai/data/demo"

	"balai/data"
	"balai/data/store"
	"math/rand/v2"

	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func counts(r Result) [5]int {
	return [5]int{r.Imported, r.Updated, r.Unchanged, r.Rejected, r.Blank}
}

func TestImportUpdatesWithoutErasing(t *testing.T) {
	s := openStore(t)
	first := "NIK;Nama;Tanggal Lahir;L/P;No. HP;Alamat\n" +
		"6471052205868851;Hendra Rahmadani;22/05/1986;L;0847 9005 7568;Jl. Mulawarman 89\n" +
		"6471066702932549;Dewi Ramírez;27-02-1993;P;;\n"
	if got, want := counts(importText(t, s, "list.csv", first)), [5]int{2, 0, 0, 0, 0}; got != want {
		t.Fatalf("first import: got %v, want %v", got, want)
	}
	// Same people: one with a new phone, one identical; an empty address cell
	// keeps the recorded address.
	second := "NIK;Nama;No. HP;Alamat\n" +
		"6471052205868851;HENDRA RAHMADANI;;\n" +
		"6471066702932549;Dewi Ramírez;+62 812-1111-2222;\n" +
		"6471054612795626;Novita;;\n"
	res := importText(t, s, "list.csv", second)
	if got, want := counts(res), [5]int{0, 2, 0, 1, 0}; got != want {
		t.Fatalf("second import: got %v, want %v (%v)", got, want, res.Rejections)
	}
	dewi, err := s.SeekerByNIK(context.Background(), "6471066702932549")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dewi.Phone, "081211112222"; got != want {
		t.Errorf("updated phone: got %q, want %q", got, want)
	}
	hendra, _ := s.SeekerByNIK(context.Background(), "6471052205868851")
	if got, want := hendra.Address, "Jl. Mulawarman 89"; got != want {
		t.Errorf("address after an empty cell: got %q, want %q", got, want)
	}
	if got, want := hendra.Name, "HENDRA RAHMADANI"; got != want {
		t.Errorf("name: got %q, want %q", got, want)
	}
	// The new NIK without birth date and sex is rejected for both.
	var codes []string
	for _, p := range res.Rejections {
		if p.Row == 4 {
			codes = append(codes, p.Code)
		}
	}
	if want := []string{data.CodeMissingBirth, data.CodeMissingSex}; !slices.Equal(codes, want) {
		t.Errorf("row 4 rejections: got %v, want %v", codes, want)
	}
	if n, _ := s.CountSeekers(context.Background(), store.SeekerFilter{}); n != 2 {
		t.Errorf("seekers: got %d, want 2 (never duplicated)", n)
	}
	// The search index follows the update.
	if got, _ := s.CountSeekers(context.Background(), store.SeekerFilter{Query: "08121111"}); got != 1 {
		t.Errorf("search by the new phone finds %d", got)
	}
	if got, _ := s.CountSeekers(context.Background(), store.SeekerFilter{Query: "ramirez"}); got != 1 {
		t.Errorf("search by name after import finds %d", got)
	}
}

func TestImportDuplicateKeepsFirstValidRow(t *testing.T) {
	s := openStore(t)
	res := importText(t, s, "list.csv", "NIK;Nama;Tanggal Lahir;L/P\n"+
		"6471052205868851;;22/05/1986;L\n"+ // rejected: no name
		"6471052205868851;Hendra;22/05/1986;L\n"+ // counts
		"6471052205868851;Hendra Lagi;22/05/1986;L\n") // duplicate of row 3
	if got, want := counts(res), [5]int{1, 0, 0, 2, 0}; got != want {
		t.Fatalf("got %v, want %v", got, want)
	}
	last := res.Rejections[len(res.Rejections)-1]
	if last.Row != 4 || last.Code != data.CodeNIKDuplicate || last.Detail != "3" || last.Column != "NIK" {
		t.Errorf("duplicate: got %+v, want row 4 naming row 3 in column NIK", last)
	}
}

func TestImportCancelledLeavesDatabaseAsBefore(t *testing.T) {
	s := openStore(t)
	importText(t, s, "list.csv", "NIK;Nama;Tanggal Lahir;L/P\n6471052205868851;Hendra;22/05/1986;L\n")
	var b strings.Builder
	b.WriteString("NIK;Nama;Tanggal Lahir;L/P;No. HP\n6471052205868851;Hendra;22/05/1986;L;0811111111\n")
	for _, sk := range demo.Seekers(rand.New(rand.NewPCG(9, 0)), 3000, testNow) {
		b.WriteString(sk.NIK + ";" + sk.Name + ";" + sk.BirthDate.Format("02/01/2006") + ";" + sk.Sex + ";\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err := ImportSeekers(ctx, s, Bytes("list.csv", []byte(b.String())), Options{Progress: func(done, total int) {
		if done > 1000 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if n, _ := s.CountSeekers(context.Background(), store.SeekerFilter{}); n != 1 {
		t.Errorf("after a cancelled import: %d seekers, want 1", n)
	}
	hendra, _ := s.SeekerByNIK(context.Background(), "6471052205868851")
	if hendra.Phone != "" {
		t.Errorf("the cancelled import changed a phone to %q", hendra.Phone)
	}
	// The search index and its triggers are intact: a later form save is found.
	sk, _, _ := data.ParseSeeker(data.SeekerInput{NIK: "6471066702932549", Name: "Dewi Ramírez", BirthDate: "27/02/1993", Sex: "P"}, testNow)
	if err := s.CreateSeeker(context.Background(), &sk); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.CountSeekers(context.Background(), store.SeekerFilter{Query: "dewi"}); got != 1 {
		t.Errorf("search after a cancelled import finds %d, want 1", got)
	}
}

func TestImportXLSXCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.NewSheet("Data")
	rows := [][]any{
		{"NIK", "Nama", "Tgl Lahir", "L/P", "No. HP"},
		{6471052205868851, "Hendra", 31554, "L", 84790057568}, // numbers: NIK, Excel date, phone without 0
		{"6471066702932549", "Dewi", "27/02/1993", "P", "0848 4341 6901"},
		{"6.47106E+15", "Cut", "01/01/1990", "L", ""},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Data", cell, &r)
	}
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetCellStyle("Data", "C2", "C2", style)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	tbl, err := ReadPreview(Bytes("list.xlsx", buf.Bytes()), "Data", -1)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tbl.Sheets, []string{"Sheet1", "Data"}; !slices.Equal(got, want) {
		t.Errorf("sheets: got %v, want %v", got, want)
	}
	s := openStore(t)
	res, err := ImportSeekers(context.Background(), s, Bytes("list.xlsx", buf.Bytes()), Options{Sheet: "Data"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := counts(res), [5]int{2, 0, 0, 1, 0}; got != want {
		t.Fatalf("got %v, want %v: %v", got, want, res.Rejections)
	}
	if got := res.Rejections[0].Code; got != data.CodeNIKScientific {
		t.Errorf("row 4: got %q, want %q", got, data.CodeNIKScientific)
	}
	h, err := s.SeekerByNIK(context.Background(), "6471052205868851")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := h.BirthDate.Format(data.DateLayout), "1986-05-22"; got != want {
		t.Errorf("Excel date cell: got %s, want %s", got, want)
	}
	if got, want := h.Phone, "084790057568"; got != want {
		t.Errorf("phone from a number cell: got %q, want %q", got, want)
	}
}

func TestImportBirthPlaceDateColumn(t *testing.T) {
	s := openStore(t)
	res := importText(t, s, "list.csv", "NIK,Nama,TTL,JK\n6471052205868851,Hendra,\"Balikpapan, 22 Mei 1986\",Laki-laki\n")
	if res.Imported != 1 {
		t.Fatalf("got %v: %v", counts(res), res.Rejections)
	}
	h, _ := s.SeekerByNIK(context.Background(), "6471052205868851")
	if h.BirthPlace != "Balikpapan" || h.BirthDate.Format(data.DateLayout) != "1986-05-22" {
		t.Errorf("got %q %v", h.BirthPlace, h.BirthDate)
	}
}

func TestImportNoColumns(t *testing.T) {
	s := openStore(t)
	if _, err := ImportSeekers(context.Background(), s, Bytes("list.csv", []byte("Nama;Alamat\nBudi;Jl. A\n")), Options{}); !errors.Is(err, ErrNoColumns) {
		t.Errorf("got %v, want ErrNoColumns", err)
	}
}

// FuzzImportCSV feeds arbitrary bytes through the reader and the importer:
// nothing panics, the outcomes always add up, and the database holds exactly
// the rows reported as imported.
func FuzzImportCSV(f *testing.F) {
	f.Add([]byte("NIK;Nama;Tanggal Lahir;L/P\n6471052205868851;Hendra;22/05/1986;L\n"))
	f.Add([]byte("\ufeffNIK,Nama,Tgl Lahir,JK\r\n'6471066702932549,Dewi,27-02-1993,Wanita\r\n,,,\r\n6.47106E+15,X,1/1/1990,P\r\n"))
	f.Add([]byte("NIK\tNama\tTTL\tL/P\n6471 0431 0185 9619\tJoko\t\"Balikpapan, 31 Januari 1985\"\tL\n6471043101859619\tJoko\t31/01/1985\tL\n"))
	f.Add([]byte("\"NIK;Nama\n\"\"x"))
	f.Add([]byte{0xff, 0xfe, 'N', 0, 'I', 0})
	// One database for every input: opening one per input would make the
	// fuzzer crawl. Each input is checked by what it adds.
	s, err := store.Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	s.Now = func() time.Time { return testNow }
	defer s.Close()
	f.Fuzz(func(t *testing.T, b []byte) {
		tbl, err := ReadPreview(Bytes("list.csv", b), "", -1)
		if err != nil {
			if !errors.Is(err, ErrUnreadable) {
				t.Fatalf("read error not marked unreadable: %v", err)
			}
			return
		}
		if len(tbl.Rows) != len(tbl.RowNums) {
			t.Fatalf("%d rows, %d row numbers", len(tbl.Rows), len(tbl.RowNums))
		}
		before, _ := s.CountSeekers(context.Background(), store.SeekerFilter{})
		res, err := ImportSeekers(context.Background(), s, Bytes("list.csv", b), Options{})
		if errors.Is(err, ErrNoColumns) {
			return
		}
		if err != nil {
			t.Fatalf("import: %v", err)
		}
		if sum := res.Imported + res.Updated + res.Unchanged + res.Rejected + res.Blank + res.Skipped; sum != res.DataRows {
			t.Fatalf("outcomes add up to %d of %d rows", sum, res.DataRows)
		}
		if n, _ := s.CountSeekers(context.Background(), store.SeekerFilter{}); n-before != res.Imported {
			t.Fatalf("%d added, %d reported imported", n-before, res.Imported)
		}
	})
}
