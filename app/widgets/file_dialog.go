package widgets

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// Every screen opens and saves files through these: the system's own
// dialog where the platform has one (Windows; the desktop portal on Linux),
// else Fyne's; the folder last used for each kind of file is offered again.

// FileRequest is what a file dialog asks for.
type FileRequest struct {
	// Kind names the kind of file, for remembering its folder: one of the
	// Files… kinds, or another word.
	Kind  string
	Title string
	Name  string   // the file name proposed (saving)
	Exts  []string // the extensions offered, ".pdf"; none: any file

	parent string // the window as the system's dialog names it, read on the UI goroutine
}

// Kinds of file whose folders are remembered apart.
const (
	FilesDocuments    = "documents"    // PDFs written: schedules, sheets, certificates
	FilesSpreadsheets = "spreadsheets" // workbooks and CSV written: exports, sheets to fill in
	FilesLists        = "lists"        // lists read: seekers, NIKs, holidays, filled-in sheets
	FilesImages       = "images"       // photos, logos, signatures
	FilesReports      = "reports"      // reports of imports
)

// NativeDialogs makes the file dialogs the system's where there is one.
// The window sets it; tests leave it off and drive Fyne's dialogs.
var NativeDialogs = false

// errNoNativeDialog says the platform has no dialog of its own here: Fyne's is used.
var errNoNativeDialog = errors.New("no native file dialog")

// prefFolder is the preference key of the last folder of a kind of file.
func prefFolder(kind string) string { return "folder." + kind }

// LastFolder is the folder last used for kind, "" when none.
func LastFolder(kind string) string {
	if kind == "" || fyne.CurrentApp() == nil {
		return ""
	}
	return fyne.CurrentApp().Preferences().String(prefFolder(kind))
}

// rememberFolder keeps dir as the folder of kind.
func rememberFolder(kind, dir string) {
	if kind != "" && dir != "" && fyne.CurrentApp() != nil {
		fyne.CurrentApp().Preferences().SetString(prefFolder(kind), dir)
	}
}

// SaveFile asks where to save a file; chosen gets it created empty (as
// Fyne's dialog does), nil when the user cancelled. Call it on the UI
// goroutine; chosen runs there. It returns Fyne's dialog when it shows
// that, nil for the system's.
func SaveFile(win fyne.Window, req FileRequest, chosen func(fyne.URIWriteCloser, error)) *dialog.FileDialog {
	if len(req.Exts) == 0 && req.Name != "" {
		req.Exts = []string{filepath.Ext(req.Name)}
	}
	done := func(path string) {
		if path == "" {
			chosen(nil, nil)
			return
		}
		path = withExtension(path, req.Exts)
		rememberFolder(req.Kind, filepath.Dir(path))
		chosen(storage.Writer(storage.NewFileURI(path)))
	}
	fyneSave := func() *dialog.FileDialog {
		d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
			if wc != nil {
				rememberFolder(req.Kind, filepath.Dir(wc.URI().Path()))
			}
			chosen(wc, err)
		}, win)
		d.SetFileName(req.Name)
		return fyneDialog(d, req)
	}
	return runNative(win, req, nativeSave, done, fyneSave)
}

// OpenFile asks for a file to read; chosen gets it open, nil when the user
// cancelled. It returns Fyne's dialog when it shows that.
func OpenFile(win fyne.Window, req FileRequest, chosen func(fyne.URIReadCloser, error)) *dialog.FileDialog {
	done := func(path string) {
		if path == "" {
			chosen(nil, nil)
			return
		}
		rememberFolder(req.Kind, filepath.Dir(path))
		chosen(storage.Reader(storage.NewFileURI(path)))
	}
	return runNative(win, req, nativeOpen, done, func() *dialog.FileDialog {
		d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if rc != nil {
				rememberFolder(req.Kind, filepath.Dir(rc.URI().Path()))
			}
			chosen(rc, err)
		}, win)
		return fyneDialog(d, req)
	})
}

// OpenFolder asks for a folder; chosen gets it, nil when the user cancelled.
// It returns Fyne's dialog when it shows that.
func OpenFolder(win fyne.Window, req FileRequest, chosen func(fyne.ListableURI, error)) *dialog.FileDialog {
	done := func(path string) {
		if path == "" {
			chosen(nil, nil)
			return
		}
		rememberFolder(req.Kind, path)
		chosen(storage.ListerForURI(storage.NewFileURI(path)))
	}
	return runNative(win, req, nativeFolder, done, func() *dialog.FileDialog {
		d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if dir != nil {
				rememberFolder(req.Kind, dir.Path())
			}
			chosen(dir, err)
		}, win)
		return fyneDialog(d, req)
	})
}

// fyneDialog shows Fyne's file dialog d for req, in the folder last used.
func fyneDialog(d *dialog.FileDialog, req FileRequest) *dialog.FileDialog {
	if req.Title != "" {
		d.SetTitleText(req.Title)
	}
	if len(req.Exts) > 0 && req.Exts[0] != "" {
		d.SetFilter(storage.NewExtensionFileFilter(req.Exts))
	}
	if dir := LastFolder(req.Kind); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(FileDialogSize)
	d.Show()
	return d
}

// nativeAsk shows a system dialog for req starting in dir and returns the
// path chosen, "" when cancelled, errNoNativeDialog when there is none.
type nativeAsk func(win fyne.Window, req FileRequest, dir string) (string, error)

// runNative runs ask off the UI goroutine — the system's dialog blocks
// until answered — behind a note that keeps the window from being used
// meanwhile, then hands the path to done on the UI goroutine. Without
// native dialogs, or when the system turns out to have none, it shows
// Fyne's (fallback) instead.
func runNative(win fyne.Window, req FileRequest, ask nativeAsk, done func(path string), fallback func() *dialog.FileDialog) *dialog.FileDialog {
	if !NativeDialogs {
		return fallback()
	}
	dir := LastFolder(req.Kind)
	req.parent = portalParent(win)
	wait := dialog.NewCustomWithoutButtons(req.Title, container.NewVBox(
		widget.NewLabel(lang.L("Choose in the window that opened."))), win)
	wait.Show()
	go func() {
		path, err := ask(win, req, dir)
		fyne.Do(func() {
			wait.Hide()
			switch {
			case errors.Is(err, errNoNativeDialog):
				NativeDialogs = false // none here: Fyne's from now on
				fallback()            // its dialog is not returned: the caller has gone on
			case err != nil:
				fyne.LogError("native file dialog", err)
				fallback() // its dialog is not returned: the caller has gone on
			default:
				done(path)
			}
		})
	}()
	return nil
}

// withExtension adds exts[0] to path when it has none of exts.
func withExtension(path string, exts []string) string {
	if len(exts) == 0 || exts[0] == "" {
		return path
	}
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range exts {
		if ext == strings.ToLower(e) {
			return path
		}
	}
	return path + exts[0]
}
