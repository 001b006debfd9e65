package app

import (
	"bytes"
	"image"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// The letterhead's logo and the head's signature in the settings form:
// chosen from a file, checked, shown, and stored on Save.

func (f *settingsForm) showLogo() {
	showImage(f.logoView, f.logoText, f.logo, lang.L("No logo"))
	showImage(f.logo2View, f.logo2Text, f.logo2, lang.L("No logo"))
}

// imageView is a thumbnail of w × h and the label saying there is none.
func imageView(w, h float32) (*canvas.Image, *widget.Label) {
	v := canvas.NewImageFromResource(nil)
	v.FillMode = canvas.ImageFillContain
	v.SetMinSize(fyne.NewSize(w, h))
	return v, widget.NewLabel("")
}

func (f *settingsForm) showSignature() {
	showImage(f.signatureView, f.signatureText, f.signature, lang.L("No signature"))
}

// showImage shows a thumbnail of img, or says there is none.
func showImage(view *canvas.Image, text *widget.Label, img []byte, none string) {
	if len(img) == 0 {
		view.Resource = nil
		view.Hide()
		text.SetText(none)
		text.Show()
	} else {
		view.Resource = fyne.NewStaticResource("image", img)
		view.Show()
		view.Refresh()
		text.SetText("")
		text.Hide()
	}
}

// chooseImage lets the user pick a PNG or JPEG file and hands it to load.
func (f *settingsForm) chooseImage(load func(io.ReadCloser)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			showError(err, f.win)
			return
		}
		if rc == nil {
			return
		}
		load(rc)
	}, f.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg"}))
	d.Resize(widgets.FileDialogSize)
	d.Show()
}

// readImage reads a small PNG or JPEG file (at most data.MaxLogoBytes) as
// the file dialog hands it over; ok is false when it is not one.
func (f *settingsForm) readImage(r io.ReadCloser) ([]byte, bool) {
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, data.MaxLogoBytes+1))
	if err != nil {
		showError(err, f.win)
		return nil, false
	}
	if _, format, err := image.DecodeConfig(bytes.NewReader(b)); err != nil || len(b) > data.MaxLogoBytes ||
		(format != "png" && format != "jpeg") {
		return nil, false
	}
	return b, true
}

func (f *settingsForm) onChooseLogo()            { f.chooseImage(f.loadLogo) }
func (f *settingsForm) loadLogo(r io.ReadCloser) { f.loadImage(r, "logo", &f.logo, f.showLogo) }
func (f *settingsForm) onRemoveLogo()            { f.removeImage("logo", &f.logo, f.showLogo) }

func (f *settingsForm) onChooseLogo2()            { f.chooseImage(f.loadLogo2) }
func (f *settingsForm) loadLogo2(r io.ReadCloser) { f.loadImage(r, "logo2", &f.logo2, f.showLogo) }
func (f *settingsForm) onRemoveLogo2()            { f.removeImage("logo2", &f.logo2, f.showLogo) }

func (f *settingsForm) onChooseSignature() { f.chooseImage(f.loadSignature) }
func (f *settingsForm) loadSignature(r io.ReadCloser) {
	f.loadImage(r, "signature", &f.signature, f.showSignature)
}
func (f *settingsForm) onRemoveSignature() { f.removeImage("signature", &f.signature, f.showSignature) }

// loadImage reads the image chosen for field into *dst and shows it, or
// says under the field why it cannot be used.
func (f *settingsForm) loadImage(r io.ReadCloser, field string, dst *[]byte, show func()) {
	b, ok := f.readImage(r)
	if !ok {
		f.showFieldProblems(field, []data.Problem{{Field: field}})
		return
	}
	f.showFieldMessage(field, "")
	*dst = b
	show()
}

// removeImage clears field's image.
func (f *settingsForm) removeImage(field string, dst *[]byte, show func()) {
	*dst = nil
	f.showFieldMessage(field, "")
	show()
}
