//go:build race

package backup

// raceBuild: the race detector makes the helper processes of the kill test
// several times slower; it kills fewer of them.
const raceBuild = true
