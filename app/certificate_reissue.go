package app

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
)

// Reissuing a certificate — revoked and issued anew in one step, the new one
// naming the number it replaces — and saving a class's certificates as one
// ZIP for sending to the graduates.

// onReissue asks why and from when the selected certificate is replaced,
// then where to save the new one.
func (t *certificatesTab) onReissue() {
	r := t.selectedRow()
	if r == nil || r.Certificate == nil {
		return
	}
	cert := *r.Certificate
	t.revokeForm = newRevokeOrReissueForm(t, cert, func(on time.Time, reason string) {
		widgets.ShowSaveDialog(t.win, lang.L("Save the new certificate as PDF"), office.CertificateFileName(cert), func(wc fyne.URIWriteCloser, err error) {
			if err != nil || wc == nil {
				if err != nil {
					showError(err, t.win)
				}
				return
			}
			t.reissueTo(wc, cert, on, reason)
		})
	})
	t.revokeForm.dlg.Show()
	t.revokeForm.fit()
	t.win.Canvas().Focus(t.revokeForm.reason)
}

// reissueTo reissues cert and writes the new certificate to the file
// chosen, in the background; then it says what happened. The channel is
// closed after that, for tests.
func (t *certificatesTab) reissueTo(wc fyne.URIWriteCloser, cert data.Certificate, on time.Time, reason string) <-chan struct{} {
	var fresh data.Certificate
	var reissued bool
	done := make(chan struct{})
	go func() {
		err := writeChosenFile(wc, func(w io.Writer) error {
			var err error
			fresh, err = office.ReissueCertificate(context.Background(), t.store, cert.ID, on, reason, w)
			reissued = fresh.ID != ""
			return err
		})
		fyne.Do(func() {
			t.showReissued(cert, fresh, reissued, err, wc.URI())
			t.reload()
			close(done)
		})
	}()
	return done
}

func (t *certificatesTab) showReissued(old, fresh data.Certificate, reissued bool, err error, u fyne.URI) {
	var ps data.Problems
	switch {
	case err != nil && errors.As(err, &ps):
		t.lastMessage = lang.L("Certificate {{.Number}} was not reissued: {{.Reason}}",
			map[string]any{"Number": old.Number, "Reason": eligibilityText(data.Eligibility{Reasons: ps})})
		dialog.ShowError(errors.New(t.lastMessage), t.win)
	case err != nil && reissued:
		t.lastMessage = lang.L("Certificate {{.Number}} replaces {{.Old}}, but it was not saved: {{.Reason}} Reprint it from the table.",
			map[string]any{"Number": fresh.Number, "Old": old.Number, "Reason": userMessage(err)})
		dialog.ShowError(errors.New(t.lastMessage), t.win)
	case err != nil:
		t.lastMessage = userMessage(err)
		showError(err, t.win)
	default:
		t.lastMessage = lang.L("Certificate {{.Number}} replaces {{.Old}}, which is revoked. Saved to {{.File}}.",
			map[string]any{"Number": fresh.Number, "Old": old.Number, "File": u.Name()})
		msg := widget.NewLabel(t.lastMessage)
		msg.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomConfirm(lang.L("Certificate reissued"), lang.L("Open the PDF"), lang.L("Close"), msg, func(open bool) {
			if open {
				openURI(u, t.win)
			}
		}, t.win)
		d.Resize(fyne.NewSize(480, d.MinSize().Height))
		d.Show()
	}
}

// onZip issues the class's certificates and saves them, one PDF each, in
// one ZIP file.
func (t *certificatesTab) onZip() {
	if !t.anythingToPrint() {
		return
	}
	widgets.ShowSaveDialog(t.win, lang.L("Save the certificates as one ZIP file"), "sertifikat-"+strings.ToLower(t.classCode)+".zip",
		func(wc fyne.URIWriteCloser, err error) {
			if err != nil || wc == nil {
				if err != nil {
					showError(err, t.win)
				}
				return
			}
			u := wc.URI()
			t.inBackground(func(ctx context.Context) issueOutcome {
				var o issueOutcome
				err := writeChosenFile(wc, func(w io.Writer) error {
					o = t.issue(ctx)
					if o.err == nil {
						o.err = o.toPrint.WriteZip(ctx, w)
					}
					return o.err
				})
				if o.err == nil {
					o.err = err
				}
				return o
			}, func(o issueOutcome) { t.showIssued(o, u) })
		}, ".zip")
}
