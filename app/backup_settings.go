package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// secondPlaceForm sets the second folder (a USB stick or a network share)
// and the passphrase that encrypts the copies going there.
type secondPlaceForm struct {
	sc           *backupScreen
	folder       *widget.Entry
	pass, repeat *widget.Entry
	errs         *widgets.FieldErrors
	saved        *widget.Label
	save         *widget.Button
	loaded       bool
	content      *fyne.Container
}

func newSecondPlaceForm(sc *backupScreen) *secondPlaceForm {
	return &secondPlaceForm{sc: sc, errs: widgets.NewFieldErrors()}
}

func (f *secondPlaceForm) view() fyne.CanvasObject {
	f.folder = widget.NewEntry()
	f.folder.SetPlaceHolder(lang.L("e.g. E:\\Cadangan Balai"))
	f.pass, f.repeat = widget.NewPasswordEntry(), widget.NewPasswordEntry()
	choose := widget.NewButtonWithIcon(lang.L("Choose…"), theme.FolderOpenIcon(), f.onChoose)
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	f.saved = widget.NewLabel("")
	f.saved.Importance = widget.SuccessImportance
	f.saved.Hide()
	hint := widget.NewLabel(lang.L("A copy of every backup by hand, and of the automatic ones at most every hour, goes to this folder whenever it is there: a USB stick kept away from the PC, or a folder on another computer. The copies are encrypted with the passphrase: a lost USB stick shows nothing. Leave the folder empty to keep backups on this PC only."))
	hint.Wrapping = fyne.TextWrapWord
	keep := widget.NewLabel(lang.L("Without the passphrase the copies cannot be opened, not even by Balai: write it down and keep it somewhere safe, away from the PC."))
	keep.Wrapping = fyne.TextWrapWord
	form := widgets.PairsGrid(
		f.errs.Row("second_folder", lang.L("Second folder"), container.NewBorder(nil, nil, nil, choose, f.folder)),
		f.errs.Row("passphrase", lang.L("Passphrase"), f.pass),
		f.errs.Row("repeat", lang.L("Passphrase again"), f.repeat),
	)
	f.content = container.NewVBox(hint, form,
		widgets.NoticeBox(theme.WarningIcon(), theme.ColorNameWarning, keep),
		container.NewHBox(f.save, f.saved))
	f.load()
	return container.NewVScroll(f.content)
}

// load fills the form from the settings.
func (f *secondPlaceForm) load() {
	set, err := f.sc.bs.svc.Settings(context.Background())
	if err != nil {
		showError(err, f.sc.win)
		return
	}
	f.folder.SetText(set.SecondFolder)
	f.pass.SetText(set.Passphrase)
	f.repeat.SetText(set.Passphrase)
}

func (f *secondPlaceForm) onChoose() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			f.folder.SetText(u.Path())
		}
	}, f.sc.win)
	if f.folder.Text != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(f.folder.Text)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(dialogSize(f.sc.win, widgets.FileDialogSize))
	d.Show()
}

func (f *secondPlaceForm) onSave() {
	f.saved.Hide()
	set := data.BackupSettings{SecondFolder: strings.TrimSpace(f.folder.Text), Passphrase: f.pass.Text}
	var probs []data.Problem
	if set.SecondFolder != "" && f.pass.Text != f.repeat.Text {
		probs = append(probs, data.Problem{Field: "repeat"})
	}
	if len(probs) == 0 {
		err := f.sc.bs.svc.SaveSettings(context.Background(), set)
		if probs = problemsOf(err); probs == nil && err != nil {
			showError(err, f.sc.win)
			return
		}
	}
	f.errs.Show(probs, func(p data.Problem) string {
		if p.Field == "repeat" {
			return lang.L("The two passphrases differ.")
		}
		return problemText(p)
	})
	if len(probs) == 0 {
		f.saved.SetText(lang.L("Saved."))
		f.saved.Show()
		f.sc.reload()
	}
	f.content.Refresh()
}

// checkPanel runs the database check and says what it found.
type checkPanel struct {
	sc     *backupScreen
	result *widget.Label
	run    *widget.Button
}

func newCheckPanel(sc *backupScreen) *checkPanel { return &checkPanel{sc: sc} }

func (c *checkPanel) view() fyne.CanvasObject {
	hint := widget.NewLabel(lang.L("The check reads the whole database: its pages and indexes, the links between records, the search index of the register, and its version. It changes nothing."))
	hint.Wrapping = fyne.TextWrapWord
	c.run = widget.NewButtonWithIcon(lang.L("Check now"), theme.ConfirmIcon(), c.onCheck)
	c.run.Importance = widget.HighImportance
	c.result = widget.NewLabel("")
	c.result.Wrapping = fyne.TextWrapWord
	return container.NewVScroll(container.NewVBox(hint, container.NewHBox(c.run), c.result))
}

func (c *checkPanel) onCheck() {
	c.run.Disable()
	c.result.Importance = widget.MediumImportance
	c.result.SetText(lang.L("Checking…"))
	c.sc.work.do(func() {
		h, err := c.sc.bs.shell.store.Check(context.Background())
		fyne.Do(func() {
			c.run.Enable()
			if err != nil {
				c.result.Importance = widget.DangerImportance
				c.result.SetText(userMessage(err))
				return
			}
			c.result.Importance = widget.SuccessImportance
			if !h.Sound() {
				c.result.Importance = widget.DangerImportance
			}
			c.result.SetText(strings.Join(checkWords(h), "\n"))
		})
	})
}

// checkWords is a check's result in sentences, the verdict last.
func checkWords(h store.Health) []string {
	part := func(ok bool, good, bad string) string {
		if ok {
			return "✓ " + good
		}
		return "✗ " + bad
	}
	lines := []string{
		part(len(h.Integrity) == 0, lang.L("Pages and indexes are sound."),
			lang.L("Pages or indexes are damaged:")+" "+strings.Join(h.Integrity, "; ")),
		part(len(h.ForeignKeys) == 0, lang.L("Every record's links are whole."),
			lang.L("Records refer to records that do not exist:")+" "+strings.Join(h.ForeignKeys, "; ")),
		part(h.SearchIndex == "", lang.L("The search index matches the register."),
			lang.L("The search index does not match the register.")),
		part(len(h.Unknown) == 0, lang.L("This Balai knows the database's version."),
			lang.L("A newer Balai made this database: update Balai.")),
		lang.L("The database holds {{.Counts}}.", map[string]any{"Counts": countsText(h.Counts)}),
		"",
	}
	if h.Sound() {
		return append(lines, lang.L("The database is sound."))
	}
	return append(lines, lang.L("The database has problems: restore the newest good backup (tab List of backups), then check again."))
}
