package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balai/data"
)

func TestCLIClasses(t *testing.T) {
	st := openStore(t)
	if code, _, errOut := runCLI(t, st, "demo", "--seekers", "100"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, st, "classes")
	if code != 0 {
		t.Fatalf("classes: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	// The finished, running and planned classes, and the two classes of alumni.
	if got, want := len(lines), 6; got != want {
		t.Fatalf("lines: got %d, want %d:\n%s", got, want, out)
	}
	if !strings.HasPrefix(lines[0], "CODE") {
		t.Errorf("header: %q", lines[0])
	}
	statuses := map[string]bool{}
	for _, l := range lines[1:] {
		fields := strings.Fields(l)
		if !strings.Contains(fields[0], "-2025-") && !strings.Contains(fields[0], "-2026-") && !strings.Contains(fields[0], "-2027-") {
			t.Errorf("first column is not a class code: %q", l)
		}
		statuses[fields[len(fields)-1]] = true
	}
	for _, want := range []string{"finished", "running", "planned"} {
		if !statuses[want] {
			t.Errorf("no %s class in:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, st, "classes", "--status", "running")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "16/16") && !strings.Contains(out, "15/16") {
		t.Errorf("running classes: exit %d:\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, st, "classes", "--status", "sleeping"); code != 2 {
		t.Errorf("a bad status: exit %d (%s), want 2", code, errOut)
	}
}

func TestCLISchedule(t *testing.T) {
	st := openStore(t)
	if code, _, errOut := runCLI(t, st, "demo", "--seekers", "60"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	list, err := st.Classes(context.Background(), data.ClassFilter{Status: data.ClassRunning})
	if err != nil || len(list) != 1 {
		t.Fatalf("running classes: %v, %v", list, err)
	}
	out := filepath.Join(t.TempDir(), "jadwal.pdf")
	code, stdout, errOut := runCLI(t, st, "schedule", "--class", list[0].Class.Code, "--out", out)
	if code != 0 {
		t.Fatalf("schedule: exit %d: %s", code, errOut)
	}
	if !strings.Contains(stdout, list[0].Class.Code) {
		t.Errorf("output %q does not name the class", stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"schedule", "--class", "XXX-2026-99", "--out", out}, 1, `no class "XXX-2026-99"`},
		{[]string{"schedule", "--class", list[0].Class.Code}, 2, "usage"},
		{[]string{"schedule", "--class", list[0].Class.Code, "--out", out, "--paper", "A5"}, 2, "A5"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, st, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d %q, want %d and %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
}
