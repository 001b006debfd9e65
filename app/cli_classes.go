package app

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"

	"balai/data"
)

// classesCmd lists the classes: code first, a header line first.
func (c *cli) classesCmd(ctx context.Context, args []string) error {
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
		return usageError{problems.Error()}
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
