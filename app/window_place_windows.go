//go:build windows

package app

import (
	"fmt"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

// On Windows the window's place is read and set through its handle: the
// top-left corner in pixels, and whether it was maximised ("x,y,max").

var (
	user32           = windows.NewLazySystemDLL("user32.dll")
	getWindowRect    = user32.NewProc("GetWindowRect")
	setWindowPos     = user32.NewProc("SetWindowPos")
	isZoomed         = user32.NewProc("IsZoomed")
	showWindow       = user32.NewProc("ShowWindow")
	monitorFromPoint = user32.NewProc("MonitorFromPoint")
)

const (
	swpNoSize        = 0x0001
	swpNoZOrder      = 0x0004
	swMaximize       = 3
	monitorToNothing = 0 // MONITOR_DEFAULTTONULL
)

type winRect struct{ Left, Top, Right, Bottom int32 }

func windowHandle(w fyne.Window) uintptr {
	var hwnd uintptr
	nativeWindow(w, func(ctx any) {
		if c, ok := ctx.(driver.WindowsWindowContext); ok {
			hwnd = c.HWND
		}
	})
	return hwnd
}

// windowPlace is "x,y,max" of w, "" when unknown.
func windowPlace(w fyne.Window) string {
	hwnd := windowHandle(w)
	if hwnd == 0 {
		return ""
	}
	var r winRect
	if ok, _, _ := getWindowRect.Call(hwnd, uintptr(unsafe.Pointer(&r))); ok == 0 {
		return ""
	}
	zoomed, _, _ := isZoomed.Call(hwnd)
	return fmt.Sprintf("%d,%d,%d", r.Left, r.Top, zoomed)
}

// restorePlace moves w to place when its corner lies on a screen still
// connected, and maximises it if it was.
func restorePlace(w fyne.Window, place string) bool {
	var x, y int32
	var zoomed int
	if _, err := fmt.Sscanf(place, "%d,%d,%d", &x, &y, &zoomed); err != nil {
		return false
	}
	hwnd := windowHandle(w)
	if hwnd == 0 {
		return false
	}
	// A corner a little inside the window must be on a monitor.
	pt := uintptr(uint32(x+40)) | uintptr(uint32(y+20))<<32
	if m, _, _ := monitorFromPoint.Call(pt, monitorToNothing); m == 0 {
		return false
	}
	setWindowPos.Call(hwnd, 0, uintptr(x), uintptr(y), 0, 0, swpNoSize|swpNoZOrder)
	if zoomed != 0 {
		showWindow.Call(hwnd, swMaximize)
	}
	return true
}
