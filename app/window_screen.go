package app

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenSize is the size of the primary screen in w's Fyne units; it is
// read from GLFW, which Fyne's desktop driver runs, on the UI goroutine once
// the window shows (its scale known).
func screenSize(w fyne.Window) (fyne.Size, bool) {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	mode := m.GetVideoMode()
	scale := w.Canvas().Scale()
	if mode == nil || scale <= 0 {
		return fyne.Size{}, false
	}
	return fyne.NewSize(float32(mode.Width)/scale, float32(mode.Height)/scale), true
}
