package backup

import (
	"os"
	"testing"
)

// TestMain lowers scrypt's work factor: a test encrypts and decrypts dozens
// of times, and the default costs a second and 256 MB each.
func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(runHelper())
	}
	scryptWorkFactor = 12
	os.Exit(m.Run())
}
