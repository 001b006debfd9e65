package app

import (
	"context"
	"errors"
	"image/color"
	"io"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/backup"
	"balai/app/widgets"
	"balai/data"
	"balai/data/importer"
	"balai/reports"
)

// Steps 3 and 4 of the import wizard: the import with its progress, then
// what became of every row, and the report to save.

// runImport imports the table with the chosen columns in the background.
func (w *importWizard) runImport() { w.startImport(context.Background()) }

// startImport is runImport under parent: cancelling it stops the import like
// the Cancel button does.
func (w *importWizard) startImport(parent context.Context) {
	if w.table == nil || !importer.CheckMapping(w.mapping) {
		return
	}
	if w.preview != nil {
		w.preview.Hide()
	}
	ctx, cancel := context.WithCancel(parent)
	w.cancelImport = cancel
	w.showProgress()

	raw, name := w.raw, w.name
	opt := importer.Options{Sheet: w.table.Sheet, Header: w.header, Mapping: slices.Clone(w.mapping)}
	opt.Progress = func(done, total int) {
		fyne.Do(func() { w.setProgress(done, total) })
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer cancel()
		if err := backup.New(w.store).BeforeChange(ctx, data.BackupBeforeImport); err != nil {
			fyne.Do(func() { w.importDone(importer.Result{}, err) })
			return
		}
		res, err := importer.ImportSeekers(ctx, w.store, importer.Bytes(name, raw), opt)
		fyne.Do(func() { w.importDone(res, err) })
	}()
}

func (w *importWizard) showProgress() {
	w.progress = widgets.ShowProgress(w.win, lang.L("Importing job seekers"),
		lang.L("Importing {{.Count}} rows from {{.File}}…", map[string]any{"Count": formatCount(w.dataRows()), "File": w.name}),
		lang.L("Cancelling… nothing will be saved."), w.onCancelImport)
}

func (w *importWizard) setProgress(done, total int) {
	if w.progress != nil {
		w.progress.Set(done, total)
	}
}

// onCancelImport stops the import; the store rolls everything back.
func (w *importWizard) onCancelImport() {
	if w.cancelImport != nil {
		w.cancelImport()
	}
}

func (w *importWizard) importDone(res importer.Result, err error) {
	if w.progress != nil {
		w.progress.Hide()
	}
	switch {
	case errors.Is(err, context.Canceled):
		w.tell(lang.L("Import cancelled"), lang.L("The import was cancelled. Nothing was changed: the register is as it was before."))
		return
	case err != nil:
		w.notice = userMessage(err) + "\n\n" + lang.L("Nothing was imported: the register is as it was before.")
		showErrorDialog(errors.New(w.notice), w.win)
		return
	}
	w.result = res
	w.showSummary()
	if w.onDone != nil {
		w.onDone()
	}
}

func (w *importWizard) showSummary() {
	res := w.result
	w.problems = w.problems[:0]
	for _, p := range res.Rejections {
		w.problems = append(w.problems, importProblem{RowProblem: p})
	}
	for _, p := range res.Skips {
		w.problems = append(w.problems, importProblem{RowProblem: p, skipped: true})
	}
	for _, p := range res.Warnings {
		w.problems = append(w.problems, importProblem{RowProblem: p, warning: true})
	}
	slices.SortStableFunc(w.problems, func(a, b importProblem) int { return a.Row - b.Row })

	intro := widget.NewLabel(lang.L("{{.File}}: {{.Count}} rows read.", map[string]any{"File": w.name, "Count": formatCount(res.DataRows)}))
	intro.Wrapping = fyne.TextWrapWord
	list := w.buildProblemList()

	w.reportButton = widget.NewButtonWithIcon(lang.L("Save report…"), theme.DocumentSaveIcon(), w.chooseReportFile)
	if len(w.problems) == 0 {
		w.reportButton.Disable()
	}
	closeButton := widget.NewButtonWithIcon(lang.L("Close"), theme.ConfirmIcon(), func() { w.summary.Hide() })
	closeButton.Importance = widget.HighImportance

	top := container.NewVBox(intro, w.buildCounts(), w.ignoredColumns(), widget.NewSeparator(), w.problemNote)
	w.summary = dialog.NewCustomWithoutButtons(lang.L("Import finished"), container.NewBorder(top, nil, nil, nil, list), w.win)
	w.summary.SetButtons([]fyne.CanvasObject{w.reportButton, closeButton})
	w.summary.Show()
	w.summary.Resize(summaryDialogSize)
}

// buildCounts makes the five counts of the summary, side by side: imported,
// updated, unchanged, rejected and blank, each coloured when it is not 0.
func (w *importWizard) buildCounts() fyne.CanvasObject {
	res := w.result
	type count struct {
		n          int
		caption    string
		importance widget.Importance
	}
	counts := [5]count{
		{res.Imported, lang.L("new job seekers imported"), widget.SuccessImportance},
		{res.Updated, lang.L("updated (NIK already registered)"), widget.MediumImportance},
		{res.Unchanged, lang.L("unchanged (already up to date)"), widget.MediumImportance},
		{res.Rejected, lang.L("rejected: not imported"), widget.DangerImportance},
		{res.Blank + res.Skipped, lang.L("rows without a person skipped (blank, titles)"), widget.MediumImportance},
	}
	cells := make([]fyne.CanvasObject, 0, len(counts))
	for i, c := range counts {
		n := widget.NewLabel(formatCount(c.n))
		n.SizeName = theme.SizeNameHeadingText
		n.TextStyle.Bold = true
		n.Alignment = fyne.TextAlignCenter
		if c.n > 0 {
			n.Importance = c.importance
		}
		caption := widget.NewLabel(c.caption)
		caption.Alignment = fyne.TextAlignCenter
		caption.Wrapping = fyne.TextWrapWord
		w.countLabels[i] = n
		cells = append(cells, container.NewVBox(n, caption))
	}
	return container.NewGridWithColumns(len(cells), cells...)
}

// buildProblemList makes the table of the rows rejected or warned about,
// with the note above it; without problems an empty space.
func (w *importWizard) buildProblemList() fyne.CanvasObject {
	w.problemNote = widget.NewLabel("")
	w.problemNote.Wrapping = fyne.TextWrapWord
	w.problemTable = widget.NewTableWithHeaders(w.problemSize, w.newProblemCell, w.updateProblemCell)
	w.problemTable.ShowHeaderColumn = false
	w.problemTable.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("Reason")
		l.TextStyle.Bold = true
		return l
	}
	w.problemTable.UpdateHeader = w.updateProblemHeader
	w.problemTable.OnSelected = func(widget.TableCellID) { w.problemTable.UnselectAll() }
	for c, width := range []float32{70, 150, 170, 100, 450} {
		w.problemTable.SetColumnWidth(c, width)
	}
	if len(w.problems) == 0 {
		w.problemNote.SetText(lang.L("Every row was read without problems."))
		return layoutSpacer()
	}
	w.problemNote.SetText(lang.L("These rows were not imported, or were imported with a warning. Fix them in your file and import it again: job seekers already in the register are updated, not added twice."))
	return w.problemTable
}

// ignoredColumns says which columns of the file were not imported, and warns
// of those whose titles name a field another column gave.
func (w *importWizard) ignoredColumns() fyne.CanvasObject {
	res := w.result
	if len(res.Ignored) == 0 {
		return layoutSpacer()
	}
	text := lang.L("Columns not imported: {{.Columns}}", map[string]any{"Columns": strings.Join(res.Ignored, ", ")})
	for _, p := range res.Lookalikes {
		text += "\n" + problemText(p)
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	if len(res.Lookalikes) > 0 {
		l.Importance = widget.WarningImportance
	}
	return l
}

func layoutSpacer() fyne.CanvasObject { return canvas.NewRectangle(color.Transparent) }

func (w *importWizard) problemSize() (int, int) { return len(w.problems), 5 }

func (w *importWizard) newProblemCell() fyne.CanvasObject {
	l := widget.NewLabel("Xxxxxxxxx\nXxxxxxxxx") // two lines: a long reason wraps
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (w *importWizard) updateProblemCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	p := w.problems[id.Row]
	l.Wrapping, l.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	l.Importance = widget.MediumImportance
	l.TextStyle = fyne.TextStyle{}
	switch id.Col {
	case 0:
		l.Text = strconv.Itoa(p.Row)
		l.TextStyle.Bold = true
	case 1:
		l.Text = p.Column
		if l.Text == "" {
			l.Text = fieldLabel(p.Field)
		}
	case 2:
		l.Text = data.CleanText(p.Value)
	case 3:
		switch {
		case p.warning:
			l.Text, l.Importance = lang.L("Warning"), widget.WarningImportance
		case p.skipped:
			l.Text = lang.L("Skipped")
		default:
			l.Text, l.Importance = lang.L("Rejected"), widget.DangerImportance
		}
	case 4:
		l.Text = problemText(p.Problem)
		l.Wrapping, l.Truncation = fyne.TextWrapWord, fyne.TextTruncateOff
	}
	l.Refresh()
}

func (w *importWizard) updateProblemHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col < 0 || id.Col >= len(reportWords().Headers) {
		return
	}
	o.(*widget.Label).SetText(reportWords().Headers[id.Col])
}

// reportWords are the import report's words in the interface language.
func reportWords() reports.ImportReportWords {
	return reports.ImportReportWords{
		Headers:  [5]string{lang.L("Row"), lang.L("Column"), lang.L("Value"), lang.L("Outcome"), lang.L("Reason")},
		Rejected: lang.L("Rejected"),
		Skipped:  lang.L("Skipped"),
		Warning:  lang.L("Warning"),
		Message:  problemText,
	}
}

func (w *importWizard) chooseReportFile() {
	widgets.SaveFile(w.win, widgets.FileRequest{Kind: widgets.FilesReports, Title: lang.L("Save the import report"),
		Name: "laporan-impor-" + w.store.Now().Format("2006-01-02") + ".csv"}, w.onReportFile)
}

func (w *importWizard) onReportFile(wc fyne.URIWriteCloser, err error) {
	if err != nil {
		showError(err, w.win)
		return
	}
	if wc == nil {
		return
	}
	w.saveReport(wc)
}

// saveReport writes the report to the chosen file in the background.
func (w *importWizard) saveReport(wc fyne.URIWriteCloser) {
	res := w.result
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		err := writeChosenFile(wc, func(out io.Writer) error { return w.writeReport(out, res) })
		fyne.Do(func() {
			if err != nil {
				w.fail(err)
				return
			}
			w.tell(lang.L("Report saved"), lang.L("The report was saved to {{.Path}}. Open it in Excel to fix the rows.",
				map[string]any{"Path": displayPath(wc.URI())}))
		})
	}()
}

// writeReport writes the rejected rows and warnings of res as CSV.
func (w *importWizard) writeReport(out io.Writer, res importer.Result) error {
	return reports.WriteImportReport(out, slices.Concat(res.Rejections, res.Skips, res.Warnings), reportWords())
}
