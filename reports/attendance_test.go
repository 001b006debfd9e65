package reports

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
)

var attendanceNames = []string{
	"Nguyễn Thị Hồng Nhung", "Andi Saputra", "Budi Santoso", "Citra Lestari", "Dedi Kurniawan",
	"Eka Prasetya", "Fitri Handayani", "Gilang Ramadhan", "Hendra Wijaya", "Indah Permatasari",
	"Joko Susilo", "Kartika Sari", "Lukman Hakim", "Maya Anggraini", "Nur Aisyah", "Oki Setiawan",
}

// testAttendanceDoc is a class of 16 people × n sessions (two a day Monday to
// Thursday, one on Friday), mostly present, with some I/S/A, a late joiner
// ("-" for the first sessions) and one person below the minimum.
func testAttendanceDoc(t testing.TB, n int) AttendanceDoc {
	start := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	var ses []AttendanceSession
	for day := start; len(ses) < n; day = day.AddDate(0, 0, 1) {
		switch day.Weekday() {
		case time.Saturday, time.Sunday:
		case time.Friday:
			ses = append(ses, AttendanceSession{Date: day, Start: "07:30", End: "11:30", JP: 5})
		default:
			ses = append(ses, AttendanceSession{Date: day, Start: "07:30", End: "11:00", JP: 4})
			if len(ses) < n {
				ses = append(ses, AttendanceSession{Date: day, Start: "12:30", End: "16:00", JP: 4})
			}
		}
	}
	for i := range ses {
		ses[i].ID = "ses-" + strconv.Itoa(i+1)
	}
	people := make([]AttendancePerson, len(attendanceNames))
	marks := make([][]string, len(people))
	for p, name := range attendanceNames {
		people[p] = AttendancePerson{ID: "p-" + strconv.Itoa(p+1), Name: name, NIK: "64710" + strconv.Itoa(1000000000 + p*7919)[0:10] + "1"}
		marks[p] = make([]string, len(ses))
		for s := range ses {
			m := "H"
			switch {
			case p == 15 && s < 4:
				m = "-"
			case p == 3 && s%3 != 0: // below the minimum
				m = "A"
			case (p*7+s*13)%29 == 0:
				m = "I"
			case (p*5+s*11)%31 == 0:
				m = "S"
			case (p*3+s*17)%37 == 0:
				m = "A"
			}
			marks[p][s] = m
		}
	}
	return AttendanceDoc{
		Institution: testInstitution(t),
		ClassCode:   "LAS-2026-01", ProgramName: "Las SMAW 3G", Kejuruan: "Las", Batch: "Angkatan I",
		RoomName: "Bengkel Las 1", InstructorName: "Dewi Ramírez", InstructorNIP: "198203152009012003",
		Start: start, End: ses[len(ses)-1].Date,
		Sessions: ses, People: people, Marks: marks,
		MaskNIK: true, Printed: time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC),
	}
}

func writeAttendance(t *testing.T, doc AttendanceDoc, paper Paper) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteAttendancePDF(&buf, doc, paper); err != nil {
		t.Fatalf("WriteAttendancePDF: %v", err)
	}
	return buf.Bytes()
}

func savePDF(t *testing.T, b []byte, name string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAttendancePDF(t *testing.T) {
	needPoppler(t)
	doc := testAttendanceDoc(t, 60)
	b := writeAttendance(t, doc, A4)
	file := savePDF(t, b, "hadir.pdf")
	if out := os.Getenv("BALAI_KEEP_PDF"); out != "" {
		_ = os.WriteFile(out, b, 0o644)
	}

	info := pdfTool(t, "pdfinfo", file)
	if !strings.Contains(info, "Page size:      842 x 595 pts") && !strings.Contains(info, "841.89 x 595.28") {
		t.Errorf("A4 landscape expected:\n%s", info)
	}
	pages := 0
	for _, l := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			pages, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	if pages < 3 {
		t.Errorf("60 sessions should split over several pages, got %d", pages)
	}

	text := pdfTool(t, "pdftotext", "-layout", file, "-")
	pageTexts := strings.Split(text, "\f")
	for _, want := range []string{"DAFTAR HADIR PESERTA PELATIHAN", "LAS-2026-01", "5 Januari 2026 s.d.",
		"H = hadir, I = izin, S = sakit, A = alpa", "Halaman 1 dari " + strconv.Itoa(pages),
		"Dewi Ramírez", "19820315 200901 2 003", "Ir. Dewi Ramírez, M.T.", "19671018 199303 1 004",
		// Signed on the last session's day (issue 14), not the day printed.
		"Balikpapan, " + data.FormatDate(doc.Sessions[len(doc.Sessions)-1].Date, "id"), "Mengetahui,", "Instruktur,"} {
		if !strings.Contains(text, want) && !strings.Contains(spaces.ReplaceAllString(text, " "), want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// Every participant on every page of the grid.
	gridPages := 0
	for _, pt := range pageTexts {
		if !strings.Contains(pt, "Nama Peserta") {
			continue
		}
		gridPages++
		for _, n := range attendanceNames {
			if !strings.Contains(pt, n) {
				t.Errorf("a grid page lacks %q", n)
			}
		}
	}
	if gridPages < 2 {
		t.Errorf("names repeated on %d pages, want several", gridPages)
	}
	// Masked NIK.
	if !strings.Contains(text, "6471**********") {
		t.Errorf("NIK not masked")
	}
	// The codes: each participant's row, over all pages, holds their marks in order.
	rowMarks := map[string][]string{}
	for _, l := range strings.Split(text, "\n") {
		for _, n := range attendanceNames {
			if i := strings.Index(l, n); i >= 0 {
				rest := l[i+len(n):]
				for _, f := range strings.Fields(rest) {
					switch f {
					case "H", "I", "S", "A", "–":
						rowMarks[n] = append(rowMarks[n], f)
					}
				}
			}
		}
	}
	for p, n := range attendanceNames {
		var want []string
		for _, m := range doc.Marks[p] {
			if m == "-" {
				m = "–"
			}
			want = append(want, m)
		}
		if strings.Join(rowMarks[n], "") != strings.Join(want, "") {
			t.Errorf("%s: marks\n got %v\nwant %v", n, rowMarks[n], want)
		}
	}

	// Deterministic.
	if !bytes.Equal(b, writeAttendance(t, doc, A4)) {
		t.Error("the same doc gives different bytes")
	}

	// F4.
	f4 := savePDF(t, writeAttendance(t, doc, F4), "f4.pdf")
	if info := pdfTool(t, "pdfinfo", f4); !strings.Contains(info, "935.43 x 609.45 pts") {
		t.Errorf("F4 landscape expected:\n%s", info)
	}
}

func TestAttendancePDFBlank(t *testing.T) {
	needPoppler(t)
	doc := testAttendanceDoc(t, 60)
	doc.Blank = true
	b := writeAttendance(t, doc, F4)
	if out := os.Getenv("BALAI_KEEP_BLANK"); out != "" {
		_ = os.WriteFile(out, b, 0o644)
	}
	text := pdfTool(t, "pdftotext", "-layout", savePDF(t, b, "blank.pdf"), "-")
	for _, l := range strings.Split(text, "\n") {
		for _, n := range attendanceNames {
			if i := strings.Index(l, n); i >= 0 {
				for _, f := range strings.Fields(l[i+len(n):]) {
					switch f {
					case "H", "I", "S", "A":
						t.Errorf("blank sheet holds a code in %q", l)
					}
				}
			}
		}
	}
	for _, n := range attendanceNames {
		if !strings.Contains(text, n) {
			t.Errorf("blank sheet lacks %q", n)
		}
	}
	if strings.Contains(text, "% JP") {
		t.Error("blank sheet has totals")
	}
}

func writeAttendanceXLSX(t *testing.T, doc AttendanceDoc) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteAttendanceXLSX(&buf, doc); err != nil {
		t.Fatalf("WriteAttendanceXLSX: %v", err)
	}
	return buf.Bytes()
}

func TestAttendanceXLSX(t *testing.T) {
	doc := testAttendanceDoc(t, 60)
	b := writeAttendanceXLSX(t, doc)
	if out := os.Getenv("BALAI_KEEP_XLSX"); out != "" {
		_ = os.WriteFile(out, b, 0o644)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The grid: names in C, marks from E10.
	for p, person := range doc.People {
		r := attFirstRow + p
		if v, _ := f.GetCellValue(AttendanceSheet, cellName(3, r)); v != person.Name {
			t.Errorf("row %d name %q, want %q", r, v, person.Name)
		}
		if v, _ := f.GetCellValue(AttendanceSheet, cellName(1, r)); v != person.ID {
			t.Errorf("row %d ID %q, want %q", r, v, person.ID)
		}
		for s := range doc.Sessions {
			v, _ := f.GetCellValue(AttendanceSheet, cellName(attFirstCol+s, r))
			if v != doc.Marks[p][s] {
				t.Fatalf("%s: %q, want %q", cellName(attFirstCol+s, r), v, doc.Marks[p][s])
			}
		}
		formula, _ := f.GetCellFormula(AttendanceSheet, cellName(attFirstCol+len(doc.Sessions), r))
		if !strings.HasPrefix(formula, "COUNTIF(") || !strings.Contains(formula, `"H"`) {
			t.Errorf("H total formula %q", formula)
		}
		formula, _ = f.GetCellFormula(AttendanceSheet, cellName(attFirstCol+len(doc.Sessions)+4, r))
		if !strings.Contains(formula, "SUMIF(") {
			t.Errorf("%% formula %q", formula)
		}
	}
	// The formulas compute what the PDF prints (excelize's calculation engine).
	for p := range doc.People {
		tot := doc.totals(p)
		r := attFirstRow + p
		if v, err := f.CalcCellValue(AttendanceSheet, cellName(attFirstCol+len(doc.Sessions), r)); err != nil || v != strconv.Itoa(tot.H) {
			t.Errorf("row %d H total %q (%v), want %d", r, v, err, tot.H)
		}
		if v, err := f.CalcCellValue(AttendanceSheet, cellName(attFirstCol+len(doc.Sessions)+3, r)); err != nil || v != strconv.Itoa(tot.A) {
			t.Errorf("row %d A total %q (%v), want %d", r, v, err, tot.A)
		}
		v, err := f.CalcCellValue(AttendanceSheet, cellName(attFirstCol+len(doc.Sessions)+4, r), excelize.Options{RawCellValue: true})
		got, perr := strconv.ParseFloat(v, 64)
		if want := float64(tot.JP) / float64(tot.Plan); err != nil || perr != nil || got < want-1e-9 || got > want+1e-9 {
			t.Errorf("row %d %% JP %q (%v), want %v", r, v, err, want)
		}
	}
	for s, ses := range doc.Sessions {
		if v, _ := f.GetCellValue(AttendanceSheet, cellName(attFirstCol+s, attIDRow)); v != ses.ID {
			t.Errorf("session ID %q, want %q", v, ses.ID)
		}
	}
	if vis, _ := f.GetRowVisible(AttendanceSheet, attIDRow); vis {
		t.Error("the ID row is visible")
	}
	if vis, _ := f.GetColVisible(AttendanceSheet, "A"); vis {
		t.Error("the ID column is visible")
	}
	merged, _ := f.GetMergeCells(AttendanceSheet)
	month := false
	for _, m := range merged {
		if m.GetCellValue() == "Januari 2026" && m.GetStartAxis() == "E7" {
			month = true
		}
	}
	if !month {
		t.Error("no merged month header over E7")
	}
	if day, _ := f.GetCellValue(AttendanceSheet, "E8"); day != "5" {
		t.Errorf("E8 = %q, want day 5", day)
	}

	// Read back unchanged.
	cells, err := ReadAttendanceXLSX(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) != len(doc.People)*len(doc.Sessions) {
		t.Fatalf("%d cells, want %d", len(cells), len(doc.People)*len(doc.Sessions))
	}
	for i, c := range cells {
		p, s := i/len(doc.Sessions), i%len(doc.Sessions)
		if c.PersonID != doc.People[p].ID || c.SessionID != doc.Sessions[s].ID || c.Code != doc.Marks[p][s] {
			t.Fatalf("cell %d: %+v, want %s/%s %q", i, c, doc.People[p].ID, doc.Sessions[s].ID, doc.Marks[p][s])
		}
		if c.Cell != cellName(attFirstCol+s, attFirstRow+p) {
			t.Fatalf("cell %d ref %s", i, c.Cell)
		}
	}
}

func TestAttendanceXLSXRoundTrip(t *testing.T) {
	doc := testAttendanceDoc(t, 12)
	doc.Blank = true
	b := writeAttendanceXLSX(t, doc)
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// A clerk fills in a few cells by hand.
	edits := map[string]string{"E10": " h", "F11": "i ", "G12": "S", "P25": "a", "H13": "X?", "E25": "H"}
	for cell, v := range edits {
		if err := f.SetCellValue(AttendanceSheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	var edited bytes.Buffer
	if err := f.Write(&edited); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cells, err := ReadAttendanceXLSX(&edited)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"E10": "H", "F11": "I", "G12": "S", "P25": "A", "H13": "X?", "E25": "H"}
	got := map[string]AttendanceCell{}
	for _, c := range cells {
		got[c.Cell] = c
		if _, ok := want[c.Cell]; !ok && c.Code != "" && c.Code != "-" {
			t.Errorf("untouched cell %s reads %q", c.Cell, c.Code)
		}
	}
	for cell, code := range want {
		if got[cell].Code != code {
			t.Errorf("%s: %q, want %q", cell, got[cell].Code, code)
		}
	}
	if c := got["P25"]; c.PersonID != "p-16" || c.SessionID != "ses-12" {
		t.Errorf("P25 is %+v", c)
	}

	// Not an attendance sheet.
	plain := excelize.NewFile()
	_ = plain.SetCellValue("Sheet1", "A1", "Nama")
	var pb bytes.Buffer
	_ = plain.Write(&pb)
	if _, err := ReadAttendanceXLSX(&pb); !errors.Is(err, ErrNotAttendanceSheet) {
		t.Errorf("plain workbook: %v", err)
	}
}

// Empty and tiny classes print without failing.
func TestAttendanceEdgeCases(t *testing.T) {
	small := testAttendanceDoc(t, 3)
	small.Marks = nil // nothing recorded yet
	empty := AttendanceDoc{Institution: testInstitution(t), ClassCode: "X", Printed: small.Printed}
	for _, doc := range []AttendanceDoc{small, empty} {
		for _, blank := range []bool{false, true} {
			doc.Blank = blank
			var buf bytes.Buffer
			if err := WriteAttendancePDF(&buf, doc, A4); err != nil {
				t.Errorf("PDF: %v", err)
			}
			buf.Reset()
			if err := WriteAttendanceXLSX(&buf, doc); err != nil {
				t.Errorf("XLSX: %v", err)
				continue
			}
			cells, err := ReadAttendanceXLSX(&buf)
			if len(doc.People) > 0 && (err != nil || len(cells) != len(doc.People)*len(doc.Sessions)) {
				t.Errorf("read back: %d cells, %v", len(cells), err)
			}
		}
	}
}
