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

// buildHeader makes the page's header: Back, the class and its program,
// three lines of details, the planned JP and the conflicts.
func (p *classPage) buildHeader() fyne.CanvasObject {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.details = [3]*widget.Label{widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")}
	p.jp = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.conflictSum = widget.NewLabel("")
	p.conflictSum.Importance = widget.DangerImportance

	edit := widget.NewButtonWithIcon(lang.L("Edit class…"), theme.DocumentCreateIcon(), p.onEdit)
	p.back = widget.NewButtonWithIcon(lang.L("Back to classes"), theme.NavigateBackIcon(), func() {
		if p.onBack != nil {
			p.onBack()
		}
	})
	left := container.NewHBox(p.back, p.title)
	return container.NewVBox(
		container.NewBorder(nil, nil, left, edit),
		container.New(&tightRows{}, p.details[0], p.details[1], p.details[2]),
		container.NewHBox(p.jp, p.conflictSum),
		widget.NewSeparator(),
	)
}

func (p *classPage) show(d *office.ClassPage) {
	p.data = d
	c := d.Class
	p.title.SetText(c.Code + " · " + d.Program.Name)
	lines := []string{
		fmt.Sprintf("%s: %s   %s: %s   %s: %s", lang.L("Kejuruan"), d.Program.Kejuruan, lang.L("Batch"), orDash(c.Batch),
			lang.L("Status"), classStatusLabel(c.Status(civilDay(p.store.Now())))),
		fmt.Sprintf("%s: %s – %s   %s: %s   %s: %s", lang.L("Dates"), formatDate(c.Start), formatDate(c.End),
			lang.L("Room"), orDash(d.RoomName(c.RoomID)), lang.L("Lead instructor"), orDash(d.InstructorName(c.InstructorID))),
		fmt.Sprintf("%s: %d/%d   %s: %s", lang.L("Enrolled"), d.Enrolled, c.Quota, lang.L("Funding"), orDash(c.Funding)),
	}
	for i, l := range lines {
		p.details[i].SetText(l)
	}
	p.jp.SetText(lang.L("Planned {{.Planned}} JP of {{.Program}} JP", map[string]any{"Planned": d.PlannedJP, "Program": d.Program.JP}))
	if d.PlannedJP == d.Program.JP {
		p.jp.Importance = widget.SuccessImportance
	} else {
		p.jp.Importance = widget.DangerImportance
	}
	p.jp.Refresh()
	if n := len(d.Conflicts); n > 0 {
		p.conflictSum.SetText(lang.L("{{.Count}} sessions conflict with other bookings (marked in red)", map[string]any{"Count": n}))
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
	p.sessions.Refresh()
	p.units.Refresh()
	p.root.Refresh() // the header grew: lay the page out again
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
