package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"balai/app/backup"
	"balai/app/office"
	"balai/data"
	"balai/reports"
)

// attendanceSheetCmd writes a class's attendance sheet (daftar hadir) as PDF or XLSX.
func (c *env) attendanceSheetCmd(ctx context.Context, args []string) error {
	fs := c.flags("attendance-sheet", "attendance-sheet --class CODE --out FILE.pdf|FILE.xlsx [--blank] [--paper A4|F4] [--full-nik] [--from DATE] [--to DATE] [--sign-date DATE]")
	code := fs.String("class", "", "class code, as 'balai classes' lists it")
	out := fs.String("out", "", "PDF or XLSX file to write")
	blank := fs.Bool("blank", false, "print before the sessions: empty boxes for signatures")
	paperName := fs.String("paper", "A4", "paper for the PDF: A4 or F4 (215 × 330 mm)")
	fullNIK := fs.Bool("full-nik", false, "print the whole NIK instead of 6471**********64")
	var period dateRange
	period.flags(fs)
	signText := fs.String("sign-date", "", "the date of the sign-off (default: the last session's)")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *code == "" || *out == "" {
		return usageError{"usage: balai attendance-sheet --class CODE --out FILE.pdf|FILE.xlsx [--blank] [--paper A4|F4]"}
	}
	paper, err := reports.ParsePaper(*paperName)
	if err != nil {
		return usageError{err.Error()}
	}
	if err := period.parse(); err != nil {
		return err
	}
	signDate, err := optionalDate("--sign-date", *signText)
	if err != nil {
		return err
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".pdf" && ext != ".xlsx" {
		return usageError{"the file name must end in .pdf or .xlsx"}
	}
	class, err := c.classByCode(ctx, *code)
	if err != nil {
		return err
	}
	doc, err := office.AttendanceDoc(ctx, c.store, class.ID)
	if err != nil {
		return err
	}
	doc = doc.Between(period.from, period.to)
	doc.Blank, doc.MaskNIK, doc.SignDate = *blank, !*fullNIK, signDate
	err = office.WriteFileAtomic(*out, office.PrivateFile, func(w io.Writer) error {
		if ext == ".pdf" {
			return reports.WriteAttendancePDF(w, doc, paper)
		}
		return reports.WriteAttendanceXLSX(w, doc)
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Fprintf(c.out, "wrote the attendance sheet of %s (%d participants, %d sessions) to %s\n",
		class.Code, len(doc.People), len(doc.Sessions), *out)
	return nil
}

// attendanceCmd: attendance import --class CODE FILE.xlsx.
func (c *env) attendanceCmd(ctx context.Context, args []string) error {
	fs := c.flags("attendance", "attendance import --class CODE FILE.xlsx")
	code := fs.String("class", "", "class code")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "import" || *code == "" {
		return usageError{"usage: balai attendance import --class CODE FILE.xlsx"}
	}
	class, err := c.classByCode(ctx, *code)
	if err != nil {
		return err
	}
	f, err := os.Open(pos[1])
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", pos[1], err)
	}
	defer f.Close()
	cells, err := reports.ReadAttendanceXLSX(f)
	if err != nil {
		return fmt.Errorf("%s: %w", pos[1], err)
	}
	before, err := c.store.ClassAttendance(ctx, class.ID)
	if err != nil {
		return err
	}
	if err := backup.New(c.store).BeforeChange(ctx, data.BackupBeforeImport); err != nil {
		return fmt.Errorf("nothing was changed: %w", err)
	}
	changed, problems, err := office.ApplyAttendanceSheet(ctx, c.store, class.ID, cells)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(c.out, "%s: %s\n", p.Cell, englishProblem(p.Problem))
		}
		return fmt.Errorf("%d cells cannot be read; nothing was changed", len(problems))
	}
	for _, line := range markChanges(before, cells) {
		fmt.Fprintln(c.out, line)
	}
	fmt.Fprintf(c.out, "changed %d marks\n", changed)
	return nil
}

// markChanges words the marks an import changes, against the grid before it.
func markChanges(before data.AttendanceGrid, cells []reports.AttendanceCell) []string {
	session := map[string]int{}
	for i, s := range before.Sessions {
		session[s.ID] = i
	}
	var out []string
	for _, row := range before.Rows {
		for _, cell := range cells {
			j, ok := session[cell.SessionID]
			if !ok || cell.PersonID != row.ParticipantID {
				continue
			}
			old, now := row.Marks[j], cell.Code
			if now == data.AttendanceNotExpected {
				now = ""
			}
			if old == data.AttendanceNotExpected || old == now {
				continue
			}
			out = append(out, fmt.Sprintf("%s: %s, %s: %s → %s", cell.Cell, row.Name,
				data.FormatDate(before.Sessions[j].Date, "id"), orDash(old), orDash(now)))
		}
	}
	return out
}

// orDash is s, or a dash for nothing: "H → –".
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}
