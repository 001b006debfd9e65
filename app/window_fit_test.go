package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// smallScreen is the room a 1024×600 netbook leaves the window's content,
// after the title bar, the taskbar and the menu bar.
var smallScreen = fyne.NewSize(1024-windowChrome.Width, 600-windowChrome.Height-30)

func TestFitWindow(t *testing.T) {
	tests := []struct {
		want, screen, got fyne.Size
	}{
		{fyne.NewSize(1280, 720), fyne.NewSize(1024, 600), fyne.NewSize(1008, 520)},
		{fyne.NewSize(1280, 720), fyne.NewSize(1366, 768), fyne.NewSize(1280, 688)},
		{fyne.NewSize(1100, 650), fyne.NewSize(1920, 1080), fyne.NewSize(1100, 650)},
		{fyne.NewSize(300, 200), fyne.NewSize(1366, 768), fyne.NewSize(640, 400)},
	}
	for _, tt := range tests {
		if got := fitWindow(tt.want, tt.screen); got != tt.got {
			t.Errorf("fitWindow(%v, %v) = %v, want %v", tt.want, tt.screen, got, tt.got)
		}
	}
}

// Every screen, and every tab of a class page, fits a 1024×600 screen: no
// minimum size past it (issue 13), in both languages.
func TestScreensFitSmallScreen(t *testing.T) {
	st := openStore(t)
	codes := addDemoClasses(t, st, true)
	running, err := st.ClassByCode(context.Background(), codes[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, language := range []string{langEN, langID} {
		setLanguage(language)
		test.NewTempApp(t)
		w := test.NewTempWindow(t, nil)
		w.Resize(smallScreen)
		s := newShell(fyne.CurrentApp(), w, st)
		s.seekers.loads.Wait() // the first screen, started at once
		for _, l := range []*worker{&s.seekers.loads, &s.classes.loads, &s.calendar.loads, &s.programs.loads,
			&s.instructors.loads, &s.verify.loads, &s.tracer.loads, &s.reports.loads} {
			l.inline = true
		}
		for i, item := range s.screens {
			s.nav.Select(i)
			if m := w.Content().MinSize(); m.Width > smallScreen.Width || m.Height > smallScreen.Height {
				t.Errorf("%s: %s needs %v, more than %v", language, item.title, m, smallScreen)
			}
		}
		p := newClassPage(w, st, running.ID)
		p.loads.inline = true
		s.content.Objects = []fyne.CanvasObject{p.view()}
		p.start()
		for i, tab := range p.tabs.Items {
			p.tabs.SelectIndex(i)
			if m := w.Content().MinSize(); m.Width > smallScreen.Width || m.Height > smallScreen.Height {
				t.Errorf("%s: class page, tab %s needs %v, more than %v", language, tab.Text, m, smallScreen)
			}
		}
	}
	setLanguage(langEN)
}
