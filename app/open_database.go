package app

import (
	"context"
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/assets"
	"balai/data"
	"balai/data/store"
)

// Run opens the database at path in the main window and returns the exit
// status once the window is closed. A path that holds no database yet (a
// --db naming a missing or empty file) is created only after the user says
// so; any other failure to open is shown in the window. On closing, the
// automatic backups make their last one.
func Run(path string, opts store.OpenOptions) int {
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	setLanguage(a.Preferences().StringWithFallback(prefLanguage, langID))
	widgets.NativeDialogs = true // the system's file dialogs where it has them
	w := a.NewWindow("Balai")
	placeWindow(a, w)
	o := &opener{app: a, win: w, path: path}
	o.open(opts)
	w.ShowAndRun()
	return o.close()
}

// opener opens the database into the window, asking first when it must
// create one.
type opener struct {
	app    fyne.App
	win    fyne.Window
	path   string
	shell  *shell
	status int
}

func (o *opener) open(opts store.OpenOptions) {
	st, err := store.OpenWith(context.Background(), o.path, opts)
	switch {
	case err == nil:
		o.status = 0
		o.shell = newShell(o.app, o.win, st)
		o.shell.startBackups()
	case errors.Is(err, data.ErrNoDatabase) || errors.Is(err, data.ErrEmptyDatabase):
		o.win.SetContent(o.askCreate(err, opts))
	default:
		fmt.Fprintln(os.Stderr, "balai: cannot open the database:", err)
		o.status = 1
		o.win.SetContent(o.failed(err))
	}
}

// askCreate asks whether to make a new database where the path holds none.
func (o *opener) askCreate(err error, opts store.OpenOptions) fyne.CanvasObject {
	title := lang.L("The database file does not exist")
	text := lang.L("Balai was asked to open {{.File}}, which does not exist. If the name is mistyped, close Balai and start it with the right one. Create a new, empty database there?",
		map[string]any{"File": o.path})
	if errors.Is(err, data.ErrEmptyDatabase) {
		title = lang.L("The database file is empty")
		text = lang.L("{{.File}} is an empty file (0 bytes): it holds no data. It may be a failed copy. Make it a new, empty Balai database?",
			map[string]any{"File": o.path})
	}
	create := widget.NewButtonWithIcon(lang.L("Create a new database"), theme.ContentAddIcon(), func() {
		opts.Create, opts.AdoptEmpty = true, true
		o.open(opts)
	})
	create.Importance = widget.HighImportance
	quit := widget.NewButtonWithIcon(lang.L("Quit"), theme.CancelIcon(), o.quit)
	return openCard(theme.QuestionIcon(), title, text, quit, create)
}

// failed shows why the database cannot be opened.
func (o *opener) failed(err error) fyne.CanvasObject {
	quit := widget.NewButtonWithIcon(lang.L("Quit"), theme.CancelIcon(), o.quit)
	return openCard(theme.ErrorIcon(), lang.L("Balai cannot open the database"), userMessage(err), quit)
}

func (o *opener) quit() {
	if o.shell == nil {
		o.status = max(o.status, 1)
	}
	o.win.Close()
}

// close stops the automatic backups (a last one after changes) and closes
// the database.
func (o *opener) close() int {
	if o.shell != nil {
		o.shell.close()
	}
	return o.status
}

// openCard is a message with buttons in the middle of the window.
func openCard(icon fyne.Resource, title, text string, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.SizeName = theme.SizeNameSubHeadingText
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(container.NewHBox(widget.NewIcon(icon), t), msg,
		container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, buttons...)...))
	return container.NewCenter(widgets.Fixed(560, body))
}
