package app

import (
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/reports"
)

// How certificates are drawn, in the settings' certificates tab: the
// design, its colour, English under each line, who signs the back, the
// verification address, the funding line, and the pre-printed design's
// calibration page. The head's rank is on the institution tab.

// designLabel names a design as the form shows it.
func designLabel(design string) string {
	switch design {
	case data.DesignPortrait:
		return lang.L("Portrait, under the letterhead")
	case data.DesignPreprinted:
		return lang.L("Pre-printed blanks: only what varies")
	}
	return lang.L("Landscape, in a frame")
}

// certificateColours are the colours offered for the frame and the title.
var certificateColours = []struct{ hex, name string }{
	{data.DefaultCertificateColour, "Dark blue"},
	{"#1E5631", "Dark green"},
	{"#7B1E23", "Maroon"},
	{"#7A5C12", "Gold brown"},
	{"#222222", "Black"},
}

// backSignLabel names who signs the back.
func backSignLabel(who string) string {
	switch who {
	case data.BackSignHead:
		return lang.L("The head of the centre")
	case data.BackSignInstructor:
		return lang.L("The lead instructor")
	}
	return lang.L("The head (Mengetahui) and the lead instructor")
}

// designItems are the form's rows of how certificates look.
func (f *settingsForm) designItems(cs data.CertificateSettings) []*widget.FormItem {
	designs := make([]string, len(data.CertificateDesigns))
	for i, d := range data.CertificateDesigns {
		designs[i] = designLabel(d)
	}
	f.design = widget.NewRadioGroup(designs, nil)
	f.design.Required = true
	f.design.SetSelected(designLabel(cs.Design))
	calibrate := widget.NewButtonWithIcon(lang.L("Print calibration page…"), theme.DocumentPrintIcon(), f.onCalibration)

	var colours []string
	for _, c := range certificateColours {
		colours = append(colours, lang.L(c.name))
	}
	f.colour = widget.NewSelect(colours, nil)
	f.colour.SetSelected(colours[0])
	for i, c := range certificateColours {
		if strings.EqualFold(c.hex, cs.Colour) {
			f.colour.SetSelected(colours[i])
		}
	}
	f.bilingual = widget.NewCheck(lang.L("English in italics under each line, for graduates who apply abroad"), nil)
	f.bilingual.SetChecked(cs.Bilingual)

	signers := make([]string, len(data.BackSigns))
	for i, b := range data.BackSigns {
		signers[i] = backSignLabel(b)
	}
	f.backSign = widget.NewSelect(signers, nil)
	f.backSign.SetSelected(backSignLabel(cs.BackSign))

	f.verify = widget.NewEntry()
	f.verify.SetText(cs.VerifyAddress)
	f.verify.SetPlaceHolder("https://blki.example.go.id/verifikasi")
	f.funding = widget.NewCheck(lang.L("Name who organised the training and who paid for it"), nil)
	f.funding.SetChecked(cs.FundingLine)
	f.province, f.regency = widget.NewEntry(), widget.NewEntry()
	f.province.SetText(cs.Province)
	f.province.SetPlaceHolder("Kalimantan Timur")
	f.regency.SetText(cs.Regency)
	f.regency.SetPlaceHolder("Kota Balikpapan")

	designItem := widget.NewFormItem(lang.L("Design"), f.field("design", container.NewVBox(f.design, container.NewHBox(calibrate))))
	designItem.HintText = lang.L("A new design changes how every certificate is printed, never what it says.")
	verifyItem := widget.NewFormItem(lang.L("Verification address"), f.field("verify_address", f.verify))
	verifyItem.HintText = lang.L("The QR code then holds this address with the code; empty: the code alone. For certificates issued from now on.")
	fundingItem := widget.NewFormItem(lang.L("Funding line"), f.funding)
	fundingItem.HintText = lang.L("\"… atas biaya APBD Provinsi Kalimantan Timur Tahun 2026\", from the class's funding.")
	return []*widget.FormItem{
		designItem,
		widget.NewFormItem(lang.L("Colour"), widgets.Narrow(f.colour, 220)),
		widget.NewFormItem(lang.L("Languages"), f.bilingual),
		widget.NewFormItem(lang.L("Back signed by"), widgets.Narrow(f.backSign, 380)),
		verifyItem,
		fundingItem,
		widget.NewFormItem(lang.L("Province (APBD Provinsi)"), widgets.Narrow(f.province, 260)),
		widget.NewFormItem(lang.L("Regency or city (APBD)"), widgets.Narrow(f.regency, 260)),
	}
}

// readDesign puts the design rows' choices into cs.
func (f *settingsForm) readDesign(cs *data.CertificateSettings) {
	for _, d := range data.CertificateDesigns {
		if f.design.Selected == designLabel(d) {
			cs.Design = d
		}
	}
	for _, c := range certificateColours {
		if f.colour.Selected == lang.L(c.name) {
			cs.Colour = c.hex
		}
	}
	for _, b := range data.BackSigns {
		if f.backSign.Selected == backSignLabel(b) {
			cs.BackSign = b
		}
	}
	cs.Bilingual, cs.FundingLine = f.bilingual.Checked, f.funding.Checked
	cs.VerifyAddress = strings.TrimSpace(f.verify.Text)
	cs.Province, cs.Regency = f.province.Text, f.regency.Text
}

// onCalibration saves the pre-printed design's calibration page, with the
// paper and offsets as the form has them now.
func (f *settingsForm) onCalibration() {
	cs, probs := f.certificateSettings()
	for _, p := range probs {
		if p.Field == "offset_x" || p.Field == "offset_y" || p.Field == "paper" {
			f.showProblems(probs)
			return
		}
	}
	widgets.ShowSaveDialog(f.win, lang.L("Save the calibration page as PDF"), "kalibrasi-sertifikat.pdf", func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			if err != nil {
				showError(err, f.win)
			}
			return
		}
		saveInBackground(f.win, wc, func(w io.Writer) error {
			return writeCalibration(cs, w)
		}, func(u fyne.URI) {
			dialog.ShowInformation(lang.L("Calibration page saved"), lang.L("Print {{.File}} on a certificate blank, compare the boxes with the blank's lines and set the offsets.",
				map[string]any{"File": u.Name()}), f.win)
		})
	}, ".pdf")
}

// writeCalibration writes the calibration page for the paper, colour and
// offsets of cs.
func writeCalibration(cs data.CertificateSettings, w io.Writer) error {
	paper, err := reports.ParsePaper(cs.Paper)
	if err != nil {
		paper = reports.A4
	}
	return reports.WriteCertificateCalibrationPDF(w, reports.CertificateOptions{Paper: paper, Colour: cs.Colour,
		OffsetX: cs.OffsetX, OffsetY: cs.OffsetY})
}

// newRankSelect is the choice of the signatory's rank, "" for none.
func newRankSelect(grade string) *widget.Select {
	options := []string{lang.L("(none)")}
	for _, r := range data.Ranks {
		options = append(options, data.RankLabel(r.Grade))
	}
	s := widget.NewSelect(options, nil)
	s.SetSelected(options[0])
	if label := data.RankLabel(grade); label != "" {
		if !slices.Contains(options, label) {
			s.Options = append(s.Options, label) // a rank typed in another Balai, kept
		}
		s.SetSelected(label)
	}
	return s
}

// rankOf is the grade chosen, "" for none.
func rankOf(s *widget.Select) string {
	for _, r := range data.Ranks {
		if s.Selected == data.RankLabel(r.Grade) {
			return r.Grade
		}
	}
	if s.SelectedIndex() <= 0 {
		return ""
	}
	return s.Selected
}
