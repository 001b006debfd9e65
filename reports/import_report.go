package reports

import (
	"encoding/csv"
	"io"
	"sort"
	"strconv"

	"balai/data"
)

// WriteImportReport writes an import's rejected rows and warnings as a CSV a
// clerk opens in Excel (semicolon-separated, UTF-8 with BOM): row number,
// column, the value found, the outcome and the reason in words. message words
// a problem (the GUI passes its translation; the CLI data.Problem.Message).
func WriteImportReport(w io.Writer, res data.ImportResult, headers [5]string, message func(data.Problem) string) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(headers[:]); err != nil {
		return err
	}
	type line struct {
		data.RowProblem
		outcome string
	}
	lines := make([]line, 0, len(res.Rejections)+len(res.Warnings))
	for _, p := range res.Rejections {
		lines = append(lines, line{p, data.OutcomeRejected})
	}
	for _, p := range res.Warnings {
		lines = append(lines, line{p, "warning"})
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].Row < lines[j].Row })
	for _, l := range lines {
		if err := cw.Write([]string{strconv.Itoa(l.Row), l.Column, l.Value, l.outcome, message(l.Problem)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// ImportReportHeaders are the report's column titles in English, for the CLI.
var ImportReportHeaders = [5]string{"row", "column", "value", "outcome", "reason"}
