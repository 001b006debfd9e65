package importer

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"balai/data"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

func TestReadCSVVariants(t *testing.T) {
	want := [][]string{{"NIK", "Nama"}, {"6471052205868851", "Hendra"}, {"6471066702932549", "Dewi, S.Pd"}}
	tests := []struct {
		name string
		text string
	}{
		{"comma LF", "NIK,Nama\n6471052205868851,Hendra\n6471066702932549,\"Dewi, S.Pd\"\n"},
		{"semicolon CRLF BOM", "\ufeffNIK;Nama\r\n6471052205868851;Hendra\r\n6471066702932549;Dewi, S.Pd\r\n"},
		{"tab", "NIK\tNama\n6471052205868851\tHendra\n6471066702932549\tDewi, S.Pd\n"},
		{"semicolon with commas in names", "NIK;Nama\n6471052205868851;Hendra\n6471066702932549;Dewi, S.Pd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := ReadTable(strings.NewReader(tt.text), "list.csv", "")
			if err != nil {
				t.Fatal(err)
			}
			if got := tbl.Rows; !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("got %q, want %q", got, want)
			}
			if got, want := tbl.RowNums, []int{1, 2, 3}; !slices.Equal(got, want) {
				t.Errorf("row numbers: got %v, want %v", got, want)
			}
		})
	}
}

func TestReadCSVWindows1252(t *testing.T) {
	text, err := charmap.Windows1252.NewEncoder().String("NIK;Nama\n6471066702932549;Dewi Ramírez\n")
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := ReadTable(strings.NewReader(text), "list.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tbl.Rows[1][1], "Dewi Ramírez"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadCSVEmptyLinesKeepRowNumbers(t *testing.T) {
	tbl, err := ReadTable(strings.NewReader("NIK;Nama\n\n6471052205868851;Hendra\n\n\n6471066702932549;Dewi\n"), "list.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tbl.RowNums, []int{1, 3, 6}; !slices.Equal(got, want) {
		t.Errorf("row numbers: got %v, want %v", got, want)
	}
}

func TestDetectMapping(t *testing.T) {
	tests := []struct {
		name   string
		rows   [][]string
		header int
		want   []string
		ok     bool
	}{
		{"office headers", [][]string{{"No", "NIK", "Nama Lengkap", "Tgl. Lahir", "L/P", "No. HP", "Pendidikan Terakhir", "No AK/1"}}, 0,
			[]string{"", data.FieldNIK, data.FieldName, data.FieldBirthDate, data.FieldSex, data.FieldPhone, data.FieldEducation, data.FieldAK1}, true},
		{"English, any case and spacing", [][]string{{"  full NAME ", "nik", "DATE OF BIRTH", "Sex", "Phone"}}, 0,
			[]string{data.FieldName, data.FieldNIK, data.FieldBirthDate, data.FieldSex, data.FieldPhone}, true},
		{"title rows above the header", [][]string{{"DAFTAR PENCARI KERJA 2026"}, {}, {"NIK", "Nama", "Tempat, Tanggal Lahir", "Jenis Kelamin"}}, 2,
			[]string{data.FieldNIK, data.FieldName, data.FieldBirthPlaceDate, data.FieldSex}, true},
		{"a repeated title maps once", [][]string{{"NIK", "Nama", "Nama"}}, 0, []string{data.FieldNIK, data.FieldName, ""}, true},
		{"no NIK column", [][]string{{"Nama", "Alamat"}}, 0, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header, got, ok := DetectMapping(&Table{Rows: tt.rows})
			if ok != tt.ok || header != tt.header || !slices.Equal(got, tt.want) {
				t.Errorf("got (%d, %q, %v), want (%d, %q, %v)", header, got, ok, tt.header, tt.want, tt.ok)
			}
		})
	}
}

func TestExactNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"6471052205868851", "6471052205868851"},
		{"6.471052205868851E+15", "6471052205868851"},
		{"6.47106E+15", "6.47106E+15"}, // cut: left for ParseNIK to explain
		{"1.5E+3", "1.5E+3"},
		{"Budi", "Budi"},
		{"e+5", "e+5"},
	}
	for _, tt := range tests {
		if got := exactNumber(tt.in); got != tt.want {
			t.Errorf("exactNumber(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzReadXLSX: arbitrary bytes never panic the workbook reader.
func FuzzReadXLSX(f *testing.F) {
	good := excelize.NewFile()
	good.SetSheetRow("Sheet1", "A1", &[]any{"NIK", "Nama", "Tanggal Lahir", "L/P"})
	good.SetSheetRow("Sheet1", "A2", &[]any{6471052205868851, "Hendra", 31554, "L"})
	var buf bytes.Buffer
	good.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x03\x04 not really a zip"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		tbl, err := ReadTable(bytes.NewReader(b), "list.xlsx", "")
		if err != nil {
			if !errors.Is(err, ErrUnreadable) {
				t.Fatalf("read error not marked unreadable: %v", err)
			}
			return
		}
		if len(tbl.Rows) != len(tbl.RowNums) {
			t.Fatalf("%d rows, %d row numbers", len(tbl.Rows), len(tbl.RowNums))
		}
	})
}

// An .xls is refused with a way out; what a file holds decides its reader.
func TestOldExcelAndMisnamedFiles(t *testing.T) {
	ole := append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 512)...)
	if _, err := ReadTable(bytes.NewReader(ole), "daftar.xls", ""); !errors.Is(err, ErrOldExcel) {
		t.Errorf("BIFF .xls: got %v, want ErrOldExcel", err)
	}
	if _, err := ReadTable(strings.NewReader("<html><table><tr><td>NIK</td></tr></table></html>"), "daftar.xls", ""); !errors.Is(err, ErrOldExcel) {
		t.Errorf("web page .xls: got %v, want ErrOldExcel", err)
	}
	tbl, err := ReadTable(strings.NewReader("NIK\tNama\n6471052205868851\tHendra\n"), "daftar.xls", "")
	if err != nil || len(tbl.Rows) != 2 || tbl.Rows[1][1] != "Hendra" {
		t.Errorf("tab text saved as .xls: got %v, %v", tbl, err)
	}
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "NIK")
	var buf bytes.Buffer
	f.WriteTo(&buf)
	if tbl, err := ReadTable(&buf, "daftar.xls", ""); err != nil || tbl.Rows[0][0] != "NIK" {
		t.Errorf("xlsx saved as .xls: got %v, %v", tbl, err)
	}
}
