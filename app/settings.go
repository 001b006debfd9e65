package app

import (
	"bytes"
	"context"
	"errors"
	"image"
	_ "image/jpeg" // logos
	_ "image/png"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// institutionForm edits the letterhead and the head of the centre that the
// printed documents (schedules, attendance sheets) carry.
type institutionForm struct {
	win   fyne.Window
	store *data.Store
	dlg   *dialog.CustomDialog

	lines                        *widget.Entry // one letterhead line per line of text
	address, city, phone, email  *widget.Entry
	headName, headTitle, headNIP *widget.Entry
	logo                         []byte
	logoView                     *canvas.Image
	logoText                     *widget.Label
	problem                      *widget.Label
	save                         *widget.Button
}

func showInstitutionForm(win fyne.Window, store *data.Store) {
	f, err := newInstitutionForm(win, store)
	if err != nil {
		showError(err, win)
		return
	}
	f.dlg.Show()
}

func newInstitutionForm(win fyne.Window, store *data.Store) (*institutionForm, error) {
	inst, err := store.Institution(context.Background())
	if err != nil {
		return nil, err
	}
	f := &institutionForm{win: win, store: store, logo: inst.Logo}
	f.lines = widget.NewMultiLineEntry()
	f.lines.SetText(strings.Join(inst.Lines, "\n"))
	f.lines.SetMinRowsVisible(3)
	entry := func(v string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(v)
		return e
	}
	f.address, f.city, f.phone, f.email = entry(inst.Address), entry(inst.City), entry(inst.Phone), entry(inst.Email)
	f.headName, f.headTitle, f.headNIP = entry(inst.HeadName), entry(inst.HeadTitle), entry(data.FormatNIP(inst.HeadNIP))
	f.headNIP.SetPlaceHolder("19671018 199303 1 004")
	f.logoView = canvas.NewImageFromResource(nil)
	f.logoView.FillMode = canvas.ImageFillContain
	f.logoView.SetMinSize(fyne.NewSize(64, 64))
	f.logoText = widget.NewLabel("")
	f.showLogo()
	f.problem = widget.NewLabel("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Hide()

	logoRow := container.NewHBox(f.logoView, f.logoText,
		widget.NewButtonWithIcon(lang.L("Choose logo…"), theme.FolderOpenIcon(), f.onChooseLogo),
		widget.NewButtonWithIcon(lang.L("Remove logo"), theme.DeleteIcon(), f.onRemoveLogo))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Letterhead lines"), f.lines),
		widget.NewFormItem(lang.L("Address"), f.address),
		widget.NewFormItem(lang.L("City"), f.city),
		widget.NewFormItem(lang.L("Office phone"), f.phone),
		widget.NewFormItem(lang.L("E-mail"), f.email),
		widget.NewFormItem(lang.L("Logo"), logoRow),
		widget.NewFormItem(lang.L("Head of the centre"), f.headName),
		widget.NewFormItem(lang.L("Title"), f.headTitle),
		widget.NewFormItem(lang.L("NIP"), f.headNIP),
	)
	hint := widget.NewLabel(lang.L("Printed at the top of schedules and attendance sheets; the head signs them."))
	hint.Wrapping = fyne.TextWrapWord
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() })
	content := container.NewBorder(container.NewVBox(hint, f.problem),
		container.NewBorder(nil, nil, nil, container.NewHBox(cancel, f.save)), nil, nil,
		container.NewVScroll(form))
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Institution and letterhead"), content, win)
	f.dlg.Resize(fyne.NewSize(760, 600))
	return f, nil
}

func (f *institutionForm) showLogo() {
	if len(f.logo) == 0 {
		f.logoView.Resource = nil
		f.logoText.SetText(lang.L("No logo"))
	} else {
		f.logoView.Resource = fyne.NewStaticResource("logo", f.logo)
		f.logoText.SetText("")
	}
	f.logoView.Refresh()
}

func (f *institutionForm) onChooseLogo() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			showError(err, f.win)
			return
		}
		if rc == nil {
			return
		}
		f.loadLogo(rc)
	}, f.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg"}))
	d.Resize(fileDialogSize)
	d.Show()
}

// loadLogo reads a logo file (small: at most a few MB) as the dialog hands it over.
func (f *institutionForm) loadLogo(r io.ReadCloser) {
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, data.MaxLogoBytes+1))
	if err != nil {
		showError(err, f.win)
		return
	}
	if _, format, err := image.DecodeConfig(bytes.NewReader(b)); err != nil || len(b) > data.MaxLogoBytes ||
		(format != "png" && format != "jpeg") {
		f.problem.SetText(lang.L("The logo must be a PNG or JPEG image of at most 2 MB."))
		f.problem.Show()
		return
	}
	f.problem.Hide()
	f.logo = b
	f.showLogo()
}

func (f *institutionForm) onRemoveLogo() {
	f.logo = nil
	f.showLogo()
}

func (f *institutionForm) institution() data.Institution {
	var lines []string
	for _, l := range strings.Split(f.lines.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return data.Institution{Lines: lines, Address: f.address.Text, City: f.city.Text, Phone: f.phone.Text,
		Email: f.email.Text, Logo: f.logo, HeadName: f.headName.Text, HeadTitle: f.headTitle.Text, HeadNIP: f.headNIP.Text}
}

func (f *institutionForm) onSave() {
	err := f.store.SetInstitution(context.Background(), f.institution())
	var p *data.Problem
	switch {
	case errors.As(err, &p) && p.Field == "lines":
		f.problem.SetText(lang.L("Write at least one letterhead line."))
		f.problem.Show()
	case errors.Is(err, data.ErrLogoFormat):
		f.problem.SetText(lang.L("The logo must be a PNG or JPEG image of at most 2 MB."))
		f.problem.Show()
	case err != nil:
		showError(err, f.win)
	default:
		f.dlg.Hide()
	}
}
