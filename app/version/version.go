// Package version is Balai's version, shown by the window's About dialog and
// printed by "balai version". It has no other dependency, so both can read it.
package version

// Version is set at build time:
//
//	go build -ldflags "-X balai/app/version.Version=1.2.0"
var Version = "0.1.0"
