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
	if ScryptWorkFactor != 18 {
		panic("the copies that leave the PC must use age's own work factor, 2^18")
	}
	ScryptWorkFactor = 12
	os.Exit(m.Run())
}
