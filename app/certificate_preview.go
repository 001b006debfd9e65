package app

import (
	"context"
	"image"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// One participant's certificate: its preview, front and back, and a reprint.

// onPreview shows the selected participant's certificate as it is or would
// be printed.
func (t *certificatesTab) onPreview() {
	r := t.selectedRow()
	if r == nil {
		return
	}
	id, eligible, why := r.ParticipantID, r.Eligible, eligibilityText(*r)
	t.loads.do(func() {
		p, err := renderPreview(context.Background(), t.store, id)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
				return
			}
			if !eligible {
				p.notEligible = why
			}
			t.showPreview(p)
		})
	})
}

// certificatePreview is a certificate drawn front and back.
type certificatePreview struct {
	cert        data.Certificate
	front, back image.Image
	issued      bool
	notEligible string // why the participant cannot be given it, "" when they can
	dlg         dialog.Dialog
}

// certificatePreviewDPI is the resolution of the preview images.
const certificatePreviewDPI = 96

// renderPreview draws the participant's certificate: the one in force, or the
// one they would be given now.
func renderPreview(ctx context.Context, st *store.Store, participantID string) (*certificatePreview, error) {
	cert, err := st.PreviewCertificate(ctx, participantID)
	if err != nil {
		return nil, err
	}
	opt, err := office.CertificateOptions(ctx, st)
	if err != nil {
		return nil, err
	}
	p := &certificatePreview{cert: cert, issued: cert.ID != ""}
	if p.front, err = reports.RenderCertificatePreview(cert, opt, false, certificatePreviewDPI); err != nil {
		return nil, err
	}
	if p.back, err = reports.RenderCertificatePreview(cert, opt, true, certificatePreviewDPI); err != nil {
		return nil, err
	}
	return p, nil
}

func (t *certificatesTab) showPreview(p *certificatePreview) {
	page := func(img image.Image) fyne.CanvasObject {
		c := canvas.NewImageFromImage(img)
		c.FillMode = canvas.ImageFillContain
		c.ScaleMode = canvas.ImageScaleSmooth
		return c
	}
	tabs := container.NewAppTabs(
		container.NewTabItem(lang.L("Front"), page(p.front)),
		container.NewTabItem(lang.L("Back"), page(p.back)),
	)
	top := container.NewVBox(widget.NewLabel(p.cert.Number + " · " + p.cert.Content.Name))
	note := func(text string, imp widget.Importance) {
		l := widget.NewLabel(text)
		l.Importance = imp
		l.Wrapping = fyne.TextWrapWord
		top.Add(l)
	}
	if !p.issued {
		note(lang.L("Not issued yet: the number and code are given when issued"), widget.WarningImportance)
	}
	if p.notEligible != "" {
		note(lang.L("Not eligible: {{.Reasons}}", map[string]any{"Reasons": p.notEligible}), widget.DangerImportance)
	}
	p.dlg = dialog.NewCustom(lang.L("Certificate preview"), lang.L("Close"),
		container.NewBorder(top, nil, nil, nil, tabs), t.win)
	size := fyne.NewSize(700, 900) // a portrait page
	if b := p.front.Bounds(); b.Dx() > b.Dy() {
		size = fyne.NewSize(1000, 760) // a landscape one
	}
	if win := t.win.Canvas().Size(); win.Width > 0 {
		size = fyne.NewSize(min(size.Width, win.Width-40), min(size.Height, win.Height-40))
	}
	p.dlg.Resize(size)
	p.dlg.Show()
	t.previewDlg = p
}

// onReprint asks where to save the selected participant's certificate again.
func (t *certificatesTab) onReprint() {
	r := t.selectedRow()
	if r == nil || r.Certificate == nil {
		return
	}
	cert := *r.Certificate
	widgets.ShowSaveDialog(t.win, lang.L("Save the certificate as PDF"), office.CertificateFileName(cert), func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			if err != nil {
				showError(err, t.win)
			}
			return
		}
		saveInBackground(t.win, wc, func(w io.Writer) error {
			return t.reprintTo(context.Background(), cert.ID, w)
		}, func(u fyne.URI) {
			msg := widget.NewLabel(lang.L("Certificate {{.Number}} was saved to {{.File}}.",
				map[string]any{"Number": cert.Number, "File": u.Name()}))
			msg.Wrapping = fyne.TextWrapWord
			d := dialog.NewCustomConfirm(lang.L("Certificate saved"), lang.L("Open the PDF"), lang.L("Close"), msg,
				func(open bool) {
					if open {
						openURI(u, t.win)
					}
				}, t.win)
			d.Resize(fyne.NewSize(480, d.MinSize().Height))
			d.Show()
		})
	})
}

// reprintTo writes the certificate again, as issued, and logs the reprint.
func (t *certificatesTab) reprintTo(ctx context.Context, certID string, w io.Writer) error {
	return office.ReprintCertificate(ctx, t.store, certID, w)
}
