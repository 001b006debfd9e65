package app

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/backup"
)

// backupShell is the main window's part of the backups: the service, the
// automatic backups while the window is open, and the status line under the
// screens — "Last backup: 2 hours ago", and a warning when no copy has left
// the PC for a week or an automatic backup failed.
type backupShell struct {
	shell *shell
	svc   *backup.Service
	auto  *backup.Auto
	stop  chan struct{}
	work  worker

	status  backup.Status
	autoErr error // the last automatic backup's failure; nil when it worked

	last     *widget.Label
	warning  *widget.Label
	warnIcon *widget.Icon
}

func newBackupShell(s *shell) *backupShell {
	return &backupShell{shell: s, svc: backup.New(s.store)}
}

// statusBar is the status line; made anew with the window's screens.
func (b *backupShell) statusBar() fyne.CanvasObject {
	b.last = widget.NewLabel("")
	b.warning = widget.NewLabel("")
	b.warning.Truncation = fyne.TextTruncateEllipsis
	b.warnIcon = widget.NewIcon(theme.WarningIcon())
	open := widget.NewButtonWithIcon(lang.L("Backups…"), theme.HistoryIcon(), b.showScreen)
	open.Importance = widget.LowImportance
	left := container.NewHBox(widget.NewIcon(theme.StorageIcon()), b.last, b.warnIcon)
	b.show()
	if b.stop != nil { // running: read the state; before start the window is being tested
		b.refresh()
	}
	return container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, left, open, b.warning))
}

// refresh reads the state of the backups off the UI goroutine, then shows it.
func (b *backupShell) refresh() {
	var st backup.Status
	b.work.do(func() {
		var err error
		if st, err = b.svc.Status(context.Background()); err != nil {
			return
		}
		fyne.Do(func() {
			b.status = st
			b.show()
		})
	})
}

// show puts the state into the status line.
func (b *backupShell) show() {
	if b.last == nil {
		return
	}
	now := b.svc.Now()
	if b.status.Newest.IsZero() {
		b.last.SetText(lang.L("No backup yet"))
	} else {
		b.last.SetText(lang.L("Last backup: {{.Ago}}", map[string]any{"Ago": agoText(now.Sub(b.status.Newest))}))
	}
	text, imp := b.warningText(now)
	b.warning.Importance = imp
	b.warning.SetText(text)
	if text == "" {
		b.warnIcon.Hide()
	} else {
		b.warnIcon.Show()
	}
}

// warningText is what the status line warns about, and how strongly.
func (b *backupShell) warningText(now time.Time) (string, widget.Importance) {
	st := b.status
	switch {
	case b.autoErr != nil:
		return lang.L("The automatic backup failed:") + " " + userMessage(b.autoErr), widget.DangerImportance
	case !st.OffsiteOverdue(now):
		return "", widget.MediumImportance
	case st.SecondFolder != "" && !st.Reachable:
		return lang.L("No copy has left this PC for 7 days: plug in the USB stick of the second folder {{.Folder}}.",
			map[string]any{"Folder": st.SecondFolder}), widget.WarningImportance
	case st.SecondFolder != "":
		return lang.L("No copy has left this PC for 7 days: open File → Backups… and back up now."), widget.WarningImportance
	}
	return lang.L("No copy has left this PC: set a second folder (USB stick or network) in File → Backups…"), widget.WarningImportance
}

// agoText is how long ago something was: "just now", "5 minutes ago", "2 hours ago", "3 days ago".
func agoText(d time.Duration) string {
	switch {
	case d < time.Minute:
		return lang.L("just now")
	case d < 2*time.Minute:
		return lang.L("1 minute ago")
	case d < time.Hour:
		return lang.L("{{.Count}} minutes ago", map[string]any{"Count": int(d / time.Minute)})
	case d < 2*time.Hour:
		return lang.L("1 hour ago")
	case d < 48*time.Hour:
		return lang.L("{{.Count}} hours ago", map[string]any{"Count": int(d / time.Hour)})
	}
	return lang.L("{{.Count}} days ago", map[string]any{"Count": int(d / (24 * time.Hour))})
}

// start begins the automatic backups and a minute's refresh of the status line.
func (b *backupShell) start() {
	b.auto = b.svc.StartAuto(context.Background(), func(_ backup.Made, err error) {
		fyne.Do(func() {
			b.autoErr = err
			b.refresh()
		})
	})
	b.stop = make(chan struct{})
	b.refresh()
	go func() {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for {
			select {
			case <-b.stop:
				return
			case <-t.C:
				fyne.Do(b.refresh)
			}
		}
	}()
}

// close ends the automatic backups: a last one when data changed, and a
// checkpoint so the database file alone is whole.
func (b *backupShell) close() {
	if b.stop != nil {
		close(b.stop)
	}
	b.work.Wait()
	if b.auto != nil {
		if _, err := b.auto.Stop(context.Background()); err != nil {
			fyne.LogError("backup on close", err)
		}
	}
}

// startBackups starts the automatic backups of the window.
func (s *shell) startBackups() { s.backups.start() }

// close ends the backups and closes the database.
func (s *shell) close() {
	s.backups.close()
	s.store.Close()
}
