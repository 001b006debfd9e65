package app

import (
	"context"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
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
	zipBtn   *widget.Button
	preview  *widget.Button
	reprint  *widget.Button
	reissue  *widget.Button
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
	t.zipBtn = widget.NewButtonWithIcon(lang.L("As ZIP…"), theme.MailSendIcon(), t.onZip)
	t.preview = widget.NewButtonWithIcon(lang.L("Preview"), theme.VisibilityIcon(), t.onPreview)
	t.reprint = widget.NewButtonWithIcon(lang.L("Reprint…"), theme.DocumentPrintIcon(), t.onReprint)
	t.reissue = widget.NewButtonWithIcon(lang.L("Reissue…"), theme.ViewRefreshIcon(), t.onReissue)
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

	// Two rows: the class's actions with the counts, then the chosen
	// participant's, so that both fit a 1024-pixel window.
	t.counts.Alignment = fyne.TextAlignTrailing
	t.counts.Truncation = fyne.TextTruncateEllipsis
	buttons := container.NewHBox(t.issueBtn, t.filesBtn, t.zipBtn)
	rowButtons := container.NewHBox(widget.NewLabel(lang.L("Selected participant:")), t.preview, t.reprint, t.reissue, t.revoke)
	top := container.NewVBox(container.NewBorder(nil, nil, buttons, nil, t.counts), rowButtons)
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
	r := t.selectedRow()
	widgets.SetEnabled(t.preview, r != nil)
	widgets.SetEnabled(t.reprint, r != nil && r.Certificate != nil)
	widgets.SetEnabled(t.reissue, r != nil && r.Certificate != nil)
	widgets.SetEnabled(t.revoke, r != nil && r.Certificate != nil)
	widgets.SetEnabled(t.issueBtn, len(t.rows) > 0)
	widgets.SetEnabled(t.filesBtn, len(t.rows) > 0)
	widgets.SetEnabled(t.zipBtn, len(t.rows) > 0)
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
		if old := r.Certificate.Replaces; old != "" {
			parts = append(parts, lang.L("replaces {{.Number}}", map[string]any{"Number": old}))
		}
	}
	for _, c := range t.rows[row].Revoked {
		parts = append(parts, c.Number+": "+revokedText(c))
	}
	return t.rows[row].Name + ": " + strings.Join(parts, " · ")
}
