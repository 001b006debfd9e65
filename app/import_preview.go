package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/importer"
)

// Step 2 of the import wizard: the first rows of the sheet, which row holds
// the column titles and which field each column goes to.

// previewRows is how many data rows the preview shows.
const previewRows = 10

// headerSearchRows is how many rows the user may pick the column titles from
// (as many as importer.DetectMapping looks at).
const headerSearchRows = 20

// previewReadRows is how many rows of the file the preview reads: the import
// itself streams the whole file again.
const previewReadRows = headerSearchRows + previewRows

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
	w.ignoredLabel = widget.NewLabel("")
	w.ignoredLabel.Wrapping = fyne.TextWrapWord
	w.ignoredLabel.Importance = widget.LowImportance

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
		w.ignoredLabel,
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
	w.showIgnored()
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

// showIgnored names the columns that will not be imported: nothing in the
// file is left out without the clerk seeing it.
func (w *importWizard) showIgnored() {
	var names []string
	var titles []string
	if w.header < len(w.table.Rows) {
		titles = w.table.Rows[w.header]
	}
	for c, f := range w.mapping {
		if f != "" {
			continue
		}
		title := ""
		if c < len(titles) {
			title = data.CleanText(titles[c])
		}
		if title == "" && !w.columnHasData(c) {
			continue
		}
		if title == "" {
			title = lang.L("column {{.Letter}}", map[string]any{"Letter": columnLetter(c)})
		}
		names = append(names, title)
	}
	if len(names) == 0 {
		w.ignoredLabel.SetText(lang.L("Every column is imported."))
		return
	}
	w.ignoredLabel.SetText(lang.L("Not imported (greyed): {{.Columns}}", map[string]any{"Columns": strings.Join(names, ", ")}))
}

// columnHasData reports whether column c holds a value below the titles in
// the rows read.
func (w *importWizard) columnHasData(c int) bool {
	for _, row := range w.table.Rows[min(w.header+1, len(w.table.Rows)):] {
		if c < len(row) && strings.TrimSpace(row[c]) != "" {
			return true
		}
	}
	return false
}

func (w *importWizard) onPreviewCancel() { w.preview.Hide() }
