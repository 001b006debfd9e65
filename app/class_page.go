package app

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/data"
	"balai/data/store"
)

// classPage shows one class: its data, planned JP, schedule, units and
// participants.
type classPage struct {
	win     fyne.Window
	store   *store.Store
	classID string
	onBack  func() // nil: no Back button

	back    *widget.Button
	title   *widget.Label
	details [2]*widget.Label // one label a line, so that the header keeps its height
	jp      *widget.Label
	// conflictSum counts the sessions that conflict, marked red in the table.
	conflictSum *widget.Label
	sessions    *widget.Table
	noSched     fyne.CanvasObject
	units       *widget.Table
	tabs        *container.AppTabs
	// participants is the Participants tab (app/participants.go).
	participants *participantsTab
	// attendance is the Attendance tab (app/attendance.go).
	attendance *attendanceTab
	// certificates is the Certificates tab (app/certificates.go).
	certificates *certificatesTab
	root         fyne.CanvasObject

	// placements is the Placement tab (app/placements_tab.go).
	placements *placementsTab

	// Touched on the UI goroutine only.
	data        *office.ClassPage
	classForm   *classForm    // the last class form opened, for tests
	sessionForm *sessionForm  // the last session form opened, for tests
	generator   *scheduleForm // the last generate dialog opened, for tests
	confirm     dialog.Dialog // the last confirmation shown, for tests
	pdfDone     <-chan error  // receives the outcome of the last PDF written, for tests

	loads worker
}

func newClassPage(win fyne.Window, st *store.Store, classID string) *classPage {
	p := &classPage{win: win, store: st, classID: classID}
	p.build()
	return p
}

func (p *classPage) view() fyne.CanvasObject { return p.root }

func (p *classPage) build() {
	header := p.buildHeader()
	p.tabs = p.buildTabs(p.buildSchedule(), p.buildUnits())
	p.root = container.NewBorder(header, nil, nil, nil, p.tabs)
}

// buildTabs makes the tabs: participants, schedule, units, attendance and
// certificates.
func (p *classPage) buildTabs(schedule, units fyne.CanvasObject) *container.AppTabs {
	p.participants = newParticipantsTab(p.win, p.store, p.classID)
	p.participants.onCount = p.showEnrolled
	p.attendance = newAttendanceTab(p.win, p.store, p.classID)
	p.certificates = newCertificatesTab(p.win, p.store, p.classID)
	p.placements = newPlacementsTab(p.win, p.store, p.classID)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Participants"), theme.AccountIcon(), p.participants.view()),
		container.NewTabItemWithIcon(lang.L("Schedule"), theme.CalendarIcon(), schedule),
		container.NewTabItemWithIcon(lang.L("Units"), theme.ListIcon(), units),
		container.NewTabItemWithIcon(lang.L("Attendance"), theme.ConfirmIcon(), p.attendance.view()),
		container.NewTabItemWithIcon(lang.L("Certificates"), theme.DocumentIcon(), p.certificates.view()),
		container.NewTabItemWithIcon(lang.L("Placement"), theme.MailComposeIcon(), p.placements.view()),
	)
	// Enrolments, withdrawals and schedule changes made in the other tabs
	// show in the attendance and the certificates at once.
	tabs.OnSelected = func(item *container.TabItem) {
		switch item {
		case tabs.Items[3]:
			p.attendance.reload()
		case tabs.Items[4]:
			p.certificates.reload()
		case tabs.Items[5]:
			p.placements.reload()
		}
	}
	return tabs
}

// buildUnits makes the table of the program's competency units.
func (p *classPage) buildUnits() fyne.CanvasObject {
	p.units = widget.NewTableWithHeaders(func() (int, int) {
		if p.data == nil {
			return 0, 3
		}
		return len(p.data.Program.Units), 3
	}, func() fyne.CanvasObject {
		l := widget.NewLabel("C.25LAS00.001.1")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, p.updateUnitCell)
	p.units.ShowHeaderColumn = false
	p.units.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			l := o.(*widget.Label)
			l.TextStyle.Bold = true
			l.SetText([]string{lang.L("Unit code"), lang.L("Unit title"), lang.L("JP")}[id.Col])
		}
	}
	p.units.SetColumnWidth(0, 190)
	p.units.SetColumnWidth(1, 520)
	p.units.SetColumnWidth(2, 60)
	return p.units
}

func (p *classPage) updateUnitCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if p.data == nil || id.Row >= len(p.data.Program.Units) {
		l.SetText("")
		return
	}
	u := p.data.Program.Units[id.Row]
	l.SetText([]string{u.Code, u.Title, strconv.Itoa(u.JP)}[id.Col])
}

// start reads the class.
func (p *classPage) start() {
	if p.onBack == nil {
		p.back.Hide()
	}
	p.participants.loads.inline = p.loads.inline
	p.participants.start()
	p.attendance.loads.inline = p.loads.inline
	p.attendance.start()
	p.certificates.loads.inline = p.loads.inline // loaded when its tab is shown
	p.placements.loads.inline = p.loads.inline   // loaded when its tab is shown
	p.reload()
}

func (p *classPage) reload() {
	id := p.classID
	p.loads.do(func() {
		d, err := office.LoadClassPage(context.Background(), p.store, id)
		fyne.Do(func() {
			if err != nil {
				showError(err, p.win)
				return
			}
			p.show(d)
		})
	})
}

func (p *classPage) onEdit() {
	if p.data == nil {
		return
	}
	c := p.data.Class
	p.classForm = newClassForm(p.win, p.store, &c, func(data.Class) {
		p.reload()
		p.participants.reload() // the quota may have changed
	})
	p.classForm.bg.inline = p.loads.inline
	p.classForm.show()
}
