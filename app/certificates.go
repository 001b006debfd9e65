package app

import (
	"balai/data/store"

	"context"
	"errors"
	"image"
	"io"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/reports"
)

// certificatesTab is the certificates tab of a class page: who may be given
// a certificate and why the others may not, issuing and printing them (one
// document or one file each), and per participant a preview, a reprint and
// a revocation.
type certificatesTab struct {
	win     fyne.Window
	store   *store.Store
	classID string

	counts   *widget.Label
	detail   *widget.Label // the chosen participant's eligibility and revocations in full
	table    *widget.Table
	empty    fyne.CanvasObject
	issueBtn *widget.Button
	filesBtn *widget.Button
	preview  *widget.Button
	reprint  *widget.Button
	revoke   *widget.Button
	root     fyne.CanvasObject

	// Everything below is touched on the UI goroutine only.
	rows      []data.Eligibility
	classCode string
	selected  int // the row chosen in the table, -1 for none

	// The last dialogs shown, for tests.
	confirm     dialog.Dialog
	revokeForm  *revokeForm
	previewDlg  *certificatePreview
	lastMessage string // the text of the last outcome shown

	// loads runs the tab's queries and writes one at a time.
	loads worker
}

func newCertificatesTab(win fyne.Window, st *store.Store, classID string) *certificatesTab {
	t := &certificatesTab{win: win, store: st, classID: classID, selected: -1}
	t.build()
	return t
}

func (t *certificatesTab) view() fyne.CanvasObject { return t.root }

// certificateColumnWidths are the widths of name, attendance, status,
// eligibility, certificate number and revocations.
var certificateColumnWidths = []float32{210, 95, 160, 340, 290, 340}

func certificateColumnTitles() []string {
	return []string{lang.L("Participant"), lang.L("Attendance"), lang.L("Status"), lang.L("Eligibility"),
		lang.L("Certificate number"), lang.L("Revoked")}
}

func (t *certificatesTab) build() {
	t.issueBtn = widget.NewButtonWithIcon(lang.L("Issue and print…"), theme.DocumentPrintIcon(), t.onIssue)
	t.issueBtn.Importance = widget.HighImportance
	t.filesBtn = widget.NewButtonWithIcon(lang.L("One file per participant…"), theme.FolderOpenIcon(), t.onFiles)
	t.preview = widget.NewButtonWithIcon(lang.L("Preview"), theme.VisibilityIcon(), t.onPreview)
	t.reprint = widget.NewButtonWithIcon(lang.L("Reprint…"), theme.DocumentPrintIcon(), t.onReprint)
	t.revoke = widget.NewButtonWithIcon(lang.L("Revoke…"), theme.CancelIcon(), t.onRevoke)
	t.counts = widget.NewLabel("")
	t.counts.TextStyle.Bold = true
	t.detail = widget.NewLabel("")
	t.detail.Wrapping = fyne.TextWrapWord
	t.detail.Hide()

	t.table = widget.NewTableWithHeaders(func() (int, int) {
		return len(t.rows), len(certificateColumnWidths)
	}, func() fyne.CanvasObject {
		l := widget.NewLabel("001/LAS/UPTD-BLKI/XI/2026")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, t.updateCell)
	t.table.ShowHeaderColumn = false
	t.table.StickyColumnCount = 1 // the name stays in view
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			l := o.(*widget.Label)
			l.TextStyle.Bold = true
			l.SetText(certificateColumnTitles()[id.Col])
		}
	}
	for i, w := range certificateColumnWidths {
		t.table.SetColumnWidth(i, w)
	}
	t.table.OnSelected = t.onSelect
	t.table.OnUnselected = t.onUnselect

	emptyText := widget.NewLabel(lang.L("No participants in this class yet."))
	emptyText.Alignment = fyne.TextAlignCenter
	t.empty = container.NewCenter(emptyText)
	t.empty.Hide()

	buttons := container.NewHBox(t.issueBtn, t.filesBtn, layout.NewSpacer())
	rowButtons := container.NewHBox(widget.NewLabel(lang.L("Selected participant:")), t.preview, t.reprint, t.revoke)
	top := container.NewVBox(container.NewBorder(nil, nil, buttons, rowButtons), t.counts)
	t.root = container.NewBorder(top, t.detail, nil, nil, container.NewStack(t.table, t.empty))
	t.showButtons()
}

// reload reads the class's participants and their certificates.
func (t *certificatesTab) reload() {
	id := t.classID
	t.loads.do(func() {
		ctx := context.Background()
		class, err := t.store.Class(ctx, id)
		var rows []data.Eligibility
		if err == nil {
			rows, err = t.store.CertificateEligibility(ctx, id)
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
				return
			}
			t.show(class.Code, rows)
		})
	})
}

// show fills the table, keeping the participant chosen when still there.
func (t *certificatesTab) show(classCode string, rows []data.Eligibility) {
	chosen := ""
	if r := t.selectedRow(); r != nil {
		chosen = r.ParticipantID
	}
	t.classCode, t.rows = classCode, rows
	t.selected = -1
	for i, r := range rows {
		if r.ParticipantID == chosen {
			t.selected = i
		}
	}
	t.counts.SetText(t.countsText())
	if len(rows) == 0 {
		t.empty.Show()
		t.table.Hide()
	} else {
		t.empty.Hide()
		t.table.Show()
	}
	if t.selected < 0 {
		t.table.UnselectAll()
	}
	t.table.Refresh()
	t.showButtons()
}

// certificateCounts are the numbers of the counts line and the issue confirmation.
type certificateCounts struct {
	eligible, issued, notEligible int
	toIssue, toReprint            int
}

func (t *certificatesTab) tally() certificateCounts {
	var c certificateCounts
	for _, r := range t.rows {
		if r.Eligible {
			c.eligible++
		} else {
			c.notEligible++
		}
		switch {
		case r.Certificate != nil:
			c.issued++
			c.toReprint++
		case r.Eligible:
			c.toIssue++
		}
	}
	return c
}

// countsText is "14 eligible · 12 issued · 2 not eligible".
func (t *certificatesTab) countsText() string {
	c := t.tally()
	return lang.L("{{.Eligible}} eligible · {{.Issued}} issued · {{.NotEligible}} not eligible",
		map[string]any{"Eligible": c.eligible, "Issued": c.issued, "NotEligible": c.notEligible})
}

// cellText is what the table shows in a cell.
func (t *certificatesTab) cellText(row, col int) string {
	if row < 0 || row >= len(t.rows) {
		return ""
	}
	r := t.rows[row]
	switch col {
	case 0:
		return r.Name
	case 1:
		// Down, as the eligibility does: 79.96% is not shown as 80.0%.
		return percentText(math.Floor(r.Percent*10) / 10)
	case 2:
		return participantStatusLabel(r.Status)
	case 3:
		return eligibilityText(r)
	case 4:
		if r.Certificate != nil {
			return r.Certificate.Number
		}
		if n := len(r.Revoked); n > 0 {
			return lang.L("{{.Number}} (revoked)", map[string]any{"Number": r.Revoked[n-1].Number})
		}
		return "—"
	case 5:
		var out []string
		for _, c := range r.Revoked {
			out = append(out, revokedText(c))
		}
		return strings.Join(out, "; ")
	}
	return ""
}

// eligibilityText is "Eligible" or why not.
func eligibilityText(r data.Eligibility) string {
	if r.Eligible {
		return lang.L("Eligible")
	}
	out := make([]string, len(r.Reasons))
	for i, p := range r.Reasons {
		out[i] = problemText(p)
	}
	return strings.Join(out, "; ")
}

// revokedText is "Revoked on 26 November 2026: wrong name".
func revokedText(c data.Certificate) string {
	return lang.L("Revoked on {{.Date}}: {{.Reason}}",
		map[string]any{"Date": formatDate(c.RevokedOn), "Reason": c.RevokeReason})
}

func (t *certificatesTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.SetText(t.cellText(id.Row, id.Col))
	imp := widget.MediumImportance
	if id.Row < len(t.rows) {
		switch r := t.rows[id.Row]; {
		case id.Col == 3 && r.Eligible:
			imp = widget.SuccessImportance
		case id.Col == 3, id.Col == 5, id.Col == 4 && r.Certificate == nil && len(r.Revoked) > 0:
			imp = widget.DangerImportance
		}
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
}

func (t *certificatesTab) onSelect(id widget.TableCellID) {
	t.selected = -1
	if id.Row >= 0 && id.Row < len(t.rows) {
		t.selected = id.Row
	}
	t.showButtons()
}

func (t *certificatesTab) onUnselect(widget.TableCellID) {
	t.selected = -1
	t.showButtons()
}

// selectedRow is the participant chosen, nil for none.
func (t *certificatesTab) selectedRow() *data.Eligibility {
	if t.selected < 0 || t.selected >= len(t.rows) {
		return nil
	}
	return &t.rows[t.selected]
}

// showButtons enables the actions that apply: a preview for any participant,
// a reprint and a revocation for a certificate in force.
func (t *certificatesTab) showButtons() {
	enable := func(b *widget.Button, on bool) {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	r := t.selectedRow()
	enable(t.preview, r != nil)
	enable(t.reprint, r != nil && r.Certificate != nil)
	enable(t.revoke, r != nil && r.Certificate != nil)
	enable(t.issueBtn, len(t.rows) > 0)
	enable(t.filesBtn, len(t.rows) > 0)
	if r == nil {
		t.detail.Hide()
		return
	}
	t.detail.SetText(t.detailText(t.selected))
	t.detail.Show()
}

// detailText is a row in full, for the cells too narrow to show it:
// "Fransiskus Jau: Attendance 58.7% < 80% is below the minimum".
func (t *certificatesTab) detailText(row int) string {
	parts := []string{t.cellText(row, 3)}
	if r := t.rows[row]; r.Certificate != nil {
		parts = append(parts, lang.L("Certificate {{.Number}}", map[string]any{"Number": r.Certificate.Number}))
	}
	for _, c := range t.rows[row].Revoked {
		parts = append(parts, c.Number+": "+revokedText(c))
	}
	return t.rows[row].Name + ": " + strings.Join(parts, " · ")
}

// --- Issuing ---

// errNothingToPrint says the class has no certificate to issue or print.
var errNothingToPrint = errors.New("no certificates to print")

// issueOutcome is what issuing and printing did.
type issueOutcome struct {
	rep    data.IssueReport
	issued bool     // the certificates were issued: the store changed
	files  []string // one file per participant: the files written
	err    error
}

// onIssue asks to confirm, then where to save the certificates.
func (t *certificatesTab) onIssue() {
	if !t.anythingToPrint() {
		return
	}
	confirm := dialog.NewConfirm(lang.L("Issue certificates?"), t.issueQuestion(), t.onIssueConfirmed, t.win)
	confirm.SetConfirmText(lang.L("Continue"))
	confirm.SetDismissText(lang.L("Cancel"))
	confirm.SetConfirmImportance(widget.HighImportance)
	t.confirm = confirm
	t.confirm.Show()
}

// issueQuestion says what issuing will do: how many new, how many again.
func (t *certificatesTab) issueQuestion() string {
	c := t.tally()
	args := map[string]any{"New": c.toIssue, "Reprint": c.toReprint}
	switch {
	case c.toReprint == 0:
		return lang.L("{{.New}} new certificates will be issued and printed. A number once given is never given again.", args)
	case c.toIssue == 0:
		return lang.L("No new certificates: the {{.Reprint}} issued will be printed again.", args)
	}
	return lang.L("{{.New}} new certificates will be issued, and the {{.Reprint}} issued before printed again. A number once given is never given again.", args)
}

// anythingToPrint says so when nobody can be given a certificate.
func (t *certificatesTab) anythingToPrint() bool {
	if c := t.tally(); c.toIssue+c.toReprint > 0 {
		return true
	}
	t.showNothing()
	return false
}

func (t *certificatesTab) showNothing() {
	t.lastMessage = lang.L("No participant of this class can be given a certificate: the table says why.")
	dialog.ShowInformation(lang.L("No certificates"), t.lastMessage, t.win)
}

func (t *certificatesTab) onIssueConfirmed(ok bool) {
	if !ok {
		return
	}
	showSaveDialog(t.win, lang.L("Save the certificates as PDF"), "sertifikat-"+strings.ToLower(t.classCode)+".pdf", t.onIssueFile)
}

func (t *certificatesTab) onIssueFile(wc fyne.URIWriteCloser, err error) {
	if err != nil {
		showError(err, t.win)
		return
	}
	if wc == nil {
		return
	}
	t.inBackground(func(ctx context.Context) issueOutcome {
		o := t.issueAndWrite(ctx, wc)
		if cerr := wc.Close(); o.err == nil {
			o.err = cerr
		}
		if o.err != nil {
			_ = storage.Delete(wc.URI())
		}
		return o
	}, func(o issueOutcome) { t.showIssued(o, wc.URI()) })
}

// issueAndWrite issues the class's certificates and writes all in force as
// one PDF to w. With none to print it writes nothing: errNothingToPrint.
func (t *certificatesTab) issueAndWrite(ctx context.Context, w io.Writer) issueOutcome {
	o := t.issue(ctx)
	if o.err != nil {
		return o
	}
	opt, err := certificateOptions(ctx, t.store)
	if err == nil {
		err = writeCertificatesPDF(ctx, ctxWriter{ctx, w}, o.rep.All(), opt)
	}
	if err == nil {
		err = ctx.Err()
	}
	o.err = err
	return o
}

// issue issues the class's certificates; the outcome's error is
// errNothingToPrint when none is in force afterwards.
func (t *certificatesTab) issue(ctx context.Context) issueOutcome {
	rep, err := t.store.IssueCertificates(ctx, t.classID)
	o := issueOutcome{rep: rep, issued: err == nil, err: err}
	if err == nil && len(rep.All()) == 0 {
		o.err = errNothingToPrint
	}
	return o
}

// ctxWriter stops writing once its context is cancelled.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// onFiles asks for a folder, then issues and writes one PDF per certificate into it.
func (t *certificatesTab) onFiles() {
	if !t.anythingToPrint() {
		return
	}
	d := dialog.NewFolderOpen(t.onFolder, t.win)
	d.SetTitleText(lang.L("Choose the folder for the certificate files"))
	d.Resize(fileDialogSize)
	d.Show()
}

func (t *certificatesTab) onFolder(dir fyne.ListableURI, err error) {
	if err != nil {
		showError(err, t.win)
		return
	}
	if dir == nil {
		return
	}
	path := dir.Path()
	t.inBackground(func(ctx context.Context) issueOutcome {
		return t.issueFiles(ctx, path)
	}, func(o issueOutcome) { t.showIssued(o, dir) })
}

// issueFiles issues the class's certificates and writes each in force as a
// PDF of its own into dir.
func (t *certificatesTab) issueFiles(ctx context.Context, dir string) issueOutcome {
	o := t.issue(ctx)
	if o.err != nil {
		return o
	}
	opt, err := certificateOptions(ctx, t.store)
	if err == nil {
		o.files, err = writeCertificateFiles(ctx, dir, o.rep.All(), opt)
	}
	o.err = err
	return o
}

// inBackground runs job off the UI goroutine behind a progress dialog whose
// Cancel cancels job's context, then hands the outcome to done on the UI
// goroutine and reloads the table.
func (t *certificatesTab) inBackground(job func(context.Context) issueOutcome, done func(issueOutcome)) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	msg := widget.NewLabel(lang.L("Issuing and writing the certificates…"))
	progress := dialog.NewCustomWithoutButtons(lang.L("Certificates"), container.NewVBox(msg, bar), t.win)
	stop := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() {
		msg.SetText(lang.L("Cancelling…"))
		cancel()
	})
	progress.SetButtons([]fyne.CanvasObject{stop})
	progress.Resize(fyne.NewSize(420, progress.MinSize().Height))
	progress.Show()
	go func() {
		defer cancel()
		o := job(ctx)
		fyne.Do(func() {
			bar.Stop()
			progress.Hide()
			done(o)
			t.reload()
		})
	}()
}

// issueOutcomeText tells what issuing did: "Issued 12, reprinted 2, not eligible 2."
func issueOutcomeText(rep data.IssueReport) string {
	return lang.L("Issued {{.Issued}}, reprinted {{.Reprinted}}, not eligible {{.NotEligible}}.",
		map[string]any{"Issued": len(rep.Issued), "Reprinted": len(rep.Reprinted), "NotEligible": len(rep.NotEligible)})
}

// showIssued tells the outcome of issuing and offers to open what was
// written: the PDF or the folder.
func (t *certificatesTab) showIssued(o issueOutcome, written fyne.URI) {
	switch {
	case errors.Is(o.err, errNothingToPrint):
		t.showNothing()
	case o.err != nil && !o.issued:
		t.lastMessage = userMessage(o.err)
		showError(o.err, t.win)
	case o.err != nil:
		// Issued, but not printed: the new numbers are given all the same.
		why := userMessage(o.err)
		if errors.Is(o.err, context.Canceled) {
			why = lang.L("Printing was cancelled.")
		}
		t.lastMessage = issueOutcomeText(o.rep) + "\n" + why + "\n" +
			lang.L("The certificates stay issued: Issue and print again prints them without new numbers.")
		dialog.ShowError(errors.New(t.lastMessage), t.win)
	default:
		t.lastMessage = issueOutcomeText(o.rep)
		openText := lang.L("Open the PDF")
		if o.files == nil {
			t.lastMessage += "\n" + lang.L("Saved to {{.File}}.", map[string]any{"File": written.Name()})
		} else {
			t.lastMessage += "\n" + lang.L("{{.Count}} files written to {{.Folder}}.",
				map[string]any{"Count": len(o.files), "Folder": written.Path()})
			openText = lang.L("Open the folder")
		}
		msg := widget.NewLabel(t.lastMessage)
		msg.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomConfirm(lang.L("Certificates issued"), openText, lang.L("Close"), msg, func(open bool) {
			if open {
				openURI(written, t.win)
			}
		}, t.win)
		d.Resize(fyne.NewSize(480, d.MinSize().Height))
		d.Show()
	}
}

// openURI opens a file or folder in the system's viewer.
func openURI(u fyne.URI, w fyne.Window) {
	parsed, err := systemURL(u)
	if err == nil {
		err = fyne.CurrentApp().OpenURL(parsed)
	}
	if err != nil {
		showError(err, w)
	}
}

// --- One participant ---

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
	opt, err := certificateOptions(ctx, st)
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
	size := fyne.NewSize(700, 900)
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
	showSaveDialog(t.win, lang.L("Save the certificate as PDF"), certificateFileName(cert), func(wc fyne.URIWriteCloser, err error) {
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
	certs, err := t.store.ReprintCertificates(ctx, []string{certID})
	if err != nil {
		return err
	}
	opt, err := certificateOptions(ctx, t.store)
	if err != nil {
		return err
	}
	return writeCertificatesPDF(ctx, w, certs, opt)
}

// onRevoke asks for the reason and the date of a revocation.
func (t *certificatesTab) onRevoke() {
	r := t.selectedRow()
	if r == nil || r.Certificate == nil {
		return
	}
	t.revokeForm = newRevokeForm(t, *r.Certificate)
	t.revokeForm.dlg.Show()
	t.revokeForm.fit() // the wrapped text knows its height once laid out
	t.win.Canvas().Focus(t.revokeForm.reason)
}

// revokeForm asks why and from when a certificate is revoked.
type revokeForm struct {
	tab    *certificatesTab
	cert   data.Certificate
	reason *widget.Entry
	date   *widget.Entry
	errMsg *widget.Label
	dlg    *dialog.CustomDialog
}

func newRevokeForm(t *certificatesTab, cert data.Certificate) *revokeForm {
	f := &revokeForm{tab: t, cert: cert}
	f.reason = widget.NewMultiLineEntry()
	f.reason.SetPlaceHolder(lang.L("Why the certificate is revoked"))
	f.reason.Wrapping = fyne.TextWrapWord
	f.reason.SetMinRowsVisible(3)
	f.date = widget.NewEntry()
	f.date.SetText(formatDate(civilDay(t.store.Now())))
	f.date.SetPlaceHolder("26-11-2026")
	f.errMsg = widget.NewLabel("")
	f.errMsg.Importance = widget.DangerImportance
	f.errMsg.Wrapping = fyne.TextWrapWord
	f.errMsg.Hide()
	intro := widget.NewLabel(lang.L("Certificate {{.Number}} of {{.Name}} will no longer be valid. Its number is never given again.",
		map[string]any{"Number": cert.Number, "Name": cert.Content.Name}))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Reason"), f.reason),
		widget.NewFormItem(lang.L("Revoked from"), f.date),
	)
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Revoke certificate"), container.NewVBox(intro, form, f.errMsg), t.win)
	cancel := widget.NewButton(lang.L("Cancel"), f.dlg.Hide)
	ok := widget.NewButtonWithIcon(lang.L("Revoke"), theme.CancelIcon(), f.submit)
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
