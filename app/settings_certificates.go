package app

import (
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// The certificates tab of the settings form: the signature, the number
// pattern with an example, the next number, the paper and the print offsets.

// Paper sizes of certificates: the store's value and the choice shown.
var paperSizes = []string{"A4", "F4"}

func paperLabel(size string) string {
	if size == "F4" {
		return lang.L("F4 (215 × 330 mm)")
	}
	return lang.L("A4 (210 × 297 mm)")
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
	form := widget.NewForm(f.designItems(cs)...)
	form.AppendItem(widget.NewFormItem(lang.L("Signature"), f.field("signature", signatureRow)))
	for _, it := range []*widget.FormItem{patternItem, seqItem,
		widget.NewFormItem(lang.L("Paper"), f.field("paper", f.paper)), xItem, yItem} {
		form.AppendItem(it)
	}
	hint := widget.NewLabel(lang.L("The head of the centre on the Institution tab signs the certificates. What a certificate says is kept as it was issued; the design, colour and languages change how it is printed. For blanks with a pre-printed border, print the calibration page and move the print by the offsets."))
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVScroll(container.NewVBox(hint, form))
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

// certificateSettings reads the certificate fields, with the problems of
// what cannot be read or saved.
func (f *settingsForm) certificateSettings() (data.CertificateSettings, []data.Problem) {
	cs := data.CertificateSettings{Pattern: strings.TrimSpace(f.pattern.Text), Signature: f.signature}
	f.readDesign(&cs)
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
