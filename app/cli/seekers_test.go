package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balai/data/store"
)

func TestCLIImportSample(t *testing.T) {
	for _, name := range []string{"pencaker_contoh.csv", "pencaker_contoh.xlsx"} {
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			report := filepath.Join(t.TempDir(), "report.csv")
			file := filepath.Join("..", "..", "data", "importer", "testdata", "samples", name)
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
