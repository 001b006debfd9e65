package widgets

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ShowSaved tells that a document was written — message, then the file's
// name and folder — and offers to open the file or its folder in the
// system's programs. Enter opens the file, Esc closes.
func ShowSaved(win fyne.Window, title, message string, file fyne.URI) dialog.Dialog {
	folder := ""
	dir, err := storage.Parent(file)
	if err == nil {
		folder = dir.Path()
	}
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	where := widget.NewLabel(lang.L("File: {{.Name}}\nFolder: {{.Folder}}", map[string]any{"Name": file.Name(), "Folder": folder}))
	where.Wrapping = fyne.TextWrapBreak
	where.TextStyle.Monospace = true
	d := dialog.NewCustomWithoutButtons(title, container.NewVBox(text, where), win)
	openFile := widget.NewButtonWithIcon(lang.L("Open"), theme.FileIcon(), func() {
		d.Hide()
		OpenInSystem(file, win)
	})
	openFile.Importance = widget.HighImportance
	openFolder := widget.NewButtonWithIcon(lang.L("Open folder"), theme.FolderOpenIcon(), func() {
		d.Hide()
		if dir != nil {
			OpenInSystem(dir, win)
		}
	})
	if dir == nil {
		openFolder.Disable()
	}
	closeBtn := widget.NewButton(lang.L("Close"), d.Hide)
	d.SetButtons([]fyne.CanvasObject{closeBtn, openFolder, openFile})
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	DialogKeys(win, d, openFile.OnTapped, d.Hide)
	return d
}

// OpenInSystem opens a file or folder with the system's program for it;
// a failure is shown on win.
func OpenInSystem(u fyne.URI, win fyne.Window) {
	parsed, err := url.Parse(u.String())
	if err == nil {
		err = fyne.CurrentApp().OpenURL(parsed)
	}
	if err != nil {
		dialog.ShowError(err, win)
	}
}
