package app

import (
	"context"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// auditLimit is how many of the newest audit-log entries the screen shows.
const auditLimit = 500

// verifyScreen checks a certificate's verification code, as an employer
// asks the centre to, and shows the certificate audit log under it.
type verifyScreen struct {
	win   fyne.Window
	store *store.Store
	root  fyne.CanvasObject

	code   *widget.Entry
	verify *widget.Button

	// The result of the last check.
	verification *data.Verification // nil before the first check
	placeholder  *widget.Label
	banner       *fyne.Container
	bannerBg     *canvas.Rectangle
	bannerIcon   *widget.Icon
	heading      *widget.Label
	summary      *widget.Label // INVALID: what it means; REVOKED: why and since when
	details      *fyne.Container
	result       *fyne.Container
	resultScroll *container.Scroll

	// The audit log.
	audit      []data.AuditEntry
	auditTable *widget.Table
	auditCount *widget.Label

	started bool
	gen     int
	loads   worker
}

func newVerifyScreen(win fyne.Window, st *store.Store) *verifyScreen {
	s := &verifyScreen{win: win, store: st}
	s.build()
	return s
}

// view is the screen; each time it is shown again its audit log is read anew.
func (s *verifyScreen) view() fyne.CanvasObject {
	if s.started {
		s.reloadAudit()
	}
	return s.root
}

// start reads the audit log the first time the screen is shown.
func (s *verifyScreen) start() {
	s.started = true
	s.reloadAudit()
}

func (s *verifyScreen) build() {
	title := widget.NewLabelWithStyle(lang.L("Verify certificate"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.code = widget.NewEntry()
	s.code.SetPlaceHolder(lang.L("Verification code (40 letters and digits, as printed beside the QR code) or the address the QR code holds"))
	s.code.OnSubmitted = s.onSubmitted
	s.verify = widget.NewButtonWithIcon(lang.L("Verify"), theme.ConfirmIcon(), s.onVerify)
	s.verify.Importance = widget.HighImportance
	top := container.NewVBox(title, container.NewBorder(nil, nil, nil, s.verify, s.code))

	s.placeholder = widget.NewLabel(lang.L("Type or paste the code printed beside the QR code of a certificate — in capitals or not, with or without spaces or dashes — or the address a scanned QR code gives, then press Verify or Enter. The certificate as it was issued is shown, and every check is written to the audit log below."))
	s.placeholder.Wrapping = fyne.TextWrapWord
	s.bannerBg = canvas.NewRectangle(color.Transparent)
	s.bannerBg.CornerRadius = theme.InputRadiusSize()
	s.bannerIcon = widget.NewIcon(nil)
	s.heading = widget.NewLabel("")
	s.heading.SizeName = theme.SizeNameHeadingText
	s.heading.TextStyle.Bold = true
	s.heading.Wrapping = fyne.TextWrapWord
	s.summary = widget.NewLabel("")
	s.summary.Wrapping = fyne.TextWrapWord
	s.summary.TextStyle.Bold = true
	s.banner = container.NewStack(s.bannerBg, container.NewPadded(
		container.NewBorder(nil, nil, container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(48), s.bannerIcon)), nil,
			container.NewVBox(s.heading, s.summary))))
	s.details = container.NewVBox()
	s.result = container.NewVBox(s.banner, s.details)
	s.result.Hide()
	s.resultScroll = container.NewVScroll(container.NewVBox(s.placeholder, s.result))

	s.auditCount = widget.NewLabel("")
	s.auditTable = widgets.NewTextTable([]widgets.Column{
		{Title: lang.L("Time"), Width: 205}, {Title: lang.L("Action"), Width: 115}, {Title: lang.L("User"), Width: 90},
		{Title: lang.L("Number"), Width: 215}, {Title: lang.L("Name"), Width: 200}, {Title: lang.L("Detail"), Width: 400},
	}, func() int { return len(s.audit) }, s.auditCell, func(int) {})
	auditTitle := widget.NewLabelWithStyle(lang.L("Certificate audit log"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	refresh := widget.NewButtonWithIcon(lang.L("Refresh"), theme.ViewRefreshIcon(), s.reloadAudit)
	auditBox := container.NewBorder(container.NewBorder(nil, nil, container.NewHBox(auditTitle, s.auditCount), refresh),
		nil, nil, nil, s.auditTable)

	split := container.NewVSplit(s.resultScroll, auditBox)
	split.Offset = 0.58
	s.root = container.NewBorder(top, nil, nil, nil, split)
}

func (s *verifyScreen) onSubmitted(string) { s.onVerify() }

// onVerify checks the code typed and logs the check.
func (s *verifyScreen) onVerify() {
	code := data.CleanCode(s.code.Text)
	if code == "" {
		s.win.Canvas().Focus(s.code)
		return
	}
	s.code.SetText(code) // what was checked, without a label or spaces pasted with it
	s.verify.Disable()
	s.gen++
	gen := s.gen
	s.loads.do(func() {
		ctx := context.Background()
		v, err := s.store.VerifyCertificate(ctx, code)
		entries, auditErr := s.store.CertificateAudit(ctx, auditLimit)
		fyne.Do(func() {
			s.verify.Enable()
			if err != nil {
				showError(err, s.win)
				return
			}
			s.showVerification(v)
			if gen == s.gen && auditErr == nil {
				s.setAudit(entries)
			}
		})
	})
}

// reloadAudit reads the audit log again.
func (s *verifyScreen) reloadAudit() {
	var entries []data.AuditEntry
	s.loads.load(&s.gen, s.win, func() (err error) {
		entries, err = s.store.CertificateAudit(context.Background(), auditLimit)
		return err
	}, func() { s.setAudit(entries) })
}

func (s *verifyScreen) setAudit(entries []data.AuditEntry) {
	s.audit = entries
	if len(entries) == 0 {
		s.auditCount.SetText(lang.L("no entries yet"))
	} else {
		s.auditCount.SetText(lang.L("the newest {{.Count}} entries first", map[string]any{"Count": formatCount(len(entries))}))
	}
	s.auditTable.Refresh()
}

// showVerification shows the result of a check, big and coloured, with the
// certificate's data as issued.
func (s *verifyScreen) showVerification(v data.Verification) {
	s.verification = &v
	var tint fyne.ThemeColorName
	switch v.Status {
	case data.VerifyValid:
		tint = theme.ColorNameSuccess
		s.heading.Importance = widget.SuccessImportance
		s.heading.SetText(lang.L("VALID — genuine certificate"))
		s.bannerIcon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		widgets.SetMessage(s.summary, lang.L("This certificate was issued by this centre and is in force."))
		s.summary.Importance = widget.MediumImportance
	case data.VerifyRevoked:
		tint = theme.ColorNameError
		s.heading.Importance = widget.DangerImportance
		s.heading.SetText(lang.L("REVOKED — this certificate is no longer valid"))
		s.bannerIcon.SetResource(theme.NewErrorThemedResource(theme.WarningIcon()))
		s.summary.Importance = widget.DangerImportance
		widgets.SetMessage(s.summary, lang.L("Revoked from {{.Date}}. Reason: {{.Reason}}", map[string]any{
			"Date": formatDate(v.Certificate.RevokedOn), "Reason": v.Certificate.RevokeReason}))
	default:
		tint = theme.ColorNameError
		s.heading.Importance = widget.DangerImportance
		s.heading.SetText(lang.L("INVALID — not a certificate of this centre"))
		s.bannerIcon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
		s.summary.Importance = widget.DangerImportance
		widgets.SetMessage(s.summary, lang.L("This code does not match any certificate issued here. It may have been mistyped or altered."))
	}
	s.bannerBg.FillColor = faintColor(theme.Color(tint))
	s.bannerBg.Refresh()
	s.heading.Refresh()
	s.summary.Refresh()
	s.details.Objects = nil
	if v.Certificate != nil {
		s.details.Objects = certificateDetails(*v.Certificate)
	}
	s.placeholder.Hide()
	s.result.Show()
	s.result.Refresh()
	s.resultScroll.ScrollToTop()
}

// faintColor is c made faint, as a background under text.
func faintColor(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x2a}
}

// certificateDetails are what a certificate says, as rows for the result.
func certificateDetails(c data.Certificate) []fyne.CanvasObject {
	cc := c.Content
	value := func(text string) fyne.CanvasObject {
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	var rows []fyne.CanvasObject
	add := func(label, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		rows = append(rows, widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), value(text))
	}
	add(lang.L("Certificate number"), c.Number)
	add(lang.L("Replaces"), c.Replaces)
	add(lang.L("Name"), cc.Name)
	add(lang.L("Place and date of birth"), joinNonEmpty(", ", cc.BirthPlace, formatDate(cc.BirthDate)))
	program := cc.ProgramName
	if cc.Kejuruan != "" {
		program += " (" + lang.L("kejuruan {{.Kejuruan}}", map[string]any{"Kejuruan": cc.Kejuruan}) + ")"
	}
	add(lang.L("Training program"), program)
	if cc.JP > 0 {
		add(lang.L("Hours of training"), lang.L("{{.JP}} JP", map[string]any{"JP": strconv.Itoa(cc.JP)}))
	}
	add(lang.L("Class"), joinNonEmpty(", ", cc.ClassCode, cc.Batch))
	add(lang.L("Training dates"), joinNonEmpty(" – ", formatDate(cc.Start), formatDate(cc.End)))
	add(lang.L("Issued"), joinNonEmpty(", ", cc.Place, formatDate(cc.IssuedOn)))
	var nip string
	if cc.SignatoryNIP != "" {
		nip = lang.L("NIP") + " " + data.FormatNIP(cc.SignatoryNIP)
	}
	add(lang.L("Signed by"), joinNonEmpty("\n", cc.SignatoryName, cc.SignatoryTitle, nip))
	out := []fyne.CanvasObject{container.New(layout.NewFormLayout(), rows...)}
	if len(cc.Units) > 0 {
		out = append(out, widgets.SectionTitle(lang.L("Competency units")), verifyUnitRow(
			widget.NewLabelWithStyle(lang.L("Code"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabelWithStyle(lang.L("Unit"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabelWithStyle(lang.L("JP"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
			widget.NewLabelWithStyle(lang.L("Result"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
		for _, u := range cc.Units {
			title := widget.NewLabel(u.Title)
			title.Wrapping = fyne.TextWrapWord
			result := widget.NewLabel(unitResultLabel(u.Result))
			if u.Result != data.ResultCompetent {
				result.Importance = widget.DangerImportance
			}
			out = append(out, verifyUnitRow(widget.NewLabel(u.Code), title,
				widget.NewLabelWithStyle(strconv.Itoa(u.JP), fyne.TextAlignTrailing, fyne.TextStyle{}), result))
		}
	}
	return out
}

// verifyUnitRow lays out one competency unit: code, title (wrapping), JP, result.
func verifyUnitRow(code, title, jp, result fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(nil, nil, widgets.Fixed(150, code),
		container.NewHBox(widgets.Fixed(50, jp), widgets.Fixed(200, result)),
		title)
}

// unitResultLabel is "K — competent" for K, "BK — not yet competent" for BK.
func unitResultLabel(result string) string {
	switch result {
	case data.ResultCompetent:
		return lang.L("K — competent")
	case data.ResultNotCompetent:
		return lang.L("BK — not yet competent")
	}
	return result
}

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func (s *verifyScreen) auditCell(row, col int) string {
	if row >= len(s.audit) {
		return ""
	}
	e := s.audit[row]
	switch col {
	case 0:
		return auditTime(e.At)
	case 1:
		return auditActionLabel(e.Action)
	case 2:
		return e.User
	case 3:
		return e.Number
	case 4:
		return e.Name
	case 5:
		return auditDetail(e)
	}
	return ""
}

// auditTime is an audit entry's time in local time: "26 November 2026 14:05".
func auditTime(at time.Time) string {
	if at.IsZero() {
		return ""
	}
	t := at.Local()
	return formatDate(t) + " " + t.Format("15:04")
}

// auditActionLabel names an audit action in the interface language.
func auditActionLabel(action string) string {
	switch action {
	case data.AuditIssue:
		return lang.L("Issued")
	case data.AuditReprint:
		return lang.L("Reprinted")
	case data.AuditPrint:
		return lang.L("Printed")
	case data.AuditRevoke:
		return lang.L("Revoked")
	case data.AuditVerify:
		return lang.L("Verified")
	}
	return action
}

// verifyStatusLabel names a verification result in the interface language.
func verifyStatusLabel(status string) string {
	switch status {
	case data.VerifyValid:
		return lang.L("valid")
	case data.VerifyRevoked:
		return lang.L("revoked")
	case data.VerifyInvalid:
		return lang.L("invalid")
	}
	return status
}

// auditDetail is an entry's detail: for a check its result, translated, and
// the code checked; for a revocation the reason.
func auditDetail(e data.AuditEntry) string {
	if e.Action == data.AuditIssue && e.Detail != "" {
		return lang.L("Replaces {{.Number}}", map[string]any{"Number": e.Detail})
	}
	if e.Action != data.AuditVerify {
		return e.Detail
	}
	status, code, _ := strings.Cut(e.Detail, " ")
	return verifyStatusLabel(status) + ": " + code
}
