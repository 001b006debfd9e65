package messages

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"balai/data"
)

// dataCodes are the problem codes data and its importer declare: their
// string constants named Code…, Warn… or Skip….
func dataCodes(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, dir := range []string{"data", filepath.Join("data", "importer")} {
		names, err := filepath.Glob(filepath.Join("..", "..", dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, names...)
	}
	var codes []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok || len(vs.Values) != 1 {
				return true
			}
			lit, ok := vs.Values[0].(*ast.BasicLit)
			name := vs.Names[0].Name
			if ok && lit.Kind == token.STRING && (strings.HasPrefix(name, "Code") || strings.HasPrefix(name, "Warn") || strings.HasPrefix(name, "Skip")) {
				code, _ := strconv.Unquote(lit.Value)
				codes = append(codes, code)
			}
			return true
		})
	}
	return codes
}

// Every problem data can report has a sentence in both languages, and the
// catalogue holds no code data does not know.
func TestEveryProblemHasBothLanguages(t *testing.T) {
	codes := dataCodes(t)
	if len(codes) < 100 {
		t.Fatalf("found only %d problem codes in data/", len(codes))
	}
	for _, code := range codes {
		tx, ok := catalogue[code]
		if !ok {
			t.Errorf("problem %q has no entry", code)
			continue
		}
		if tx.en == "" || tx.id == "" {
			t.Errorf("problem %q: English %q, Indonesian %q", code, tx.en, tx.id)
		}
	}
	for _, code := range Codes() {
		if !slices.Contains(codes, code) {
			t.Errorf("the catalogue words %q, which data does not declare", code)
		}
	}
}

// Every text is written in the one syntax: at most one verb, %s or %q, for
// the detail, and no other %.
func TestOneSyntax(t *testing.T) {
	verb := regexp.MustCompile(`%.`)
	for code, tx := range catalogue {
		for lang, s := range map[string]string{English: tx.en, Indonesian: tx.id} {
			verbs := verb.FindAllString(s, -1)
			if len(verbs) > 1 || len(verbs) == 1 && verbs[0] != "%s" && verbs[0] != "%q" {
				t.Errorf("%s %s: %q uses %q; one %%s or %%q is allowed", lang, code, s, verbs)
			}
			if strings.Contains(s, "{{") {
				t.Errorf("%s %s: %q is a template; write the detail as %%s", lang, code, s)
			}
		}
	}
}

// The English is the text the CLI has always printed.
func TestEnglishIsTheCLIText(t *testing.T) {
	tests := []struct {
		p    data.Problem
		want string
	}{
		{data.Problem{Field: "nik", Code: data.CodeMissingNIK}, "NIK is empty"},
		{data.Problem{Field: "nik", Code: data.CodeNIKLength, Detail: "123"}, `NIK "123" must have 16 digits`},
		{data.Problem{Field: "nik", Code: data.CodeNIKLength}, "NIK must have 16 digits"},
		{data.Problem{Field: "nik", Code: data.CodeNIKTaken, Detail: "6471052205868851"}, "NIK 6471052205868851 belongs to another seeker"},
		{data.Problem{Field: "nik", Code: data.CodeNIKDuplicate, Detail: "17"}, "NIK repeats row 17 of this file"},
		{data.Problem{Field: "name", Code: data.CodeMissingName, Detail: "ignored"}, "name is empty"},
		{data.Problem{Field: "sex", Code: data.WarnNIKSexMismatch, Detail: "P"}, "the NIK encodes sex P, which differs from the sex given"},
		{data.Problem{Field: "birth_date", Code: data.WarnNIKDateMismatch, Detail: "22-05-86"}, "the NIK encodes birth date 22-05-86, which differs from the birth date given"},
		{data.Problem{Code: data.CodeBadChoice}, "is not one of the choices"},
		{data.Problem{Field: "units", Code: data.CodeUnitsJPMismatch, Detail: "+8"}, "the units' JP differ from the program's total JP by +8 JP"},
		{data.Problem{Code: data.CodeCertBelowAttendance, Detail: "58.7% < 80%"}, "attendance 58.7% < 80% is below the minimum"},
		{data.Problem{Field: "x", Code: "something_new"}, "something_new"},
		{data.Problem{Field: "x", Code: "warn_new"}, "warn_new"},
	}
	for _, tt := range tests {
		if got := Problem(English, tt.p); got != tt.want {
			t.Errorf("Problem(en, %+v) = %q, want %q", tt.p, got, tt.want)
		}
	}
	// The value a clerk must look for, and a hint about Excel.
	_, p := data.ParseNIK(" '6.47106E+15 ")
	if p == nil {
		t.Fatal("ParseNIK accepted a scientific NIK")
	}
	if got := Problem(English, *p); !strings.Contains(got, "6.47106E+15") || !strings.Contains(got, "Excel") {
		t.Errorf("message = %q, want the value and a hint about Excel", got)
	}
	// Every code has a message of its own, with the detail in it when it takes one.
	for code, tx := range catalogue {
		for _, lang := range []string{English, Indonesian} {
			got := Problem(lang, data.Problem{Code: code, Detail: "x"})
			if got == code || got == "" || strings.Contains(got, "%") {
				t.Errorf("%s %s: %q", lang, code, got)
			}
			if strings.Contains(tx.en, "%") && !strings.Contains(got, "x") {
				t.Errorf("%s %s: %q leaves the detail out", lang, code, got)
			}
		}
	}
}

func TestIndonesian(t *testing.T) {
	tests := []struct {
		p    data.Problem
		want string
	}{
		{data.Problem{Field: "nik", Code: data.CodeNIKLength, Detail: "647101"}, "NIK 647101 harus 16 angka"},
		{data.Problem{Field: "nik", Code: data.CodeNIKLength}, "NIK harus 16 angka"},
		{data.Problem{Code: data.CodeBadChoice, Detail: "X"}, "“X” bukan salah satu pilihan yang ada"},
		{data.Problem{Code: data.CodeBadChoice}, "bukan salah satu pilihan yang ada"},
		{data.Problem{Code: data.CodeSessionTimeOrder}, "Sesi harus selesai setelah mulai ()"},
		{data.Problem{Code: "something_new"}, "something_new"},
	}
	for _, tt := range tests {
		if got := Problem(Indonesian, tt.p); got != tt.want {
			t.Errorf("Problem(id, %+v) = %q, want %q", tt.p, got, tt.want)
		}
	}
	// The percentage with a decimal comma, as the attendance column shows it.
	got := Problem(Indonesian, data.Problem{Code: data.CodeCertBelowAttendance, Detail: "58.7% < 80%"})
	if !strings.Contains(got, "58,7% < 80%") {
		t.Errorf("attendance below the minimum: %q", got)
	}
	if got := Problem("", data.Problem{Code: data.CodeMissingName}); got != "Nama kosong" {
		t.Errorf("no language given: %q, want Indonesian", got)
	}
}

func TestError(t *testing.T) {
	problems := data.Problems{{Field: "name", Code: data.CodeRequired}, {Field: "jp", Code: data.CodeJPNotPositive, Detail: "0"}}
	one := &data.Problem{Field: "class", Code: data.CodeClassCancelled, Detail: "LAS-2026-01"}
	tests := []struct {
		err  error
		want string
	}{
		{problems, "name: value is required; jp: the total JP must be more than 0, not 0"},
		{fmt.Errorf("save: %w", problems), "save: name: value is required; jp: the total JP must be more than 0, not 0"},
		{fmt.Errorf("issue certificates: %w", one), "issue certificates: class: class LAS-2026-01 is cancelled"},
		{fmt.Errorf("value: %w", *one), "value: class: class LAS-2026-01 is cancelled"},
		{errors.New("disk full"), "disk full"},
	}
	for _, tt := range tests {
		if got := Error(English, tt.err); got != tt.want {
			t.Errorf("Error(en, %v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	if got, want := Error(Indonesian, one), "class: Kelas LAS-2026-01 sudah dibatalkan"; got != want {
		t.Errorf("Indonesian: %q, want %q", got, want)
	}
}
