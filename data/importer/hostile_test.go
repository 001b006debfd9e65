package importer

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/unicode"

	"balai/data/store"
)

// lowerLimits makes the file limits small for one test, so that hostile
// files can be tried without writing gigabytes.
func lowerLimits(t *testing.T, set func()) {
	t.Helper()
	saved := limits
	set()
	t.Cleanup(func() { limits = saved })
}

// zipWorkbook is a minimal workbook whose sheet is sheetXML, as a zip.
func zipWorkbook(t *testing.T, sheet func(w *zipWriter)) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := map[string]string{
		"[Content_Types].xml":        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels":                `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
	}
	for name, body := range parts {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	zw2 := &zipWriter{w: w}
	zw2.s(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	sheet(zw2)
	zw2.s(`</sheetData></worksheet>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type zipWriter struct {
	w interface{ Write([]byte) (int, error) }
}

func (z *zipWriter) s(v string) { z.w.Write([]byte(v)) }

func TestXLSXBombRefused(t *testing.T) {
	lowerLimits(t, func() { limits.unzipped = 4 << 20 })
	// 1 KB rows inflating to 8 MB: past the (lowered) limit however the zip
	// directory lists it.
	raw := zipWorkbook(t, func(w *zipWriter) {
		w.s(`<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c><c r="B1" t="inlineStr"><is><t>Nama</t></is></c></row>`)
		row := `<row><c t="inlineStr"><is><t>` + strings.Repeat("x", 1000) + `</t></is></c></row>`
		for range 8000 {
			w.s(row)
		}
	})
	if len(raw) > 200<<10 {
		t.Fatalf("the bomb is %d bytes: not much of a bomb", len(raw))
	}
	s := openStore(t)
	_, err := ImportSeekers(context.Background(), s, Bytes("bom.xlsx", raw), Options{})
	var le *LimitError
	if !errors.As(err, &le) || le.What != "unpacked workbook" {
		t.Fatalf("got %v, want the unpacked-size limit", err)
	}
	if _, err := ReadPreview(Bytes("bom.xlsx", raw), "", 30); !errors.As(err, &le) {
		t.Errorf("preview: got %v, want a LimitError", err)
	}
}

func TestHugeCellRefusedWithoutEchoingIt(t *testing.T) {
	lowerLimits(t, func() { limits.cellChars = 1000 })
	big := strings.Repeat("A", 50_000)
	raw := zipWorkbook(t, func(w *zipWriter) {
		w.s(`<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c><c r="B1" t="inlineStr"><is><t>` + big + `</t></is></c></row>`)
	})
	s := openStore(t)
	_, err := ImportSeekers(context.Background(), s, Bytes("cell.xlsx", raw), Options{})
	var le *LimitError
	if !errors.As(err, &le) || le.What != "cell" {
		t.Fatalf("got %v, want the cell limit", err)
	}
	if len(err.Error()) > 200 {
		t.Errorf("the message is %d characters long: it echoes the cell", len(err.Error()))
	}
	csv := "NIK;Nama;Tanggal Lahir;L/P\n6471052205868851;" + big + ";22/05/1986;L\n"
	if _, err := ImportSeekers(context.Background(), s, Bytes("cell.csv", []byte(csv)), Options{}); !errors.As(err, &le) || le.Row != 2 {
		t.Errorf("csv: got %v, want the cell limit at row 2", err)
	}
}

func TestRowAndColumnLimits(t *testing.T) {
	lowerLimits(t, func() { limits.rows, limits.columns = 10, 5 })
	s := openStore(t)
	var b strings.Builder
	b.WriteString("NIK;Nama;Tanggal Lahir;L/P\n")
	for range 20 {
		b.WriteString("6471052205868851;Hendra;22/05/1986;L\n")
	}
	var le *LimitError
	if _, err := ImportSeekers(context.Background(), s, Bytes("rows.csv", []byte(b.String())), Options{}); !errors.As(err, &le) || le.What != "rows" {
		t.Errorf("rows: got %v", err)
	}
	wide := "NIK;Nama;A;B;C;D;E;F\n"
	if _, err := ImportSeekers(context.Background(), s, Bytes("wide.csv", []byte(wide)), Options{}); !errors.As(err, &le) || le.What != "columns" {
		t.Errorf("columns: got %v", err)
	}
	if n, _ := s.CountSeekers(context.Background(), storeFilter()); n != 0 {
		t.Errorf("%d seekers saved from refused files", n)
	}
}

func TestFileSizeLimit(t *testing.T) {
	lowerLimits(t, func() { limits.fileBytes = 100 })
	if _, err := ReadPreview(Bytes("big.csv", bytes.Repeat([]byte("a;b\n"), 100)), "", 10); !errors.Is(err, ErrTooBig) {
		t.Errorf("csv: got %v, want ErrTooBig", err)
	}
}

// A stray quote costs its own row; every row still ends as one outcome.
func TestStrayQuoteCostsOneRow(t *testing.T) {
	s := openStore(t)
	csv := "NIK;Nama;Tanggal Lahir;L/P\n" +
		"6471052205868851;Hendra;22/05/1986;L\n" +
		"6471066702932549;\"Budi\" Santoso;27/02/1993;L\n" + // row 3: bad quote
		"6471054612795626;Novita;06/12/1979;P\n" +
		"6471064810820700;Indah \"Ina\" Hidayat;08/10/1982;P\n" + // a bare quote inside: harmless
		"6471034808832300;\"Ayu Setiawati;08/08/1983;P\n" + // row 6: a quote that never closes
		"6471026103834108;Nurul;21/03/1983;P\n" +
		"6471061106807730;Arif;11/06/1980;L\n"
	res := importText(t, s, "quotes.csv", csv)
	if got, want := counts(res), [5]int{5, 0, 0, 2, 0}; got != want {
		t.Fatalf("got %v, want %v (%v)", got, want, res.Rejections)
	}
	if res.DataRows != 7 {
		t.Errorf("data rows %d, want 7", res.DataRows)
	}
	var rows []int
	for _, p := range res.Rejections {
		if p.Code != CodeBadQuote {
			t.Errorf("row %d: %s, want %s", p.Row, p.Code, CodeBadQuote)
		}
		rows = append(rows, p.Row)
	}
	if len(rows) != 2 || rows[0] != 3 || rows[1] != 6 {
		t.Errorf("rejected rows %v, want [3 6]", rows)
	}
	ina, err := s.SeekerByNIK(context.Background(), "6471064810820700")
	if err != nil || ina.Name != `Indah "Ina" Hidayat` {
		t.Errorf("bare quote: got %q, %v", ina.Name, err)
	}
}

// Excel's "Unicode text": UTF-16 with a BOM, tab separated.
func TestUTF16Text(t *testing.T) {
	for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		text := "NIK\tNama\tTanggal Lahir\tL/P\r\n6471066702932549\tDewi Ramírez\t27/02/1993\tP\r\n"
		raw, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		s := openStore(t)
		res := importText(t, s, "unicode.txt", string(raw))
		if res.Imported != 1 {
			t.Fatalf("%v: got %v (%v)", order, counts(res), res.Rejections)
		}
		if dewi, _ := s.SeekerByNIK(context.Background(), "6471066702932549"); dewi.Name != "Dewi Ramírez" {
			t.Errorf("%v: name %q", order, dewi.Name)
		}
	}
}

// Lists as offices send them: two title rows and an empty row above the
// header, a "No" column, abbreviated titles.
func TestOfficeHeaderWithTitlesAbove(t *testing.T) {
	csv := "DAFTAR PENCARI KERJA;;;;;;;\r\nDISNAKER KOTA BALIKPAPAN 2026;;;;;;;\r\n;;;;;;;\r\n" +
		"No;N I K;NAMA;TGL. LAHIR;JENIS KELAMIN;KEL.;KEC.;TELP/HP\r\n" +
		"1;6471052205868851;Hendra;22-05-1986;L;Marga Sari;Balikpapan Barat;0847 9005 7568\r\n"
	for _, format := range []string{"csv", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			raw := []byte(csv)
			if format == "xlsx" {
				raw = xlsxOf(t, csv)
			}
			s := openStore(t)
			res, err := ImportSeekers(context.Background(), s, Bytes("list."+format, raw), Options{})
			if err != nil || res.Imported != 1 {
				t.Fatalf("got %v, %v", counts(res), err)
			}
			h, _ := s.SeekerByNIK(context.Background(), "6471052205868851")
			if h.Kelurahan != "Marga Sari" || h.Kecamatan != "Balikpapan Barat" || h.Phone != "084790057568" {
				t.Errorf("stored %+v", h)
			}
			if len(res.Ignored) != 1 || res.Ignored[0] != "No" {
				t.Errorf("ignored %q, want [No]", res.Ignored)
			}
		})
	}
}

func TestNothingRecognised(t *testing.T) {
	s := openStore(t)
	_, err := ImportSeekers(context.Background(), s, Bytes("list.csv", []byte("Daftar belanja\nTelur;10\nGula;2\n")), Options{})
	var nc *NoColumnsError
	if !errors.As(err, &nc) || !errors.Is(err, ErrNoColumns) || len(nc.FirstRows) == 0 {
		t.Fatalf("got %v, want a NoColumnsError with the first rows", err)
	}
	_, err = ImportSeekers(context.Background(), s, Bytes("list.csv", []byte("Nama;Alamat;L/P\nBudi;Jl. A;L\n")), Options{})
	if !errors.As(err, &nc) || strings.Join(nc.Found, ",") != "Nama,Alamat,L/P" {
		t.Fatalf("got %v, want the titles found", err)
	}
}

func TestEmptyTemplate(t *testing.T) {
	s := openStore(t)
	_, err := ImportSeekers(context.Background(), s, Bytes("template.csv", []byte("NIK;Nama;Tanggal Lahir;L/P\n;;;\n;;;\n")), Options{})
	var np *NoPeopleError
	if !errors.As(err, &np) || strings.Join(np.Columns, ",") != "NIK,Nama,Tanggal Lahir,L/P" {
		t.Fatalf("got %v, want a NoPeopleError naming the columns", err)
	}
}

// xlsxOf writes a semicolon CSV text into the first sheet of a workbook.
func xlsxOf(t *testing.T, csv string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, line := range strings.Split(strings.TrimRight(strings.ReplaceAll(csv, "\r", ""), "\n"), "\n") {
		for j, v := range strings.Split(line, ";") {
			if v == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			f.SetCellStr("Sheet1", cell, v)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func storeFilter() store.SeekerFilter { return store.SeekerFilter{} }
