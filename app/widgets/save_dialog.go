package widgets

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// FileDialogSize is the size of Fyne's dialogs that open and save files:
// the folders and the names need room.
var FileDialogSize = fyne.NewSize(900, 600)

// ShowSaveDialog asks where to save a file, proposing name; the extensions
// offered are exts, or name's own when none are given. chosen gets the file
// (already created empty, as Fyne does), nil when the user cancelled. It is
// SaveFile with the kind of file told by the extension: PDFs are documents,
// anything else spreadsheets.
func ShowSaveDialog(win fyne.Window, title, name string, chosen func(fyne.URIWriteCloser, error), exts ...string) *dialog.FileDialog {
	if len(exts) == 0 {
		exts = []string{filepath.Ext(name)}
	}
	kind := FilesSpreadsheets
	if strings.EqualFold(exts[0], ".pdf") {
		kind = FilesDocuments
	}
	return SaveFile(win, FileRequest{Kind: kind, Title: title, Name: name, Exts: exts}, chosen)
}
