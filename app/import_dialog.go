package app

import (
	"context"
	"io"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/importer"
	"balai/data/store"
)

// Sizes of the wizard's dialogs.
var (
	previewDialogSize = fyne.NewSize(1000, 650)
	summaryDialogSize = fyne.NewSize(1000, 650)
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
	ignoredLabel  *widget.Label // the columns not imported
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
	progress     *widgets.Progress
	cancelImport context.CancelFunc

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
	warning, skipped bool
}

func newImportWizard(win fyne.Window, st *store.Store, onDone func()) *importWizard {
	return &importWizard{win: win, store: st, onDone: onDone}
}

func (w *importWizard) chooseFile() {
	widgets.OpenFile(w.win, widgets.FileRequest{Kind: widgets.FilesLists,
		Title: lang.L("Choose the job-seeker list (.xlsx or .csv)"), Exts: []string{".xlsx", ".csv"}}, w.onFileChosen)
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
			t, err = importer.ReadPreview(importer.Bytes(name, raw), "", previewReadRows)
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
		t, err := importer.ReadPreview(importer.Bytes(name, raw), sheet, previewReadRows)
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

// tell shows a message in a plain dialog.
func (w *importWizard) tell(title, msg string) {
	w.notice = msg
	showInfo(title, msg, w.win)
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
