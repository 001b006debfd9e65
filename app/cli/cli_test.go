package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"balai/app/buildinfo"
	"balai/data/store"
)

// openStore opens a real database in a temporary folder with a fixed clock.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "balai.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { s.Close() })
	return s
}

// runCLI runs a command line against store and returns exit status and output.
func runCLI(t *testing.T, st *store.Store, args ...string) (int, string, string) {
	t.Helper()
	cmd, err := ParseCommandLine(args, "")
	if err != nil {
		t.Fatalf("parse %v: %v", args, err)
	}
	var out, errOut bytes.Buffer
	code := cmd.Run(context.Background(), st, &out, &errOut)
	return code, out.String(), errOut.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestCLIHelpAndVersion(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"help"}, "import seekers FILE"},
		{[]string{"--help"}, "Commands:"},
		{[]string{"version"}, "balai " + buildinfo.Version},
		{[]string{"help", "import"}, "Usage: balai import seekers"},
		{[]string{"demo", "--help"}, "-seekers"},
		{[]string{"export", "--help"}, "-search"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			cmd, err := ParseCommandLine(tt.args, "")
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			if code := cmd.Run(context.Background(), nil, &out, &errOut); code != 0 {
				t.Errorf("exit %d: %s", code, errOut.String())
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("output %q does not contain %q", out.String(), tt.want)
			}
		})
	}
	if _, err := ParseCommandLine([]string{"frobnicate"}, ""); err == nil {
		t.Error("an unknown command was accepted")
	}
	cmd, _ := ParseCommandLine([]string{"--db", "x.db", "demo"}, "env.db")
	if got, want := cmd.DB, "x.db"; got != want {
		t.Errorf("--db: got %q, want %q", got, want)
	}
	cmd, _ = ParseCommandLine([]string{"demo", "--seekers", "5", "--db", "after.db"}, "env.db")
	if got, want := cmd.DB, "after.db"; got != want || strings.Join(cmd.Args, " ") != "--seekers 5" {
		t.Errorf("--db after the command: got %q and args %q, want %q", got, cmd.Args, want)
	}
	cmd, _ = ParseCommandLine([]string{"demo"}, "env.db")
	if got, want := cmd.DB, "env.db"; got != want {
		t.Errorf("BALAI_DB: got %q, want %q", got, want)
	}
}
