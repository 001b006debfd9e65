package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"
)

// streamedWorkbook is a workbook written the way excelize streams rows
// (and Balai exports): its dimension says "A1" whatever the rows. The list
// is on the second sheet, behind an empty first one.
func streamedWorkbook(t *testing.T, rows int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if _, err := f.NewSheet("Pencaker"); err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Pencaker")
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= rows; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i)
		if err := sw.SetRow(cell, []any{fmt.Sprintf("row %d", i), i}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestXLSXCountWithoutDimension(t *testing.T) {
	raw := streamedWorkbook(t, 1234)
	for _, tc := range []struct {
		sheet string
		want  int
	}{
		{"Pencaker", 1234},
		{"Sheet1", 1}, // empty: its dimension is A1
	} {
		x, err := newXLSXRows(raw, tc.sheet)
		if err != nil {
			t.Fatal(err)
		}
		got, err := x.count()
		x.close()
		if err != nil || got != tc.want {
			t.Errorf("count of %s = %d, %v; want %d", tc.sheet, got, err, tc.want)
		}
	}
}

func TestCheckWorkbookCountsRows(t *testing.T) {
	for _, tc := range []struct {
		xml  string
		want int
	}{
		{`<sheetData><row r="1"><c r="A1"/></row><row r="2"/></sheetData>`, 2},
		{`<x:sheetData><x:row r="1"></x:row><x:row>`, 2},
		{`<row>`, 1},
		{"<row\n r=\"1\">", 1},
		{`<rowBreaks count="1"><brk id="5"/></rowBreaks><rows/><arrow/>`, 0},
		{`<c><v>row</v></c><t>&lt;row </t>`, 0},
	} {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("xl/worksheets/sheet1.xml")
		w.Write([]byte(tc.xml))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		rows, err := checkWorkbook(buf.Bytes())
		if got := rows["xl/worksheets/sheet1.xml"]; err != nil || got != tc.want {
			t.Errorf("%s: %d rows, %v; want %d", tc.xml, got, err, tc.want)
		}
	}
}
