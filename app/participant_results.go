package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// A participant's withdrawal and results: K or BK per unit and the score.

// onWithdraw asks for the date and the reason of a withdrawal.
func (t *participantsTab) onWithdraw(id widget.ListItemID) {
	if id >= len(t.rows) {
		return
	}
	p := t.rows[id]
	t.withdrawDate = widgets.NewEntry()
	t.withdrawDate.SetText(formatDate(civilDay(t.store.Now())))
	t.withdrawReason = widgets.NewEntry()
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
	widgets.DialogKeys(t.win, d, d.Submit, d.Dismiss)
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
	t.scoreEntry = widgets.NewEntry()
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
	widgets.ShowConfirmDialog(t.win, d)
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
