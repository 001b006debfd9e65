package app

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"balai/data"
	"balai/data/importer"
	"balai/data/store"
)

// wizardNow is the fixed "now" of the wizard tests' store.
var wizardNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// messyCSV is a list as an office sends it: semicolons, BOM, CRLF; row 2 is
// good, row 3 has a NIK cut by Excel, row 4 repeats row 2's NIK, row 5 is
// blank, row 6 is accepted with a warning (its NIK says female, the row male).
const messyCSV = "\ufeffNo;NIK;Nama Lengkap;Tanggal Lahir;L/P\r\n" +
	"1;6471052205868851;HENDRA RAHMADANI;1986-05-22;L\r\n" +
	"2;6.47106E+15;Budi Santoso;1990-01-01;L\r\n" +
	"3;6471052205868851;Hendra R.;1986-05-22;L\r\n" +
	";;;;\r\n" +
	"5;6471054612795626;Novita Daeng;1979-12-06;L\r\n"

// openWizardStore opens a real database in a temporary folder, its clock
// fixed at wizardNow.
func openWizardStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return wizardNow }
	t.Cleanup(func() { s.Close() })
	return s
}

// newTestWizard makes a wizard over a test window and a fresh store; *done
// counts the calls of onDone.
func newTestWizard(t *testing.T) (w *importWizard, st *store.Store, done *int) {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel("register"))
	win.Resize(fyne.NewSize(1200, 760))
	st = openWizardStore(t)
	done = new(int)
	w = newImportWizard(win, st, func() { *done++ })
	return w, st, done
}

// loadString loads text as the file name into the wizard and waits for it.
func loadString(t *testing.T, w *importWizard, name, text string) {
	t.Helper()
	w.load(name, strings.NewReader(text))
	w.wg.Wait()
	if w.table == nil {
		t.Fatalf("load %s: no table (%s)", name, w.notice)
	}
}

func countLabelTexts(w *importWizard) []string {
	var out []string
	for _, l := range w.countLabels {
		out = append(out, l.Text)
	}
	return out
}

func TestImportWizardMessyCSV(t *testing.T) {
	w, st, done := newTestWizard(t)
	loadString(t, w, "pencaker.csv", messyCSV)

	if !w.detected || w.header != 0 {
		t.Fatalf("detected %v, header %d", w.detected, w.header)
	}
	wantMapping := []string{"", data.FieldNIK, data.FieldName, data.FieldBirthDate, data.FieldSex}
	if !slices.Equal(w.mapping, wantMapping) {
		t.Errorf("mapping %q, want %q", w.mapping, wantMapping)
	}
	if w.importButton.Disabled() {
		t.Error("Import is disabled although NIK and name were found")
	}
	if got := w.rowsLabel.Text; !strings.Contains(got, "5") {
		t.Errorf("rows label %q does not give the 5 data rows", got)
	}
	if len(w.rowHeads) != 5 || w.rowHeads[0].Text != "2" || w.rowHeads[4].Text != "6" {
		t.Errorf("preview row numbers: %d rows", len(w.rowHeads))
	}
	if !strings.Contains(w.columnTitles[1].Text, "NIK") || w.columnSelects[1].Selected != fieldLabel(data.FieldNIK) {
		t.Errorf("NIK column heading %q / %q", w.columnTitles[1].Text, w.columnSelects[1].Selected)
	}

	w.runImport()
	w.wg.Wait()

	if got, want := countLabelTexts(w), []string{"2", "0", "0", "2", "1"}; !slices.Equal(got, want) {
		t.Errorf("summary counts %q, want %q (imported, updated, unchanged, rejected, blank)", got, want)
	}
	if *done != 1 {
		t.Errorf("onDone called %d times, want 1", *done)
	}
	ctx := context.Background()
	if n, _ := st.CountSeekers(ctx, store.SeekerFilter{}); n != 2 {
		t.Errorf("%d seekers stored, want 2", n)
	}
	sk, err := st.SeekerByNIK(ctx, "6471052205868851")
	if err != nil || sk.Name != "HENDRA RAHMADANI" {
		t.Errorf("row 2: %+v, %v", sk, err)
	}

	// The list: rows 3 and 4 rejected, row 6 warned, in row order.
	type line struct{ row, column, value, outcome, reason string }
	var got []line
	rows, cols := w.problemSize()
	if cols != 5 {
		t.Fatalf("%d columns in the problem list", cols)
	}
	cell := widget.NewLabel("")
	for r := range rows {
		var l [5]string
		for c := range 5 {
			w.updateProblemCell(widget.TableCellID{Row: r, Col: c}, cell)
			l[c] = cell.Text
		}
		got = append(got, line{l[0], l[1], l[2], l[3], l[4]})
	}
	if len(got) != 3 {
		t.Fatalf("problem list %+v, want 3 lines", got)
	}
	want := []line{
		{"3", "NIK", "6.47106E+15", lang.L("Rejected"), problemText(data.Problem{Code: data.CodeNIKScientific, Detail: "6.47106E+15"})},
		{"4", "NIK", "6471052205868851", lang.L("Rejected"), problemText(data.Problem{Code: data.CodeNIKDuplicate, Detail: "2"})},
		{"6", "L/P", "L", lang.L("Warning"), problemText(data.Problem{Code: data.WarnNIKSexMismatch, Detail: "P"})},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
	if w.reportButton.Disabled() {
		t.Error("Save report is disabled")
	}
}

func TestImportWizardSampleXLSX(t *testing.T) {
	w, st, done := newTestWizard(t)
	f, err := os.Open(filepath.Join("..", "data", "importer", "testdata", "samples", "pencaker_contoh.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	w.load("pencaker_contoh.xlsx", f) // load closes f
	w.wg.Wait()
	if w.table == nil || !w.detected {
		t.Fatalf("sample not read: %s", w.notice)
	}
	w.runImport()
	w.wg.Wait()
	r := w.result
	if r.Imported != 177 || r.Rejected != 24 || r.Blank != 7 || r.Updated != 0 || r.Unchanged != 0 {
		t.Errorf("result: %s; want imported 177, rejected 24, blank 7", r.Summary())
	}
	if got, want := countLabelTexts(w), []string{"177", "0", "0", "24", "7"}; !slices.Equal(got, want) {
		t.Errorf("summary counts %q, want %q", got, want)
	}
	if n, _ := st.CountSeekers(context.Background(), store.SeekerFilter{}); n != 177 {
		t.Errorf("%d seekers stored, want 177", n)
	}
	if *done != 1 {
		t.Errorf("onDone called %d times", *done)
	}

	// Importing the same file again changes nothing.
	w.runImport()
	w.wg.Wait()
	if r := w.result; r.Imported != 0 || r.Unchanged != 177 || r.Rejected != 24 {
		t.Errorf("second import: %s; want unchanged 177, rejected 24", r.Summary())
	}
}

func TestImportWizardMappingGatesImport(t *testing.T) {
	w, _, _ := newTestWizard(t)
	loadString(t, w, "pencaker.csv", messyCSV)
	nikCol := slices.Index(w.mapping, data.FieldNIK)
	nameCol := slices.Index(w.mapping, data.FieldName)

	w.columnSelects[nikCol].SetSelected(lang.L("— ignore —"))
	if w.mapping[nikCol] != "" || importer.CheckMapping(w.mapping) {
		t.Fatalf("mapping after ignoring NIK: %q", w.mapping)
	}
	if !w.importButton.Disabled() {
		t.Error("Import enabled without a NIK column")
	}
	if w.hint.Importance != widget.DangerImportance {
		t.Error("the hint does not stand out while the NIK column is missing")
	}

	w.columnSelects[nikCol].SetSelected(fieldLabel(data.FieldNIK))
	if w.importButton.Disabled() {
		t.Error("Import still disabled with NIK and name chosen")
	}

	// A field goes to one column: choosing name for column A takes it from C.
	w.columnSelects[0].SetSelected(fieldLabel(data.FieldName))
	if w.mapping[0] != data.FieldName || w.mapping[nameCol] != "" || w.columnSelects[nameCol].SelectedIndex() != 0 {
		t.Errorf("mapping after moving the name: %q", w.mapping)
	}
	if w.importButton.Disabled() {
		t.Error("Import disabled although NIK and name are still chosen")
	}
}

func TestImportWizardUndetectedColumns(t *testing.T) {
	w, st, _ := newTestWizard(t)
	// A title above unrecognisable headings.
	text := "DAFTAR PENCARI KERJA 2026;;\nNomor identitas;Nama orang;Lahir\n" +
		"6471052205868851;Hendra;1986-05-22\n"
	loadString(t, w, "aneh.csv", text)
	if w.detected {
		t.Fatal("detected columns in a file without known headings")
	}
	if slices.ContainsFunc(w.mapping, func(f string) bool { return f != "" }) || len(w.mapping) != 3 {
		t.Errorf("mapping %q, want three ignored columns", w.mapping)
	}
	if !w.importButton.Disabled() || w.hint.Importance != widget.DangerImportance {
		t.Error("Import is possible, or the hint is quiet, without NIK and name")
	}
	if w.hint.Text != lang.L("Balai did not find the NIK and name columns in this file. In the column headings below, choose which column holds the NIK and which holds the full name. If the titles are not in the first row, choose their row above.") {
		t.Errorf("hint %q", w.hint.Text)
	}

	// The titles are in row 2.
	w.headerSelect.SetSelected("2")
	if w.header != 1 || w.dataRows() != 1 || w.rowHeads[0].Text != "3" {
		t.Fatalf("header %d, %d data rows", w.header, w.dataRows())
	}
	if !strings.Contains(w.columnTitles[0].Text, "Nomor identitas") {
		t.Errorf("column A heading %q", w.columnTitles[0].Text)
	}
	w.columnSelects[0].SetSelected(fieldLabel(data.FieldNIK))
	w.columnSelects[1].SetSelected(fieldLabel(data.FieldName))
	w.columnSelects[2].SetSelected(fieldLabel(data.FieldBirthDate))
	if w.importButton.Disabled() {
		t.Fatal("Import disabled with NIK and name chosen")
	}
	w.runImport()
	w.wg.Wait()
	// The row has no sex: rejected, but read with the chosen columns.
	if r := w.result; r.DataRows != 1 || r.Rejected != 1 || r.Rejections[0].Code != data.CodeMissingSex {
		t.Errorf("result %s %+v", r.Summary(), r.Rejections)
	}
	if n, _ := st.CountSeekers(context.Background(), store.SeekerFilter{}); n != 0 {
		t.Errorf("%d seekers stored", n)
	}
}

func TestImportWizardUnreadableFile(t *testing.T) {
	w, _, _ := newTestWizard(t)
	w.load("foto.jpg", strings.NewReader("\xff\xd8\xff"))
	w.wg.Wait()
	if w.table != nil || w.preview != nil {
		t.Fatal("an unreadable file got a preview")
	}
	if !strings.Contains(w.notice, lang.L("The file cannot be read as a CSV or Excel (.xlsx) table.")) {
		t.Errorf("notice %q", w.notice)
	}
}

func TestImportWizardCancelled(t *testing.T) {
	w, st, done := newTestWizard(t)
	loadString(t, w, "pencaker.csv", messyCSV)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w.startImport(ctx)
	w.wg.Wait()
	if n, _ := st.CountSeekers(context.Background(), store.SeekerFilter{}); n != 0 {
		t.Errorf("%d seekers stored after a cancelled import", n)
	}
	if *done != 0 || w.summary != nil {
		t.Error("a cancelled import reloaded the register or showed a summary")
	}
	if w.notice != lang.L("The import was cancelled. Nothing was changed: the register is as it was before.") {
		t.Errorf("notice %q", w.notice)
	}
}

func TestImportWizardSaveReport(t *testing.T) {
	w, _, _ := newTestWizard(t)
	loadString(t, w, "pencaker.csv", messyCSV)
	w.runImport()
	w.wg.Wait()

	path := filepath.Join(t.TempDir(), "laporan-impor-2026-11-26.csv")
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	w.saveReport(wc)
	w.wg.Wait()
	if !strings.Contains(w.notice, path) {
		t.Errorf("notice %q does not say where the report is", w.notice)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("\ufeff")) {
		t.Error("report without BOM: Excel would misread its accents")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\ufeff"))))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if h := reportWords().Headers; !slices.Equal(recs[0], h[:]) {
		t.Errorf("report headers %q", recs[0])
	}
	var rows []string
	for _, rec := range recs[1:] {
		rows = append(rows, rec[0])
	}
	if !slices.Equal(rows, []string{"3", "4", "6"}) {
		t.Errorf("report rows %q, want 3, 4, 6", rows)
	}
	if got, want := recs[1][4], problemText(data.Problem{Code: data.CodeNIKScientific, Detail: "6.47106E+15"}); got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
}

func TestColumnLetter(t *testing.T) {
	for c, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := columnLetter(c); got != want {
			t.Errorf("columnLetter(%d) = %q, want %q", c, got, want)
		}
	}
}

// TestImportTranslations checks that every text the import and export
// dialogs show has an Indonesian and an English translation with the same
// placeholders as its key. (Problems are app/messages' own catalogue.)
func TestImportTranslations(t *testing.T) {
	keys := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range []string{"import_dialog.go", "export.go", "fields.go"} {
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
			if !ok || sel.Sel.Name != "L" {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "lang" {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				k, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				keys[k] = true
			}
			return true
		})
	}
	placeholders := regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)
	names := func(s string) []string {
		var out []string
		for _, m := range placeholders.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	for _, code := range []string{langID, langEN} {
		tr := loadTranslations(code)
		for k := range keys {
			v, ok := tr[k]
			if !ok {
				t.Errorf("%s: no translation for %q", code, k)
				continue
			}
			want := names(k)
			if got := names(v); !slices.Equal(got, want) {
				t.Errorf("%s: %q has placeholders %q, its key %q", code, v, got, want)
			}
			if _, err := template.New(k).Parse(v); err != nil {
				t.Errorf("%s: %q: %v", code, k, err)
			}
		}
	}
	// And the files themselves are flat JSON objects of strings.
	for _, name := range []string{"id.json", "en.json"} {
		raw, err := os.ReadFile(filepath.Join("..", "assets", "translations", name))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestProblemTextIndonesian(t *testing.T) {
	test.NewTempApp(t)
	prev := currentLang
	setLanguage(langID)
	t.Cleanup(func() { setLanguage(prev) })
	got := problemText(data.Problem{Field: data.FieldNIK, Code: data.CodeNIKLength, Detail: "647101"})
	if got != "NIK 647101 harus 16 angka" {
		t.Errorf("problemText = %q", got)
	}
	if got := problemText(data.Problem{Code: data.CodeMissingName}); strings.Contains(got, "name is empty") || got == "" {
		t.Errorf("missing name in Indonesian: %q", got)
	}
}

func TestImportWizardChoosesSheet(t *testing.T) {
	w, st, _ := newTestWizard(t)
	// A workbook whose first sheet is instructions and second the list.
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Petunjuk")
	f.SetCellValue("Petunjuk", "A1", "Isi data di sheet Data")
	if _, err := f.NewSheet("Kosong"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Data"); err != nil {
		t.Fatal(err)
	}
	for i, row := range [][]any{
		{"NIK", "Nama", "Tgl Lahir", "JK"},
		{"6471052205868851", "Hendra Rahmadani", "22-05-1986", "L"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Data", cell, &row)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}

	w.load("daftar.xlsx", &buf)
	w.wg.Wait()
	if w.table == nil || w.detected || w.table.Sheet != "Petunjuk" {
		t.Fatalf("first sheet: %+v, detected %v", w.table, w.detected)
	}
	if !w.sheetRow.Visible() || !slices.Equal(w.sheetSelect.Options, []string{"Petunjuk", "Kosong", "Data"}) {
		t.Errorf("sheet choice hidden or wrong: %q", w.sheetSelect.Options)
	}

	chooseSheet(w, "Kosong")
	w.wg.Wait()
	if w.table.Sheet != "Kosong" || !w.importButton.Disabled() ||
		w.hint.Text != lang.L("This sheet is empty. Choose another sheet or another file.") {
		t.Errorf("empty sheet: %q, hint %q", w.table.Sheet, w.hint.Text)
	}

	chooseSheet(w, "Data")
	w.wg.Wait()
	if w.table.Sheet != "Data" || !w.detected || w.importButton.Disabled() {
		t.Fatalf("sheet %q, detected %v, mapping %q", w.table.Sheet, w.detected, w.mapping)
	}
	w.runImport()
	w.wg.Wait()
	if w.result.Imported != 1 {
		t.Errorf("result %s, %+v", w.result.Summary(), w.result.Rejections)
	}
	if n, _ := st.CountSeekers(context.Background(), store.SeekerFilter{}); n != 1 {
		t.Errorf("%d seekers stored", n)
	}
}

// chooseSheet picks a sheet as the user does. Select.SetSelected would also
// refresh the Select after its callback has started the read, which races
// with that read under the test driver (its fyne.Do runs at once on the
// reading goroutine, where the real driver queues it for the UI goroutine).
func chooseSheet(w *importWizard, sheet string) {
	w.sheetSelect.Selected = sheet
	w.sheetSelect.OnChanged(sheet)
}

// Nothing in the file is left out unseen: the preview and the summary name
// the columns not imported, and rows that hold no person are listed as
// skipped with their reason.
func TestImportWizardShowsIgnoredColumnsAndSkippedRows(t *testing.T) {
	w, _, _ := newTestWizard(t)
	loadString(t, w, "daftar.csv", "No;NIK;Nama;Tanggal Lahir;L/P;NOMOR KK;umur\n"+
		"1;2;3;4;5;6;7\n"+
		"1;6471052205868851;Hendra;22/05/1986;L;6471000000000001;40\n")
	if got := w.ignoredLabel.Text; !strings.Contains(got, "No, NOMOR KK, umur") {
		t.Errorf("preview: %q does not name the columns not imported", got)
	}
	w.columnSelects[6].SetSelected(fieldLabel(data.FieldNotes))
	if got := w.ignoredLabel.Text; strings.Contains(got, "umur") {
		t.Errorf("after mapping umur to notes: %q", got)
	}
	w.runImport()
	w.wg.Wait()
	if got, want := countLabelTexts(w), []string{"1", "0", "0", "0", "1"}; !slices.Equal(got, want) {
		t.Errorf("summary counts %q, want %q", got, want)
	}
	cell := widget.NewLabel("")
	w.updateProblemCell(widget.TableCellID{Row: 0, Col: 3}, cell)
	outcome := cell.Text
	w.updateProblemCell(widget.TableCellID{Row: 0, Col: 4}, cell)
	if outcome != lang.L("Skipped") || cell.Text != problemText(data.Problem{Code: importer.SkipColumnNumbers}) {
		t.Errorf("row 2: %q %q, want skipped as column numbers", outcome, cell.Text)
	}
	if !slices.Equal(w.result.Ignored, []string{"No", "NOMOR KK"}) {
		t.Errorf("ignored %q", w.result.Ignored)
	}
}
