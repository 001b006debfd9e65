package app

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
)

// systemURL is the URL the system's opener (xdg-open, rundll32
// url.dll,FileProtocolHandler) is given for u.
func systemURL(u fyne.URI) (*url.URL, error) {
	if u.Scheme() == "file" {
		return fileURL(u.Path()), nil
	}
	return url.Parse(u.String())
}

// fileURL is the file: URL of a path as Fyne keeps it (forward slashes). Fyne
// writes a Windows path as "file://C:/Users/…" (fyne-io/fyne#4605), which
// makes "C:" a host name; Windows expects file:///C:/Users/Nama%20Pengguna/…
// for a drive and file://server/share/… for a share (\\server\share).
func fileURL(path string) *url.URL {
	switch {
	case strings.HasPrefix(path, "//"): // a share: //server/share/file
		host, rest, _ := strings.Cut(path[2:], "/")
		return &url.URL{Scheme: "file", Host: host, Path: "/" + rest}
	case len(path) >= 2 && path[1] == ':' && isASCIILetter(path[0]): // C:/…
		return &url.URL{Scheme: "file", Path: "/" + path}
	default:
		return &url.URL{Scheme: "file", Path: path}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
