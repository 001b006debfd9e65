package app

import (
	"balai/data/store"

	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/importer"
)

// addSearchLimit is how many register matches the add-participant dialog shows.
const addSearchLimit = 20

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
	t.header = container.New(&participantRowLayout{widths: participantColumnWidths}, cells...)

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
	row := container.New(&participantRowLayout{widths: participantColumnWidths}, cells...)
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

// scoreText writes a score with the interface language's decimal mark; nil is "–".
func scoreText(score *float64) string {
	if score == nil {
		return "–"
	}
	s := strconv.FormatFloat(*score, 'f', -1, 64)
	if currentLang != langEN {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// readScore reads a score as typed, with a comma or a point; "" is none.
func readScore(v string) (*float64, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", "."), 64)
	if err != nil {
		return nil, &data.Problem{Field: "score", Code: data.CodeBadScore, Detail: v}
	}
	return &f, nil
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

// onAdd opens the dialog that searches the register as the user types.
func (t *participantsTab) onAdd() {
	t.addMatches = nil
	t.addSearch = widget.NewEntry()
	t.addSearch.SetPlaceHolder(lang.L("Type a name or NIK…"))
	t.addSearch.OnChanged = t.onAddSearch
	t.addList = widget.NewList(func() int { return len(t.addMatches) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("Xxxxxxxxxxxxxxxx Xxxxxxxx")
			name.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("6471**********19 · 31 Januari 1985")
			return container.NewBorder(nil, nil, nil, detail, name)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(t.addMatches) {
				return
			}
			sk := t.addMatches[id]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(sk.Name)
			detail := data.MaskNIK(sk.NIK) + " · " + formatDate(sk.BirthDate)
			if t.inClass(sk.ID) {
				detail += " · " + lang.L("already in the class")
			}
			box.Objects[1].(*widget.Label).SetText(detail)
		})
	t.addList.OnSelected = t.onAddChosen
	t.addHint = widget.NewLabel(lang.L("Choose a job seeker to enrol them in this class."))
	content := container.NewBorder(container.NewVBox(t.addSearch, t.addHint), nil, nil, nil, t.addList)
	t.addDialog = dialog.NewCustom(lang.L("Add participant"), lang.L("Close"), content, t.win)
	t.addDialog.Resize(fyne.NewSize(620, 480))
	t.addDialog.Show()
	t.win.Canvas().Focus(t.addSearch)
}

// inClass reports whether a seeker is a participant of the class already.
func (t *participantsTab) inClass(seekerID string) bool {
	for _, r := range t.rows {
		if r.SeekerID == seekerID {
			return true
		}
	}
	return false
}

func (t *participantsTab) onAddSearch(text string) {
	if t.addDebounce != nil {
		t.addDebounce.Stop()
	}
	search := func() { t.searchRegister(text) }
	if t.searchDelay == 0 {
		search()
		return
	}
	t.addDebounce = time.AfterFunc(t.searchDelay, func() { fyne.Do(search) })
}

// searchRegister shows the first matches of the register for text.
func (t *participantsTab) searchRegister(text string) {
	t.addGen++
	gen := t.addGen
	if strings.TrimSpace(text) == "" {
		t.addMatches = nil
		t.addList.Refresh()
		return
	}
	t.loads.do(func() {
		list, err := t.store.FindSeekers(context.Background(), store.SeekerFilter{Query: text}, 0, addSearchLimit)
		fyne.Do(func() {
			if gen != t.addGen {
				return
			}
			if err != nil {
				showError(err, t.win)
				return
			}
			t.addMatches = list
			if len(list) == 0 {
				t.addHint.SetText(lang.L("No job seeker in the register matches “{{.Query}}”.", map[string]any{"Query": text}))
			} else {
				t.addHint.SetText(lang.L("Choose a job seeker to enrol them in this class."))
			}
			t.addList.UnselectAll()
			t.addList.Refresh()
		})
	})
}

func (t *participantsTab) onAddChosen(id widget.ListItemID) {
	if id >= len(t.addMatches) {
		return
	}
	sk := t.addMatches[id]
	t.addList.UnselectAll()
	t.enrol(sk, false)
}

// enrol adds sk to the class; a full class asks whether to go past the quota.
func (t *participantsTab) enrol(sk data.Seeker, override bool) {
	t.loads.do(func() {
		_, err := t.store.Enrol(context.Background(), t.classID, sk.ID, data.EnrolOptions{OverrideQuota: override})
		fyne.Do(func() {
			var p *data.Problem
			switch {
			case errors.As(err, &p) && p.Code == data.CodeClassFull && !override:
				t.confirm = dialog.NewCustomConfirm(lang.L("Class full"), lang.L("Add anyway"), lang.L("Cancel"),
					widget.NewLabel(lang.L("The class is full ({{.Detail}}). Add above the quota anyway?",
						map[string]any{"Detail": p.Detail})),
					func(ok bool) {
						t.confirm = nil
						if ok {
							t.enrol(sk, true)
						}
					}, t.win)
				t.confirm.Show()
			case err != nil:
				showError(err, t.win)
			default:
				if t.addDialog != nil {
					t.addDialog.Hide()
					t.addDialog = nil
				}
				t.reload()
			}
		})
	})
}

// onImport asks for a .csv or .xlsx list of NIKs and enrols them.
func (t *participantsTab) onImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(err, t.win)
			return
		}
		if r == nil {
			return
		}
		name := r.URI().Name()
		t.loads.do(func() {
			defer r.Close()
			rep, err := t.enrolList(r, name)
			fyne.Do(func() { t.showReport(rep, err) })
		})
	}, t.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".xlsx"}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// enrolList reads a list of NIKs and enrols them; it runs off the UI goroutine.
func (t *participantsTab) enrolList(r io.Reader, name string) (data.EnrolReport, error) {
	niks, err := importer.ReadNIKList(r, name)
	if err != nil {
		return data.EnrolReport{}, err
	}
	return t.store.EnrolNIKs(context.Background(), t.classID, niks, data.EnrolOptions{})
}

// showReport tells what became of each NIK of an imported list.
func (t *participantsTab) showReport(rep data.EnrolReport, err error) {
	if err != nil {
		showError(err, t.win)
		return
	}
	t.report = nil
	for _, l := range rep.Lines {
		who := l.Raw
		if l.NIK != "" {
			who = data.MaskNIK(l.NIK)
		}
		if l.Name != "" {
			who += " " + l.Name
		}
		line := lang.L("Line {{.Line}}: {{.Who}} — {{.Outcome}}", map[string]any{
			"Line": l.Line, "Who": who, "Outcome": outcomeText(l)})
		t.report = append(t.report, line)
	}
	summary := lang.L("Enrolled {{.Enrolled}}, already in the class {{.Already}}, not registered {{.NotRegistered}}, invalid NIK {{.Invalid}}, refused {{.Refused}}.",
		map[string]any{"Enrolled": rep.Enrolled, "Already": rep.Already, "NotRegistered": rep.NotRegistered,
			"Invalid": rep.InvalidNIK, "Refused": rep.Refused})
	lines := widget.NewList(func() int { return len(t.report) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(t.report[id]) })
	sum := widget.NewLabel(summary)
	sum.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("NIK list imported"), lang.L("Close"), container.NewBorder(sum, nil, nil, nil, lines), t.win)
	d.Resize(fyne.NewSize(720, 520))
	d.Show()
	t.reload()
}

// outcomeText is what became of one line of a NIK list.
func outcomeText(l data.EnrolLine) string {
	switch l.Outcome {
	case data.EnrolOutcomeEnrolled:
		if l.OverQuota {
			return lang.L("enrolled above the quota")
		}
		return lang.L("enrolled")
	case data.EnrolOutcomeAlready:
		return lang.L("already in the class")
	case data.EnrolOutcomeNotRegistered:
		return lang.L("not in the register")
	}
	if l.Problem != nil {
		return problemText(*l.Problem)
	}
	return l.Outcome
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

// onWithdraw asks for the date and the reason of a withdrawal.
func (t *participantsTab) onWithdraw(id widget.ListItemID) {
	if id >= len(t.rows) {
		return
	}
	p := t.rows[id]
	t.withdrawDate = widget.NewEntry()
	t.withdrawDate.SetText(formatDate(civilDay(t.store.Now())))
	t.withdrawReason = widget.NewEntry()
	t.withdrawReason.SetPlaceHolder(lang.L("e.g. Accepted for a job"))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Participant"), widget.NewLabel(p.Name)),
		widget.NewFormItem(lang.L("Date"), t.withdrawDate),
		widget.NewFormItem(lang.L("Reason"), t.withdrawReason),
	}
	d := dialog.NewForm(lang.L("Withdraw from the class"), lang.L("Withdraw"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			t.withdraw(p.ID, t.withdrawDate.Text, t.withdrawReason.Text)
		}
	}, t.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

func (t *participantsTab) withdraw(participantID, date, reason string) {
	on, ok := data.ParseDate(date)
	if !ok {
		showError(&data.Problem{Field: "withdrawn_on", Code: data.CodeBadDate, Detail: date}, t.win)
		return
	}
	t.loads.do(func() {
		err := t.store.Withdraw(context.Background(), participantID, on, reason)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
			}
			t.reload()
		})
	})
}

// onResults opens the results of one participant: K or BK per unit and the score.
func (t *participantsTab) onResults(id widget.ListItemID) {
	if id >= len(t.rows) {
		return
	}
	p := t.rows[id]
	k, bk := lang.L("K (competent)"), lang.L("BK (not yet competent)")
	t.resultRadios = nil
	units := container.NewVBox()
	for _, u := range t.units {
		rg := widget.NewRadioGroup([]string{k, bk}, nil)
		rg.Horizontal = true
		switch p.Results[u.ID] {
		case data.ResultCompetent:
			rg.SetSelected(k)
		case data.ResultNotCompetent:
			rg.SetSelected(bk)
		}
		t.resultRadios = append(t.resultRadios, rg)
		title := widget.NewLabelWithStyle(u.Code+"  "+u.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		units.Add(title)
		units.Add(rg)
		units.Add(widget.NewSeparator())
	}
	t.scoreEntry = widget.NewEntry()
	t.scoreEntry.SetPlaceHolder(lang.L("0–100, optional"))
	if p.Score != nil {
		t.scoreEntry.SetText(scoreText(p.Score))
	}
	allK := widget.NewButton(lang.L("All K"), func() {
		for _, rg := range t.resultRadios {
			rg.SetSelected(k)
		}
	})
	score := container.NewGridWrap(fyne.NewSize(180, t.scoreEntry.MinSize().Height), t.scoreEntry)
	bottom := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("Score")), score), allK)
	content := container.NewBorder(
		widget.NewLabelWithStyle(p.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		bottom, nil, nil, container.NewVScroll(units))
	d := dialog.NewCustomConfirm(lang.L("Results"), lang.L("Save"), lang.L("Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		results := map[string]string{}
		for i, u := range t.units {
			switch t.resultRadios[i].Selected {
			case k:
				results[u.ID] = data.ResultCompetent
			case bk:
				results[u.ID] = data.ResultNotCompetent
			}
		}
		t.saveResults(p.ID, results, t.scoreEntry.Text)
	}, t.win)
	d.Resize(fyne.NewSize(700, 560))
	d.Show()
}

func (t *participantsTab) saveResults(participantID string, results map[string]string, score string) {
	sc, err := readScore(score)
	if err != nil {
		showError(err, t.win)
		return
	}
	t.loads.do(func() {
		err := t.store.SetResults(context.Background(), participantID, results, sc)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
			}
			t.reload()
		})
	})
}

// civilDay is the calendar day of t, as Balai holds dates (midnight UTC).
func civilDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// participantRowLayout lays its objects out in a row of fixed widths; the last
// object takes what is left.
type participantRowLayout struct{ widths []float32 }

func (l *participantRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	x := float32(0)
	for i, o := range objs {
		w := size.Width - x
		if i < len(l.widths) {
			w = l.widths[i]
		}
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos(x, (size.Height-h)/2))
		x += w + pad
	}
}

func (l *participantRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		if i < len(l.widths) {
			w += l.widths[i]
		} else {
			w += m.Width
		}
		if i > 0 {
			w += pad
		}
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}
