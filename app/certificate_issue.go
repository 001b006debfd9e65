package app

import (
	"context"
	"errors"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
)

// Issuing and printing a class's certificates from its certificates tab:
// one PDF or one file per participant, in the background, cancellable.

// issueOutcome is what issuing and printing did.
type issueOutcome struct {
	rep     data.IssueReport
	toPrint office.Issued
	issued  bool     // the certificates were issued: the store changed
	files   []string // one file per participant: the files written
	err     error
}

// onIssue asks to confirm, then where to save the certificates.
func (t *certificatesTab) onIssue() {
	if !t.anythingToPrint() {
		return
	}
	confirm := dialog.NewConfirm(lang.L("Issue certificates?"), t.issueQuestion(), t.onIssueConfirmed, t.win)
	confirm.SetConfirmText(lang.L("Continue"))
	confirm.SetDismissText(lang.L("Cancel"))
	confirm.SetConfirmImportance(widget.HighImportance)
	t.confirm = confirm
	widgets.ShowConfirmDialog(t.win, confirm)
}

// issueQuestion says what issuing will do: how many new, how many again.
func (t *certificatesTab) issueQuestion() string {
	c := t.tally()
	args := map[string]any{"New": c.toIssue, "Reprint": c.toReprint}
	switch {
	case c.toReprint == 0:
		return lang.L("{{.New}} new certificates will be issued and printed. A number once given is never given again.", args)
	case c.toIssue == 0:
		return lang.L("No new certificates: the {{.Reprint}} issued will be printed again.", args)
	}
	return lang.L("{{.New}} new certificates will be issued, and the {{.Reprint}} issued before printed again. A number once given is never given again.", args)
}

// anythingToPrint says so when nobody can be given a certificate.
func (t *certificatesTab) anythingToPrint() bool {
	if c := t.tally(); c.toIssue+c.toReprint > 0 {
		return true
	}
	t.showNothing()
	return false
}

func (t *certificatesTab) showNothing() {
	t.lastMessage = lang.L("No participant of this class can be given a certificate: the table says why.")
	showInfo(lang.L("No certificates"), t.lastMessage, t.win)
}

func (t *certificatesTab) onIssueConfirmed(ok bool) {
	if !ok {
		return
	}
	widgets.ShowSaveDialog(t.win, lang.L("Save the certificates as PDF"), "sertifikat-"+strings.ToLower(t.classCode)+".pdf", t.onIssueFile)
}

func (t *certificatesTab) onIssueFile(wc fyne.URIWriteCloser, err error) {
	if err != nil {
		showError(err, t.win)
		return
	}
	if wc == nil {
		return
	}
	u := wc.URI()
	t.inBackground(func(ctx context.Context) issueOutcome {
		var o issueOutcome
		err := writeChosenFile(wc, func(w io.Writer) error {
			o = t.issueAndWrite(ctx, w)
			return o.err
		})
		if o.err == nil {
			o.err = err
		}
		return o
	}, func(o issueOutcome) { t.showIssued(o, u) })
}

// issueAndWrite issues the class's certificates and writes all in force as
// one PDF to w. With none to print it writes nothing: office.ErrNothingToPrint.
func (t *certificatesTab) issueAndWrite(ctx context.Context, w io.Writer) issueOutcome {
	o := t.issue(ctx)
	if o.err == nil {
		o.err = o.toPrint.WritePDF(ctx, w)
	}
	return o
}

// issue issues the class's certificates; the outcome's error is
// office.ErrNothingToPrint when none is in force afterwards.
func (t *certificatesTab) issue(ctx context.Context) issueOutcome {
	is, err := office.IssueCertificates(ctx, t.store, t.classID)
	return issueOutcome{rep: is.Report, toPrint: is, issued: err == nil || errors.Is(err, office.ErrNothingToPrint), err: err}
}

// onFiles asks for a folder, then issues and writes one PDF per certificate into it.
func (t *certificatesTab) onFiles() {
	if !t.anythingToPrint() {
		return
	}
	widgets.OpenFolder(t.win, widgets.FileRequest{Kind: widgets.FilesDocuments,
		Title: lang.L("Choose the folder for the certificate files")}, t.onFolder)
}

func (t *certificatesTab) onFolder(dir fyne.ListableURI, err error) {
	if err != nil {
		showError(err, t.win)
		return
	}
	if dir == nil {
		return
	}
	path := dir.Path()
	t.inBackground(func(ctx context.Context) issueOutcome {
		return t.issueFiles(ctx, path)
	}, func(o issueOutcome) { t.showIssued(o, dir) })
}

// issueFiles issues the class's certificates and writes each in force as a
// PDF of its own into dir.
func (t *certificatesTab) issueFiles(ctx context.Context, dir string) issueOutcome {
	o := t.issue(ctx)
	if o.err == nil {
		o.files, o.err = o.toPrint.WriteFiles(ctx, dir)
	}
	return o
}

// inBackground runs job off the UI goroutine behind a progress dialog whose
// Cancel cancels job's context, then hands the outcome to done on the UI
// goroutine and reloads the table.
func (t *certificatesTab) inBackground(job func(context.Context) issueOutcome, done func(issueOutcome)) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	msg := widget.NewLabel(lang.L("Issuing and writing the certificates…"))
	progress := dialog.NewCustomWithoutButtons(lang.L("Certificates"), container.NewVBox(msg, bar), t.win)
	stop := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() {
		msg.SetText(lang.L("Cancelling…"))
		cancel()
	})
	progress.SetButtons([]fyne.CanvasObject{stop})
	progress.Resize(fyne.NewSize(420, progress.MinSize().Height))
	progress.Show()
	go func() {
		defer cancel()
		o := job(ctx)
		fyne.Do(func() {
			bar.Stop()
			progress.Hide()
			done(o)
			t.reload()
		})
	}()
}

// issueOutcomeText tells what issuing did: "Issued 12, reprinted 2, not eligible 2."
func issueOutcomeText(rep data.IssueReport) string {
	return lang.L("Issued {{.Issued}}, reprinted {{.Reprinted}}, not eligible {{.NotEligible}}.",
		map[string]any{"Issued": len(rep.Issued), "Reprinted": len(rep.Reprinted), "NotEligible": len(rep.NotEligible)})
}

// showIssued tells the outcome of issuing and offers to open what was
// written: the PDF or the folder.
func (t *certificatesTab) showIssued(o issueOutcome, written fyne.URI) {
	switch {
	case errors.Is(o.err, office.ErrNothingToPrint):
		t.showNothing()
	case o.err != nil && !o.issued:
		t.lastMessage = userMessage(o.err)
		showError(o.err, t.win)
	case o.err != nil:
		// Issued, but not printed: the new numbers are given all the same.
		why := userMessage(o.err)
		if errors.Is(o.err, context.Canceled) {
			why = lang.L("Printing was cancelled.")
		}
		t.lastMessage = issueOutcomeText(o.rep) + "\n" + why + "\n" +
			lang.L("The certificates stay issued: Issue and print again prints them without new numbers.")
		showErrorDialog(errors.New(t.lastMessage), t.win)
	default:
		t.lastMessage = issueOutcomeText(o.rep)
		openText := lang.L("Open the PDF")
		if o.files == nil {
			t.lastMessage += "\n" + lang.L("Saved to {{.File}}.", map[string]any{"File": written.Name()})
		} else {
			t.lastMessage += "\n" + lang.L("{{.Count}} files written to {{.Folder}}.",
				map[string]any{"Count": len(o.files), "Folder": written.Path()})
			openText = lang.L("Open the folder")
		}
		msg := widget.NewLabel(t.lastMessage)
		msg.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomConfirm(lang.L("Certificates issued"), openText, lang.L("Close"), msg, func(open bool) {
			if open {
				openURI(written, t.win)
			}
		}, t.win)
		d.Resize(fyne.NewSize(480, d.MinSize().Height))
		d.Show()
	}
}

// openURI opens a file or folder in the system's viewer.
func openURI(u fyne.URI, w fyne.Window) {
	parsed, err := systemURL(u)
	if err == nil {
		err = fyne.CurrentApp().OpenURL(parsed)
	}
	if err != nil {
		showError(err, w)
	}
}
