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
	"balai/data/importer"
	"balai/reports"
)

// placementsCmd imports placements from a list or exports them.
func (c *env) placementsCmd(ctx context.Context, args []string) error {
	const synopsis = "placements import FILE.xlsx|FILE.csv [--report R.csv] [--sheet NAME] | placements export FILE.xlsx [--year Y]"
	fs := c.flags("placements", synopsis)
	report := fs.String("report", "", "import: write the rejected rows and warnings to this CSV file")
	sheet := fs.String("sheet", "", "import: XLSX sheet to read (default: the first)")
	year := fs.Int("year", 0, "export: only the classes of this year (default: every year)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 2 && pos[0] == "import":
		return c.importPlacements(ctx, pos[1], *sheet, *report)
	case len(pos) == 2 && pos[0] == "export":
		return c.exportPlacements(ctx, pos[1], *year)
	}
	return usageError{"usage: balai " + synopsis}
}

// importPlacements prints each rejected or skipped row and warning, then
// ends with the counts.
func (c *env) importPlacements(ctx context.Context, name, sheet, report string) error {
	raw, err := readListFile(name)
	if err != nil {
		return err
	}
	plan, err := importer.ImportPlacements(ctx, c.store, raw, name, sheet)
	var p *data.Problem
	switch {
	case errors.As(err, &p) && p.Code == importer.CodePlacementColumns:
		return fmt.Errorf("%s has no NIK and employment-status columns (headers like \"NIK\" and \"Status Kebekerjaan\"); nothing was imported", filepath.Base(name))
	case err != nil:
		return importError(name, err)
	}
	if len(plan.Ignored) > 0 {
		fmt.Fprintf(c.out, "ignored columns: %s\n", strings.Join(plan.Ignored, ", "))
	}
	problems := plan.Problems()
	for _, p := range problems {
		kind := "rejected"
		switch {
		case p.IsWarning():
			kind = "warning"
		case strings.HasPrefix(p.Code, "skip_"):
			kind = "skipped"
		}
		if p.Column == "" {
			fmt.Fprintf(c.out, "row %d: %s: %s\n", p.Row, kind, englishProblem(p.Problem))
			continue
		}
		fmt.Fprintf(c.out, "row %d: %s: %s: %s\n", p.Row, kind, p.Column, englishProblem(p.Problem))
	}
	if report != "" {
		if err := office.WriteFileAtomic(report, office.PrivateFile, func(w io.Writer) error {
			return reports.WriteImportReport(w, problems, englishImportReport)
		}); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	fmt.Fprintln(c.out, plan.Summary())
	return nil
}

// exportPlacements writes every participant with the placement in force,
// in the layout the import reads back.
func (c *env) exportPlacements(ctx context.Context, name string, year int) error {
	if strings.ToLower(filepath.Ext(name)) != ".xlsx" {
		return usageError{"the file name must end in .xlsx"}
	}
	rows, today, err := office.AlumniList(ctx, c.store, year)
	if err != nil {
		return err
	}
	if err := office.WriteFileAtomic(name, office.PrivateFile, func(w io.Writer) error {
		return reports.WritePlacementsXLSX(w, rows, today)
	}); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fmt.Fprintf(c.out, "exported %d participants to %s\n", len(rows), name)
	return nil
}

// readListFile reads a list to import, refusing one past the size any real
// list has before reading it.
func readListFile(name string) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	if info.Size() > importer.MaxFileBytes {
		return nil, fmt.Errorf("nothing was imported: %w", &importer.LimitError{What: "file", Limit: importer.MaxFileBytes})
	}
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	return raw, nil
}
