package cli

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"balai/data"
	"balai/reports"
)

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
	// One week of sessions: the sheet holds that week's only.
	grid, err2 := st.ClassAttendance(context.Background(), list[0].Class.ID)
	if err2 != nil || len(grid.Sessions) == 0 {
		t.Fatalf("sessions: %d, %v", len(grid.Sessions), err2)
	}
	from := grid.Sessions[0].Date
	to := from.AddDate(0, 0, 6)
	inWeek := 0
	for _, s := range grid.Sessions {
		if !s.Date.After(to) {
			inWeek++
		}
	}
	week := filepath.Join(dir, "minggu.pdf")
	code, stdout, errOut := runCLI(t, st, "attendance-sheet", "--class", class, "--out", week, "--blank",
		"--from", from.Format("2006-01-02"), "--to", to.Format("02-01-2006"), "--sign-date", "9 Oktober 2026")
	if want := ", " + strconv.Itoa(inWeek) + " sessions)"; code != 0 || !strings.Contains(stdout, want) {
		t.Errorf("a week: exit %d: %s%s; want %q", code, stdout, errOut, want)
	}
	for _, bad := range [][]string{{"--from", "kemarin"}, {"--from", "2026-10-16", "--to", "2026-10-12"}} {
		args := append([]string{"attendance-sheet", "--class", class, "--out", week}, bad...)
		if code, _, errOut := runCLI(t, st, args...); code != 2 || !strings.Contains(errOut, "--") {
			t.Errorf("%v: exit %d, %q", bad, code, errOut)
		}
	}
	if code, _, _ := runCLI(t, st, "attendance-sheet", "--class", class, "--out", filepath.Join(dir, "x.doc")); code != 2 {
		t.Errorf("a .doc file: exit %d, want 2", code)
	}
}
