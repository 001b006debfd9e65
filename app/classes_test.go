package app

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balai/data"
	"balai/data/store"
)

// classFixture is a store with a program of 240 JP (units of 80 and 160 JP),
// a room and an instructor.
type classFixture struct {
	store      *store.Store
	program    data.Program
	room       data.Room
	instructor data.Instructor
}

func newClassFixture(t *testing.T) *classFixture {
	t.Helper()
	ctx := context.Background()
	f := &classFixture{store: openStore(t)}
	f.program = data.Program{Code: "LAS", Name: "Las SMAW 3G", Kejuruan: "Las", JP: 240, Units: []data.Unit{
		{Code: "C.25LAS00.001.1", Title: "Menerapkan K3 pengelasan", JP: 80},
		{Code: "C.25LAS00.002.1", Title: "Mengelas pelat posisi 3G", JP: 160},
	}}
	if err := f.store.CreateProgram(ctx, &f.program); err != nil {
		t.Fatal(err)
	}
	f.room = data.Room{Name: "Bengkel Las 1", Capacity: 16}
	if err := f.store.CreateRoom(ctx, &f.room); err != nil {
		t.Fatal(err)
	}
	f.instructor = data.Instructor{Name: "Budi Santoso", Kejuruan: "Las"}
	if err := f.store.CreateInstructor(ctx, &f.instructor); err != nil {
		t.Fatal(err)
	}
	return f
}

// class stores a class of the fixture's program in its room.
func (f *classFixture) class(t *testing.T, code string, start, end time.Time) data.Class {
	t.Helper()
	c := data.Class{ProgramID: f.program.ID, Code: code, Start: start, End: end, RoomID: f.room.ID,
		InstructorID: f.instructor.ID}
	if err := f.store.CreateClass(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func cday(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// openClassesScreen shows the class list of store in a test window.
func openClassesScreen(t *testing.T, st *store.Store) *classesScreen {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	s := newClassesScreen(w, st)
	s.loads.inline = true
	w.SetContent(s.view())
	w.Resize(fyne.NewSize(1200, 760))
	s.start()
	return s
}

func TestClassFormCreatesClass(t *testing.T) {
	f := newClassFixture(t)
	s := openClassesScreen(t, f.store)
	if !s.empty.Visible() {
		t.Error("an empty class list does not invite the user to open a class")
	}

	s.onAdd()
	form := s.form
	form.program.SetSelectedIndex(0)
	if got, want := form.code.Text, "LAS-2026-01"; got != want {
		t.Errorf("proposed code: got %q, want %q", got, want)
	}
	if got, want := form.quota.Text, "16"; got != want {
		t.Errorf("default quota: got %q, want %q", got, want)
	}

	// Dates out of order: an inline message, nothing saved.
	test.Type(form.start, "05/01/2026")
	test.Type(form.end, "01/01/2026")
	form.onSave()
	if form.saved || !strings.Contains(form.errs.Text("end"), "before the start") {
		t.Fatalf("end before start: saved %v, message %q", form.saved, form.errs.Text("end"))
	}
	test.Type(form.quota, "x")
	form.onSave()
	if form.errs.Text("quota") == "" {
		t.Error("a quota that is not a number is not reported")
	}
	form.quota.SetText("20")

	form.end.SetText("27 Februari 2026")
	form.batch.SetText("Angkatan I")
	form.funding.SetSelected("APBD Kota")
	form.room.SetSelectedIndex(1)
	form.instructor.SetSelectedIndex(1)
	form.onSave()
	if !form.saved {
		t.Fatalf("not saved: %q %q", form.summary.Text, form.errs.Text("end"))
	}
	c, err := f.store.ClassByCode(context.Background(), "LAS-2026-01")
	if err != nil {
		t.Fatal(err)
	}
	if c.RoomID != f.room.ID || c.InstructorID != f.instructor.ID || c.Quota != 20 || c.Funding != "APBD Kota" ||
		!c.Start.Equal(cday(2026, 1, 5)) || !c.End.Equal(cday(2026, 2, 27)) || c.Batch != "Angkatan I" {
		t.Errorf("stored class: %+v", c)
	}
	if s.page == nil || s.page.classID != c.ID {
		t.Fatal("the new class's page did not open")
	}
	s.onBack()
	if got := len(s.classes); got != 1 {
		t.Fatalf("class list: %d rows, want 1", got)
	}
	want := []string{"LAS-2026-01", "Las SMAW 3G", "Las", "5 January 2026 – 27 February 2026", "0/20", "Finished", "Bengkel Las 1"}
	for col, w := range want {
		if got := s.columns[col].text(&s.classes[0]); got != w {
			t.Errorf("column %d: got %q, want %q", col, got, w)
		}
	}

	// The next class of the program and year gets the next number.
	s.onAdd()
	s.form.program.SetSelectedIndex(0)
	if got, want := s.form.code.Text, "LAS-2026-02"; got != want {
		t.Errorf("second proposed code: got %q, want %q", got, want)
	}
	// A code typed by the user stays.
	s.form.code.SetText("LAS-2026-01")
	s.form.year.SetText("2027")
	if got := s.form.code.Text; got != "LAS-2026-01" {
		t.Errorf("typed code replaced by %q", got)
	}
	test.Type(s.form.start, "01/03/2026")
	test.Type(s.form.end, "30/04/2026")
	s.form.onSave()
	if s.form.saved || !strings.Contains(s.form.errs.Text("code"), "already used") {
		t.Errorf("taken code: saved %v, message %q", s.form.saved, s.form.errs.Text("code"))
	}
}

func TestClassListFilters(t *testing.T) {
	f := newClassFixture(t)
	ctx := context.Background()
	tik := data.Program{Code: "TIK", Name: "Desain Grafis", Kejuruan: "TIK", JP: 160,
		Units: []data.Unit{{Code: "TIK.01", Title: "Desain", JP: 160}}}
	if err := f.store.CreateProgram(ctx, &tik); err != nil {
		t.Fatal(err)
	}
	f.class(t, "LAS-2025-01", cday(2025, 3, 3), cday(2025, 5, 30))   // finished
	f.class(t, "LAS-2026-01", cday(2026, 11, 2), cday(2026, 12, 18)) // running on 26 November 2026
	cancelled := f.class(t, "LAS-2026-02", cday(2026, 12, 1), cday(2027, 1, 29))
	if err := f.store.CancelClass(ctx, cancelled.ID, true); err != nil {
		t.Fatal(err)
	}
	c := data.Class{ProgramID: tik.ID, Code: "TIK-2027-01", Start: cday(2027, 2, 1), End: cday(2027, 3, 31)}
	if err := f.store.CreateClass(ctx, &c); err != nil {
		t.Fatal(err)
	}

	s := openClassesScreen(t, f.store)
	codes := func() []string {
		var out []string
		for _, cs := range s.classes {
			out = append(out, cs.Class.Code)
		}
		slices.Sort(out)
		return out
	}
	if got := len(s.classes); got != 4 {
		t.Fatalf("all classes: %d", got)
	}
	if got, want := s.year.Options, []string{"All", "2027", "2026", "2025"}; !slices.Equal(got, want) {
		t.Errorf("years offered: %q, want %q", got, want)
	}
	if got, want := s.count.Text, "4 classes"; got != want {
		t.Errorf("count: %q, want %q", got, want)
	}

	s.year.SetSelected("2026")
	if got, want := codes(), []string{"LAS-2026-01", "LAS-2026-02"}; !slices.Equal(got, want) {
		t.Errorf("year 2026: %q, want %q", got, want)
	}
	s.status.SetSelected("Cancelled")
	if got, want := codes(), []string{"LAS-2026-02"}; !slices.Equal(got, want) {
		t.Errorf("2026, cancelled: %q, want %q", got, want)
	}
	if got := s.columns[5].text(&s.classes[0]); got != "Cancelled" {
		t.Errorf("status shown: %q", got)
	}
	s.year.SetSelectedIndex(0)
	s.status.SetSelected("Running")
	if got, want := codes(), []string{"LAS-2026-01"}; !slices.Equal(got, want) {
		t.Errorf("running: %q, want %q", got, want)
	}
	s.status.SetSelectedIndex(0)
	s.kejuruan.SetSelected("TIK")
	if got, want := codes(), []string{"TIK-2027-01"}; !slices.Equal(got, want) {
		t.Errorf("kejuruan TIK: %q, want %q", got, want)
	}
	s.kejuruan.SetSelected("Otomotif")
	if len(s.classes) != 0 || s.empty.Visible() {
		t.Errorf("no match: %d rows, empty-list invitation shown %v", len(s.classes), s.empty.Visible())
	}

	// Selecting a row opens the class page; Back returns to the list.
	s.kejuruan.SetSelectedIndex(0)
	s.onCellSelected(widgetCell(0, 1))
	if s.page == nil || s.root.Objects[0] != s.page.view() {
		t.Fatal("selecting a class does not open its page")
	}
	s.page.back.OnTapped()
	if s.page != nil || s.root.Objects[0] != s.list {
		t.Error("Back does not return to the list")
	}
}

func TestHolidaysDialog(t *testing.T) {
	st := openStore(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	h := newHolidaysDialog(w, st)
	h.loads.inline = true
	h.dlg.Show()
	h.reload()
	if got := len(h.holidays); got != 5 {
		t.Fatalf("2026 shows %d holidays, want the 5 built in", got)
	}

	// A built-in date is refused, a new one added.
	h.date.SetText("17/08/2026")
	h.name.SetText("HUT RI")
	h.onAdd()
	if !strings.Contains(h.message.Text, "built into Balai") {
		t.Errorf("built-in date: %q", h.message.Text)
	}
	h.date.SetText("20/03/2026")
	h.name.SetText("Idul Fitri 1447 H")
	h.onAdd()
	if got := len(h.holidays); got != 6 {
		t.Fatalf("after adding: %d holidays", got)
	}

	// Import: one row added, one rejected and reported.
	csv := "Tanggal;Keterangan\n21/03/2026;Idul Fitri 1447 H (hari kedua)\n31/02/2026;Salah\n"
	h.importFrom("libur.csv", strings.NewReader(csv))
	if got := len(h.holidays); got != 7 {
		t.Errorf("after import: %d holidays", got)
	}
	report := strings.Join(h.report, "\n")
	if !strings.Contains(report, "1 holidays imported") || !strings.Contains(report, "Row 3") {
		t.Errorf("import report:\n%s", report)
	}

	// Delete asks first.
	i := slices.IndexFunc(h.holidays, func(x data.Holiday) bool { return x.Date.Equal(cday(2026, 3, 20)) })
	h.onDelete(h.holidays[i])
	if h.confirm == nil {
		t.Fatal("no confirmation before deleting")
	}
	h.delete(h.holidays[i].Date)
	if got := len(h.holidays); got != 6 {
		t.Errorf("after delete: %d holidays", got)
	}
}
