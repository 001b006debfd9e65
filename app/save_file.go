package app

import (
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// The screens save PDFs, spreadsheets and reports the same way: a save
// dialog proposing a name, the writing in the background, a half-written
// file removed, then the error or the confirmation on the UI goroutine.

// showSaveDialog asks where to save a file, proposing name; the extensions
// offered are exts, or name's own when none are given.
func showSaveDialog(win fyne.Window, title, name string, chosen func(fyne.URIWriteCloser, error), exts ...string) {
	if len(exts) == 0 {
		exts = []string{filepath.Ext(name)}
	}
	d := dialog.NewFileSave(chosen, win)
	d.SetTitleText(title)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Resize(fileDialogSize)
	d.Show()
}

// saveInBackground writes to wc in a goroutine and closes it; a file not
// written whole is deleted. Then, on the UI goroutine, it shows the error or
// calls saved with the file. The returned channel receives the outcome after
// that, for tests; nobody needs to read it.
func saveInBackground(win fyne.Window, wc fyne.URIWriteCloser, write func(io.Writer) error, saved func(fyne.URI)) <-chan error {
	done := make(chan error, 1)
	go func() {
		err := write(wc)
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = storage.Delete(wc.URI())
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, win)
			} else if saved != nil {
				saved(wc.URI())
			}
			done <- err
		})
	}()
	return done
}
