package app

import (
	"os"
	"testing"
)

// TestMain starts every test in English, whatever the machine's locale, so
// that tests may name texts; tests of the Indonesian interface switch and
// switch back.
func TestMain(m *testing.M) {
	setLanguage(langEN)
	os.Exit(m.Run())
}
