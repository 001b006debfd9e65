package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
)

// The class page's header: the class, its program and details, the planned
// JP against the program's and the number of sessions in conflict.

// buildHeader makes the page's header, compact so that a 600-pixel-high
// screen keeps room for the tabs: Back, the class and its program and Edit
// on one line, then two lines of details (cut short with "…" on a narrow
// window, never widening it), the second ending with the planned JP and the
// conflicts.
func (p *classPage) buildHeader() fyne.CanvasObject {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.title.Truncation = fyne.TextTruncateEllipsis
	p.details = [2]*widget.Label{widget.NewLabel(""), widget.NewLabel("")}
	for _, l := range p.details {
		l.Truncation = fyne.TextTruncateEllipsis
	}
	p.jp = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.conflictSum = widget.NewLabel("")
	p.conflictSum.Importance = widget.DangerImportance

	edit := widget.NewButtonWithIcon(lang.L("Edit class…"), theme.DocumentCreateIcon(), p.onEdit)
	p.back = widget.NewButtonWithIcon(lang.L("Back to classes"), theme.NavigateBackIcon(), func() {
		if p.onBack != nil {
			p.onBack()
		}
	})
	p.back.Importance = widget.LowImportance
	return container.NewVBox(
		container.NewBorder(nil, nil, p.back, edit, p.title),
		container.New(&tightRows{}, p.details[0],
			container.NewBorder(nil, nil, nil, container.NewHBox(p.jp, p.conflictSum), p.details[1])),
		widget.NewSeparator(),
	)
}

func (p *classPage) show(d *office.ClassPage) {
	p.data = d
	c := d.Class
	p.title.SetText(c.Code + " · " + d.Program.Name)
	p.showDetails()
	p.jp.SetText(lang.L("Planned {{.Planned}} JP of {{.Program}} JP", map[string]any{"Planned": d.PlannedJP, "Program": d.Program.JP}))
	if d.PlannedJP == d.Program.JP {
		p.jp.Importance = widget.SuccessImportance
	} else {
		p.jp.Importance = widget.DangerImportance
	}
	p.jp.Refresh()
	if n := len(d.Conflicts); n > 0 {
		p.conflictSum.SetText(lang.L("{{.Count}} sessions conflict (red in the schedule)", map[string]any{"Count": n}))
	} else {
		p.conflictSum.SetText("")
	}
	if len(d.Sessions) == 0 {
		p.noSched.Show()
		p.sessions.Hide()
	} else {
		p.noSched.Hide()
		p.sessions.Show()
	}
	p.fitSessionColumns()
	p.sessions.Refresh()
	p.units.Refresh()
	p.root.Refresh() // the header grew: lay the page out again
}

// showDetails writes the two lines of details.
func (p *classPage) showDetails() {
	d := p.data
	c := d.Class
	p.details[0].SetText(fmt.Sprintf("%s: %s · %s: %s – %s · %s: %s · %s: %s · %s: %s",
		lang.L("Status"), classStatusLabel(c.Status(civilDay(p.store.Now()))),
		lang.L("Dates"), formatDate(c.Start), formatDate(c.End),
		lang.L("Batch"), orDash(c.Batch), lang.L("Funding"), orDash(c.Funding), lang.L("Kejuruan"), d.Program.Kejuruan))
	p.details[1].SetText(fmt.Sprintf("%s: %d/%d · %s: %s · %s: %s", lang.L("Enrolled"), d.Enrolled, c.Quota,
		lang.L("Room"), orDash(d.RoomName(c.RoomID)), lang.L("Lead instructor"), orDash(d.InstructorName(c.InstructorID))))
}

// showEnrolled shows the number of participants holding a seat, as the
// participants tab has just read it.
func (p *classPage) showEnrolled(n int) {
	if p.data == nil || p.data.Enrolled == n {
		return
	}
	p.data.Enrolled = n
	p.showDetails()
}

// tightRows stacks single-line labels without the padding between them.
type tightRows struct{}

func (tightRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height - 2*theme.Padding()
		o.Move(fyne.NewPos(0, y-theme.Padding()))
		o.Resize(fyne.NewSize(size.Width, h+2*theme.Padding()))
		y += h
	}
}

func (tightRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height - 2*theme.Padding()
	}
	return fyne.NewSize(w, h)
}
