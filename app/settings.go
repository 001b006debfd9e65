package app

import (
	"context"
	"errors"
	_ "image/jpeg" // logos and signatures
	_ "image/png"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// settingsForm edits what printed documents carry: the letterhead and the
// head of the centre who signs (schedules, attendance sheets, certificates),
// and how certificates are numbered and printed.
type settingsForm struct {
	win   fyne.Window
	store *store.Store
	dlg   *dialog.CustomDialog
	tabs  *container.AppTabs

	// Institution.
	lines                        *widget.Entry // one letterhead line per line of text
	name                         *widget.Entry // the centre in running text
	address, city, phone, email  *widget.Entry
	headName, headTitle, headNIP *widget.Entry
	headRank                     *widget.Select
	logo, logo2                  []byte
	logoView, logo2View          *canvas.Image
	logoText, logo2Text          *widget.Label

	// Certificates: how they are drawn (settings_design.go), then numbered
	// and printed.
	design    *widget.RadioGroup
	colour    *widget.Select
	bilingual *widget.Check
	backSign  *widget.Select
	verify    *widget.Entry // the verification address
	funding   *widget.Check
	province  *widget.Entry
	regency   *widget.Entry

	signature        []byte
	signatureView    *canvas.Image
	signatureText    *widget.Label
	pattern          *widget.Entry
	example          *widget.Label
	nextSeq          *widget.Entry
	paper            *widget.RadioGroup
	offsetX, offsetY *widget.Entry
	savedSeq         int // the next sequence number as saved, for the example

	errs    *widgets.FieldErrors // by field: lines, logo, signature, pattern, next_seq, paper, offset_x, offset_y
	problem *widget.Label        // a problem that belongs to no field
	content *fyne.Container
	save    *widget.Button
}

// Tabs of the settings dialog.
const (
	settingsTabInstitution = iota
	settingsTabCertificates
)

func showSettingsForm(win fyne.Window, st *store.Store) {
	f, err := newSettingsForm(win, st)
	if err != nil {
		showError(err, win)
		return
	}
	f.dlg.Show()
}

func newSettingsForm(win fyne.Window, st *store.Store) (*settingsForm, error) {
	ctx := context.Background()
	inst, err := st.Institution(ctx)
	if err != nil {
		return nil, err
	}
	cs, err := st.CertificateSettings(ctx)
	if err != nil {
		return nil, err
	}
	f := &settingsForm{win: win, store: st, logo: inst.Logo, logo2: inst.Logo2, signature: cs.Signature, savedSeq: cs.NextSeq,
		errs: widgets.NewFieldErrors()}
	f.problem = widgets.NewErrorLabel()

	f.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Institution"), theme.HomeIcon(), f.institutionTab(inst)),
		container.NewTabItemWithIcon(lang.L("Certificates"), theme.DocumentIcon(), f.certificatesTab(cs)),
	)
	save, buttons := widgets.FormButtons(f.onSave, func() { f.dlg.Hide() })
	f.save = save
	f.content = container.NewBorder(f.problem,
		buttons,
		nil, nil, f.tabs)
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Settings for letterhead and certificates"), f.content, win)
	size := fyne.NewSize(820, 680)
	if c := win.Canvas().Size(); c.Width > 0 && c.Height > 0 { // 1024 × 600 screens
		size = fyne.NewSize(min(size.Width, c.Width-24), min(size.Height, c.Height-24))
	}
	f.dlg.Resize(size)
	return f, nil
}

// field is an input with its (hidden) error message under it.
func (f *settingsForm) field(name string, obj fyne.CanvasObject) fyne.CanvasObject {
	return widgets.Field(obj, f.errs.Label(name))
}

func (f *settingsForm) institutionTab(inst data.Institution) fyne.CanvasObject {
	f.lines = widget.NewMultiLineEntry()
	f.lines.SetText(strings.Join(inst.Lines, "\n"))
	f.lines.SetMinRowsVisible(3)
	entry := func(v string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(v)
		return e
	}
	f.name = entry(inst.Name)
	f.name.SetPlaceHolder("UPTD Balai Latihan Kerja Industri Balikpapan")
	f.address, f.city, f.phone, f.email = entry(inst.Address), entry(inst.City), entry(inst.Phone), entry(inst.Email)
	f.headName, f.headTitle, f.headNIP = entry(inst.HeadName), entry(inst.HeadTitle), entry(data.FormatNIP(inst.HeadNIP))
	f.headNIP.SetPlaceHolder("19671018 199303 1 004")
	f.headNIP.OnChanged = f.onNIPChanged
	f.headRank = newRankSelect(inst.HeadRank)
	f.logoView, f.logoText = imageView(64, 64)
	f.logo2View, f.logo2Text = imageView(64, 64)
	f.showLogo()

	logoRow := container.NewHBox(f.logoView, f.logoText,
		widget.NewButtonWithIcon(lang.L("Choose logo…"), theme.FolderOpenIcon(), f.onChooseLogo),
		widget.NewButtonWithIcon(lang.L("Remove logo"), theme.DeleteIcon(), f.onRemoveLogo))
	logo2Row := container.NewHBox(f.logo2View, f.logo2Text,
		widget.NewButtonWithIcon(lang.L("Choose logo…"), theme.FolderOpenIcon(), f.onChooseLogo2),
		widget.NewButtonWithIcon(lang.L("Remove logo"), theme.DeleteIcon(), f.onRemoveLogo2))
	nameItem := widget.NewFormItem(lang.L("Name in sentences"), f.name)
	nameItem.HintText = lang.L("As a certificate says \"organised by …\"")
	logo2Item := widget.NewFormItem(lang.L("Second logo"), f.field("logo2", logo2Row))
	logo2Item.HintText = lang.L("Printed at the right of a certificate, e.g. the centre's own logo.")
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Letterhead lines"), f.field("lines", f.lines)),
		nameItem,
		widget.NewFormItem(lang.L("Address"), f.address),
		widget.NewFormItem(lang.L("City"), f.city),
		widget.NewFormItem(lang.L("Office phone"), f.phone),
		widget.NewFormItem(lang.L("E-mail"), f.email),
		widget.NewFormItem(lang.L("Logo"), f.field("logo", logoRow)),
		logo2Item,
		widget.NewFormItem(lang.L("Head of the centre"), f.headName),
		widget.NewFormItem(lang.L("Title"), f.headTitle),
		widget.NewFormItem(lang.L("NIP"), container.NewBorder(nil, nil, nil,
			container.NewHBox(widget.NewLabel(lang.L("Rank")), widgets.Fixed(230, f.headRank)), f.headNIP)),
	)
	hint := widget.NewLabel(lang.L("Printed at the top of schedules, attendance sheets and certificates; the head signs them."))
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVScroll(container.NewVBox(hint, form))
}

// onNIPChanged groups a complete 18-digit NIP as it is printed.
func (f *settingsForm) onNIPChanged(text string) {
	if formatted := data.FormatNIP(text); formatted != text && len(data.NormalizeNIP(text)) == 18 {
		f.headNIP.SetText(formatted)
		f.headNIP.CursorColumn = len([]rune(formatted))
		f.headNIP.Refresh()
	}
}

func (f *settingsForm) institution() data.Institution {
	var lines []string
	for _, l := range strings.Split(f.lines.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return data.Institution{Lines: lines, Name: f.name.Text, Address: f.address.Text, City: f.city.Text, Phone: f.phone.Text,
		Email: f.email.Text, Logo: f.logo, Logo2: f.logo2, HeadName: f.headName.Text, HeadTitle: f.headTitle.Text,
		HeadNIP: f.headNIP.Text, HeadRank: rankOf(f.headRank)}
}

// settingsText is a problem of the settings in the interface language.
func settingsText(p data.Problem) string {
	switch {
	case p.Field == "lines":
		return lang.L("Write at least one letterhead line.")
	case p.Field == "logo" || p.Field == "logo2":
		return lang.L("The logo must be a PNG or JPEG image of at most 2 MB.")
	case p.Field == "signature":
		return lang.L("The signature must be a PNG or JPEG image of at most 2 MB.")
	case p.Field == "offset_x" || p.Field == "offset_y":
		if _, ok := parseMM(p.Detail); !ok {
			return lang.L("Write the offset as a number of mm, e.g. 2,5 or -1.")
		}
	}
	return problemText(p)
}

// showProblems puts each problem under its field, hides the other fields'
// messages and opens the tab of the first problem.
func (f *settingsForm) showProblems(probs []data.Problem) {
	rest := f.errs.Show(probs, settingsText)
	widgets.SetMessage(f.problem, strings.Join(rest, "\n"))
	if len(probs) > 0 {
		f.tabs.SelectIndex(settingsTab(probs[0].Field))
	}
	f.content.Refresh()
}

// showFieldProblems shows the problems of one field only.
func (f *settingsForm) showFieldProblems(field string, probs []data.Problem) {
	texts := make([]string, len(probs))
	for i, p := range probs {
		texts[i] = settingsText(p)
	}
	f.showFieldMessage(field, strings.Join(texts, "\n"))
}

func (f *settingsForm) showFieldMessage(field, text string) {
	l := f.errs.Label(field)
	if l.Text == text && l.Visible() == (text != "") {
		return
	}
	widgets.SetMessage(l, text)
	if f.content != nil {
		f.content.Refresh()
	}
}

// settingsTab is the tab that holds a field.
func settingsTab(field string) int {
	switch field {
	case "signature", "pattern", "next_seq", "paper", "offset_x", "offset_y",
		"design", "colour", "back_sign", "verify_address":
		return settingsTabCertificates
	}
	return settingsTabInstitution
}

func (f *settingsForm) onSave() {
	inst := f.institution()
	cs, probs := f.certificateSettings()
	if len(inst.Lines) == 0 {
		probs = append([]data.Problem{{Field: "lines", Code: data.CodeRequired}}, probs...)
	}
	f.showProblems(probs)
	if len(probs) > 0 {
		return
	}
	ctx := context.Background()
	err := f.store.SetInstitution(ctx, inst)
	if err == nil {
		err = f.store.SetCertificateSettings(ctx, cs)
	}
	switch {
	case errors.Is(err, data.ErrLogoFormat):
		f.showProblems([]data.Problem{{Field: "logo"}, {Field: "logo2"}})
	case errors.Is(err, data.ErrSignatureFormat):
		f.showProblems([]data.Problem{{Field: "signature"}})
	case problemsOf(err) != nil:
		f.showProblems(problemsOf(err))
	case err != nil:
		showError(err, f.win)
	default:
		f.dlg.Hide()
	}
}
