package store

import (
	"os"
	"path/filepath"
	"runtime"
)

// DefaultPath is where the database lives when no --db or BALAI_DB is given:
// the user's data directory (%LOCALAPPDATA%\Balai on Windows,
// ~/Library/Application Support/Balai on macOS, $XDG_DATA_HOME/balai or
// ~/.local/share/balai elsewhere).
func DefaultPath() (string, error) {
	var dir string
	switch runtime.GOOS {
	case "windows":
		dir = os.Getenv("LOCALAPPDATA")
		if dir == "" {
			d, err := os.UserConfigDir()
			if err != nil {
				return "", err
			}
			dir = d
		}
		dir = filepath.Join(dir, "Balai")
	case "darwin":
		d, err := os.UserConfigDir() // ~/Library/Application Support
		if err != nil {
			return "", err
		}
		dir = filepath.Join(d, "Balai")
	default:
		dir = os.Getenv("XDG_DATA_HOME")
		if dir == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", err
			}
			dir = filepath.Join(home, ".local", "share")
		}
		dir = filepath.Join(dir, "balai")
	}
	return filepath.Join(dir, "balai.db"), nil
}
