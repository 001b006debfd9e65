package importer

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadNIKList(t *testing.T) {
	xlsx := func(rows [][]any) []byte {
		f := excelize.NewFile()
		defer f.Close()
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue("Sheet1", cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
		b, err := f.WriteToBuffer()
		if err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	tests := []struct {
		name string
		file string
		body []byte
		want []string
	}{
		{name: "office list with title", file: "peserta.csv",
			body: []byte("\ufeffDaftar Peserta Las;;\r\nNo;Nama;NIK;No HP\r\n1;Ani;'6471050101900001;0812\r\n2;Bayu;;0813\r\n3;Cahya;6471 0501 0190 0003;\r\n"),
			want: []string{"'6471050101900001", "6471 0501 0190 0003"}},
		{name: "No KTP header", file: "a.csv", body: []byte("Nama,No. KTP\nAni,6471050101900001\n"), want: []string{"6471050101900001"}},
		{name: "bare list", file: "nik.txt", body: []byte("6471050101900001\n\n6471050101900002\nabc\n"),
			want: []string{"6471050101900001", "6471050101900002", "abc"}},
		{name: "bare list under a title", file: "nik.csv", body: []byte("Calon peserta\n6471050101900001\n"), want: []string{"6471050101900001"}},
		{name: "xlsx with number cells", file: "peserta.xlsx",
			body: xlsx([][]any{{"Nama", "NIK"}, {"Ani", "6471050101900001"}, {"Bayu", 6471050101900002}, {"Cahya", 6.47105e15}}),
			want: []string{"6471050101900001", "6471050101900002", "6471050000000000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadNIKList(bytes.NewReader(tt.body), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := ReadNIKList(strings.NewReader("x"), "list.pdf"); !errors.Is(err, ErrUnreadable) {
		t.Errorf("pdf: got %v, want ErrUnreadable", err)
	}
}
