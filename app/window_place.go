package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// The main window opens inside the screen — BLK offices have 1366×768
// screens and 1024×600 netbooks — at the size the clerk left it, and on
// Windows at the place too.

// Preference keys of the window's size (Fyne units) and, on Windows, its
// place (see window_place_windows.go).
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
	prefWindowPlace  = "window.place"
)

// defaultWindowSize is the size of the first start, on a screen that has room for it.
var defaultWindowSize = fyne.NewSize(1280, 720)

// windowChrome is what the screen keeps beside the window, in pixels: the
// title bar and the taskbar (about 30 and 40 on Windows), and a margin.
var windowChrome = fyne.NewSize(16, 80)

// fitWindow is the size to open a window at: the size wanted, no larger
// than the screen (both in Fyne units) less its chrome, no smaller than
// 640×400.
func fitWindow(want, screen fyne.Size) fyne.Size {
	room := fyne.NewSize(screen.Width-windowChrome.Width, screen.Height-windowChrome.Height)
	return fyne.NewSize(max(640, min(want.Width, room.Width)), max(400, min(want.Height, room.Height)))
}

// savedWindowSize is the size the window was closed at, or the default.
func savedWindowSize(p fyne.Preferences) fyne.Size {
	w, h := p.Float(prefWindowWidth), p.Float(prefWindowHeight)
	if w < 100 || h < 100 {
		return defaultWindowSize
	}
	return fyne.NewSize(float32(w), float32(h))
}

// placeWindow fits w to the screen it opens on, once it shows (only then
// is its scale known), and puts it back where it was closed where the
// platform allows it, else in the middle of the screen.
func placeWindow(a fyne.App, w fyne.Window) {
	p := a.Preferences()
	w.Resize(fitWindow(savedWindowSize(p), fyne.NewSize(1024, 600))) // until the screen is known
	a.Lifecycle().SetOnStarted(func() {
		screen, ok := screenSize(w)
		if ok {
			w.Resize(fitWindow(savedWindowSize(p), screen))
		}
		if !restorePlace(w, p.String(prefWindowPlace)) {
			w.CenterOnScreen()
		}
	})
	// Read while the window still exists: on closing it is gone.
	w.SetCloseIntercept(func() {
		size := w.Canvas().Size()
		p.SetFloat(prefWindowWidth, float64(size.Width))
		p.SetFloat(prefWindowHeight, float64(size.Height))
		if place := windowPlace(w); place != "" {
			p.SetString(prefWindowPlace, place)
		}
		w.Close()
	})
}

// nativeWindow runs f with the window's native handle context, if any.
func nativeWindow(w fyne.Window, f func(ctx any)) bool {
	n, ok := w.(driver.NativeWindow)
	if ok {
		n.RunNative(f)
	}
	return ok
}
