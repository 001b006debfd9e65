package reports

import (
	"encoding/csv"
	"io"
	"sort"
	"strconv"

	"balai/data"
)

// ImportReportWords are the words of an import report: the GUI passes its
// translations, the CLI English.
type ImportReportWords struct {
	Headers  [5]string                 // row, column, value, outcome, reason
	Rejected string                    // outcome of a rejected row
	Warning  string                    // outcome of an accepted row with a warning
	Message  func(data.Problem) string // the reason in words
}

// EnglishImportReport words the report in English, for the CLI.
var EnglishImportReport = ImportReportWords{
	Headers:  [5]string{"row", "column", "value", "outcome", "reason"},
	Rejected: "rejected",
	Warning:  "warning",
	Message:  data.Problem.Message,
}

// WriteImportReport writes an import's rejected rows and warnings as a CSV a
// clerk opens in Excel (semicolon-separated, UTF-8 with BOM): row number,
// column, the value found, the outcome and the reason in words.
func WriteImportReport(w io.Writer, rejections, warnings []data.RowProblem, words ImportReportWords) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(words.Headers[:]); err != nil {
		return err
	}
	type line struct {
		data.RowProblem
		outcome string
	}
	lines := make([]line, 0, len(rejections)+len(warnings))
	for _, p := range rejections {
		lines = append(lines, line{p, words.Rejected})
	}
	for _, p := range warnings {
		lines = append(lines, line{p, words.Warning})
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].Row < lines[j].Row })
	for _, l := range lines {
		if err := cw.Write([]string{strconv.Itoa(l.Row), l.Column, l.Value, l.outcome, words.Message(l.Problem)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
