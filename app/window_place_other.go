//go:build !windows

package app

import "fyne.io/fyne/v2"

// Elsewhere than on Windows Fyne gives no way to a window's place: it opens
// in the middle of the screen.

func windowPlace(fyne.Window) string { return "" }

func restorePlace(fyne.Window, string) bool { return false }
