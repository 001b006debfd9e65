package app

import (
	"balai/data/store"

	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balai/data"
	"balai/reports"
)

// openStore opens a real database in a temporary folder with a fixed clock.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { s.Close() })
	return s
}

// addDemoClasses fills store with 60 demo seekers and the demo's classes —
// finished (with results), running and planned, in that order — and, asked,
// their attendance. It returns the classes' codes.
func addDemoClasses(t testing.TB, st *store.Store, attendance bool) []string {
	t.Helper()
	ctx := context.Background()
	if _, err := st.AddDemoSeekers(ctx, 60, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := st.AddDemoClasses(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if attendance {
		if err := st.AddDemoAttendance(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return codes
}

// runCLI runs a command line against store and returns exit status and output.
func runCLI(t *testing.T, st *store.Store, args ...string) (int, string, string) {
	t.Helper()
	cmd, err := ParseCommandLine(args, "")
	if err != nil {
		t.Fatalf("parse %v: %v", args, err)
	}
	var out, errOut bytes.Buffer
	code := cmd.Run(context.Background(), st, &out, &errOut)
	return code, out.String(), errOut.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestCLIImportSample(t *testing.T) {
	for _, name := range []string{"pencaker_contoh.csv", "pencaker_contoh.xlsx"} {
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			report := filepath.Join(t.TempDir(), "report.csv")
			file := filepath.Join("..", "data", "importer", "testdata", "samples", name)
			code, out, errOut := runCLI(t, st, "import", "seekers", file, "--report", report)
			if code != 0 {
				t.Fatalf("exit %d, stderr %s", code, errOut)
			}
			if got, want := lastLine(out), "imported 177, updated 0, unchanged 0, rejected 24, blank 7"; got != want {
				t.Errorf("last line: got %q, want %q", got, want)
			}
			if !strings.Contains(out, "row 18: rejected: NIK: NIK repeats row 17 of this file") {
				t.Errorf("output does not name the duplicate row 18:\n%s", out)
			}
			if !strings.Contains(out, "row 73: rejected: NIK: NIK \"6.47108E+15\" was cut by Excel") {
				t.Errorf("output does not explain the Excel-cut NIK of row 73:\n%s", out)
			}
			rows := readReport(t, report)
			if got, want := len(rows)-1, 24+5; got != want {
				t.Errorf("report lines: got %d, want %d", got, want)
			}

			// The same file again changes nothing.
			code, out, _ = runCLI(t, st, "import", "seekers", file)
			if code != 0 {
				t.Fatalf("second import: exit %d", code)
			}
			if got, want := lastLine(out), "imported 0, updated 0, unchanged 177, rejected 24, blank 7"; got != want {
				t.Errorf("second import: got %q, want %q", got, want)
			}
		})
	}
}

func readReport(t *testing.T, name string) [][]string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestCLIImportErrors(t *testing.T) {
	dir := t.TempDir()
	noColumns := filepath.Join(dir, "tanpa-nik.csv")
	os.WriteFile(noColumns, []byte("Nama;Alamat\nBudi;Jl. A\n"), 0o600)
	garbage := filepath.Join(dir, "rusak.xlsx")
	os.WriteFile(garbage, []byte("this is not a workbook"), 0o600)
	pdf := filepath.Join(dir, "daftar.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.4"), 0o600)
	tests := []struct {
		args    []string
		code    int
		message string
	}{
		{[]string{"import", "seekers", filepath.Join(dir, "missing.csv")}, 1, "cannot read"},
		{[]string{"import", "seekers", noColumns}, 1, "no recognisable NIK and name columns"},
		{[]string{"import", "seekers", garbage}, 1, "unreadable file"},
		{[]string{"import", "seekers", pdf}, 1, "not a .csv or .xlsx file"},
		{[]string{"import", "classes", noColumns}, 2, "usage"},
		{[]string{"export", "seekers", filepath.Join(dir, "x.pdf")}, 2, ".csv or .xlsx"},
		{[]string{"demo", "--seekers", "-1"}, 2, "negative"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			st := openStore(t)
			code, _, errOut := runCLI(t, st, tt.args...)
			if code != tt.code {
				t.Errorf("exit: got %d, want %d (%s)", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.message) {
				t.Errorf("stderr %q does not contain %q", errOut, tt.message)
			}
			if n, _ := st.CountSeekers(context.Background(), store.SeekerFilter{}); n != 0 {
				t.Errorf("%d seekers stored after a failed command", n)
			}
		})
	}
}

func TestCLIDemoExportReimport(t *testing.T) {
	st := openStore(t)
	code, out, errOut := runCLI(t, st, "demo", "--seekers", "300")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "added 300 demo job seekers") {
		t.Errorf("demo output: %q", out)
	}
	for _, name := range []string{"pencaker.csv", "pencaker.xlsx"} {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), name)
			code, out, errOut := runCLI(t, st, "export", "seekers", file)
			if code != 0 {
				t.Fatalf("export: exit %d: %s", code, errOut)
			}
			if got, want := out, "exported 300 job seekers to "+file+"\n"; got != want {
				t.Errorf("export output: got %q, want %q", got, want)
			}
			code, out, errOut = runCLI(t, st, "import", "seekers", file)
			if code != 0 {
				t.Fatalf("re-import: exit %d: %s", code, errOut)
			}
			if got, want := lastLine(out), "imported 0, updated 0, unchanged 300, rejected 0, blank 0"; got != want {
				t.Errorf("re-import of the export: got %q, want %q\n%s", got, want, out)
			}
		})
	}
}

func TestCLIHelpAndVersion(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"help"}, "import seekers FILE"},
		{[]string{"--help"}, "Commands:"},
		{[]string{"version"}, "balai " + Version},
		{[]string{"help", "import"}, "Usage: balai import seekers"},
		{[]string{"demo", "--help"}, "-seekers"},
		{[]string{"export", "--help"}, "-search"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			cmd, err := ParseCommandLine(tt.args, "")
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			if code := cmd.Run(context.Background(), nil, &out, &errOut); code != 0 {
				t.Errorf("exit %d: %s", code, errOut.String())
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("output %q does not contain %q", out.String(), tt.want)
			}
		})
	}
	if _, err := ParseCommandLine([]string{"frobnicate"}, ""); err == nil {
		t.Error("an unknown command was accepted")
	}
	cmd, _ := ParseCommandLine([]string{"--db", "x.db", "demo"}, "env.db")
	if got, want := cmd.DB, "x.db"; got != want {
		t.Errorf("--db: got %q, want %q", got, want)
	}
	cmd, _ = ParseCommandLine([]string{"demo", "--seekers", "5", "--db", "after.db"}, "env.db")
	if got, want := cmd.DB, "after.db"; got != want || strings.Join(cmd.Args, " ") != "--seekers 5" {
		t.Errorf("--db after the command: got %q and args %q, want %q", got, cmd.Args, want)
	}
	cmd, _ = ParseCommandLine([]string{"demo"}, "env.db")
	if got, want := cmd.DB, "env.db"; got != want {
		t.Errorf("BALAI_DB: got %q, want %q", got, want)
	}
}

func TestCLIClasses(t *testing.T) {
	st := openStore(t)
	if code, _, errOut := runCLI(t, st, "demo", "--seekers", "100"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, st, "classes")
	if code != 0 {
		t.Fatalf("classes: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if got, want := len(lines), 4; got != want {
		t.Fatalf("lines: got %d, want %d:\n%s", got, want, out)
	}
	if !strings.HasPrefix(lines[0], "CODE") {
		t.Errorf("header: %q", lines[0])
	}
	statuses := map[string]bool{}
	for _, l := range lines[1:] {
		fields := strings.Fields(l)
		if !strings.Contains(fields[0], "-2026-") && !strings.Contains(fields[0], "-2027-") {
			t.Errorf("first column is not a class code: %q", l)
		}
		statuses[fields[len(fields)-1]] = true
	}
	for _, want := range []string{"finished", "running", "planned"} {
		if !statuses[want] {
			t.Errorf("no %s class in:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, st, "classes", "--status", "running")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "16/16") && !strings.Contains(out, "15/16") {
		t.Errorf("running classes: exit %d:\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, st, "classes", "--status", "sleeping"); code != 2 {
		t.Errorf("a bad status: exit %d (%s), want 2", code, errOut)
	}
}

func TestCLISchedule(t *testing.T) {
	st := openStore(t)
	if code, _, errOut := runCLI(t, st, "demo", "--seekers", "60"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	list, err := st.Classes(context.Background(), data.ClassFilter{Status: data.ClassRunning})
	if err != nil || len(list) != 1 {
		t.Fatalf("running classes: %v, %v", list, err)
	}
	out := filepath.Join(t.TempDir(), "jadwal.pdf")
	code, stdout, errOut := runCLI(t, st, "schedule", "--class", list[0].Class.Code, "--out", out)
	if code != 0 {
		t.Fatalf("schedule: exit %d: %s", code, errOut)
	}
	if !strings.Contains(stdout, list[0].Class.Code) {
		t.Errorf("output %q does not name the class", stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"schedule", "--class", "XXX-2026-99", "--out", out}, 1, `no class "XXX-2026-99"`},
		{[]string{"schedule", "--class", list[0].Class.Code}, 2, "usage"},
		{[]string{"schedule", "--class", list[0].Class.Code, "--out", out, "--paper", "A5"}, 2, "A5"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, st, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d %q, want %d and %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
}

func TestCLIAttendanceSheetAndImport(t *testing.T) {
	st := openStore(t)
	if code, out, errOut := runCLI(t, st, "demo", "--seekers", "60"); code != 0 || !strings.Contains(out, "attendance") {
		t.Fatalf("demo: exit %d: %s%s", code, out, errOut)
	}
	list, _ := st.Classes(context.Background(), data.ClassFilter{Status: data.ClassRunning})
	class := list[0].Class.Code
	dir := t.TempDir()
	for _, name := range []string{"hadir.pdf", "hadir.xlsx"} {
		out := filepath.Join(dir, name)
		code, stdout, errOut := runCLI(t, st, "attendance-sheet", "--class", class, "--out", out, "--paper", "F4")
		if code != 0 || !strings.Contains(stdout, class) {
			t.Fatalf("%s: exit %d: %s%s", name, code, stdout, errOut)
		}
	}
	if code, _, _ := runCLI(t, st, "attendance-sheet", "--class", class, "--out", filepath.Join(dir, "b.pdf"), "--blank"); code != 0 {
		t.Errorf("blank sheet: exit %d", code)
	}
	// Import the exported sheet unchanged: nothing changes.
	xlsx := filepath.Join(dir, "hadir.xlsx")
	code, out, errOut := runCLI(t, st, "attendance", "import", "--class", class, xlsx)
	if code != 0 || lastLine(out) != "changed 0 marks" {
		t.Fatalf("import unchanged: exit %d: %s%s", code, out, errOut)
	}
	// A clerk changes one H to A in Excel: the import prints that change.
	f, err := os.Open(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	cells, err := reports.ReadAttendanceXLSX(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var present reports.AttendanceCell
	for _, c := range cells {
		if c.Code == "H" {
			present = c
			break
		}
	}
	if present.Cell == "" {
		t.Fatal("no H in the exported sheet")
	}
	edit := func(value string) {
		t.Helper()
		wb, err := excelize.OpenFile(xlsx)
		if err != nil {
			t.Fatal(err)
		}
		if err := wb.SetCellValue(wb.GetSheetList()[0], present.Cell, value); err != nil {
			t.Fatal(err)
		}
		if err := wb.Save(); err != nil {
			t.Fatal(err)
		}
		wb.Close()
	}
	edit("a")
	code, out, errOut = runCLI(t, st, "attendance", "import", "--class", class, xlsx)
	if code != 0 || lastLine(out) != "changed 1 marks" || !strings.Contains(out, present.Cell+": ") || !strings.Contains(out, "H → A") {
		t.Fatalf("import one change: exit %d: %s%s", code, out, errOut)
	}
	// An unknown code is reported by cell and nothing is applied.
	edit("X")
	code, out, errOut = runCLI(t, st, "attendance", "import", "--class", class, xlsx)
	if code != 1 || !strings.Contains(out, present.Cell) || !strings.Contains(errOut, "nothing was changed") {
		t.Fatalf("import a bad code: exit %d: %s%s", code, out, errOut)
	}
	grid, _ := st.ClassAttendance(context.Background(), list[0].Class.ID)
	for _, r := range grid.Rows {
		if r.ParticipantID == present.PersonID {
			for j, s := range grid.Sessions {
				if s.ID == present.SessionID && r.Marks[j] != "A" {
					t.Errorf("after a refused import the mark is %q, want A", r.Marks[j])
				}
			}
		}
	}
	if code, _, errOut := runCLI(t, st, "attendance-sheet", "--class", "NOPE-1", "--out", xlsx); code != 1 || !strings.Contains(errOut, "no class") {
		t.Errorf("unknown class: exit %d %s", code, errOut)
	}
	if code, _, _ := runCLI(t, st, "attendance-sheet", "--class", class, "--out", filepath.Join(dir, "x.doc")); code != 2 {
		t.Errorf("a .doc file: exit %d, want 2", code)
	}
}
