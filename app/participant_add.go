package app

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/importer"
	"balai/data/store"
)

// Adding participants to a class: one from the register, searched as the
// clerk types, or a list of NIKs from a file.

// addSearchLimit is how many register matches the add-participant dialog shows.
const addSearchLimit = 20

// onAdd opens the dialog that searches the register as the user types.
func (t *participantsTab) onAdd() {
	t.addMatches = nil
	t.addSearch = widgets.NewEntry()
	t.addSearch.SetPlaceHolder(lang.L("Type a name or NIK…"))
	t.addSearch.OnChanged = t.onAddSearch
	t.addSearch.OnSubmitted = t.onAddSubmitted
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
	d := dialog.NewCustom(lang.L("Add participant"), lang.L("Close"), content, t.win)
	d.Resize(fyne.NewSize(620, 480))
	t.addDialog = d
	widgets.ShowMessageDialog(t.win, d)
	d.SetOnClosed(func() {
		if t.addDialog == d {
			t.addDialog = nil
		}
	})
	t.win.Canvas().Focus(t.addSearch)
}

// onAddSubmitted enrols the only match on Enter.
func (t *participantsTab) onAddSubmitted(string) {
	if t.addDebounce != nil && t.addDebounce.Stop() {
		t.searchRegister(t.addSearch.Text) // typed faster than the search: search now
	}
	if len(t.addMatches) == 1 {
		t.onAddChosen(0)
	}
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
				// Adding anyway is what the clerk came to do: it is the default (Enter).
				c := dialog.NewCustomConfirm(lang.L("Class full"), lang.L("Add anyway"), lang.L("Cancel"),
					widget.NewLabel(lang.L("The class is full ({{.Detail}}). Add above the quota anyway?",
						map[string]any{"Detail": p.Detail})),
					func(ok bool) {
						t.confirm = nil
						if ok {
							t.enrol(sk, true)
						}
					}, t.win)
				c.SetConfirmImportance(widget.HighImportance)
				t.confirm = c
				widgets.ShowConfirmDialog(t.win, c)
			case err != nil:
				showError(err, t.win)
			default:
				t.afterEnrol(sk)
			}
		})
	})
}

// afterEnrol says who was just enrolled and readies the add dialog, which
// stays open, for the next person.
func (t *participantsTab) afterEnrol(sk data.Seeker) {
	t.reload()
	if t.addDialog == nil {
		return
	}
	t.addGen++ // a search still running is for the name just enrolled
	t.addMatches = nil
	t.addList.Refresh()
	t.addSearch.SetText("")
	t.addHint.SetText(lang.L("{{.Name}} enrolled. Type the next name or NIK, or Close.", map[string]any{"Name": sk.Name}))
	t.win.Canvas().Focus(t.addSearch)
}

// onImport asks for a .csv or .xlsx list of NIKs and enrols them.
func (t *participantsTab) onImport() {
	req := widgets.FileRequest{Kind: widgets.FilesLists, Title: lang.L("Choose the list of NIKs (.xlsx or .csv)"), Exts: []string{".xlsx", ".csv"}}
	widgets.OpenFile(t.win, req, func(r fyne.URIReadCloser, err error) {
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
	})
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
	var full []string // NIKs refused because the class is full
	for _, l := range rep.Lines {
		if l.Problem != nil && l.Problem.Code == data.CodeClassFull {
			full = append(full, l.NIK)
		}
	}
	lines := widget.NewList(func() int { return len(t.report) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(t.report[id]) })
	sum := widget.NewLabel(summary)
	sum.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(sum, nil, nil, nil, lines)
	t.reload()
	if len(full) == 0 {
		showClosable(lang.L("NIK list imported"), content, t.win).Resize(fyne.NewSize(720, 520))
		return
	}
	// The quota can be passed on purpose, as when adding one participant.
	sum.SetText(summary + "\n" + lang.L("{{.Count}} were refused because the class is full; they can be added above the quota.",
		map[string]any{"Count": len(full)}))
	d := dialog.NewCustomConfirm(lang.L("NIK list imported"), lang.L("Add {{.Count}} above the quota", map[string]any{"Count": len(full)}),
		lang.L("Close"), content, func(ok bool) {
			if ok {
				t.enrolOverQuota(full)
			}
		}, t.win)
	d.Resize(fyne.NewSize(720, 520))
	t.confirm = d
	widgets.ShowConfirmDialog(t.win, d)
}

// enrolOverQuota enrols the NIKs of a list that the full class refused,
// past the quota, and reports again.
func (t *participantsTab) enrolOverQuota(niks []string) {
	t.loads.do(func() {
		rep, err := t.store.EnrolNIKs(context.Background(), t.classID, niks, data.EnrolOptions{OverrideQuota: true})
		fyne.Do(func() { t.showReport(rep, err) })
	})
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
