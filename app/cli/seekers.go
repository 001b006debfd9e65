package cli

import (
	"balai/data/demo"

	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"balai/app/backup"
	"balai/app/office"
	"balai/data"
	"balai/data/importer"
	"balai/data/store"
	"balai/reports"
)

func (c *env) demo(ctx context.Context, args []string) error {
	fs := c.flags("demo", "demo [--seekers N] [--seed N]")
	n := fs.Int("seekers", 4100, "number of job seekers to add")
	seed := fs.Uint64("seed", 1, "random seed (the same seed gives the same people)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *n < 0 {
		return usageError{"--seekers must not be negative"}
	}
	added, err := demo.AddSeekers(ctx, c.store, *n, *seed)
	if err != nil {
		return fmt.Errorf("add demo job seekers: %w", err)
	}
	total, err := c.store.CountSeekers(ctx, store.SeekerFilter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "added %d demo job seekers (%d in %s)\n", added, total, c.store.Path())
	codes, err := demo.AddClasses(ctx, c.store)
	if err != nil {
		return fmt.Errorf("add demo classes: %w", err)
	}
	if len(codes) > 0 {
		fmt.Fprintf(c.out, "added demo programs, instructors, rooms and classes %s\n", strings.Join(codes, ", "))
		if err := demo.AddAttendance(ctx, c.store); err != nil {
			return fmt.Errorf("add demo attendance: %w", err)
		}
		fmt.Fprintln(c.out, "recorded demo attendance for the finished and running classes")
		if err := demo.AddCertificateSetup(ctx, c.store, codes[0]); err != nil {
			return fmt.Errorf("prepare demo certificates: %w", err)
		}
		fmt.Fprintf(c.out, "class %s is finished and ready for its certificates: balai certificates --class %s --out sertifikat.pdf\n", codes[0], codes[0])
		alumni, err := demo.AddOutcomes(ctx, c.store, codes[0])
		if err != nil {
			return fmt.Errorf("add demo placements: %w", err)
		}
		fmt.Fprintf(c.out, "recorded placements of %s and added the alumni classes %s with their tracer calls\n", codes[0], strings.Join(alumni, ", "))
	}
	return nil
}

func (c *env) importCmd(ctx context.Context, args []string) error {
	fs := c.flags("import", "import seekers FILE.csv|FILE.xlsx [--report REPORT.csv] [--sheet NAME]")
	report := fs.String("report", "", "write the rejected rows and warnings to this CSV file")
	sheet := fs.String("sheet", "", "XLSX sheet to read (default: the first)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "seekers" {
		return usageError{"usage: balai import seekers FILE [--report REPORT.csv] [--sheet NAME]"}
	}
	name := pos[1]
	f, err := importer.OpenFile(name)
	if errors.Is(err, importer.ErrTooBig) {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", name, err)
	}
	if err := backup.New(c.store).BeforeChange(ctx, data.BackupBeforeImport); err != nil {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	res, err := importer.ImportSeekers(ctx, c.store, f, importer.Options{Sheet: *sheet})
	if err != nil {
		return importError(name, err)
	}
	if len(res.Ignored) > 0 {
		fmt.Fprintf(c.out, "ignored columns: %s\n", strings.Join(res.Ignored, ", "))
	}
	for _, p := range res.Lookalikes {
		fmt.Fprintf(c.out, "warning: %s\n", englishProblem(p))
	}
	for _, p := range mergeRowProblems(res) {
		kind := "rejected"
		switch {
		case p.IsWarning():
			kind = "warning"
		case strings.HasPrefix(p.Code, "skip_"):
			kind = "skipped"
		}
		col := p.Column
		if col == "" {
			col = p.Field
		}
		if col == "" {
			fmt.Fprintf(c.out, "row %d: %s: %s\n", p.Row, kind, englishProblem(p.Problem))
			continue
		}
		fmt.Fprintf(c.out, "row %d: %s: %s: %s\n", p.Row, kind, col, englishProblem(p.Problem))
	}
	if *report != "" {
		if err := office.WriteFileAtomic(*report, office.PrivateFile, func(w io.Writer) error {
			return reports.WriteImportReport(w, mergeRowProblems(res), englishImportReport)
		}); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	fmt.Fprintln(c.out, res.Summary())
	return nil
}

// importError words why nothing was imported from the file called name.
func importError(name string, err error) error {
	base := filepath.Base(name)
	var nc *importer.NoColumnsError
	var np *importer.NoPeopleError
	switch {
	case errors.As(err, &nc) && len(nc.Found) > 0:
		return fmt.Errorf("%s has no recognisable NIK and name columns (headers like \"NIK\" and \"Nama\"); it has only %s; nothing was imported", base, strings.Join(nc.Found, ", "))
	case errors.As(err, &nc):
		return fmt.Errorf("%s has no recognisable NIK and name columns (headers like \"NIK\" and \"Nama\"); its first rows hold %s; nothing was imported", base, strings.Join(nc.FirstRows, " | "))
	case errors.Is(err, importer.ErrNoColumns):
		return fmt.Errorf("%s has no recognisable NIK and name columns (headers like \"NIK\" and \"Nama\"); nothing was imported", base)
	case errors.As(err, &np):
		return fmt.Errorf("%s has the columns %s but no job seekers under them; nothing was imported", base, strings.Join(np.Columns, ", "))
	case errors.Is(err, importer.ErrOldExcel):
		return fmt.Errorf("%s is an Excel 97-2003 workbook (.xls), which Balai does not read: open it in Excel, choose File > Save As > \"Excel Workbook (*.xlsx)\", then import the .xlsx file; nothing was imported", base)
	}
	return fmt.Errorf("nothing was imported: %w", err)
}

// mergeRowProblems lists rejections, skipped rows and warnings together in
// row order (within a row: rejections, then skips, then warnings).
func mergeRowProblems(res importer.Result) []data.RowProblem {
	out := make([]data.RowProblem, 0, len(res.Rejections)+len(res.Skips)+len(res.Warnings))
	out = append(append(append(out, res.Rejections...), res.Skips...), res.Warnings...)
	slices.SortStableFunc(out, func(a, b data.RowProblem) int { return a.Row - b.Row })
	return out
}

func (c *env) exportCmd(ctx context.Context, args []string) error {
	fs := c.flags("export", "export seekers FILE.csv|FILE.xlsx [--search TEXT] [--archived]")
	var f store.SeekerFilter
	fs.StringVar(&f.Query, "search", "", "only seekers matching these words (name, NIK, phone, AK/1)")
	fs.BoolVar(&f.Archived, "archived", false, "export archived seekers instead of current ones")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "seekers" {
		return usageError{"usage: balai export seekers FILE.csv|FILE.xlsx"}
	}
	name := pos[1]
	write := reports.WriteSeekersXLSX
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		write = reports.WriteSeekersCSV
	case ".xlsx":
	default:
		return usageError{"the file name must end in .csv or .xlsx"}
	}
	var n int
	err = office.WriteFileAtomic(name, office.PrivateFile, func(w io.Writer) error {
		var err error
		n, err = write(w, c.store.AllSeekers(ctx, f))
		return err
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fmt.Fprintf(c.out, "exported %d job seekers to %s\n", n, name)
	return nil
}
