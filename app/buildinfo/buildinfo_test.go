package buildinfo

import (
	"runtime/debug"
	"testing"
)

func TestFill(t *testing.T) {
	stamped := &debug.BuildInfo{Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef"},
		{Key: "vcs.time", Value: "2026-11-30T08:15:00Z"},
		{Key: "vcs.modified", Value: "false"},
	}}
	modified := &debug.BuildInfo{Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "fedcba9876543210"},
		{Key: "vcs.modified", Value: "true"},
	}}
	tests := []struct {
		name                string
		version, commit     string
		date                string
		info                *debug.BuildInfo
		wantV, wantC, wantD string
	}{
		{"set by the Makefile", "0.1.0", "abc1234", "2026-12-06", stamped, "0.1.0", "abc1234", "2026-12-06"},
		{"plain go build in git", "", "", "", stamped, "dev", "0123456", "2026-11-30"},
		{"uncommitted changes", "", "", "", modified, "dev", "fedcba9-dirty", unknown},
		{"no stamp", "", "", "", nil, "dev", unknown, unknown},
		{"only the version set", "0.2.0", "", "", &debug.BuildInfo{}, "0.2.0", unknown, unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, c, d := fill(tt.version, tt.commit, tt.date, tt.info)
			if v != tt.wantV || c != tt.wantC || d != tt.wantD {
				t.Errorf("got %q, %q, %q; want %q, %q, %q", v, c, d, tt.wantV, tt.wantC, tt.wantD)
			}
		})
	}
}

func TestString(t *testing.T) {
	defer func(v, c, d string) { Version, Commit, Date = v, c, d }(Version, Commit, Date)
	Version, Commit, Date = "0.1.0", "abc1234", "2026-12-06"
	if got, want := String(), "0.1.0 (commit abc1234, built 2026-12-06)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
