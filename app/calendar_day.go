package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// A day of the calendar opens, when clicked, the list of its sessions; a
// session opens its class.

// dayArea is a day of the calendar that answers a click.
type dayArea struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
}

func newDayArea(content fyne.CanvasObject, onTap func()) *dayArea {
	a := &dayArea{content: content, onTap: onTap}
	a.ExtendBaseWidget(a)
	return a
}

func (a *dayArea) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(a.content) }

// Tapped opens the day.
func (a *dayArea) Tapped(*fyne.PointEvent) { a.onTap() }

// Cursor shows that the day can be clicked.
func (a *dayArea) Cursor() desktop.Cursor { return desktop.PointerCursor }

// showDay lists the sessions of day; choosing one opens its class.
func (s *calendarScreen) showDay(day time.Time, entries []data.CalendarEntry) {
	title := dayDate(day)
	if name, ok := s.holidays[day.Format(data.DateLayout)]; ok {
		title += " · " + name
	}
	if len(entries) == 0 {
		showInfo(title, lang.L("No sessions on this day."), s.win)
		return
	}
	s.dayEntries = entries
	list := widget.NewList(func() int { return len(s.dayEntries) },
		func() fyne.CanvasObject {
			when := widget.NewLabelWithStyle("07:30–16:00", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			what := widget.NewLabel("LAS-2026-01 · Las SMAW 3G")
			what.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("Instruktur · Ruang")
			detail.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, when, nil, container.NewVBox(what, detail))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.dayEntries) {
				return
			}
			e := s.dayEntries[id]
			box := o.(*fyne.Container)
			lines := box.Objects[0].(*fyne.Container).Objects
			lines[0].(*widget.Label).SetText(e.ClassCode + " · " + e.ProgramName)
			lines[1].(*widget.Label).SetText(calendarEntryDetail(e))
			box.Objects[1].(*widget.Label).SetText(e.Start + "–" + e.End)
		})
	hint := widget.NewLabel(lang.L("Choose a session to open its class."))
	var d dialog.Dialog
	list.OnSelected = func(id widget.ListItemID) {
		if id >= len(s.dayEntries) {
			return
		}
		classID := s.dayEntries[id].ClassID
		d.Hide()
		if s.openClass != nil {
			s.openClass(classID)
		}
	}
	d = showClosable(title, container.NewBorder(hint, nil, nil, nil, list), s.win)
	d.Resize(fyne.NewSize(640, 420))
	s.dayDialog = d
}

// calendarEntryDetail is a session's unit, instructor and room, as known.
func calendarEntryDetail(e data.CalendarEntry) string {
	var parts []string
	for _, p := range []string{strings.TrimSpace(e.UnitCode + " " + e.UnitTitle), e.InstructorName, e.RoomName} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}
