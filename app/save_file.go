package app

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"balai/app/office"
)

// The screens save PDFs, spreadsheets and reports the same way: a save
// dialog proposing a name, the writing in the background through
// office.WriteFileAtomic, then the error or the confirmation on the UI
// goroutine.

// writeChosenFile writes the file a save dialog chose, whole or not at all.
// The dialog has created it empty: it is closed and written again through
// office.WriteFileAtomic, like the commands' files; a failed write removes it.
func writeChosenFile(wc fyne.URIWriteCloser, write func(io.Writer) error) error {
	u := wc.URI()
	err := wc.Close()
	if err == nil {
		err = office.WriteFileAtomic(u.Path(), office.PrivateFile, write)
	}
	if err != nil {
		_ = storage.Delete(u)
	}
	return err
}

// saveInBackground writes the chosen file in a goroutine (writeChosenFile).
// Then, on the UI goroutine, it shows the error or calls saved with the
// file. The returned channel receives the outcome after that, for tests;
// nobody needs to read it.
func saveInBackground(win fyne.Window, wc fyne.URIWriteCloser, write func(io.Writer) error, saved func(fyne.URI)) <-chan error {
	done := make(chan error, 1)
	go func() {
		err := writeChosenFile(wc, write)
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
