// Package app is Balai's desktop interface (Fyne).
package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/buildinfo"
	_ "balai/app/locale" // before Fyne reads the locale
	"balai/data/store"
)

// AppID is the application identifier, as in FyneApp.toml.
const AppID = "id.balai.desktop"

// shell is the main window: navigation on the left, the current screen on
// the right, menus and shortcuts.
type shell struct {
	app   fyne.App
	win   fyne.Window
	store *store.Store

	seekers     *seekersScreen
	classes     *classesScreen
	calendar    *calendarScreen
	programs    *programsScreen
	instructors *instructorsScreen
	tracer      *tracerScreen
	reports     *reportsScreen
	verify      *verifyScreen
	nav         *widget.List
	screens     []navItem
	content     *fyne.Container

	backups *backupShell // the automatic backups and the status line under the screens
}

// navItem is one entry of the navigation: a screen that exists. start loads
// its data the first time it is shown.
type navItem struct {
	title   string
	icon    fyne.Resource
	view    func() fyne.CanvasObject
	start   func()
	started bool
}

func newShell(a fyne.App, w fyne.Window, st *store.Store) *shell {
	s := &shell{app: a, win: w, store: st}
	s.backups = newBackupShell(s)
	s.build()
	return s
}

// build (re)creates every screen, so that a change of language takes effect at once.
func (s *shell) build() {
	s.win.SetTitle(lang.L("Balai — Job seekers and training"))
	s.seekers = newSeekersScreen(s.win, s.store)
	s.classes = newClassesScreen(s.win, s.store)
	s.calendar = newCalendarScreen(s.win, s.store)
	s.calendar.openClass = func(id string) {
		s.nav.Select(1) // Classes
		s.classes.openClass(id)
	}
	s.programs = newProgramsScreen(s.win, s.store)
	s.instructors = newInstructorsScreen(s.win, s.store)
	s.verify = newVerifyScreen(s.win, s.store)
	s.tracer = newTracerScreen(s.win, s.store)
	s.reports = newReportsScreen(s.win, s.store)
	s.screens = []navItem{
		{title: lang.L("Job seekers"), icon: theme.AccountIcon(), view: s.seekers.view, start: s.seekers.start},
		{title: lang.L("Classes"), icon: theme.ListIcon(), view: s.classes.view, start: s.classes.start},
		{title: lang.L("Calendar"), icon: theme.CalendarIcon(), view: s.calendar.view, start: s.calendar.start},
		{title: lang.L("Programs"), icon: theme.DocumentIcon(), view: s.programs.view, start: s.programs.start},
		{title: lang.L("Instructors and rooms"), icon: theme.HomeIcon(), view: s.instructors.view, start: s.instructors.start},
		{title: lang.L("Verify certificate"), icon: theme.ConfirmIcon(), view: s.verify.view, start: s.verify.start},
		{title: lang.L("Tracer"), icon: theme.MailComposeIcon(), view: s.tracer.view, start: s.tracer.start},
		{title: lang.L("Reports"), icon: theme.DocumentPrintIcon(), view: s.reports.view, start: s.reports.start},
	}
	s.content = container.NewStack()
	longest := ""
	for _, it := range s.screens {
		if fyne.MeasureText(it.title, theme.TextSize(), fyne.TextStyle{}).Width >
			fyne.MeasureText(longest, theme.TextSize(), fyne.TextStyle{}).Width {
			longest = it.title
		}
	}
	longest += "  " // the list's own padding and scroll bar
	s.nav = widget.NewList(
		func() int { return len(s.screens) },
		func() fyne.CanvasObject {
			// As wide as the longest title, so that none is cut.
			return container.NewHBox(widget.NewIcon(theme.AccountIcon()), widget.NewLabel(longest))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Icon).SetResource(s.screens[i].icon)
			box.Objects[1].(*widget.Label).SetText(s.screens[i].title)
		},
	)
	s.nav.OnSelected = s.onNavigate
	split := container.NewHSplit(s.nav, s.content)
	split.Offset = 0.16
	s.win.SetContent(container.NewBorder(nil, s.backups.statusBar(), nil, nil, split))
	s.win.SetMainMenu(s.menu())
	s.addShortcuts()
	s.nav.Select(0)
}

func (s *shell) onNavigate(id widget.ListItemID) {
	item := &s.screens[id]
	s.content.Objects = []fyne.CanvasObject{item.view()}
	s.content.Refresh()
	if !item.started {
		item.started = true
		item.start()
	}
}

func (s *shell) menu() *fyne.MainMenu {
	newSeeker := fyne.NewMenuItem(lang.L("New job seeker…"), s.seekers.onAdd)
	newSeeker.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	imp := fyne.NewMenuItem(lang.L("Import job seekers…"), s.seekers.onImport)
	imp.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	find := fyne.NewMenuItem(lang.L("Search"), s.seekers.focusSearch)
	find.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	exp := fyne.NewMenuItem(lang.L("Export job seekers…"), s.seekers.onExport)
	holidays := fyne.NewMenuItem(lang.L("Holidays…"), func() { showHolidaysDialog(s.win, s.store) })
	settings := fyne.NewMenuItem(lang.L("Settings: letterhead and certificates…"), func() { showSettingsForm(s.win, s.store) })
	backups := fyne.NewMenuItem(lang.L("Backups…"), s.backups.showScreen)

	indonesian := fyne.NewMenuItem("Bahasa Indonesia", func() { s.onLanguage(langID) })
	english := fyne.NewMenuItem("English", func() { s.onLanguage(langEN) })
	indonesian.Checked, english.Checked = currentLang == langID, currentLang == langEN
	language := fyne.NewMenuItem(lang.L("Language"), nil)
	language.ChildMenu = fyne.NewMenu("", indonesian, english)

	about := fyne.NewMenuItem(lang.L("About Balai"), s.onAbout)
	return fyne.NewMainMenu(
		fyne.NewMenu(lang.L("File"), imp, exp, fyne.NewMenuItemSeparator(), backups, fyne.NewMenuItemSeparator(), settings, holidays, language),
		fyne.NewMenu(lang.L("Job seekers"), newSeeker, find),
		fyne.NewMenu(lang.L("Help"), about),
	)
}

// addShortcuts binds the keyboard shortcuts on the window's canvas too, so they
// work where no native menu bar shows them.
func (s *shell) addShortcuts() {
	c := s.win.Canvas()
	for _, sc := range []struct {
		key fyne.KeyName
		fn  func()
	}{
		{fyne.KeyN, s.seekers.onAdd},
		{fyne.KeyF, s.seekers.focusSearch},
		{fyne.KeyI, s.seekers.onImport},
	} {
		fn := sc.fn
		c.AddShortcut(&desktop.CustomShortcut{KeyName: sc.key, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { fn() })
	}
}

func (s *shell) onLanguage(code string) {
	s.app.Preferences().SetString(prefLanguage, code)
	setLanguage(code)
	s.build()
}

func (s *shell) onAbout() {
	msg := fmt.Sprintf("Balai %s\n\n%s\n\n%s\n%s", buildinfo.Version,
		lang.L("Job-seeker records, training classes, attendance and certificates for vocational training centres (BLK)."),
		lang.L("Database:"), s.store.Path())
	showInfo(lang.L("About Balai"), msg, s.win)
}
