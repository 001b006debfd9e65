package reports

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"balai/data"
)

// ImportReportWords are the words of an import report: the GUI passes its
// translations, the CLI English; both word the reasons from app/messages.
type ImportReportWords struct {
	Headers  [5]string                 // row, column, value, outcome, reason
	Rejected string                    // outcome of a rejected row
	Skipped  string                    // outcome of a row that holds no person
	Warning  string                    // outcome of an accepted row with a warning
	Message  func(data.Problem) string // the reason in words
}

// WriteImportReport writes an import's rejected and skipped rows and its
// warnings as a CSV a clerk opens in Excel (semicolon-separated, UTF-8 with
// BOM): row number, column, the value found, the outcome and the reason in
// words, in row order.
func WriteImportReport(w io.Writer, problems []data.RowProblem, words ImportReportWords) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(words.Headers[:]); err != nil {
		return err
	}
	lines := slices.Clone(problems)
	slices.SortStableFunc(lines, func(a, b data.RowProblem) int { return a.Row - b.Row })
	for _, l := range lines {
		outcome := words.Rejected
		switch {
		case l.IsWarning():
			outcome = words.Warning
		case strings.HasPrefix(l.Code, "skip_"):
			outcome = words.Skipped
		}
		if err := cw.Write([]string{strconv.Itoa(l.Row), l.Column, l.Value, outcome, words.Message(l.Problem)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
