package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"balai/app/office"
	"balai/data"
	"balai/reports"
)

// tracerCmd lists the tracer rounds that are due, or writes a round's call list.
func (c *env) tracerCmd(ctx context.Context, args []string) error {
	const synopsis = "tracer due | tracer list --class CODE --round 3|6|12 --out FILE.pdf|FILE.xlsx [--paper A4|F4]"
	fs := c.flags("tracer", synopsis)
	code := fs.String("class", "", "list: class code, as 'balai classes' lists it")
	round := fs.Int("round", 0, "list: months after the class's end: 3, 6 or 12")
	out := fs.String("out", "", "list: PDF or XLSX file to write")
	paperName := fs.String("paper", "A4", "list: paper of the PDF, A4 or F4")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 1 && pos[0] == "due":
		return c.tracerDue(ctx)
	case len(pos) == 1 && pos[0] == "list" && *code != "" && *out != "" && *round != 0:
		paper, err := reports.ParsePaper(*paperName)
		if err != nil {
			return usageError{err.Error()}
		}
		return c.tracerList(ctx, *code, *round, *out, paper)
	}
	return usageError{"usage: balai " + synopsis}
}

// tracerDue prints the open rounds that still have someone to reach, the
// oldest due first, a header line first.
func (c *env) tracerDue(ctx context.Context) error {
	rounds, err := c.store.TracerRounds(ctx, true)
	if err != nil {
		return err
	}
	if len(rounds) == 0 {
		fmt.Fprintln(c.out, "no tracer rounds are due")
		return nil
	}
	tw := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CLASS\tROUND\tDUE\tCLOSES\tPEOPLE\tREACHED\tUNTRACED\tTO CALL\tPROGRAM")
	for _, r := range rounds {
		fmt.Fprintf(tw, "%s\t%d months\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", r.ClassCode, r.Round, r.Due.Format(data.DateLayout),
			r.Closes.Format(data.DateLayout), r.People, r.Reached, r.Untraced, r.Remaining(), r.ProgramName)
	}
	return tw.Flush()
}

// tracerList writes a round's call list as PDF or XLSX.
func (c *env) tracerList(ctx context.Context, code string, round int, out string, paper reports.Paper) error {
	ext := strings.ToLower(filepath.Ext(out))
	if ext != ".pdf" && ext != ".xlsx" {
		return usageError{"the file name must end in .pdf or .xlsx"}
	}
	class, err := c.classByCode(ctx, code)
	if err != nil {
		return err
	}
	doc, err := office.TracerListDoc(ctx, c.store, class.ID, round)
	if err != nil {
		return usageOrError(err)
	}
	err = office.WriteFileAtomic(out, office.PrivateFile, func(w io.Writer) error {
		if ext == ".xlsx" {
			return reports.WriteTracerListXLSX(w, doc)
		}
		return reports.WriteTracerListPDF(w, doc, paper)
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(c.out, "wrote the %d-month call list of %s (%d participants, due %s) to %s\n", round, class.Code,
		len(doc.Sheet.People), doc.Sheet.Round.Due.Format(data.DateLayout), out)
	return nil
}
