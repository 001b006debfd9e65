//go:build !windows && !linux

package widgets

import "fyne.io/fyne/v2"

// Elsewhere Fyne's file dialog is used.

func portalParent(fyne.Window) string { return "" }

func nativeSave(fyne.Window, FileRequest, string) (string, error) { return "", errNoNativeDialog }

func nativeOpen(fyne.Window, FileRequest, string) (string, error) { return "", errNoNativeDialog }

func nativeFolder(fyne.Window, FileRequest, string) (string, error) { return "", errNoNativeDialog }
