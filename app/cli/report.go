package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"balai/app/messages"
	"balai/app/office"
	"balai/data"
	"balai/reports"
)

// reportCmd writes one of the recaps offices send upward.
func (c *env) reportCmd(ctx context.Context, args []string) error {
	const synopsis = "report realisasi --year Y --out FILE.xlsx|FILE.pdf | report peserta --year Y --out FILE.xlsx | " +
		"report ipk31 --month YYYY-MM --out FILE.xlsx|FILE.pdf"
	fs := c.flags("report", synopsis)
	year := fs.Int("year", 0, "realisasi, peserta: the classes' year")
	month := fs.String("month", "", "ipk31: the month, YYYY-MM")
	out := fs.String("out", "", "the file to write")
	paperName := fs.String("paper", "A4", "paper of a PDF, A4 or F4")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return usageError{"usage: balai " + synopsis}
	}
	paper, err := reports.ParsePaper(*paperName)
	if err != nil {
		return usageError{err.Error()}
	}
	ext := strings.ToLower(filepath.Ext(*out))
	switch pos[0] {
	case "realisasi":
		if *year == 0 || (ext != ".pdf" && ext != ".xlsx") {
			return usageError{"usage: balai report realisasi --year Y --out FILE.xlsx|FILE.pdf"}
		}
		return c.realisasiReport(ctx, *year, *out, ext, paper)
	case "peserta":
		if *year == 0 || ext != ".xlsx" {
			return usageError{"usage: balai report peserta --year Y --out FILE.xlsx"}
		}
		return c.pesertaReport(ctx, *year, *out)
	case "ipk31":
		m, err := time.Parse("2006-01", *month)
		if err != nil || (ext != ".pdf" && ext != ".xlsx") {
			return usageError{"usage: balai report ipk31 --month YYYY-MM --out FILE.xlsx|FILE.pdf"}
		}
		return c.ipk31Report(ctx, m, *out, ext, paper)
	}
	return usageError{"usage: balai " + synopsis}
}

func (c *env) realisasiReport(ctx context.Context, year int, out, ext string, paper reports.Paper) error {
	doc, err := office.RealisasiDoc(ctx, c.store, year)
	if err != nil {
		return err
	}
	if err := office.WriteFileAtomic(out, office.PrivateFile, func(w io.Writer) error {
		if ext == ".xlsx" {
			return reports.WriteRealisasiXLSX(w, doc)
		}
		return reports.WriteRealisasiPDF(w, doc, paper)
	}); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	t := doc.Recap.Total
	rate, ok := t.PlacementRate()
	fmt.Fprintf(c.out, "classes %d, enrolled %d, competent %d, employed %d, self-employed %d, placement rate %s\n",
		countClasses(doc.Recap), t.Enrolled, t.Competent, t.Employed, t.SelfEmployed, rateText(rate, ok))
	fmt.Fprintf(c.out, "wrote the realisasi recap of %d to %s\n", year, out)
	return nil
}

func countClasses(r data.Realisasi) int {
	n := 0
	for _, p := range r.Programs {
		n += len(p.Classes)
	}
	return n
}

// rateText is a rate as the commands print it: "62.5%", "-" without one.
func rateText(rate float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", rate*100)
}

func (c *env) pesertaReport(ctx context.Context, year int, out string) error {
	rows, today, err := office.AlumniList(ctx, c.store, year)
	if err != nil {
		return err
	}
	if err := office.WriteFileAtomic(out, office.PrivateFile, func(w io.Writer) error {
		return reports.WritePesertaXLSX(w, rows, today)
	}); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(c.out, "wrote %d participants of %d to %s\n", len(rows), year, out)
	return nil
}

func (c *env) ipk31Report(ctx context.Context, month time.Time, out, ext string, paper reports.Paper) error {
	doc, err := office.IPK31Doc(ctx, c.store, month)
	if err != nil {
		return err
	}
	if err := office.WriteFileAtomic(out, office.PrivateFile, func(w io.Writer) error {
		if ext == ".xlsx" {
			return reports.WriteIPK31XLSX(w, doc)
		}
		return reports.WriteIPK31PDF(w, doc, paper)
	}); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	r := doc.Recap
	if r.NoDate > 0 {
		fmt.Fprintf(c.out, "left out %d job seekers registered without a date\n", r.NoDate)
	}
	if r.Under15 > 0 {
		fmt.Fprintf(c.out, "left out %d job seekers under 15\n", r.Under15)
	}
	cells := r.Cells
	fmt.Fprintf(c.out, "1 carried %d, 2 registered %d, A %d, 3 placed %d, 4 removed %d, B %d, 5 left %d\n",
		cells[data.IPKCarried][data.IPKTotal], cells[data.IPKRegistered][data.IPKTotal], cells[data.IPKSumA][data.IPKTotal],
		cells[data.IPKPlaced][data.IPKTotal], cells[data.IPKRemoved][data.IPKTotal], cells[data.IPKSumB][data.IPKTotal],
		cells[data.IPKLeft][data.IPKTotal])
	fmt.Fprintf(c.out, "wrote IPK III/1 of %s to %s\n", r.Month.Format("2006-01"), out)
	return nil
}

// usageOrError turns problems with what was asked into a usage error.
func usageOrError(err error) error {
	var ps data.Problems
	if errors.As(err, &ps) {
		return usageError{messages.Error(messages.English, ps)}
	}
	return err
}
