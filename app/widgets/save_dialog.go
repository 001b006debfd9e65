package widgets

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// FileDialogSize is the size of the dialogs that open and save files: the
// folders and the names need room.
var FileDialogSize = fyne.NewSize(900, 600)

// ShowSaveDialog asks where to save a file, proposing name; the extensions
// offered are exts, or name's own when none are given. chosen gets the file
// (already created empty, as Fyne does), nil when the user cancelled.
func ShowSaveDialog(win fyne.Window, title, name string, chosen func(fyne.URIWriteCloser, error), exts ...string) *dialog.FileDialog {
	if len(exts) == 0 {
		exts = []string{filepath.Ext(name)}
	}
	d := dialog.NewFileSave(chosen, win)
	d.SetTitleText(title)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Resize(FileDialogSize)
	d.Show()
	return d
}
