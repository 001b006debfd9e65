package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"balai/app/office"
	"balai/data"
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
	added, err := c.store.AddDemoSeekers(ctx, *n, *seed)
	if err != nil {
		return fmt.Errorf("add demo job seekers: %w", err)
	}
	total, err := c.store.CountSeekers(ctx, store.SeekerFilter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "added %d demo job seekers (%d in %s)\n", added, total, c.store.Path())
	codes, err := c.store.AddDemoClasses(ctx)
	if err != nil {
		return fmt.Errorf("add demo classes: %w", err)
	}
	if len(codes) > 0 {
		fmt.Fprintf(c.out, "added demo programs, instructors, rooms and classes %s\n", strings.Join(codes, ", "))
		if err := c.store.AddDemoAttendance(ctx); err != nil {
			return fmt.Errorf("add demo attendance: %w", err)
		}
		fmt.Fprintln(c.out, "recorded demo attendance for the finished and running classes")
		if err := c.store.AddDemoCertificateSetup(ctx, codes[0]); err != nil {
			return fmt.Errorf("prepare demo certificates: %w", err)
		}
		fmt.Fprintf(c.out, "class %s is finished and ready for its certificates: balai certificates --class %s --out sertifikat.pdf\n", codes[0], codes[0])
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
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", name, err)
	}
	defer f.Close()
	table, err := data.ReadTableFile(f, name, *sheet)
	if err != nil {
		return err
	}
	res, err := c.store.ImportSeekers(ctx, table, data.ImportOptions{})
	if errors.Is(err, data.ErrNoColumns) {
		return fmt.Errorf("%s has no recognisable NIK and name columns (headers like \"NIK\" and \"Nama\"); nothing was imported", filepath.Base(name))
	}
	if err != nil {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	for _, p := range mergeRowProblems(res) {
		kind := "rejected"
		if p.IsWarning() {
			kind = "warning"
		}
		col := p.Column
		if col == "" {
			col = p.Field
		}
		fmt.Fprintf(c.out, "row %d: %s: %s: %s\n", p.Row, kind, col, englishProblem(p.Problem))
	}
	if *report != "" {
		if err := office.WriteFileAtomic(*report, office.PrivateFile, func(w io.Writer) error {
			return reports.WriteImportReport(w, res, englishImportReport)
		}); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	fmt.Fprintln(c.out, res.Summary())
	return nil
}

// mergeRowProblems lists rejections and warnings together in row order.
func mergeRowProblems(res data.ImportResult) []data.RowProblem {
	out := make([]data.RowProblem, 0, len(res.Rejections)+len(res.Warnings))
	i, j := 0, 0
	for i < len(res.Rejections) || j < len(res.Warnings) {
		if j >= len(res.Warnings) || (i < len(res.Rejections) && res.Rejections[i].Row <= res.Warnings[j].Row) {
			out = append(out, res.Rejections[i])
			i++
		} else {
			out = append(out, res.Warnings[j])
			j++
		}
	}
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
