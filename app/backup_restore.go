package app

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/backup"
	"balai/app/widgets"
)

// Restoring: pick a backup (or any .db or encrypted file), see its date and
// what it holds beside what the database holds now, confirm; Balai backs the
// database up first, then replaces it in one transaction, and every screen
// reloads.

func (sc *backupScreen) onRestoreSelected() {
	if sc.selected < 0 || sc.selected >= len(sc.entries) {
		return
	}
	sc.prepareRestore(sc.entries[sc.selected].Path(), "")
}

func (sc *backupScreen) onRestoreFile() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			showError(err, sc.win)
			return
		}
		if rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		sc.prepareRestore(path, "")
	}, sc.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".age", ".sqlite"}))
	if l, err := storage.ListerForURI(storage.NewFileURI(sc.bs.svc.Dir())); err == nil {
		d.SetLocation(l)
	}
	d.Resize(dialogSize(sc.win, widgets.FileDialogSize))
	d.Show()
}

// prepareRestore checks path in the background; an encrypted file is tried
// with the second folder's passphrase, then the user is asked for one.
func (sc *backupScreen) prepareRestore(path, passphrase string) {
	asked := passphrase != ""
	ctx, cancel := context.WithCancel(context.Background())
	p := widgets.ShowProgress(sc.win, lang.L("Restore"), lang.L("Checking the file…"), lang.L("Cancelling…"), cancel)
	sc.work.do(func() {
		defer cancel()
		if passphrase == "" {
			if set, err := sc.bs.svc.Settings(ctx); err == nil {
				passphrase = set.Passphrase
			}
		}
		c, err := sc.bs.svc.PrepareRestore(ctx, path, passphrase)
		fyne.Do(func() {
			p.Hide()
			switch {
			case errors.Is(err, backup.ErrPassphraseNeeded) || (errors.Is(err, backup.ErrWrongPassphrase) && !asked):
				sc.askPassphrase(path, false)
			case errors.Is(err, backup.ErrWrongPassphrase):
				sc.askPassphrase(path, true)
			case errors.Is(err, context.Canceled):
			case err != nil:
				showError(err, sc.win)
			default:
				sc.confirmRestore(c)
			}
		})
	})
}

// askPassphrase asks for the passphrase of an encrypted file.
func (sc *backupScreen) askPassphrase(path string, wrong bool) {
	entry := widget.NewPasswordEntry()
	text := lang.L("This backup is encrypted. Type the passphrase set for the second folder when it was made.")
	if wrong {
		text = lang.L("That passphrase does not open this backup. Try again.")
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	if wrong {
		msg.Importance = widget.DangerImportance
	}
	d := dialog.NewCustomConfirm(lang.L("Passphrase"), lang.L("Open"), lang.L("Cancel"),
		container.NewVBox(msg, entry), func(ok bool) {
			if ok && entry.Text != "" {
				sc.prepareRestore(path, entry.Text)
			}
		}, sc.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
	sc.win.Canvas().Focus(entry)
	sc.passphrase, sc.confirm = entry, d
}

// confirmRestore shows the file beside the database and asks to go on.
func (sc *backupScreen) confirmRestore(c *backup.Candidate) {
	head := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	row := func(label string, file, now string) []fyne.CanvasObject {
		return []fyne.CanvasObject{widget.NewLabel(label), widget.NewLabel(file), widget.NewLabel(now)}
	}
	cells := []fyne.CanvasObject{widget.NewLabel(""), head(lang.L("The backup")), head(lang.L("The database now"))}
	cells = append(cells, row(lang.L("Made"), formatDate(c.Time)+" "+c.Time.Format("15:04"), lang.L("now"))...)
	cells = append(cells, row(lang.L("Job seekers"), formatCount(c.Health.Counts.Seekers), formatCount(c.Current.Seekers))...)
	cells = append(cells, row(lang.L("Classes"), formatCount(c.Health.Counts.Classes), formatCount(c.Current.Classes))...)
	cells = append(cells, row(lang.L("Certificates"), formatCount(c.Health.Counts.Certificates), formatCount(c.Current.Certificates))...)
	grid := container.NewGridWithColumns(3, cells...)
	file := widget.NewLabel(c.File)
	file.Wrapping = fyne.TextWrapBreak
	warn := widget.NewLabel(lang.L("Everything in the database now is replaced by the backup. Work done since the backup was made is set aside: Balai first backs up the database as it is (kept until you delete it), so you can go back."))
	warn.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(file, grid, widgets.NoticeBox(theme.WarningIcon(), theme.ColorNameWarning, warn))
	d := dialog.NewCustomConfirm(lang.L("Restore this backup?"), lang.L("Restore"), lang.L("Cancel"), body, func(ok bool) {
		if ok {
			sc.applyRestore(c)
		} else {
			c.Discard()
		}
	}, sc.win)
	d.SetConfirmImportance(widget.DangerImportance)
	d.Resize(dialogSize(sc.win, fyne.NewSize(620, 0)))
	d.Show()
	sc.confirm = d
}

// applyRestore restores the candidate, then reloads every screen.
func (sc *backupScreen) applyRestore(c *backup.Candidate) {
	ctx, cancel := context.WithCancel(context.Background())
	p := widgets.ShowProgress(sc.win, lang.L("Restore"), lang.L("Backing up the database, then restoring…"),
		lang.L("Cancelling… nothing will be changed."), cancel)
	sc.work.do(func() {
		defer cancel()
		r, err := c.Apply(ctx, func(done, total int) {
			fyne.Do(func() { p.Set(done, total) })
		})
		fyne.Do(func() {
			p.Hide()
			if err != nil {
				showError(err, sc.win)
				return
			}
			sc.dlg.Hide()
			msg := lang.L("The database now holds {{.Counts}}.", map[string]any{"Counts": countsText(r.Counts)})
			if r.Before.Path != "" {
				msg += "\n\n" + lang.L("The database as it was is kept in:") + "\n" + r.Before.Path
			}
			dialog.ShowInformation(lang.L("Restored"), msg, sc.win)
			sc.bs.shell.build() // every screen reads the restored data
		})
	})
}
