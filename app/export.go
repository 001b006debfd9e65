package app

import (
	"context"
	"errors"
	"io"
	"iter"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// exportProgressEvery is how many rows pass between two progress updates.
const exportProgressEvery = 100

// showExportDialog writes the job seekers that filter selects (the register
// as the user sees it) to an Excel or CSV file the user chooses.
func showExportDialog(win fyne.Window, st *store.Store, filter store.SeekerFilter) {
	newExportJob(win, st, filter).chooseFile()
}

// exportJob is one export: the file dialog, then the writing in the
// background with a progress dialog, then a confirmation. Its fields are
// touched on the UI goroutine only, apart from onRow.
type exportJob struct {
	win    fyne.Window
	store  *store.Store
	filter store.SeekerFilter

	// onRow is called from the writing goroutine with the number of rows
	// written so far (every exportProgressEvery rows); nil writes silently.
	onRow func(done int)

	progress *widgets.Progress
	cancel   context.CancelFunc
	total    int // rows to write, for the progress

	// written and notice are the outcome of the last export, for tests.
	written int
	notice  string

	wg sync.WaitGroup
}

func newExportJob(win fyne.Window, st *store.Store, filter store.SeekerFilter) *exportJob {
	return &exportJob{win: win, store: st, filter: filter}
}

// defaultName is the file name offered: pencaker-2026-11-26.xlsx.
func (j *exportJob) defaultName() string {
	return "pencaker-" + j.store.Now().Format("2006-01-02") + ".xlsx"
}

func (j *exportJob) chooseFile() {
	widgets.ShowSaveDialog(j.win, lang.L("Export job seekers: Excel (.xlsx) or CSV (.csv)"), j.defaultName(), j.onFileChosen, ".xlsx", ".csv")
}

func (j *exportJob) onFileChosen(wc fyne.URIWriteCloser, err error) {
	if err != nil {
		showError(err, j.win)
		return
	}
	if wc == nil {
		return // the user closed the file dialog
	}
	wc, csv := withExportExtension(wc)
	j.start(context.Background(), wc, csv)
}

// withExportExtension picks the format from the name the user typed: .csv is
// CSV, anything else Excel. A name without an extension gets ".xlsx" added
// (unless a file of that name exists: it is then written as typed).
func withExportExtension(wc fyne.URIWriteCloser) (fyne.URIWriteCloser, bool) {
	u := wc.URI()
	switch strings.ToLower(u.Extension()) {
	case ".csv":
		return wc, true
	case "":
	default:
		return wc, false
	}
	parent, err := storage.Parent(u)
	if err != nil {
		return wc, false
	}
	named, err := storage.Child(parent, u.Name()+".xlsx")
	if err != nil {
		return wc, false
	}
	if exists, err := storage.Exists(named); err != nil || exists {
		return wc, false
	}
	renamed, err := storage.Writer(named)
	if err != nil {
		return wc, false
	}
	wc.Close()
	_ = storage.Delete(u) // the empty file the dialog made
	return renamed, false
}

// start writes the chosen file in the background, with a progress dialog
// whose Cancel stops the export; ctx cancels it too.
func (j *exportJob) start(parent context.Context, wc fyne.URIWriteCloser, csv bool) {
	ctx, cancel := context.WithCancel(parent)
	j.cancel = cancel
	j.showProgress(wc.URI().Name())
	j.onRow = func(done int) { fyne.Do(func() { j.setProgress(done) }) }

	j.wg.Add(1)
	go func() {
		defer j.wg.Done()
		defer cancel()
		total, _ := j.store.CountSeekers(ctx, j.filter)
		fyne.Do(func() { j.setTotal(total) })
		var n int
		err := writeChosenFile(wc, func(w io.Writer) (err error) {
			n, err = j.write(ctx, w, csv)
			return err
		})
		fyne.Do(func() { j.done(wc.URI(), n, err) })
	}()
}

// write writes the filter's job seekers to w as CSV or XLSX and returns how
// many it wrote.
func (j *exportJob) write(ctx context.Context, w io.Writer, csv bool) (int, error) {
	seekers := j.store.AllSeekers(ctx, j.filter)
	if j.onRow != nil {
		seekers = countRows(seekers, j.onRow)
	}
	var n int
	var err error
	if csv {
		n, err = reports.WriteSeekersCSV(w, seekers)
	} else {
		n, err = reports.WriteSeekersXLSX(w, seekers)
	}
	if err == nil {
		err = ctx.Err()
	}
	return n, err
}

// countRows passes seekers on, telling onRow how many went by.
func countRows(seekers iter.Seq2[data.Seeker, error], onRow func(int)) iter.Seq2[data.Seeker, error] {
	return func(yield func(data.Seeker, error) bool) {
		n := 0
		for sk, err := range seekers {
			if err == nil {
				n++
				if n%exportProgressEvery == 0 {
					onRow(n)
				}
			}
			if !yield(sk, err) {
				return
			}
		}
	}
}

func (j *exportJob) showProgress(name string) {
	j.progress = widgets.ShowProgress(j.win, lang.L("Exporting job seekers"),
		lang.L("Writing {{.File}}…", map[string]any{"File": name}), lang.L("Cancelling…"), j.onCancel)
}

func (j *exportJob) setTotal(total int) {
	j.total = total
	j.setProgress(0)
}

func (j *exportJob) setProgress(done int) {
	if j.progress != nil {
		j.progress.Set(done, j.total)
	}
}

func (j *exportJob) onCancel() {
	if j.cancel != nil {
		j.cancel()
	}
}

func (j *exportJob) done(u fyne.URI, n int, err error) {
	if j.progress != nil {
		j.progress.Hide()
	}
	switch {
	case errors.Is(err, context.Canceled):
		j.notice = lang.L("The export was cancelled. No file was written.")
		showInfo(lang.L("Export cancelled"), j.notice, j.win)
		return
	case err != nil:
		j.notice = userMessage(err)
		showError(err, j.win)
		return
	}
	j.written = n
	j.notice = lang.L("{{.Count}} job seekers were written to {{.Path}}.",
		map[string]any{"Count": formatCount(n), "Path": displayPath(u)})
	widgets.ShowSaved(j.win, lang.L("Export finished"), j.notice, u)
}
