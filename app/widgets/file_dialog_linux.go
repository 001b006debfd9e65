//go:build linux

package widgets

import (
	"fmt"
	"net/url"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/rymdport/portal/filechooser"
)

// On Linux the desktop's own file chooser through the XDG desktop portal
// (github.com/rymdport/portal, which Fyne itself uses): GNOME's, KDE's …
// Without a session bus there is none: Fyne's dialog is shown instead.

// portalParent is the window the portal's dialog belongs to: "x11:<id>".
func portalParent(win fyne.Window) string {
	parent := ""
	if n, ok := win.(driver.NativeWindow); ok {
		n.RunNative(func(ctx any) {
			if x, ok := ctx.(driver.X11WindowContext); ok {
				parent = fmt.Sprintf("x11:%x", x.WindowHandle)
			}
		})
	}
	return parent
}

func portalFilters(exts []string) []*filechooser.Filter {
	var rules []filechooser.Rule
	var names []string
	for _, e := range exts {
		if e = strings.TrimPrefix(e, "."); e != "" {
			rules = append(rules, filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*." + e},
				filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*." + strings.ToUpper(e)})
			names = append(names, strings.ToUpper(e))
		}
	}
	if len(rules) == 0 {
		return nil
	}
	return []*filechooser.Filter{{Name: strings.Join(names, ", "), Rules: rules}}
}

// portalPath is the path of the first URI the portal answered, "" for none.
func portalPath(uris []string, err error) (string, error) {
	if err != nil {
		return "", fmt.Errorf("%w: %v", errNoNativeDialog, err)
	}
	if len(uris) == 0 {
		return "", nil // cancelled
	}
	u, err := url.Parse(uris[0])
	if err != nil {
		return "", err
	}
	return u.Path, nil
}

// hasPortal reports whether a desktop session bus is there to ask.
func hasPortal() bool { return os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" }

// The parent (req.parent) was read on the UI goroutine, by runNative.
func nativeSave(_ fyne.Window, req FileRequest, dir string) (string, error) {
	if !hasPortal() {
		return "", errNoNativeDialog
	}
	return portalPath(filechooser.SaveFile(req.parent, req.Title, &filechooser.SaveFileOptions{
		CurrentName: req.Name, CurrentFolder: dir, Filters: portalFilters(req.Exts)}))
}

func nativeOpen(_ fyne.Window, req FileRequest, dir string) (string, error) {
	if !hasPortal() {
		return "", errNoNativeDialog
	}
	return portalPath(filechooser.OpenFile(req.parent, req.Title, &filechooser.OpenFileOptions{
		CurrentFolder: dir, Filters: portalFilters(req.Exts)}))
}

func nativeFolder(_ fyne.Window, req FileRequest, dir string) (string, error) {
	if !hasPortal() {
		return "", errNoNativeDialog
	}
	return portalPath(filechooser.OpenFile(req.parent, req.Title, &filechooser.OpenFileOptions{
		CurrentFolder: dir, Directory: true}))
}
