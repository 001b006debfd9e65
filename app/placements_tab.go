package app

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// placementColumnWidths are the placement list's columns: name, result,
// status, employer, city, waiting time; the button follows.
var placementColumnWidths = []float32{0, 112, 112, 155, 95, 80} // the name takes what is left

// placementsTab is the Placement tab of a class page: each participant
// with what they do after the training, the form to record it
// (placement_form.go), and the class's tracer rounds (tracer_form.go).
type placementsTab struct {
	win     fyne.Window
	store   *store.Store
	classID string

	counts *widget.Label
	list   *widget.List
	rounds [3]*widget.Button
	empty  fyne.CanvasObject
	root   fyne.CanvasObject

	// Touched on the UI goroutine only.
	rows  []data.ClassPlacement
	today time.Time
	form  *placementForm // the last form opened, for tests
	calls *tracerForm    // the last tracer form opened, for tests
	gen   int

	loads worker
}

func newPlacementsTab(win fyne.Window, st *store.Store, classID string) *placementsTab {
	t := &placementsTab{win: win, store: st, classID: classID}
	t.build()
	return t
}

func (t *placementsTab) view() fyne.CanvasObject { return t.root }

func (t *placementsTab) build() {
	t.counts = widget.NewLabel("")
	t.counts.Wrapping = fyne.TextWrapWord
	bar := container.NewHBox(widget.NewLabel(lang.L("Tracer calls:")))
	for i, r := range data.TracerRounds {
		round := r
		t.rounds[i] = widget.NewButtonWithIcon(lang.L("{{.Months}} months", map[string]any{"Months": r}), theme.MailComposeIcon(),
			func() { t.calls = showTracerForm(t.win, t.store, t.classID, round, t.loads.inline, t.reload) })
		bar.Add(t.rounds[i])
	}
	var heads []fyne.CanvasObject
	for _, h := range []string{lang.L("Full name"), lang.L("Result"), lang.L("Status"), lang.L("Employer / business"),
		lang.L("City / reg."), lang.L("Waiting")} {
		l := widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		heads = append(heads, l)
	}
	// A hidden copy of a row's button keeps the header's columns over the rows'.
	// (Hiding the container, not the button: a hidden button measures
	// itself without its icon.)
	spacer := container.NewHBox(widget.NewButtonWithIcon(lang.L("Record…"), theme.DocumentCreateIcon(), nil))
	spacer.Hide()
	header := container.New(&widgets.RowLayout{Widths: placementColumnWidths}, append(heads, spacer)...)
	t.list = widget.NewList(func() int { return len(t.rows) }, t.newRow, t.updateRow)
	emptyText := widget.NewLabel(lang.L("No participants yet."))
	emptyText.Alignment = fyne.TextAlignCenter
	t.empty = container.NewCenter(emptyText)
	t.empty.Hide()
	top := container.NewVBox(container.NewBorder(nil, nil, nil, bar, t.counts), header)
	t.root = container.NewBorder(top, nil, nil, nil, container.NewStack(t.list, t.empty))
}

func (t *placementsTab) newRow() fyne.CanvasObject {
	var cells []fyne.CanvasObject
	for range placementColumnWidths {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		cells = append(cells, l)
	}
	cells = append(cells, widget.NewButtonWithIcon(lang.L("Record…"), theme.DocumentCreateIcon(), nil))
	return container.New(&widgets.RowLayout{Widths: placementColumnWidths}, cells...)
}

func (t *placementsTab) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(t.rows) {
		return
	}
	r := t.rows[id]
	cells := o.(*fyne.Container).Objects
	waiting := ""
	if data.IsPlaced(r.Current.Status) {
		if m, ok := data.WaitingMonths(r.ClassEnd, r.Current.Start); ok {
			waiting = lang.L("{{.Months}} months", map[string]any{"Months": m})
		}
	}
	texts := []string{r.Name, participantStatusLabel(r.Status), placementStatusLabel(r.Current.Status),
		orDash(r.Current.Employer), orDash(r.Current.City), orDash(waiting)}
	for i, s := range texts {
		cells[i].(*widget.Label).SetText(s)
	}
	b := cells[len(texts)].(*widget.Button)
	b.OnTapped = func() { t.onRecord(id) }
	setEnabled(b, r.Status != data.ParticipantRegistered && r.Status != data.ParticipantSelected)
}

// reload reads the participants and their placements again.
func (t *placementsTab) reload() {
	var rows []data.ClassPlacement
	var today time.Time
	t.loads.load(&t.gen, t.win, func() error {
		var err error
		rows, err = t.store.ClassPlacements(context.Background(), t.classID)
		today = civilDay(t.store.Now())
		return err
	}, func() {
		t.rows, t.today = rows, today
		if len(rows) > 0 {
			t.empty.Hide()
		} else {
			t.empty.Show()
		}
		t.list.Refresh()
		t.showCounts()
	})
}

// showCounts sums the statuses and enables the rounds that are due by now.
func (t *placementsTab) showCounts() {
	count := map[string]int{}
	for _, r := range t.rows {
		if r.Status != data.ParticipantWithdrawn {
			count[r.Current.Status]++
		}
	}
	var parts []string
	for _, s := range append(append([]string{}, data.PlacementStatuses...), "") {
		if n := count[s]; n > 0 {
			parts = append(parts, placementStatusLabel(s)+" "+strconv.Itoa(n))
		}
	}
	t.counts.SetText(strings.Join(parts, " · "))
	for i, r := range data.TracerRounds {
		due := len(t.rows) > 0 && !t.today.Before(data.RoundDue(t.rows[0].ClassEnd, r))
		setEnabled(t.rounds[i], due)
	}
}

// onRecord opens the placement form of row id.
func (t *placementsTab) onRecord(id int) {
	if id >= len(t.rows) {
		return
	}
	t.form = showPlacementForm(t.win, t.store, t.rows[id], t.loads.inline, t.reload)
}
