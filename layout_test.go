package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// goPackage is what `go list` says of one of Balai's packages.
type goPackage struct {
	imports []string // its own imports
	deps    []string // everything it links in
}

// balaiPackages lists Balai's packages with their imports and dependencies.
func balaiPackages(t *testing.T) map[string]goPackage {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	out, err := exec.Command(goTool, "list", "-tags", "migrated_fynedo",
		"-f", "{{.ImportPath}}|{{join .Imports \" \"}}|{{join .Deps \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]goPackage{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.Split(line, "|")
		if len(parts) != 3 {
			t.Fatalf("go list printed %q", line)
		}
		pkgs[parts[0]] = goPackage{strings.Fields(parts[1]), strings.Fields(parts[2])}
	}
	return pkgs
}

// The layout's rules, checked on the import graph: a pure domain, SQL only
// in the store, no Fyne below app/ nor in the CLI, dependencies one way.
func TestDependenciesPointOneWay(t *testing.T) {
	pkgs := balaiPackages(t)
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	for path, p := range pkgs {
		under := func(prefix string) bool { return path == prefix || strings.HasPrefix(path, prefix+"/") }
		for _, imp := range p.imports {
			sql := imp == "database/sql" || strings.HasPrefix(imp, "modernc.org/sqlite")
			if sql && !under("balai/data/store") {
				t.Errorf("%s imports %s: SQL belongs in data/store", path, imp)
			}
			if path == "balai/data" && (sql || strings.Contains(imp, "excelize") || slices.Contains([]string{"os", "io/fs", "path/filepath"}, imp)) {
				t.Errorf("the domain imports %s: it does no SQL, no spreadsheets and no file I/O", imp)
			}
			if (under("balai/data") || under("balai/reports")) && strings.HasPrefix(imp, "balai/app") {
				t.Errorf("%s imports %s: dependencies point app → reports → data", path, imp)
			}
			if under("balai/data") && imp == "balai/reports" {
				t.Errorf("%s imports %s: dependencies point app → reports → data", path, imp)
			}
		}
		if !under("balai/data") && !under("balai/reports") && !under("balai/app/cli") {
			continue
		}
		for _, dep := range p.deps {
			if strings.HasPrefix(dep, "fyne.io/fyne") {
				t.Errorf("%s links in %s: Fyne stays in app/ (and out of the CLI)", path, dep)
				break
			}
		}
	}
}
