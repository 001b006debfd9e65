package app

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/importer"
	"balai/data/store"
)

// newTestExport makes an export job over a test window and a store holding
// the 177 good job seekers of the sample list.
func newTestExport(t *testing.T, filter store.SeekerFilter) (*exportJob, *store.Store) {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel("register"))
	win.Resize(fyne.NewSize(1200, 760))
	st := openWizardStore(t)
	f, err := os.Open(filepath.Join("..", "data", "importer", "testdata", "samples", "pencaker_contoh.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	raw, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.ImportSeekers(context.Background(), st, importer.Bytes("pencaker_contoh.csv", raw), importer.Options{})
	if err != nil || res.Imported != 177 {
		t.Fatalf("import sample: %v, %s", err, res.Summary())
	}
	return newExportJob(win, st, filter), st
}

// exportedRows reads an exported file back and counts its rows below the titles.
func exportedRows(t *testing.T, raw []byte, csv bool) int {
	t.Helper()
	name := "export.xlsx"
	if csv {
		name = "export.csv"
	}
	tbl, err := importer.ReadTable(bytes.NewReader(raw), name, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(tbl.Rows) == 0 {
		t.Fatal("exported file is empty")
	}
	return len(tbl.Rows) - 1
}

func TestExportWrite(t *testing.T) {
	for _, format := range []struct {
		name string
		csv  bool
	}{{"CSV", true}, {"XLSX", false}} {
		t.Run(format.name, func(t *testing.T) {
			j, _ := newTestExport(t, store.SeekerFilter{})
			var buf bytes.Buffer
			n, err := j.write(context.Background(), &buf, format.csv)
			if err != nil {
				t.Fatal(err)
			}
			if n != 177 {
				t.Errorf("wrote %d seekers, want 177", n)
			}
			if got := exportedRows(t, buf.Bytes(), format.csv); got != 177 {
				t.Errorf("file holds %d rows, want 177", got)
			}
		})
	}
}

func TestExportWriteFilter(t *testing.T) {
	filter := store.SeekerFilter{Sex: data.SexFemale}
	j, st := newTestExport(t, filter)
	want, err := st.CountSeekers(context.Background(), filter)
	if err != nil || want == 0 || want == 177 {
		t.Fatalf("count women: %d, %v", want, err)
	}
	var buf bytes.Buffer
	n, err := j.write(context.Background(), &buf, true)
	if err != nil || n != want {
		t.Fatalf("wrote %d (%v), want %d women", n, err, want)
	}
	if got := exportedRows(t, buf.Bytes(), true); got != want {
		t.Errorf("file holds %d rows, want %d", got, want)
	}
}

func TestExportWriteProgress(t *testing.T) {
	j, _ := newTestExport(t, store.SeekerFilter{})
	var progress []int
	j.onRow = func(done int) { progress = append(progress, done) }
	n, err := j.write(context.Background(), io.Discard, false)
	if err != nil || n != 177 {
		t.Fatalf("wrote %d, %v", n, err)
	}
	var want []int
	for p := exportProgressEvery; p <= n; p += exportProgressEvery {
		want = append(want, p)
	}
	if len(want) == 0 || !slices.Equal(progress, want) {
		t.Errorf("progress %v, want %v", progress, want)
	}
}

func TestExportToFile(t *testing.T) {
	j, _ := newTestExport(t, store.SeekerFilter{})
	if got := j.defaultName(); got != "pencaker-2026-11-26.xlsx" {
		t.Errorf("default name %q", got)
	}
	dir := t.TempDir()

	// A name typed without extension becomes an Excel file.
	wc, err := storage.Writer(storage.NewFileURI(filepath.Join(dir, "daftar")))
	if err != nil {
		t.Fatal(err)
	}
	wc, csv := withExportExtension(wc)
	if csv || wc.URI().Name() != "daftar.xlsx" {
		t.Fatalf("no extension: writing %s, csv %v", wc.URI().Name(), csv)
	}
	j.start(context.Background(), wc, csv)
	j.wg.Wait()
	path := filepath.Join(dir, "daftar.xlsx")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := exportedRows(t, raw, false); got != 177 || j.written != 177 {
		t.Errorf("file holds %d rows, job says %d; want 177", got, j.written)
	}
	if _, err := os.Stat(filepath.Join(dir, "daftar")); !os.IsNotExist(err) {
		t.Error("the empty file without extension was left behind")
	}
	if !strings.Contains(j.notice, path) || !strings.Contains(j.notice, "177") {
		t.Errorf("confirmation %q does not say how many and where", j.notice)
	}

	// .csv picks CSV.
	wc, err = storage.Writer(storage.NewFileURI(filepath.Join(dir, "daftar.CSV")))
	if err != nil {
		t.Fatal(err)
	}
	if _, csv := withExportExtension(wc); !csv {
		t.Error(".CSV is not written as CSV")
	}
	wc.Close()

	// A cancelled export leaves no file.
	cancelled := filepath.Join(dir, "batal.xlsx")
	wc, err = storage.Writer(storage.NewFileURI(cancelled))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	j.start(ctx, wc, false)
	j.wg.Wait()
	if _, err := os.Stat(cancelled); !os.IsNotExist(err) {
		t.Errorf("a cancelled export left %s", cancelled)
	}
	if j.notice != lang.L("The export was cancelled. No file was written.") {
		t.Errorf("notice %q", j.notice)
	}
}
