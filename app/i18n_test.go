package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"

	"balai/data"
)

// translationKeys finds the literal keys passed to lang.L and lang.X in the
// non-test sources of the package and of app/widgets.
func translationKeys(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	shared, err := filepath.Glob(filepath.Join("widgets", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, shared...)
	keys := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, ok := sel.X.(*ast.Ident)
			if !ok || pkg.Name != "lang" || (sel.Sel.Name != "L" && sel.Sel.Name != "X") {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				key, _ := strconv.Unquote(lit.Value)
				keys[key] = fset.Position(lit.Pos()).String()
			}
			return true
		})
	}
	return keys
}

// placeholders are the template fields a text uses: {{.Count}} → Count.
func placeholders(s string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`{{\s*\.(\w+)\s*}}`).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestEveryStringIsTranslated(t *testing.T) {
	id, en := loadTranslations(langID), loadTranslations(langEN)
	keys := translationKeys(t)
	if len(keys) < 100 {
		t.Fatalf("found only %d keys in the sources", len(keys))
	}
	for key, where := range keys {
		if id[key] == "" {
			t.Errorf("%s: %q has no Indonesian translation", where, key)
		}
		if en[key] == "" {
			t.Errorf("%s: %q has no English text", where, key)
		}
		if en[key] != "" && en[key] != key {
			t.Errorf("%s: English %q differs from its key %q: keys are the English text", where, en[key], key)
		}
	}
	for lang, texts := range map[string]map[string]string{langID: id, langEN: en} {
		for key, text := range texts {
			if got, want := placeholders(text), placeholders(key); !slices.Equal(got, want) {
				t.Errorf("%s: %q has fields %q, its key %q", lang, text, got, want)
			}
			if _, err := template.New(key).Parse(text); err != nil {
				t.Errorf("%s: %q: %v", lang, key, err)
			}
		}
	}
	for key := range id {
		if _, ok := en[key]; !ok {
			t.Errorf("%q is in id but not in en", key)
		}
	}
	for key := range en {
		if _, ok := id[key]; !ok {
			t.Errorf("%q is in en but not in id", key)
		}
	}
}

func TestLanguageSwitch(t *testing.T) {
	t.Cleanup(func(prev string) func() { return func() { setLanguage(prev) } }(currentLang))
	setLanguage(langID)
	d := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	if got, want := formatDate(d), "26 November 2026"; got != want {
		t.Errorf("date: got %q, want %q", got, want)
	}
	if got, want := fieldLabel(data.FieldBirthDate), "Tanggal lahir"; got != want {
		t.Errorf("Indonesian label: got %q, want %q", got, want)
	}
	if got, want := problemText(data.Problem{Field: "nik", Code: data.CodeNIKDuplicate, Detail: "17"}), "17"; !strings.Contains(got, want) {
		t.Errorf("problem text %q does not name row %s", got, want)
	}
	setLanguage(langEN)
	if got, want := fieldLabel(data.FieldBirthDate), "Date of birth"; got != want {
		t.Errorf("English label: got %q, want %q", got, want)
	}
	if got, want := formatDate(time.Date(1998, 8, 17, 0, 0, 0, 0, time.UTC)), "17 August 1998"; got != want {
		t.Errorf("English date: got %q, want %q", got, want)
	}
	if !slices.Contains([]string{langID, langEN}, currentLang) {
		t.Errorf("current language %q", currentLang)
	}
}

// go-i18n reads a file whose top-level keys include one of its reserved
// words as a single message, and every translation is lost: no key may be one.
func TestTranslationKeysAreNotReserved(t *testing.T) {
	reserved := []string{"id", "description", "hash", "leftdelim", "rightdelim", "zero", "one", "two", "few", "many", "other"}
	for _, code := range []string{langID, langEN} {
		for key := range loadTranslations(code) {
			if slices.Contains(reserved, strings.ToLower(key)) {
				t.Errorf("%s.json: key %q is reserved by go-i18n; use a longer text as the key", code, key)
			}
		}
	}
}
