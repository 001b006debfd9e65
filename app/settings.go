package app

import (
	"bytes"
	"context"
	"errors"
	"image"
	_ "image/jpeg" // logos and signatures
	_ "image/png"
	"io"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
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
	address, city, phone, email  *widget.Entry
	headName, headTitle, headNIP *widget.Entry
	logo                         []byte
	logoView                     *canvas.Image
	logoText                     *widget.Label

	// Certificates.
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

// Paper sizes of certificates: the store's value and the choice shown.
var paperSizes = []string{"A4", "F4"}

func paperLabel(size string) string {
	if size == "F4" {
		return lang.L("F4 (215 × 330 mm)")
	}
	return lang.L("A4 (210 × 297 mm)")
}

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
	f := &settingsForm{win: win, store: st, logo: inst.Logo, signature: cs.Signature, savedSeq: cs.NextSeq,
		errs: widgets.NewFieldErrors()}
	f.problem = widgets.NewErrorLabel()

	f.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Institution"), theme.HomeIcon(), f.institutionTab(inst)),
		container.NewTabItemWithIcon(lang.L("Certificates"), theme.DocumentIcon(), f.certificatesTab(cs)),
	)
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() })
	f.content = container.NewBorder(f.problem,
		container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, container.NewHBox(cancel, f.save))),
		nil, nil, f.tabs)
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Settings for letterhead and certificates"), f.content, win)
	f.dlg.Resize(fyne.NewSize(800, 660))
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
	f.address, f.city, f.phone, f.email = entry(inst.Address), entry(inst.City), entry(inst.Phone), entry(inst.Email)
	f.headName, f.headTitle, f.headNIP = entry(inst.HeadName), entry(inst.HeadTitle), entry(data.FormatNIP(inst.HeadNIP))
	f.headNIP.SetPlaceHolder("19671018 199303 1 004")
	f.headNIP.OnChanged = f.onNIPChanged
	f.logoView = canvas.NewImageFromResource(nil)
	f.logoView.FillMode = canvas.ImageFillContain
	f.logoView.SetMinSize(fyne.NewSize(64, 64))
	f.logoText = widget.NewLabel("")
	f.showLogo()

	logoRow := container.NewHBox(f.logoView, f.logoText,
		widget.NewButtonWithIcon(lang.L("Choose logo…"), theme.FolderOpenIcon(), f.onChooseLogo),
		widget.NewButtonWithIcon(lang.L("Remove logo"), theme.DeleteIcon(), f.onRemoveLogo))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Letterhead lines"), f.field("lines", f.lines)),
		widget.NewFormItem(lang.L("Address"), f.address),
		widget.NewFormItem(lang.L("City"), f.city),
		widget.NewFormItem(lang.L("Office phone"), f.phone),
		widget.NewFormItem(lang.L("E-mail"), f.email),
		widget.NewFormItem(lang.L("Logo"), f.field("logo", logoRow)),
		widget.NewFormItem(lang.L("Head of the centre"), f.headName),
		widget.NewFormItem(lang.L("Title"), f.headTitle),
		widget.NewFormItem(lang.L("NIP"), f.headNIP),
	)
	hint := widget.NewLabel(lang.L("Printed at the top of schedules, attendance sheets and certificates; the head signs them."))
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVScroll(container.NewVBox(hint, form))
}

func (f *settingsForm) certificatesTab(cs data.CertificateSettings) fyne.CanvasObject {
	f.signatureView = canvas.NewImageFromResource(nil)
	f.signatureView.FillMode = canvas.ImageFillContain
	f.signatureView.SetMinSize(fyne.NewSize(140, 64))
	f.signatureText = widget.NewLabel("")
	f.showSignature()
	signatureRow := container.NewHBox(f.signatureView, f.signatureText,
		widget.NewButtonWithIcon(lang.L("Choose signature…"), theme.FolderOpenIcon(), f.onChooseSignature),
		widget.NewButtonWithIcon(lang.L("Remove signature"), theme.DeleteIcon(), f.onRemoveSignature))

	f.pattern = widget.NewEntry()
	f.pattern.SetText(cs.Pattern)
	f.pattern.SetPlaceHolder(data.DefaultCertificatePattern)
	f.pattern.OnChanged = f.onPatternChanged
	f.example = widget.NewLabel("")
	f.example.TextStyle.Bold = true
	f.nextSeq = widget.NewEntry()
	f.nextSeq.SetText(strconv.Itoa(cs.NextSeq))
	f.nextSeq.OnChanged = f.onNextSeqChanged
	options := make([]string, len(paperSizes))
	for i, p := range paperSizes {
		options[i] = paperLabel(p)
	}
	f.paper = widget.NewRadioGroup(options, nil)
	f.paper.Horizontal = true
	f.paper.Required = true
	f.paper.SetSelected(paperLabel(cs.Paper))
	f.offsetX, f.offsetY = widget.NewEntry(), widget.NewEntry()
	f.offsetX.SetText(formatMM(cs.OffsetX))
	f.offsetY.SetText(formatMM(cs.OffsetY))
	f.offsetX.SetPlaceHolder("0")
	f.offsetY.SetPlaceHolder("0")
	f.updateExample()

	narrow := func(o fyne.CanvasObject) fyne.CanvasObject { return widgets.Narrow(o, 120) }
	tokens := widget.NewLabel(lang.L("Parts: {seq} number, {seq:3} number with 3 digits (001), {program} program code, {kejuruan}, {year}, {month} (01–12), {roman_month} (I–XII)"))
	tokens.Wrapping = fyne.TextWrapWord
	tokens.SizeName = theme.SizeNameCaptionText
	patternItem := widget.NewFormItem(lang.L("Number pattern"),
		container.NewVBox(f.field("pattern", f.pattern), f.example, tokens))
	seqItem := widget.NewFormItem(lang.L("Next number"), f.field("next_seq", narrow(f.nextSeq)))
	seqItem.HintText = lang.L("The next certificate issued gets this number; numbers are never given twice.")
	xItem := widget.NewFormItem(lang.L("Offset X (mm)"), f.field("offset_x", narrow(f.offsetX)))
	xItem.HintText = lang.L("Positive moves the print right, negative left, e.g. 2,5 or -1.")
	yItem := widget.NewFormItem(lang.L("Offset Y (mm)"), f.field("offset_y", narrow(f.offsetY)))
	yItem.HintText = lang.L("Positive moves the print down, negative up.")
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Signature"), f.field("signature", signatureRow)),
		patternItem,
		seqItem,
		widget.NewFormItem(lang.L("Paper"), f.field("paper", f.paper)),
		xItem,
		yItem,
	)
	hint := widget.NewLabel(lang.L("The head of the centre on the Institution tab signs the certificates. What is set here applies to certificates issued from now on; those issued before keep what they were issued with. For certificate stock with a pre-printed border, print one test page and move the print by the offsets."))
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

func (f *settingsForm) onPatternChanged(string) {
	var probs []data.Problem
	if strings.TrimSpace(f.pattern.Text) != "" {
		probs = data.ValidateCertificatePattern(strings.TrimSpace(f.pattern.Text))
	}
	f.showFieldProblems("pattern", probs)
	f.updateExample()
}

func (f *settingsForm) onNextSeqChanged(string) { f.updateExample() }

// updateExample shows the number the pattern gives for a welding class today.
func (f *settingsForm) updateExample() {
	pattern := strings.TrimSpace(f.pattern.Text)
	if len(data.ValidateCertificatePattern(pattern)) > 0 {
		f.example.SetText(lang.L("Example: none until the pattern is complete"))
		return
	}
	seq, err := strconv.Atoi(strings.TrimSpace(f.nextSeq.Text))
	if err != nil || seq < 1 {
		seq = f.savedSeq
	}
	number := data.FormatCertificateNumber(pattern, seq, "LAS", "Las", f.store.Now())
	f.example.SetText(lang.L("Example: {{.Number}}", map[string]any{"Number": number}))
}

// formatMM writes a length in mm with the interface language's decimal mark.
func formatMM(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if currentLang == langID {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// parseMM reads a length in mm written with a decimal comma or point; empty is 0.
func parseMM(s string) (float64, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	s = strings.ReplaceAll(s, "−", "-")
	if s == "" {
		return 0, true
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

func (f *settingsForm) showLogo() {
	showImage(f.logoView, f.logoText, f.logo, lang.L("No logo"))
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

func (f *settingsForm) onChooseLogo() { f.chooseImage(f.loadLogo) }

func (f *settingsForm) loadLogo(r io.ReadCloser) {
	b, ok := f.readImage(r)
	if !ok {
		f.showFieldProblems("logo", []data.Problem{{Field: "logo"}})
		return
	}
	f.showFieldMessage("logo", "")
	f.logo = b
	f.showLogo()
}

func (f *settingsForm) onRemoveLogo() {
	f.logo = nil
	f.showFieldMessage("logo", "")
	f.showLogo()
}

func (f *settingsForm) onChooseSignature() { f.chooseImage(f.loadSignature) }

func (f *settingsForm) loadSignature(r io.ReadCloser) {
	b, ok := f.readImage(r)
	if !ok {
		f.showFieldProblems("signature", []data.Problem{{Field: "signature"}})
		return
	}
	f.showFieldMessage("signature", "")
	f.signature = b
	f.showSignature()
}

func (f *settingsForm) onRemoveSignature() {
	f.signature = nil
	f.showFieldMessage("signature", "")
	f.showSignature()
}

func (f *settingsForm) institution() data.Institution {
	var lines []string
	for _, l := range strings.Split(f.lines.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return data.Institution{Lines: lines, Address: f.address.Text, City: f.city.Text, Phone: f.phone.Text,
		Email: f.email.Text, Logo: f.logo, HeadName: f.headName.Text, HeadTitle: f.headTitle.Text, HeadNIP: f.headNIP.Text}
}

// certificateSettings reads the certificate fields, with the problems of
// what cannot be read or saved.
func (f *settingsForm) certificateSettings() (data.CertificateSettings, []data.Problem) {
	cs := data.CertificateSettings{Pattern: strings.TrimSpace(f.pattern.Text), Signature: f.signature}
	var probs []data.Problem
	seqText := strings.TrimSpace(f.nextSeq.Text)
	seq, err := strconv.Atoi(seqText)
	if err != nil {
		probs = append(probs, data.Problem{Field: "next_seq", Code: data.CodeCertNextSeq, Detail: seqText})
		seq = 1 // reported already
	}
	cs.NextSeq = seq
	for i, p := range paperSizes {
		if f.paper.Selected == paperLabel(p) {
			cs.Paper = paperSizes[i]
		}
	}
	var ok bool
	if cs.OffsetX, ok = parseMM(f.offsetX.Text); !ok {
		probs = append(probs, data.Problem{Field: "offset_x", Code: data.CodeCertOffset, Detail: f.offsetX.Text})
	}
	if cs.OffsetY, ok = parseMM(f.offsetY.Text); !ok {
		probs = append(probs, data.Problem{Field: "offset_y", Code: data.CodeCertOffset, Detail: f.offsetY.Text})
	}
	probs = append(probs, data.ValidateCertificateSettings(cs)...)
	return cs, probs
}

// settingsText is a problem of the settings in the interface language.
func settingsText(p data.Problem) string {
	switch {
	case p.Field == "lines":
		return lang.L("Write at least one letterhead line.")
	case p.Field == "logo":
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
	case "signature", "pattern", "next_seq", "paper", "offset_x", "offset_y":
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
		f.showProblems([]data.Problem{{Field: "logo"}})
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
