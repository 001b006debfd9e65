package app

import (
	"context"
	"fmt"
	"time"

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

// participantColumnWidths are the widths of a participant row's columns:
// name, NIK, sex, status, score, results; the buttons follow.
var participantColumnWidths = []float32{240, 160, 50, 190, 60, 110}

// participantsTab is the participants tab of a class page: the list with each
// participant's status and results, the count against the quota, and adding
// participants from the register or from a list of NIKs.
type participantsTab struct {
	win     fyne.Window
	store   *store.Store
	classID string

	count  *widget.Label
	list   *widget.List
	empty  fyne.CanvasObject
	root   fyne.CanvasObject
	header fyne.CanvasObject

	// Everything below is touched on the UI goroutine only.
	class   data.Class
	units   []data.Unit
	rows    []data.ParticipantRow
	filling bool // rows are being filled in: a Select change is not the user's

	rowWidgets map[*fyne.Container]*participantRow // the widgets of each list row

	// The add dialog.
	addSearch   *widget.Entry
	addList     *widget.List
	addHint     *widget.Label
	addMatches  []data.Seeker
	addDialog   dialog.Dialog
	addGen      int
	addDebounce *time.Timer
	// searchDelay waits for a pause in typing; tests set it to zero.
	searchDelay time.Duration

	// confirm is the question shown on top (over quota), if any, for tests.
	confirm dialog.Dialog

	// The withdraw and results dialogs, for tests.
	withdrawDate   *widget.Entry
	withdrawReason *widget.Entry
	resultRadios   []*widget.RadioGroup
	scoreEntry     *widget.Entry
	report         []string // the lines of the last import report

	// loads runs the tab's queries and writes one at a time.
	loads worker
}

func newParticipantsTab(win fyne.Window, st *store.Store, classID string) *participantsTab {
	t := &participantsTab{win: win, store: st, classID: classID, searchDelay: 150 * time.Millisecond,
		rowWidgets: map[*fyne.Container]*participantRow{}}
	t.build()
	return t
}

func (t *participantsTab) view() fyne.CanvasObject { return t.root }

func (t *participantsTab) build() {
	t.count = widget.NewLabel("")
	t.count.TextStyle.Bold = true
	add := widget.NewButtonWithIcon(lang.L("Add participant…"), theme.ContentAddIcon(), t.onAdd)
	add.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon(lang.L("Import NIK list…"), theme.UploadIcon(), t.onImport)

	headers := []string{lang.L("Full name"), lang.L("NIK"), lang.L("M/F"), lang.L("Status"), lang.L("Score"), lang.L("Results")}
	var cells []fyne.CanvasObject
	for _, h := range headers {
		l := widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		cells = append(cells, l)
	}
	t.header = container.New(&widgets.RowLayout{Widths: participantColumnWidths}, cells...)

	t.list = widget.NewList(func() int { return len(t.rows) }, t.newRow, t.updateRow)
	emptyText := widget.NewLabel(lang.L("No participants yet. Add job seekers from the register, or import a list of NIKs."))
	emptyText.Alignment = fyne.TextAlignCenter
	emptyText.Wrapping = fyne.TextWrapWord
	t.empty = container.NewCenter(emptyText)
	t.empty.Hide()

	top := container.NewVBox(
		container.NewBorder(nil, nil, t.count, container.NewHBox(imp, add)),
		t.header,
	)
	t.root = container.NewBorder(top, nil, nil, nil, container.NewStack(t.list, t.empty))
}

// participantRow is the widgets of one row of the list.
type participantRow struct {
	labels   []*widget.Label // name, NIK, sex, score, results
	status   *widget.Select
	withdraw *widget.Button
	results  *widget.Button
}

func (t *participantsTab) newRow() fyne.CanvasObject {
	r := &participantRow{}
	var cells []fyne.CanvasObject
	for i := range 6 {
		if i == 3 {
			r.status = widget.NewSelect(t.statusOptions(), nil)
			cells = append(cells, r.status)
			continue
		}
		l := widget.NewLabel("Xxxxxxxxxx")
		l.Truncation = fyne.TextTruncateEllipsis
		r.labels = append(r.labels, l)
		cells = append(cells, l)
	}
	r.withdraw = widget.NewButtonWithIcon(lang.L("Withdraw…"), theme.CancelIcon(), nil)
	r.results = widget.NewButtonWithIcon(lang.L("Results…"), theme.DocumentCreateIcon(), nil)
	cells = append(cells, container.NewHBox(r.results, r.withdraw))
	row := container.New(&widgets.RowLayout{Widths: participantColumnWidths}, cells...)
	t.rowWidgets[row] = r
	return row
}

func (t *participantsTab) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := t.rowWidgets[o.(*fyne.Container)]
	if id >= len(t.rows) {
		return
	}
	p := t.rows[id]
	texts := []string{p.Name, data.MaskNIK(p.NIK), p.Sex, scoreText(p.Score), t.resultsSummary(p.Participant)}
	for i, l := range r.labels {
		l.SetText(texts[i])
	}
	t.filling = true
	r.status.OnChanged = nil
	r.status.Options = t.statusOptions()
	r.status.SetSelected(participantStatusLabel(p.Status))
	r.status.OnChanged = func(string) { t.onStatus(id, r.status.SelectedIndex()) }
	t.filling = false
	withdrawn := p.Status == data.ParticipantWithdrawn
	r.withdraw.OnTapped = func() { t.onWithdraw(id) }
	r.results.OnTapped = func() { t.onResults(id) }
	if withdrawn || p.Status == data.ParticipantGraduated || p.Status == data.ParticipantNotCompetent {
		r.withdraw.Disable()
	} else {
		r.withdraw.Enable()
	}
	if withdrawn {
		r.results.Disable()
	} else {
		r.results.Enable()
	}
}

// statusOptions are the participant statuses in the interface language, in data.ParticipantStatuses order.
func (t *participantsTab) statusOptions() []string {
	out := make([]string, len(data.ParticipantStatuses))
	for i, s := range data.ParticipantStatuses {
		out[i] = participantStatusLabel(s)
	}
	return out
}

// participantStatusLabel is a participant status in the interface language.
func participantStatusLabel(status string) string {
	switch status {
	case data.ParticipantRegistered:
		return lang.L("Registered")
	case data.ParticipantSelected:
		return lang.L("Selected")
	case data.ParticipantActive:
		return lang.L("Active")
	case data.ParticipantWithdrawn:
		return lang.L("Withdrawn")
	case data.ParticipantGraduated:
		return lang.L("Competent")
	case data.ParticipantNotCompetent:
		return lang.L("Not yet competent")
	}
	return status
}

// resultsSummary is "6/6 K", or "5/6 K · 1 BK"; "–" without results.
func (t *participantsTab) resultsSummary(p data.Participant) string {
	if len(p.Results) == 0 {
		return "–"
	}
	k, bk := 0, 0
	for _, r := range p.Results {
		switch r {
		case data.ResultCompetent:
			k++
		case data.ResultNotCompetent:
			bk++
		}
	}
	s := fmt.Sprintf("%d/%d K", k, len(t.units))
	if bk > 0 {
		s += fmt.Sprintf(" · %d BK", bk)
	}
	return s
}

// start loads the list once the tab is on the window.
func (t *participantsTab) start() { t.reload() }

// reload reads the class, its units and its participants again.
func (t *participantsTab) reload() {
	t.loads.do(func() {
		ctx := context.Background()
		c, err := t.store.Class(ctx, t.classID)
		var p data.Program
		var rows []data.ParticipantRow
		if err == nil {
			p, err = t.store.Program(ctx, c.ProgramID)
		}
		if err == nil {
			rows, err = t.store.Participants(ctx, t.classID)
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
				return
			}
			t.class, t.units, t.rows = c, p.Units, rows
			t.showCount()
			t.list.Refresh()
		})
	})
}

// enrolled counts the participants who hold a seat (not withdrawn).
func (t *participantsTab) enrolled() int {
	n := 0
	for _, r := range t.rows {
		if r.Status != data.ParticipantWithdrawn {
			n++
		}
	}
	return n
}

func (t *participantsTab) showCount() {
	t.count.SetText(lang.L("{{.Count}} of {{.Quota}} places taken", map[string]any{"Count": t.enrolled(), "Quota": t.class.Quota}))
	if len(t.rows) == 0 {
		t.empty.Show()
		t.list.Hide()
		t.header.Hide()
	} else {
		t.empty.Hide()
		t.list.Show()
		t.header.Show()
	}
}

// onStatus changes a participant's status from the row's Select; i is the index in data.ParticipantStatuses.
func (t *participantsTab) onStatus(id widget.ListItemID, i int) {
	if t.filling || id >= len(t.rows) || i < 0 {
		return
	}
	p := t.rows[id]
	status := data.ParticipantStatuses[i]
	if status == p.Status {
		return
	}
	if status == data.ParticipantWithdrawn {
		t.list.Refresh() // the Select shows the old status until the withdrawal is saved
		t.onWithdraw(id)
		return
	}
	t.loads.do(func() {
		err := t.store.SetParticipantStatus(context.Background(), p.ID, status)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
			}
			t.reload()
		})
	})
}
