package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The reports and lists after training, on the demo's data.
func TestCLIAfterTraining(t *testing.T) {
	st := openStore(t)
	if code, _, errOut := runCLI(t, st, "demo", "--seekers", "100"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	dir := t.TempDir()
	file := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		args []string
		last string // a regular expression for the last line
	}{
		{[]string{"tracer", "list", "--class", "TIK-2026-02", "--round", "6", "--out", file("t.pdf")},
			`^wrote the 6-month call list of TIK-2026-02 \(16 participants, due 2026-\d\d-\d\d\) to .*t\.pdf$`},
		{[]string{"tracer", "list", "--class", "TIK-2026-02", "--round", "3", "--out", file("t.xlsx")}, `call list of TIK-2026-02`},
		{[]string{"report", "realisasi", "--year", "2026", "--out", file("r.pdf")}, `^wrote the realisasi recap of 2026 to .*r\.pdf$`},
		{[]string{"report", "realisasi", "--year", "2025", "--out", file("r.xlsx")}, `^wrote the realisasi recap of 2025`},
		{[]string{"report", "peserta", "--year", "2026", "--out", file("p.xlsx")}, `^wrote 64 participants of 2026 to .*p\.xlsx$`},
		{[]string{"report", "ipk31", "--month", "2026-11", "--out", file("i.pdf")}, `^wrote IPK III/1 of 2026-11 to .*i\.pdf$`},
		{[]string{"report", "ipk31", "--month", "2026-10", "--out", file("i.xlsx")}, `^wrote IPK III/1 of 2026-10`},
		{[]string{"placements", "export", file("e.xlsx")}, `^exported 80 participants to .*e\.xlsx$`},
		{[]string{"placements", "import", file("e.xlsx")}, `^applied 0, unchanged \d+, rejected 0, blank \d+$`},
		{[]string{"placements", "import", file("p.xlsx")}, `^applied 0, unchanged \d+, rejected 0, blank \d+$`},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, st, tt.args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", tt.args, code, errOut)
			continue
		}
		if !regexp.MustCompile(tt.last).MatchString(lastLine(out)) {
			t.Errorf("%v: last line %q, want %s", tt.args, lastLine(out), tt.last)
		}
	}
	for _, name := range []string{"t.pdf", "t.xlsx", "r.pdf", "r.xlsx", "p.xlsx", "i.pdf", "i.xlsx", "e.xlsx"} {
		if info, err := os.Stat(file(name)); err != nil || info.Size() < 1000 || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v", name, info, err)
		}
	}
	_, out, _ := runCLI(t, st, "report", "realisasi", "--year", "2026", "--out", file("r2.pdf"))
	if !strings.Contains(out, "classes 4, enrolled 64, competent 29") {
		t.Errorf("realisasi: %q", out)
	}
}

func TestCLITracerDue(t *testing.T) {
	st := openStore(t)
	if _, out, _ := runCLI(t, st, "tracer", "due"); lastLine(out) != "no tracer rounds are due" {
		t.Errorf("empty: %q", out)
	}
	runCLI(t, st, "demo", "--seekers", "100")
	code, out, errOut := runCLI(t, st, "tracer", "due")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if code != 0 || len(lines) != 3 || !strings.HasPrefix(lines[0], "CLASS") || !strings.HasPrefix(lines[1], "BKR-2025-01  12 months") ||
		!strings.HasPrefix(lines[2], "TIK-2026-02  6 months") {
		t.Errorf("exit %d (%s):\n%s", code, errOut, out)
	}
}

func TestCLIAfterTrainingRefuses(t *testing.T) {
	st := openStore(t)
	runCLI(t, st, "demo", "--seekers", "100")
	dir := t.TempDir()
	bad := filepath.Join(dir, "x.csv")
	if err := os.WriteFile(bad, []byte("NIK;Nama\n6471050101990001;A\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"tracer", "list", "--class", "TIK-2026-02", "--round", "5", "--out", filepath.Join(dir, "a.pdf")}, 2, "tracer round 5 is not 3, 6 or 12"},
		{[]string{"tracer", "list", "--class", "NOPE", "--round", "3", "--out", filepath.Join(dir, "a.pdf")}, 1, "there is no class"},
		{[]string{"tracer", "list", "--class", "TIK-2026-02", "--round", "3", "--out", filepath.Join(dir, "a.doc")}, 2, "must end in .pdf or .xlsx"},
		{[]string{"report", "ipk31", "--month", "Oktober", "--out", filepath.Join(dir, "a.pdf")}, 2, "usage"},
		{[]string{"report", "peserta", "--year", "2026", "--out", filepath.Join(dir, "a.pdf")}, 2, "usage"},
		{[]string{"report", "lulusan", "--out", filepath.Join(dir, "a.pdf")}, 2, "usage"},
		{[]string{"placements", "import", bad}, 1, "no NIK and employment-status columns"},
		{[]string{"placements", "export", filepath.Join(dir, "a.csv")}, 2, "must end in .xlsx"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, st, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("%v: exit %d, %q; want %d, %q", tt.args, code, errOut, tt.code, tt.stderr)
		}
	}
}
