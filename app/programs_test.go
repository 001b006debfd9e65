package app

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// testWindow is a test window of the usual size.
func testWindow(t *testing.T) fyne.Window {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1200, 760))
	return w
}

// openProgramForm shows the program form for p (nil: a new program).
func openProgramForm(t *testing.T, st *store.Store, p *data.Program) (*programForm, *int) {
	t.Helper()
	w := testWindow(t)
	saved := new(int)
	f := newProgramForm(w, st, p, func() { *saved++ })
	f.show()
	return f, saved
}

// typeUnit fills a unit row.
func typeUnit(r *unitRow, code, title, jp string) {
	test.Type(r.code, code)
	test.Type(r.title, title)
	test.Type(r.jp, jp)
}

// storeProgram stores a valid program of kejuruan Las.
func storeProgram(t *testing.T, st *store.Store, code string, units ...data.Unit) data.Program {
	t.Helper()
	p := data.Program{Code: code, Name: "Las SMAW " + code, Kejuruan: "Las", Units: units}
	for _, u := range units {
		p.JP += u.JP
	}
	if err := st.CreateProgram(context.Background(), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func unitTitles(units []data.Unit) []string {
	out := make([]string, len(units))
	for i, u := range units {
		out[i] = u.Title
	}
	return out
}

func TestProgramFormCreateWithUnits(t *testing.T) {
	st := openStore(t)
	f, saved := openProgramForm(t, st, nil)
	if len(f.units) != 1 {
		t.Fatalf("a new program starts with %d unit rows, want 1", len(f.units))
	}
	test.Type(f.code, "las3g")
	test.Type(f.name, "Las SMAW 3G")
	f.kejuruan.SetSelected("Las")
	test.Type(f.jp, "240")
	typeUnit(f.units[0], "C.24.010.01", "Menerapkan K3 pengelasan", "32")
	test.Tap(f.addUnit)
	if len(f.units) != 2 {
		t.Fatalf("after Add unit: %d rows, want 2", len(f.units))
	}
	typeUnit(f.units[1], "C.24.020.01", "Mengelas pelat posisi 3G", "200")

	if got, want := f.total.Text, "Units' total: 232 of 240 JP — 8 JP short"; got != want {
		t.Errorf("total line: got %q, want %q", got, want)
	}
	if f.total.Importance != widget.DangerImportance {
		t.Error("a total that differs is not shown in red")
	}

	// Saving is refused while the totals differ, with the reason under the units.
	test.Tap(f.save)
	if *saved != 0 {
		t.Fatal("saved although the units' JP differ from the program's")
	}
	if got := f.errs.Text("units"); !strings.Contains(got, "must add up") {
		t.Errorf("units error: got %q, want the units' JP to add up", got)
	}
	if _, err := st.ProgramByCode(context.Background(), "LAS3G"); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("program stored although refused: %v", err)
	}

	// Too many, then a third unit moved to the front makes it right.
	test.Tap(f.addUnit)
	typeUnit(f.units[2], "C.24.000.01", "Membaca gambar teknik", "10")
	if got, want := f.total.Text, "Units' total: 242 of 240 JP — 2 JP over"; got != want {
		t.Errorf("total line: got %q, want %q", got, want)
	}
	f.units[2].jp.SetText("8")
	if got, want := f.total.Text, "Units' total: 240 of 240 JP — matches"; got != want {
		t.Errorf("total line: got %q, want %q", got, want)
	}
	if f.total.Importance == widget.DangerImportance {
		t.Error("a matching total is still red")
	}
	if f.errs.Text("units") != "" {
		t.Errorf("units error stays after the totals match: %q", f.errs.Text("units"))
	}
	test.Tap(f.units[2].up)
	test.Tap(f.units[1].up)
	if got := f.units[0].title.Text; got != "Membaca gambar teknik" {
		t.Fatalf("after moving up twice the first unit is %q", got)
	}
	if got := f.units[0].num.Text; got != "1." {
		t.Errorf("first row numbered %q", got)
	}
	if !f.units[0].up.Disabled() || !f.units[2].down.Disabled() {
		t.Error("the first row can move up or the last down")
	}

	test.Tap(f.save)
	if *saved != 1 {
		t.Fatalf("onSaved called %d times, want 1; summary %q", *saved, f.summary.Text)
	}
	p, err := st.ProgramByCode(context.Background(), "LAS3G")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Membaca gambar teknik", "Menerapkan K3 pengelasan", "Mengelas pelat posisi 3G"}
	if got := unitTitles(p.Units); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("units stored %q, want %q", got, want)
	}
	if p.JP != 240 || p.Kejuruan != "Las" || p.Units[0].JP != 8 || p.Units[0].Code != "C.24.000.01" {
		t.Errorf("stored program %+v", p)
	}
}

func TestProgramFormUnitProblemsInline(t *testing.T) {
	st := openStore(t)
	f, saved := openProgramForm(t, st, nil)
	test.Tap(f.save)
	if *saved != 0 {
		t.Fatal("an empty program was saved")
	}
	for _, field := range []string{"code", "name", "kejuruan"} {
		if f.errs.Text(field) == "" {
			t.Errorf("no inline error under %s", field)
		}
	}
	if !f.units[0].err.Visible() || !strings.Contains(f.units[0].err.Text, "1") {
		t.Errorf("unit row error: %q", f.units[0].err.Text)
	}
	test.Type(f.jp, "abc")
	if got := f.errs.Text("jp"); !strings.Contains(got, "abc") {
		t.Errorf("JP error: got %q, want it to name abc", got)
	}
	// Removing the only unit says a program needs one.
	test.Tap(f.units[0].remove)
	if len(f.units) != 0 || !f.unitsEmpty.Visible() {
		t.Fatal("the unit row was not removed")
	}
	if f.errs.Text("units") == "" {
		t.Error("no error for a program without units")
	}
}

func TestProgramFormEditKeepsUnitIDs(t *testing.T) {
	st := openStore(t)
	p := storeProgram(t, st, "OTO", data.Unit{Code: "A", Title: "Mesin bensin", JP: 100},
		data.Unit{Code: "B", Title: "Kelistrikan", JP: 60}, data.Unit{Code: "C", Title: "Sasis", JP: 40})
	f, saved := openProgramForm(t, st, &p)
	if got := f.total.Text; got != "Units' total: 200 of 200 JP — matches" {
		t.Errorf("total of a stored program: %q", got)
	}
	f.units[1].title.SetText("Kelistrikan otomotif")
	test.Tap(f.units[2].up)
	test.Tap(f.save)
	if *saved != 1 {
		t.Fatalf("not saved: %q", f.summary.Text)
	}
	got, err := st.Program(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{p.Units[0].ID, p.Units[2].ID, p.Units[1].ID}
	for i, u := range got.Units {
		if u.ID != wantIDs[i] {
			t.Errorf("unit %d has ID %s, want %s (IDs kept)", i, u.ID, wantIDs[i])
		}
	}
	if got.Units[2].Title != "Kelistrikan otomotif" {
		t.Errorf("renamed unit: %q", got.Units[2].Title)
	}
}

// openProgramsScreen shows the programs list in a test window.
func openProgramsScreen(t *testing.T, st *store.Store) (*programsScreen, fyne.Window) {
	t.Helper()
	w := testWindow(t)
	s := newProgramsScreen(w, st)
	s.loads.inline = true
	w.SetContent(s.view())
	s.start()
	return s, w
}

func TestProgramsScreenDeleteInUseOffersArchive(t *testing.T) {
	st := openStore(t)
	p := storeProgram(t, st, "LAS", data.Unit{Title: "Mengelas", JP: 120})
	free := storeProgram(t, st, "TIK", data.Unit{Title: "Jaringan", JP: 80})
	c := data.Class{ProgramID: p.ID, Code: "LAS-2026-01",
		Start: time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), End: time.Date(2027, 2, 26, 0, 0, 0, 0, time.UTC)}
	if err := st.CreateClass(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	s, w := openProgramsScreen(t, st)
	if len(s.programs) != 2 {
		t.Fatalf("programs listed: %d, want 2", len(s.programs))
	}
	if got := s.cellText(0, 4); got != "1" {
		t.Errorf("units column: %q", got)
	}
	if !s.delete.Disabled() {
		t.Error("Delete enabled with nothing selected")
	}
	row := 0
	if s.programs[0].ID != p.ID {
		row = 1
	}
	s.table.Select(widget.TableCellID{Row: row, Col: 1})
	test.Tap(s.delete)
	test.Tap(findButton(t, w.Canvas(), "Delete"))
	// Refused: classes use it; the dialog offers archiving.
	if _, err := st.Program(context.Background(), p.ID); err != nil {
		t.Fatalf("program in use was deleted: %v", err)
	}
	top := w.Canvas().Overlays().Top()
	text := ""
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			text += l.Text
		}
	}
	if !strings.Contains(text, "LAS-2026-01") {
		t.Errorf("the refusal does not name the class: %q", text)
	}
	test.Tap(findButton(t, w.Canvas(), "Archive"))
	got, _ := st.Program(context.Background(), p.ID)
	if got.ArchivedAt.IsZero() {
		t.Error("Archive in the refusal did not archive the program")
	}
	if len(s.programs) != 1 || s.programs[0].ID != free.ID {
		t.Errorf("archived program still listed: %v", s.programs)
	}
	s.archived.SetChecked(true)
	if len(s.programs) != 2 {
		t.Errorf("with archived shown: %d programs, want 2", len(s.programs))
	}

	// A program no class uses is deleted.
	s.archived.SetChecked(false)
	s.table.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Tap(s.delete)
	test.Tap(findButton(t, w.Canvas(), "Delete"))
	if _, err := st.Program(context.Background(), free.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("free program not deleted: %v", err)
	}
	if len(s.programs) != 0 {
		t.Errorf("deleted program still listed")
	}
}

func TestKejuruanDialog(t *testing.T) {
	st := openStore(t)
	f, _ := openProgramForm(t, st, nil)
	f.kejuruan.SetSelected("TIK")
	d := showKejuruanDialog(f.win, st, f.onKejuruanChanged)
	test.Type(d.entry, "Robotika")
	test.Tap(d.add)
	names, _ := st.Kejuruan(context.Background())
	if names[len(names)-1] != "Robotika" {
		t.Fatalf("added kejuruan not at the end: %v", names)
	}
	d.list.Select(slices.Index(d.names, "TIK"))
	d.entry.SetText("Teknologi Informasi")
	test.Tap(d.rename)
	if got := f.kejuruan.Selected; got != "Teknologi Informasi" {
		t.Errorf("form's kejuruan after rename: %q", got)
	}
	d.list.Select(slices.Index(d.names, "Robotika"))
	test.Tap(d.add) // the entry holds an existing name
	if !d.msg.Visible() {
		t.Error("adding an existing kejuruan shows no message")
	}
	test.Tap(d.delete)
	names, _ = st.Kejuruan(context.Background())
	if slices.Index(names, "Robotika") >= 0 {
		t.Error("Robotika not deleted")
	}
}

func TestProgramFormIndonesianTotalAndCancel(t *testing.T) {
	t.Cleanup(func() { setLanguage(langEN) })
	setLanguage(langID)
	st := openStore(t)
	p := storeProgram(t, st, "LAS", data.Unit{Title: "K3", JP: 32}, data.Unit{Title: "Mengelas", JP: 208})
	f, saved := openProgramForm(t, st, &p)
	if got, want := f.total.Text, "Total JP unit: 240 dari 240 — sesuai"; got != want {
		t.Errorf("total line: got %q, want %q", got, want)
	}
	f.units[1].jp.SetText("200")
	if got, want := f.total.Text, "Total JP unit: 232 dari 240 — kurang 8 JP"; got != want {
		t.Errorf("total line: got %q, want %q", got, want)
	}
	f.units[1].jp.SetText("210")
	if got, want := f.total.Text, "Total JP unit: 242 dari 240 — lebih 2 JP"; got != want {
		t.Errorf("total line: got %q, want %q", got, want)
	}

	// Cancel after a change asks first; keeping on editing leaves the form open.
	test.Tap(f.cancel)
	test.Tap(findButton(t, f.win.Canvas(), "Batal"))
	if f.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the form closed although the user kept editing")
	}
	test.Tap(f.cancel)
	test.Tap(findButton(t, f.win.Canvas(), "Buang"))
	if f.win.Canvas().Overlays().Top() != nil {
		t.Error("the form is still open after discarding")
	}
	if *saved != 0 {
		t.Error("discarding saved")
	}
}
