// Package buildinfo holds what a build knows about itself: the version, the
// commit and the build date. The Makefile sets them from FyneApp.toml and git
// with -ldflags "-X balai/app/buildinfo.Version=…"; a plain "go build" falls
// back to what the Go toolchain stamped into the binary.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Set at link time by the Makefile; empty in a plain "go build".
var (
	Version string // FyneApp.toml's Version, e.g. "0.1.0"
	Commit  string // short git commit, e.g. "abc1234"
	Date    string // build date, e.g. "2026-12-06"
)

const unknown = "unknown"

func init() {
	info, _ := debug.ReadBuildInfo()
	Version, Commit, Date = fill(Version, Commit, Date, info)
}

// fill keeps what -X set and takes the rest from the toolchain's stamp: git's
// commit and commit date (a plain build is not dated, so its commit's date
// tells best how old it is), "dev" for a version that only the Makefile knows.
func fill(version, commit, date string, info *debug.BuildInfo) (string, string, string) {
	settings := map[string]string{}
	if info != nil {
		for _, s := range info.Settings {
			settings[s.Key] = s.Value
		}
	}
	if version == "" {
		version = "dev"
	}
	if commit == "" {
		commit = unknown
		if rev := settings["vcs.revision"]; rev != "" {
			commit = rev[:min(7, len(rev))]
			if settings["vcs.modified"] == "true" {
				commit += "-dirty"
			}
		}
	}
	if date == "" {
		date = unknown
		if t := settings["vcs.time"]; t != "" {
			date, _, _ = strings.Cut(t, "T")
		}
	}
	return version, commit, date
}

// String is the version followed by the commit and the build date:
// "0.1.0 (commit abc1234, built 2026-12-06)".
func String() string {
	return Version + " (commit " + Commit + ", built " + Date + ")"
}
