package app

import (
	"context"
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// Revoking a certificate: the reason and the day from which it is no longer valid.

// onRevoke asks for the reason and the date of a revocation.
func (t *certificatesTab) onRevoke() {
	r := t.selectedRow()
	if r == nil || r.Certificate == nil {
		return
	}
	t.revokeForm = newRevokeForm(t, *r.Certificate)
	t.revokeForm.dlg.Show()
	widgets.DialogKeys(t.win, t.revokeForm.dlg, t.revokeForm.submit, t.revokeForm.dlg.Hide)
	t.revokeForm.fit() // the wrapped text knows its height once laid out
	t.win.Canvas().Focus(t.revokeForm.reason)
}

// revokeForm asks why and from when a certificate is revoked, and then
// revokes it — or, for a reissue, hands the reason and date on to done.
type revokeForm struct {
	tab    *certificatesTab
	cert   data.Certificate
	reason *widgets.Entry
	date   *widgets.Entry
	errMsg *widget.Label
	dlg    *dialog.CustomDialog
	// reissue, when set, is called with the date and reason instead of
	// revoking (certificate_reissue.go).
	reissue func(on time.Time, reason string)
}

func newRevokeForm(t *certificatesTab, cert data.Certificate) *revokeForm {
	return newRevokeOrReissueForm(t, cert, nil)
}

func newRevokeOrReissueForm(t *certificatesTab, cert data.Certificate, reissue func(time.Time, string)) *revokeForm {
	f := &revokeForm{tab: t, cert: cert, reissue: reissue}
	f.reason = widgets.NewMultiLineEntry()
	f.reason.SetPlaceHolder(lang.L("Why the certificate is revoked"))
	f.reason.Wrapping = fyne.TextWrapWord
	f.reason.SetMinRowsVisible(3)
	f.date = widgets.NewEntry()
	f.date.SetText(formatDate(civilDay(t.store.Now())))
	f.date.SetPlaceHolder("26-11-2026")
	f.errMsg = widgets.NewErrorLabel()
	args := map[string]any{"Number": cert.Number, "Name": cert.Content.Name}
	title, text, action := lang.L("Revoke certificate"),
		lang.L("Certificate {{.Number}} of {{.Name}} will no longer be valid. Its number is never given again.", args),
		lang.L("Revoke")
	if reissue != nil {
		title, text, action = lang.L("Reissue certificate"),
			lang.L("Certificate {{.Number}} of {{.Name}} will be revoked and a new one issued in its place, in one step: the next number, a new code, and what the records say now. The new one names the number it replaces.", args),
			lang.L("Revoke and reissue…")
	}
	intro := widget.NewLabel(text)
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Reason"), f.reason),
		widget.NewFormItem(lang.L("Revoked from"), f.date),
	)
	f.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(intro, form, f.errMsg), t.win)
	cancel := widget.NewButton(lang.L("Cancel"), f.dlg.Hide)
	ok := widget.NewButtonWithIcon(action, theme.CancelIcon(), f.submit)
	ok.Importance = widget.DangerImportance
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, ok})
	f.fit()
	return f
}

// fit sizes the dialog to its content at a fixed width.
func (f *revokeForm) fit() { f.dlg.Resize(fyne.NewSize(520, f.dlg.MinSize().Height)) }

// showProblem shows what is wrong under the entries and keeps the dialog open.
func (f *revokeForm) showProblem(msg string) {
	f.errMsg.SetText(msg)
	f.errMsg.Show()
	f.fit()
}

// submit revokes the certificate, or says what is missing.
func (f *revokeForm) submit() {
	reason := strings.TrimSpace(f.reason.Text)
	if reason == "" {
		f.showProblem(problemText(data.Problem{Field: "reason", Code: data.CodeCertRevokeReason}))
		return
	}
	on, ok := data.ParseDate(f.date.Text)
	if !ok {
		f.showProblem(lang.L("Write the date like 26-11-2026 or 26 November 2026."))
		return
	}
	if f.reissue != nil {
		f.dlg.Hide()
		f.reissue(on, reason)
		return
	}
	t, id := f.tab, f.cert.ID
	t.loads.do(func() {
		err := t.store.RevokeCertificate(context.Background(), id, on, reason)
		fyne.Do(func() {
			var p *data.Problem
			switch {
			case errors.As(err, &p) && p.Field == "reason":
				f.showProblem(problemText(*p))
				return
			case err != nil:
				f.dlg.Hide()
				showError(err, t.win)
			default:
				f.dlg.Hide()
			}
			t.reload()
		})
	})
}
