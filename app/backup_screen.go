package app

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/backup"
	"balai/app/widgets"
	"balai/data"
)

// backupScreen is File → Backups…: the list of backups (date, kind, size,
// what each holds and where it is), Back up now, Restore…, the second
// folder and its passphrase, and the database check.
type backupScreen struct {
	bs   *backupShell
	win  fyne.Window
	dlg  *dialog.CustomDialog
	tabs *container.AppTabs
	work worker
	gen  int

	entries  []backup.Entry
	selected int // in entries; -1 for none
	table    *widget.Table
	summary  *widget.Label
	restore  *widget.Button

	second *secondPlaceForm
	check  *checkPanel

	// The last question asked (a restore to confirm, a passphrase), for tests.
	confirm    *dialog.ConfirmDialog
	passphrase *widget.Entry
}

func (b *backupShell) showScreen() {
	sc := newBackupScreen(b)
	sc.dlg.Show()
	sc.reload()
}

func newBackupScreen(b *backupShell) *backupScreen {
	sc := &backupScreen{bs: b, win: b.shell.win, selected: -1}
	sc.summary = widget.NewLabel("")
	sc.summary.Wrapping = fyne.TextWrapWord
	sc.second = newSecondPlaceForm(sc)
	sc.check = newCheckPanel(sc)
	sc.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("List of backups"), theme.HistoryIcon(), sc.listTab()),
		container.NewTabItemWithIcon(lang.L("Second folder"), theme.FolderIcon(), sc.second.view()),
		container.NewTabItemWithIcon(lang.L("Check the database"), theme.ConfirmIcon(), sc.check.view()),
	)
	closeBtn := widget.NewButtonWithIcon(lang.L("Close"), theme.CancelIcon(), func() { sc.dlg.Hide() })
	content := container.NewBorder(nil, container.NewBorder(nil, nil, nil, closeBtn), nil, nil, sc.tabs)
	sc.dlg = dialog.NewCustomWithoutButtons(lang.L("Backups"), content, sc.win)
	sc.dlg.Resize(dialogSize(sc.win, fyne.NewSize(940, 580)))
	return sc
}

// dialogSize is want, made smaller to fit the window (a 1024×600 screen).
func dialogSize(win fyne.Window, want fyne.Size) fyne.Size {
	c := win.Canvas().Size()
	if c.Width <= 0 || c.Height <= 0 {
		return want
	}
	return fyne.NewSize(min(want.Width, c.Width-2*theme.Padding()), min(want.Height, c.Height-2*theme.Padding()))
}

// listTab is the list of backups with its buttons.
func (sc *backupScreen) listTab() fyne.CanvasObject {
	cols := []widgets.Column{
		{Title: lang.L("Made"), Width: 145}, {Title: lang.L("Kind"), Width: 165}, {Title: lang.L("Size"), Width: 85},
		{Title: lang.L("Job seekers"), Width: 95}, {Title: lang.L("Classes"), Width: 65},
		{Title: lang.L("Certificates"), Width: 95}, {Title: lang.L("Where"), Width: 200},
	}
	sc.table = widgets.NewTextTable(cols, func() int { return len(sc.entries) }, sc.cell, sc.onSelect)
	now := widget.NewButtonWithIcon(lang.L("Back up now"), theme.DocumentSaveIcon(), sc.onBackupNow)
	now.Importance = widget.HighImportance
	sc.restore = widget.NewButtonWithIcon(lang.L("Restore the chosen backup…"), theme.HistoryIcon(), sc.onRestoreSelected)
	sc.restore.Disable()
	fromFile := widget.NewButtonWithIcon(lang.L("Restore from a file…"), theme.FolderOpenIcon(), sc.onRestoreFile)
	buttons := container.NewHBox(now, sc.restore, fromFile)
	return container.NewBorder(sc.summary, buttons, nil, nil, sc.table)
}

func (sc *backupScreen) cell(row, col int) string {
	e := sc.entries[row]
	counts := func(n int) string {
		if !e.Counted {
			return "–"
		}
		return formatCount(n)
	}
	switch col {
	case 0:
		return e.Time.Format("02-01-2006 15:04")
	case 1:
		return backupKindText(e.Kind)
	case 2:
		return sizeText(e.Size)
	case 3:
		return counts(e.Counts.Seekers)
	case 4:
		return counts(e.Counts.Classes)
	case 5:
		return counts(e.Counts.Certificates)
	}
	switch {
	case e.Local != "" && e.Copy != "":
		return lang.L("This PC + second folder")
	case e.Copy != "":
		return lang.L("Second folder (encrypted)")
	}
	return lang.L("This PC")
}

func (sc *backupScreen) onSelect(row int) {
	sc.selected = row
	widgets.SetEnabled(sc.restore, row >= 0 && row < len(sc.entries))
}

// reload reads the list and the status again.
func (sc *backupScreen) reload() {
	var list []backup.Entry
	var st backup.Status
	sc.work.load(&sc.gen, sc.win, func() error {
		var err error
		if list, err = sc.bs.svc.List(context.Background()); err != nil {
			return err
		}
		st, err = sc.bs.svc.Status(context.Background())
		return err
	}, func() {
		sc.entries, sc.selected = list, -1
		sc.table.UnselectAll()
		sc.restore.Disable()
		sc.table.Refresh()
		sc.summary.SetText(backupSummary(st, sc.bs.svc.Dir(), sc.bs.svc.Now()))
		sc.bs.status = st
		sc.bs.show()
	})
}

// backupSummary says where the backups are and how recent they are.
func backupSummary(st backup.Status, dir string, now time.Time) string {
	last := lang.L("No backup yet.")
	if !st.Newest.IsZero() {
		last = lang.L("Last backup: {{.Ago}}", map[string]any{"Ago": agoText(now.Sub(st.Newest))}) + "."
	}
	where := lang.L("Balai backs up by itself: on start, every 30 minutes while you work and when it closes. Backups are in {{.Folder}}.",
		map[string]any{"Folder": dir})
	copyText := lang.L("No second folder is set: a dead disk would take the backups with it.")
	switch {
	case st.SecondFolder != "" && st.OffsiteAt.IsZero():
		copyText = lang.L("No copy has gone to the second folder yet.")
	case st.SecondFolder != "":
		copyText = lang.L("Last copy to the second folder: {{.Ago}}.", map[string]any{"Ago": agoText(now.Sub(st.OffsiteAt))})
	}
	return last + " " + copyText + "\n" + where
}

// onBackupNow makes a backup by hand, with its progress.
func (sc *backupScreen) onBackupNow() {
	ctx, cancel := context.WithCancel(context.Background())
	p := widgets.ShowProgress(sc.win, lang.L("Back up now"), lang.L("Copying the database into the backups folder…"),
		lang.L("Cancelling…"), cancel)
	sc.work.do(func() {
		defer cancel()
		made, err := sc.bs.svc.Make(ctx, data.BackupManual, func(done, total int) {
			fyne.Do(func() { p.Set(done, total) })
		})
		fyne.Do(func() {
			p.Hide()
			if err != nil {
				showError(err, sc.win)
				return
			}
			dialog.ShowInformation(lang.L("Backup made"), madeText(made), sc.win)
			sc.reload()
		})
	})
}

// madeText words a backup just made, and its copy.
func madeText(m backup.Made) string {
	s := lang.L("The backup holds {{.Counts}}.", map[string]any{"Counts": countsText(m.Counts)}) + "\n" + m.Path
	switch {
	case m.Copy != "":
		s += "\n\n" + lang.L("An encrypted copy went to the second folder:") + "\n" + m.Copy
	case m.CopyErr != nil:
		s += "\n\n" + lang.L("The second folder got no copy:") + " " + userMessage(m.CopyErr)
	}
	return s
}

// countsText is "4.100 job seekers, 3 classes, 13 certificates".
func countsText(c data.DatabaseCounts) string {
	return lang.L("{{.Seekers}} job seekers, {{.Classes}} classes, {{.Certificates}} certificates", map[string]any{
		"Seekers": formatCount(c.Seekers), "Classes": formatCount(c.Classes), "Certificates": formatCount(c.Certificates)})
}

func backupKindText(k data.BackupKind) string {
	switch k {
	case data.BackupManual:
		return lang.L("by hand")
	case data.BackupBeforeImport:
		return lang.L("before an import")
	case data.BackupBeforeRestore:
		return lang.L("before a restore")
	case data.BackupBeforeMigration:
		return lang.L("before an update")
	}
	return lang.L("automatic")
}

// sizeText is a file's size: "830 KB", "12,3 MB" (Indonesian decimal comma).
func sizeText(n int64) string {
	if n < 1<<20 {
		return formatCount(int((n+1023)/1024)) + " KB"
	}
	s := strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64)
	if currentLang != langEN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + " MB"
}
