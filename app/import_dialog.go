package app

import (
	"balai/data/store"

	"context"
	"errors"
	"image/color"
	"io"
	"slices"
	"strconv"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/importer"
	"balai/reports"
)

// previewRows is how many data rows the preview shows.
const previewRows = 10

// headerSearchRows is how many rows the user may pick the column titles from
// (as many as importer.DetectMapping looks at).
const headerSearchRows = 20

// previewReadRows is how many rows of the file the preview reads: the
// import itself streams the whole file again.
const previewReadRows = headerSearchRows + previewRows

// Sizes of the wizard's dialogs.
var (
	previewDialogSize = fyne.NewSize(1000, 650)
	summaryDialogSize = fyne.NewSize(1000, 650)
	fileDialogSize    = fyne.NewSize(900, 600)
)

// showImportWizard imports a job-seeker list from a CSV or XLSX file: choose
// the file, check which column holds what, import with progress, then read
// what happened to every row. onDone runs after a successful import.
func showImportWizard(win fyne.Window, st *store.Store, onDone func()) {
	newImportWizard(win, st, onDone).chooseFile()
}

// importWizard holds the state of one import. Its fields are touched on the
// UI goroutine only; the slow work (reading the file, the import, writing the
// report) runs in goroutines counted by wg that hand their result back
// through fyne.Do.
type importWizard struct {
	win    fyne.Window
	store  *store.Store
	onDone func()

	// The file.
	name     string
	raw      []byte          // its bytes, kept to read another sheet of a workbook
	table    *importer.Table // the sheet read
	header   int             // index in table.Rows of the column-title row
	mapping  []string        // field per column ("" = ignored)
	detected bool            // DetectMapping found the NIK and name columns itself
	result   importer.Result

	// Step 2: preview.
	preview       *dialog.CustomDialog
	fileLabel     *widget.Label
	sheetRow      *fyne.Container
	sheetSelect   *widget.Select
	headerSelect  *widget.Select
	rowsLabel     *widget.Label
	hint          *widget.Label
	previewTable  *widget.Table
	columnTitles  []*widget.Label
	columnSelects []*widget.Select
	columnHeads   []fyne.CanvasObject // title + select, one per column
	rowHeads      []*widget.Label     // spreadsheet row numbers of the preview rows
	importButton  *widget.Button

	// Busy indicator while a file is read.
	busy    *dialog.CustomDialog
	busyBar *widget.ProgressBarInfinite

	// Step 3: progress.
	progress      *dialog.CustomDialog
	progressBar   *widget.ProgressBar
	progressLabel *widget.Label
	cancelButton  *widget.Button
	cancelImport  context.CancelFunc

	// Step 4: summary.
	summary      *dialog.CustomDialog
	countLabels  [5]*widget.Label // imported, updated, unchanged, rejected, blank
	problems     []importProblem
	problemTable *widget.Table
	problemNote  *widget.Label
	reportButton *widget.Button

	// notice is the last message the wizard showed in a plain dialog (cancel,
	// error, report saved), for tests.
	notice string

	wg sync.WaitGroup
}

// importProblem is one line of the summary's list: a rejection or a warning.
type importProblem struct {
	data.RowProblem
	warning bool
}

func newImportWizard(win fyne.Window, st *store.Store, onDone func()) *importWizard {
	return &importWizard{win: win, store: st, onDone: onDone}
}

// Step 1: the file.

func (w *importWizard) chooseFile() {
	d := dialog.NewFileOpen(w.onFileChosen, w.win)
	d.SetTitleText(lang.L("Choose the job-seeker list (.xlsx or .csv)"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".csv"}))
	d.Resize(fileDialogSize)
	d.Show()
}

func (w *importWizard) onFileChosen(r fyne.URIReadCloser, err error) {
	if err != nil {
		showError(err, w.win)
		return
	}
	if r == nil {
		return // the user closed the file dialog
	}
	w.load(r.URI().Name(), r)
}

// load reads the file (closing r if it is a Closer) in the background, then
// shows the preview, or the error.
func (w *importWizard) load(name string, r io.Reader) {
	w.name = name
	w.showBusy(lang.L("Reading {{.File}}…", map[string]any{"File": name}))
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		raw, err := io.ReadAll(r)
		if c, ok := r.(io.Closer); ok {
			c.Close()
		}
		var t *importer.Table
		if err == nil {
			t, err = importer.ReadPreview(raw, name, "", previewReadRows)
		}
		fyne.Do(func() {
			w.hideBusy()
			if err != nil {
				w.fail(err)
				return
			}
			w.raw = raw
			w.setTable(t)
			w.showPreview()
		})
	}()
}

// readSheet reads another sheet of the workbook in the background.
func (w *importWizard) readSheet(sheet string) {
	if w.table == nil || sheet == w.table.Sheet {
		return
	}
	raw, name := w.raw, w.name
	w.showBusy(lang.L("Reading sheet {{.Sheet}}…", map[string]any{"Sheet": sheet}))
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		t, err := importer.ReadPreview(raw, name, sheet, previewReadRows)
		fyne.Do(func() {
			w.hideBusy()
			if err != nil {
				w.fail(err)
				w.sheetSelect.SetSelected(w.table.Sheet) // back to the sheet shown
				return
			}
			w.setTable(t)
			w.refreshPreview()
		})
	}()
}

func (w *importWizard) showBusy(msg string) {
	w.busyBar = widget.NewProgressBarInfinite()
	w.busy = dialog.NewCustomWithoutButtons(lang.L("Please wait"), container.NewVBox(widget.NewLabel(msg), w.busyBar), w.win)
	w.busy.Show()
}

func (w *importWizard) hideBusy() {
	if w.busy != nil {
		w.busyBar.Stop() // its animation would otherwise run on
		w.busy.Hide()
		w.busy, w.busyBar = nil, nil
	}
}

// setTable takes a newly read sheet and finds its columns.
func (w *importWizard) setTable(t *importer.Table) {
	w.table = t
	header, mapping, ok := importer.DetectMapping(t)
	w.detected = ok
	if !ok {
		header, mapping = 0, nil
	}
	w.header = header
	w.mapping = w.fitMapping(mapping)
}

// setHeader makes row (an index in table.Rows) the column-title row and maps
// its columns by their titles.
func (w *importWizard) setHeader(row int) {
	if row < 0 || row >= len(w.table.Rows) {
		return
	}
	w.header = row
	used := map[string]bool{}
	mapping := make([]string, len(w.table.Rows[row]))
	for c, title := range w.table.Rows[row] {
		if f := importer.FieldForHeader(title); f != "" && !used[f] {
			mapping[c], used[f] = f, true
		}
	}
	w.mapping = w.fitMapping(mapping)
}

// fitMapping widens m to the widest row below the header, so that a column
// without a title can still be chosen.
func (w *importWizard) fitMapping(m []string) []string {
	width := len(m)
	for _, row := range w.table.Rows[min(w.header, len(w.table.Rows)):] {
		width = max(width, len(row))
	}
	out := make([]string, width)
	copy(out, m)
	return out
}

// dataRows is the number of rows below the column titles.
func (w *importWizard) dataRows() int {
	if w.table == nil {
		return 0
	}
	return max(0, w.table.Total-w.header-1)
}

// Step 2: preview and column mapping.

func (w *importWizard) showPreview() {
	if w.preview == nil {
		w.buildPreview()
	}
	w.refreshPreview()
	w.preview.Show()
	w.preview.Resize(previewDialogSize)
}

func (w *importWizard) buildPreview() {
	w.fileLabel = widget.NewLabel("")
	w.fileLabel.TextStyle.Bold = true
	w.fileLabel.Truncation = fyne.TextTruncateEllipsis

	w.sheetSelect = widget.NewSelect(nil, nil)
	w.sheetRow = container.NewHBox(widget.NewLabel(lang.L("Sheet:")), w.sheetSelect)

	w.headerSelect = widget.NewSelect(nil, nil)
	w.rowsLabel = widget.NewLabel("")

	w.hint = widget.NewLabel("")
	w.hint.Wrapping = fyne.TextWrapWord

	w.previewTable = widget.NewTableWithHeaders(w.previewSize, w.newPreviewCell, w.updatePreviewCell)
	w.previewTable.CreateHeader = func() fyne.CanvasObject { return container.NewStack() }
	w.previewTable.UpdateHeader = w.updatePreviewHeader
	w.previewTable.OnSelected = func(widget.TableCellID) { w.previewTable.UnselectAll() }

	w.importButton = widget.NewButtonWithIcon("", theme.UploadIcon(), w.runImport)
	w.importButton.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), w.onPreviewCancel)

	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewIcon(theme.FileIcon()), nil, w.fileLabel),
		container.NewHBox(w.sheetRow, widget.NewLabel(lang.L("Column titles are in row")), w.headerSelect,
			widget.NewSeparator(), w.rowsLabel),
		w.hint,
	)
	content := container.NewBorder(top, nil, nil, nil, w.previewTable)
	w.preview = dialog.NewCustomWithoutButtons(lang.L("Import job seekers: check the columns"), content, w.win)
	w.preview.SetButtons([]fyne.CanvasObject{cancel, w.importButton})
}

// refreshPreview shows the current table and mapping.
func (w *importWizard) refreshPreview() {
	t := w.table
	w.fileLabel.SetText(w.name)

	w.sheetSelect.OnChanged = nil
	w.sheetSelect.Options = t.Sheets
	w.sheetSelect.SetSelected(t.Sheet)
	w.sheetSelect.OnChanged = w.readSheet
	if len(t.Sheets) > 1 {
		w.sheetRow.Show()
	} else {
		w.sheetRow.Hide()
	}

	var rows []string
	for i := range min(headerSearchRows, len(t.Rows)) {
		rows = append(rows, strconv.Itoa(t.RowNums[i]))
	}
	w.headerSelect.OnChanged = nil
	w.headerSelect.Options = rows
	if w.header < len(rows) {
		w.headerSelect.SetSelectedIndex(w.header)
	}
	w.headerSelect.OnChanged = w.onHeaderChanged

	w.buildColumns()
	w.updateGate()
}

// buildColumns makes the header cell (title and field choice) of every column
// and the row-number cell of every preview row.
func (w *importWizard) buildColumns() {
	options := make([]string, 0, len(importer.ImportFields)+1)
	options = append(options, lang.L("— ignore —"))
	for _, f := range importer.ImportFields {
		options = append(options, fieldLabel(f))
	}
	var titles []string
	if w.header < len(w.table.Rows) {
		titles = w.table.Rows[w.header]
	}
	w.columnTitles = make([]*widget.Label, len(w.mapping))
	w.columnSelects = make([]*widget.Select, len(w.mapping))
	w.columnHeads = make([]fyne.CanvasObject, len(w.mapping))
	for c, field := range w.mapping {
		title := columnLetter(c)
		if c < len(titles) && data.CleanText(titles[c]) != "" {
			title += " · " + data.CleanText(titles[c])
		}
		l := widget.NewLabel(title)
		l.TextStyle.Bold = true
		l.Truncation = fyne.TextTruncateEllipsis
		sel := widget.NewSelect(options, nil)
		sel.SetSelectedIndex(fieldIndex(field))
		col := c
		sel.OnChanged = func(string) { w.onMappingChanged(col) }
		w.columnTitles[c], w.columnSelects[c] = l, sel
		w.columnHeads[c] = container.NewVBox(l, sel)
	}
	w.rowHeads = w.rowHeads[:0]
	for i := range w.previewCount() {
		l := widget.NewLabel(strconv.Itoa(w.table.RowNums[w.header+1+i]))
		l.Alignment = fyne.TextAlignTrailing
		w.rowHeads = append(w.rowHeads, l)
	}

	headHeight := container.NewVBox(widget.NewLabel("X"), widget.NewSelect([]string{"X"}, nil)).MinSize().Height
	w.previewTable.SetRowHeight(-1, headHeight)
	w.previewTable.SetColumnWidth(-1, widget.NewLabel("00000").MinSize().Width)
	for c := range w.mapping {
		w.previewTable.SetColumnWidth(c, 190)
	}
	w.previewTable.ScrollToTop()
	w.previewTable.ScrollToLeading()
	w.previewTable.Refresh()
	w.rowsLabel.SetText(lang.L("{{.Count}} rows below the titles", map[string]any{"Count": formatCount(w.dataRows())}))
}

// fieldIndex is field's position in a column's choices (0 = ignore).
func fieldIndex(field string) int {
	if field == "" {
		return 0
	}
	return slices.Index(importer.ImportFields, field) + 1
}

// columnLetter is Excel's name of a column: A, B, … Z, AA, AB, …
func columnLetter(c int) string {
	s := ""
	for c++; c > 0; c = (c - 1) / 26 {
		s = string(rune('A'+(c-1)%26)) + s
	}
	return s
}

func (w *importWizard) previewCount() int { return min(previewRows, w.dataRows()) }

func (w *importWizard) previewSize() (int, int) { return w.previewCount(), len(w.mapping) }

func (w *importWizard) newPreviewCell() fyne.CanvasObject {
	l := widget.NewLabel("6471052205868851")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (w *importWizard) updatePreviewCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	text := ""
	if row := w.header + 1 + id.Row; row < len(w.table.Rows) && id.Col < len(w.table.Rows[row]) {
		text = data.CleanText(w.table.Rows[row][id.Col]) // one line, as a cell shows it
	}
	// An ignored column is greyed: it is not imported.
	importance := widget.MediumImportance
	if id.Col < len(w.mapping) && w.mapping[id.Col] == "" {
		importance = widget.LowImportance
	}
	if l.Text != text || l.Importance != importance {
		l.Text, l.Importance = text, importance
		l.Refresh()
	}
}

func (w *importWizard) updatePreviewHeader(id widget.TableCellID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	var cell fyne.CanvasObject
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(w.columnHeads):
		cell = w.columnHeads[id.Col]
	case id.Col < 0 && id.Row >= 0 && id.Row < len(w.rowHeads):
		cell = w.rowHeads[id.Row]
	}
	if cell == nil {
		box.Objects = nil
	} else if len(box.Objects) != 1 || box.Objects[0] != cell {
		box.Objects = []fyne.CanvasObject{cell}
	}
	box.Refresh()
}

func (w *importWizard) onHeaderChanged(string) {
	i := w.headerSelect.SelectedIndex()
	if i < 0 || i == w.header {
		return
	}
	w.setHeader(i)
	w.buildColumns()
	w.updateGate()
}

// onMappingChanged takes the field chosen for a column. A field goes to one
// column only: the column that had it before is set to ignore.
func (w *importWizard) onMappingChanged(col int) {
	i := w.columnSelects[col].SelectedIndex()
	field := ""
	if i > 0 {
		field = importer.ImportFields[i-1]
	}
	w.mapping[col] = field
	if field != "" {
		for c, f := range w.mapping {
			if c != col && f == field {
				w.mapping[c] = ""
				w.columnSelects[c].SetSelectedIndex(0)
			}
		}
	}
	w.previewTable.Refresh()
	w.updateGate()
}

// updateGate enables Import once a NIK and a name column are chosen, and says
// what the user has to do.
func (w *importWizard) updateGate() {
	w.importButton.SetText(lang.L("Import {{.Count}} rows", map[string]any{"Count": formatCount(w.dataRows())}))
	if importer.CheckMapping(w.mapping) {
		w.importButton.Enable()
		w.hint.Importance = widget.MediumImportance
		w.hint.SetText(lang.L("Check that each column goes to the right field; change it in the column heading if not. Greyed columns are not imported. A NIK already in the register updates that job seeker."))
		return
	}
	w.importButton.Disable()
	w.hint.Importance = widget.DangerImportance
	if len(w.table.Rows) == 0 {
		w.hint.SetText(lang.L("This sheet is empty. Choose another sheet or another file."))
		return
	}
	if w.detected {
		w.hint.SetText(lang.L("Choose which column holds the NIK and which holds the full name: both are needed to import."))
	} else {
		w.hint.SetText(lang.L("Balai did not find the NIK and name columns in this file. In the column headings below, choose which column holds the NIK and which holds the full name. If the titles are not in the first row, choose their row above."))
	}
}

func (w *importWizard) onPreviewCancel() { w.preview.Hide() }

// Step 3: import with progress.

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
		res, err := importer.ImportSeekers(ctx, w.store, raw, name, opt)
		fyne.Do(func() { w.importDone(res, err) })
	}()
}

func (w *importWizard) showProgress() {
	w.progressBar = widget.NewProgressBar()
	w.progressLabel = widget.NewLabel(lang.L("Importing {{.Count}} rows from {{.File}}…",
		map[string]any{"Count": formatCount(w.dataRows()), "File": w.name}))
	w.progressLabel.Wrapping = fyne.TextWrapWord
	w.cancelButton = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), w.onCancelImport)
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(460, 0))
	w.progress = dialog.NewCustomWithoutButtons(lang.L("Importing job seekers"),
		container.NewVBox(spacer, w.progressLabel, w.progressBar), w.win)
	w.progress.SetButtons([]fyne.CanvasObject{w.cancelButton})
	w.progress.Show()
}

func (w *importWizard) setProgress(done, total int) {
	if w.progressBar == nil || total <= 0 {
		return
	}
	w.progressBar.SetValue(float64(done) / float64(total))
}

// onCancelImport stops the import; the store rolls everything back.
func (w *importWizard) onCancelImport() {
	if w.cancelImport != nil {
		w.cancelImport()
	}
	w.cancelButton.Disable()
	w.progressLabel.SetText(lang.L("Cancelling… nothing will be saved."))
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
		dialog.ShowError(errors.New(w.notice), w.win)
		return
	}
	w.result = res
	w.showSummary()
	if w.onDone != nil {
		w.onDone()
	}
}

// Step 4: summary.

func (w *importWizard) showSummary() {
	res := w.result
	w.problems = w.problems[:0]
	for _, p := range res.Rejections {
		w.problems = append(w.problems, importProblem{RowProblem: p})
	}
	for _, p := range res.Warnings {
		w.problems = append(w.problems, importProblem{RowProblem: p, warning: true})
	}
	slices.SortStableFunc(w.problems, func(a, b importProblem) int { return a.Row - b.Row })

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
		{res.Blank, lang.L("blank rows skipped"), widget.MediumImportance},
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

	intro := widget.NewLabel(lang.L("{{.File}}: {{.Count}} rows read.", map[string]any{"File": w.name, "Count": formatCount(res.DataRows)}))
	intro.Wrapping = fyne.TextWrapWord

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

	var list fyne.CanvasObject = w.problemTable
	if len(w.problems) == 0 {
		w.problemNote.SetText(lang.L("Every row was read without problems."))
		list = layoutSpacer()
	} else {
		w.problemNote.SetText(lang.L("These rows were not imported, or were imported with a warning. Fix them in your file and import it again: job seekers already in the register are updated, not added twice."))
	}

	w.reportButton = widget.NewButtonWithIcon(lang.L("Save report…"), theme.DocumentSaveIcon(), w.chooseReportFile)
	if len(w.problems) == 0 {
		w.reportButton.Disable()
	}
	closeButton := widget.NewButtonWithIcon(lang.L("Close"), theme.ConfirmIcon(), func() { w.summary.Hide() })
	closeButton.Importance = widget.HighImportance

	top := container.NewVBox(intro, container.NewGridWithColumns(len(cells), cells...), widget.NewSeparator(), w.problemNote)
	w.summary = dialog.NewCustomWithoutButtons(lang.L("Import finished"), container.NewBorder(top, nil, nil, nil, list), w.win)
	w.summary.SetButtons([]fyne.CanvasObject{w.reportButton, closeButton})
	w.summary.Show()
	w.summary.Resize(summaryDialogSize)
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
		if p.warning {
			l.Text, l.Importance = lang.L("Warning"), widget.WarningImportance
		} else {
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
		Warning:  lang.L("Warning"),
		Message:  problemText,
	}
}

func (w *importWizard) chooseReportFile() {
	showSaveDialog(w.win, lang.L("Save the import report"), "laporan-impor-"+w.store.Now().Format("2006-01-02")+".csv", w.onReportFile)
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

// saveReport writes the report to wc (closing it) in the background.
func (w *importWizard) saveReport(wc fyne.URIWriteCloser) {
	res := w.result
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		err := w.writeReport(wc, res)
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
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
	return reports.WriteImportReport(out, res.Rejections, res.Warnings, reportWords())
}

// tell shows a message in a plain dialog.
func (w *importWizard) tell(title, msg string) {
	w.notice = msg
	dialog.ShowInformation(title, msg, w.win)
}

// fail shows an error.
func (w *importWizard) fail(err error) {
	w.notice = userMessage(err)
	showError(err, w.win)
}

// displayPath is where a file is, as the user knows it.
func displayPath(u fyne.URI) string {
	if u.Scheme() == "file" {
		return u.Path()
	}
	return u.String()
}
