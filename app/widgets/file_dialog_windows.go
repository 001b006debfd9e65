//go:build windows

package widgets

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/sqweek/dialog"
)

// On Windows the common Open and Save dialogs that BLK staff know, through
// github.com/sqweek/dialog (Win32 calls, no cgo).

func portalParent(fyne.Window) string { return "" }

func nativeBuilder(req FileRequest, dir string) *dialog.FileBuilder {
	b := dialog.File().Title(req.Title)
	if dir != "" {
		b = b.SetStartDir(dir)
	}
	if req.Name != "" {
		b = b.SetStartFile(req.Name)
	}
	var exts []string
	for _, e := range req.Exts {
		if e = strings.TrimPrefix(e, "."); e != "" {
			exts = append(exts, e)
		}
	}
	if len(exts) > 0 {
		b = b.Filter(strings.ToUpper(strings.Join(exts, ", ")), exts...)
	}
	return b
}

// cancelled turns the library's Cancelled into no path.
func cancelled(path string, err error) (string, error) {
	if errors.Is(err, dialog.ErrCancelled) {
		return "", nil
	}
	return path, err
}

func nativeSave(_ fyne.Window, req FileRequest, dir string) (string, error) {
	return cancelled(nativeBuilder(req, dir).Save())
}

func nativeOpen(_ fyne.Window, req FileRequest, dir string) (string, error) {
	return cancelled(nativeBuilder(req, dir).Load())
}

func nativeFolder(_ fyne.Window, req FileRequest, dir string) (string, error) {
	b := dialog.Directory().Title(req.Title)
	if dir != "" {
		b = b.SetStartDir(dir)
	}
	return cancelled(b.Browse())
}
