//go:build windows

package main

import (
	"log"
	"os"

	"golang.org/x/sys/windows"
)

// Balai.exe is built as a GUI program (-H windowsgui), so a double-click opens
// no console window; but then a command typed in cmd.exe or PowerShell would
// print nowhere. Started with arguments, it writes to the console of the shell
// that started it; output redirected to a file or a pipe stays where it is.
// Started with arguments from Explorer or a shortcut there is no such console
// and nothing pops up.
func init() {
	if len(os.Args) > 1 {
		attachParentConsole()
	}
}

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1

// stdStream is one of the three standard handles and the *os.File Go reads or writes it through.
type stdStream struct {
	id     uint32
	device string // the attached console's end of it
	file   **os.File
	name   string
}

func attachParentConsole() {
	streams := []stdStream{
		{windows.STD_INPUT_HANDLE, "CONIN$", &os.Stdin, "/dev/stdin"},
		{windows.STD_OUTPUT_HANDLE, "CONOUT$", &os.Stdout, "/dev/stdout"},
		{windows.STD_ERROR_HANDLE, "CONOUT$", &os.Stderr, "/dev/stderr"},
	}
	var unset []stdStream
	for _, s := range streams {
		if !usable(s.id) {
			unset = append(unset, s)
		}
	}
	if len(unset) == 0 {
		return // all three redirected
	}
	// ERROR_ACCESS_DENIED: already attached to a console (Wine attaches a
	// GUI program to its parent's), whose ends are opened all the same.
	if r, _, err := procAttachConsole.Call(attachParentProcess); r == 0 && err != windows.ERROR_ACCESS_DENIED {
		return // no parent console
	}
	for _, s := range unset {
		h, err := openConsole(s.device)
		if err != nil {
			continue
		}
		_ = windows.SetStdHandle(s.id, h) // for the runtime's panic messages
		*s.file = os.NewFile(uintptr(h), s.name)
	}
	log.SetOutput(os.Stderr) // the log package kept the old, dead stderr
}

// usable tells whether a standard handle leads somewhere: a console, a file
// or a pipe. A GUI program started from a console gets none.
func usable(id uint32) bool {
	h, err := windows.GetStdHandle(id)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}

func openConsole(device string) (windows.Handle, error) {
	name, err := windows.UTF16PtrFromString(device)
	if err != nil {
		return 0, err
	}
	return windows.CreateFile(name, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0)
}
