package app

import (
	"context"
	"errors"
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
	"balai/data/store"
)

// tracerForm records a round's calls on one screen: the participants on the
// left (tracer_people.go: ↑/↓, 1–4 to answer, T/M/S for a call without an
// answer), the person's phone and what is known on the right, with the
// answer's fields; Enter in a field saves the answer and moves on to the
// next person still to reach.
type tracerForm struct {
	win     fyne.Window
	store   *store.Store
	classID string
	round   int
	onClose func()

	people  *tracerPeople
	title   *widget.Label
	counts  *widget.Label
	name    *widget.Label
	phone   *widget.Label
	known   *widget.Label
	calls   *widget.Label
	notice  *widget.Label
	summary *widget.Label
	fields  *placementFields
	save    *widget.Button
	failed  []*widget.Button
	dlg     *dialog.CustomDialog

	// Touched on the UI goroutine only.
	sheet data.TracerSheet

	bg worker
}

// showTracerForm opens the calls of a class's round.
func showTracerForm(win fyne.Window, st *store.Store, classID string, round int, inline bool, onClose func()) *tracerForm {
	f := &tracerForm{win: win, store: st, classID: classID, round: round, onClose: onClose}
	f.bg.inline = inline
	f.build()
	f.dlg.Show()
	f.load(-1)
	return f
}

func (f *tracerForm) build() {
	f.people = newTracerPeople(f)
	f.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.title.Truncation = fyne.TextTruncateEllipsis
	f.counts = widget.NewLabel("")
	f.name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.name.SizeName = theme.SizeNameSubHeadingText
	f.phone = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	f.phone.SizeName = theme.SizeNameSubHeadingText
	f.phone.Selectable = true
	f.known = widget.NewLabel("")
	f.known.Wrapping = fyne.TextWrapWord
	f.calls = widget.NewLabel("")
	f.calls.Importance = widget.LowImportance
	f.notice = widget.NewLabel("")
	f.notice.Importance = widget.SuccessImportance
	f.notice.Truncation = fyne.TextTruncateEllipsis
	f.summary = widgets.NewErrorLabel()
	f.fields = newPlacementFields(widgets.NewFieldErrors())
	f.fields.onSubmit = f.saveAnswer
	f.save = widget.NewButtonWithIcon(lang.L("Save the answer (Enter)"), theme.ConfirmIcon(), f.saveAnswer)
	f.save.Importance = widget.HighImportance
	for _, o := range []struct{ outcome, key string }{{data.CallNoAnswer, "T"}, {data.CallUnreachable, "M"}, {data.CallWrongNumber, "S"}} {
		outcome := o.outcome
		b := widget.NewButton(callOutcomeLabel(outcome)+" ("+o.key+")", func() { f.recordFailed(outcome) })
		f.failed = append(f.failed, b)
	}
	keys := widget.NewLabel(lang.L("In the list: ↑/↓ choose · 1 Employed · 2 Self-employed · 3 Not working yet · 4 Studying further · T, M, S no answer"))
	keys.Truncation = fyne.TextTruncateEllipsis
	keys.Importance = widget.LowImportance

	person := container.NewVBox(container.NewHBox(f.name, f.phone), f.known, f.calls)
	buttons := container.NewHBox(f.save, widget.NewSeparator(), f.failed[0], f.failed[1], f.failed[2])
	right := container.NewBorder(person, container.NewVBox(buttons, keys, f.notice), nil, nil,
		container.NewVScroll(container.NewVBox(f.summary, f.fields.grid())))
	split := container.NewHSplit(f.people, right)
	split.Offset = 0.28
	closeBtn := widget.NewButtonWithIcon(lang.L("Close"), theme.CancelIcon(), func() { f.dlg.Hide() })
	top := container.NewBorder(nil, nil, nil, container.NewHBox(f.counts, closeBtn), f.title)
	content := container.NewBorder(top, nil, nil, nil, split)
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Tracer calls"), content, f.win)
	f.dlg.SetOnClosed(func() {
		if f.onClose != nil {
			f.onClose()
		}
	})
	size := f.win.Canvas().Size()
	f.dlg.Resize(fyne.NewSize(max(size.Width-40, 700), max(size.Height-40, 480)))
}

// callOutcomeLabel names a call's outcome in the interface language.
func callOutcomeLabel(outcome string) string {
	switch outcome {
	case data.CallAnswered:
		return lang.L("Answered")
	case data.CallNoAnswer:
		return lang.L("No answer")
	case data.CallUnreachable:
		return lang.L("Number not active")
	case data.CallWrongNumber:
		return lang.L("Wrong number")
	}
	return outcome
}

// load reads the round again and shows person current (-1: the first still
// to reach), the list focused.
func (f *tracerForm) load(current int) {
	classID, round := f.classID, f.round
	f.bg.do(func() {
		sheet, err := f.store.TracerSheet(context.Background(), classID, round)
		fyne.Do(func() {
			if err != nil {
				showError(err, f.win)
				return
			}
			f.sheet = sheet
			r := sheet.Round
			f.title.SetText(lang.L("{{.Class}} · {{.Program}} · {{.Months}}-month round, due {{.Due}}",
				map[string]any{"Class": r.ClassCode, "Program": r.ProgramName, "Months": r.Round, "Due": formatDate(r.Due)}))
			f.counts.SetText(lang.L("{{.Reached}} reached · {{.Untraced}} not traced · {{.Left}} to call",
				map[string]any{"Reached": r.Reached, "Untraced": r.Untraced, "Left": r.Remaining()}))
			if current < 0 {
				current = f.nextToReach(-1)
			}
			f.people.fill(sheet.People, current)
			f.showPerson(f.people.current)
			f.win.Canvas().Focus(f.people)
		})
	})
}

// nextToReach is the first person after i (wrapping) still to reach; i+1 when none is.
func (f *tracerForm) nextToReach(i int) int {
	n := len(f.sheet.People)
	for k := 1; k <= n; k++ {
		j := (i + k) % n
		if s := f.sheet.People[j].State; s == data.TracerPending || s == data.TracerTrying {
			return j
		}
	}
	return min(i+1, max(n-1, 0))
}

// showPerson shows person i and fills the answer with what is known.
func (f *tracerForm) showPerson(i int) {
	enabled := i >= 0 && i < len(f.sheet.People)
	for _, b := range append([]*widget.Button{f.save}, f.failed...) {
		setEnabled(b, enabled)
	}
	if !enabled {
		f.name.SetText(lang.L("Nobody to call in this round."))
		f.phone.SetText("")
		return
	}
	p := f.sheet.People[i]
	f.name.SetText(p.Name)
	f.phone.SetText(orDash(p.Phone))
	known := lang.L("Last known: {{.What}}", map[string]any{"What": lastKnown(p.Last)})
	if p.Last.ID != "" {
		known += " (" + sourceLabel(p.Last.Source) + ", " + formatDate(p.Last.RecordedAt) + ")"
	}
	f.known.SetText(known + " · NIK " + data.MaskNIK(p.NIK))
	var calls []string
	for _, c := range p.Calls {
		calls = append(calls, formatDate(c.CalledAt)+" "+callOutcomeLabel(c.Outcome))
	}
	f.calls.SetText(lang.L("Calls in this round: {{.Calls}}", map[string]any{"Calls": orDash(strings.Join(calls, " · "))}))
	prefill := p.Last
	if prefill.Status == data.PlacementUntraced {
		prefill = data.Placement{} // an answer at last: nothing to keep
	}
	f.fields.set(prefill)
	f.fields.errs.Show(nil, problemText)
	widgets.SetMessage(f.summary, "")
}

// lastKnown is what is known of a participant, in the interface language:
// "Employed · PT Kaltim, Balikpapan".
func lastKnown(p data.Placement) string {
	out := placementStatusLabel(p.Status)
	if where := strings.Trim(strings.TrimSpace(p.Employer)+", "+strings.TrimSpace(p.City), ", "); where != "" {
		out += " · " + where
	}
	return out
}

// answer sets the status; a status with details goes to them, belum bekerja is saved at once.
func (f *tracerForm) answer(status string) {
	f.fields.status.SetSelectedIndex(slices.Index(data.PlacementStatuses, status))
	if status == data.PlacementNotWorking {
		f.saveAnswer()
		return
	}
	f.win.Canvas().Focus(f.fields.employer)
}

func (f *tracerForm) focusStatus() { f.win.Canvas().Focus(f.fields.status) }

// current is the person shown; ok false when none is.
func (f *tracerForm) current() (data.TracerPerson, int, bool) {
	i := f.people.current
	if i < 0 || i >= len(f.sheet.People) {
		return data.TracerPerson{}, i, false
	}
	return f.sheet.People[i], i, true
}

// saveAnswer records an answered call with the fields' placement.
func (f *tracerForm) saveAnswer() {
	p, i, ok := f.current()
	if !ok {
		return
	}
	pl, probs := f.fields.read()
	if len(probs) > 0 {
		f.showProblems(probs)
		return
	}
	f.record(data.TracerCall{ParticipantID: p.ParticipantID, Round: f.round, Outcome: data.CallAnswered}, &pl, i,
		p.Name+": "+placementStatusLabel(pl.Status))
}

// recordFailed records a call without an answer.
func (f *tracerForm) recordFailed(outcome string) {
	p, i, ok := f.current()
	if !ok {
		return
	}
	f.record(data.TracerCall{ParticipantID: p.ParticipantID, Round: f.round, Outcome: outcome}, nil, i,
		p.Name+": "+callOutcomeLabel(outcome))
}

// record saves a call, then shows the next person still to reach.
func (f *tracerForm) record(call data.TracerCall, answer *data.Placement, i int, done string) {
	f.save.Disable()
	f.bg.do(func() {
		state, err := f.store.RecordCall(context.Background(), call, answer)
		fyne.Do(func() {
			f.save.Enable()
			var ps data.Problems
			if errors.As(err, &ps) {
				f.showProblems(slices.Clone(ps))
				return
			}
			if err != nil {
				showError(err, f.win)
				return
			}
			if state == data.TracerUntraced {
				done += " · " + lang.L("not traced in this round")
			}
			f.notice.SetText(lang.L("Saved") + " — " + done)
			f.sheet.People[i].State = state // the next to reach is counted without this one
			f.load(f.nextToReach(i))
		})
	})
}

func (f *tracerForm) showProblems(probs []data.Problem) {
	rest := f.fields.errs.Show(probs, problemText)
	text := lang.L("Check the fields marked in red.")
	if len(rest) > 0 {
		text = strings.Join(rest, "\n")
	}
	widgets.SetMessage(f.summary, text)
}
