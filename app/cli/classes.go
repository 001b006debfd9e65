package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"balai/app/messages"
	"balai/app/office"
	"balai/data"
	"balai/reports"
)

// classesCmd lists the classes: code first, a header line first.
func (c *env) classesCmd(ctx context.Context, args []string) error {
	fs := c.flags("classes", "classes [--year YEAR] [--status planned|running|finished|cancelled] [--kejuruan NAME]")
	var f data.ClassFilter
	fs.IntVar(&f.Year, "year", 0, "only classes of this year")
	fs.StringVar(&f.Status, "status", "", "only classes with this status")
	fs.StringVar(&f.Kejuruan, "kejuruan", "", "only classes of this vocational field")
	fs.BoolVar(&f.IncludeArchived, "archived", false, "include archived classes")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError{"usage: balai classes [--year YEAR] [--status STATUS] [--kejuruan NAME]"}
	}
	list, err := c.store.Classes(ctx, f)
	var problems data.Problems
	if errors.As(err, &problems) {
		return usageError{messages.Error(messages.English, problems)}
	}
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tPROGRAM\tSTART\tEND\tENROLLED\tSTATUS")
	for _, cl := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d/%d\t%s\n", cl.Class.Code, cl.ProgramName,
			cl.Class.Start.Format(data.DateLayout), cl.Class.End.Format(data.DateLayout),
			cl.Enrolled, cl.Class.Quota, cl.Status)
	}
	return tw.Flush()
}

// scheduleCmd writes a class's schedule (jadwal pelatihan) as PDF.
func (c *env) scheduleCmd(ctx context.Context, args []string) error {
	fs := c.flags("schedule", "schedule --class CODE --out FILE.pdf [--paper A4|F4] [--from DATE] [--to DATE]")
	code := fs.String("class", "", "class code, as 'balai classes' lists it")
	out := fs.String("out", "", "PDF file to write")
	paperName := fs.String("paper", "A4", "paper: A4 or F4 (215 × 330 mm)")
	var period dateRange
	period.flags(fs)
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *code == "" || *out == "" {
		return usageError{"usage: balai schedule --class CODE --out FILE.pdf [--paper A4|F4] [--from DATE] [--to DATE]"}
	}
	paper, err := reports.ParsePaper(*paperName)
	if err != nil {
		return usageError{err.Error()}
	}
	if err := period.parse(); err != nil {
		return err
	}
	class, err := c.classByCode(ctx, *code)
	if err != nil {
		return err
	}
	doc, err := office.ScheduleDoc(ctx, c.store, class.ID)
	if err != nil {
		return err
	}
	doc = doc.Between(period.from, period.to)
	err = office.WriteFileAtomic(*out, office.PrivateFile, func(w io.Writer) error { return reports.WriteSchedulePDF(w, doc, paper) })
	if err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Fprintf(c.out, "wrote the schedule of %s (%d sessions) to %s\n", class.Code, len(doc.Rows), *out)
	return nil
}

// classByCode is the class of a code; an unknown code says where to look.
func (c *env) classByCode(ctx context.Context, code string) (data.Class, error) {
	class, err := c.store.ClassByCode(ctx, code)
	if errors.Is(err, data.ErrNotFound) {
		return class, fmt.Errorf("there is no class %q (see 'balai classes')", code)
	}
	return class, err
}
