package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

func widgetCell(row, col int) widget.TableCellID { return widget.TableCellID{Row: row, Col: col} }

// openClassPage shows the page of a class in a test window.
func openClassPage(t *testing.T, st *store.Store, classID string) *classPage {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	p := newClassPage(w, st, classID)
	p.loads.inline = true
	w.SetContent(p.view())
	w.Resize(fyne.NewSize(1200, 760))
	p.start()
	return p
}

func TestClassPageGenerateSchedule(t *testing.T) {
	f := newClassFixture(t)
	c := f.class(t, "LAS-2026-01", cday(2026, 1, 5), cday(2026, 1, 30))
	p := openClassPage(t, f.store, c.ID)
	if !p.noSched.Visible() {
		t.Error("a class without sessions does not invite the user to generate its schedule")
	}
	if got, want := p.jp.Text, "Planned 0 JP of 240 JP"; got != want || p.jp.Importance != widget.DangerImportance {
		t.Errorf("JP before: %q (importance %v), want %q in red", got, p.jp.Importance, want)
	}
	if got := len(p.data.Program.Units); got != 2 {
		t.Errorf("units tab: %d units", got)
	}

	p.onGenerate()
	g := p.generator
	if got := g.jpWeek.Text; got != "41 JP a week" {
		t.Errorf("default week: %q", got)
	}
	// A bad pattern is reported as the user types.
	g.ends[1].SetText("06:00")
	if !g.errMsg.Visible() {
		t.Error("a day ending before it starts is not reported")
	}
	g.ends[1].SetText("16:00")
	g.submit()

	planned, programJP, err := f.store.PlannedJP(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if planned != programJP || len(p.data.Sessions) == 0 {
		t.Fatalf("planned %d JP of %d in %d sessions", planned, programJP, len(p.data.Sessions))
	}
	if got, want := p.jp.Text, "Planned 240 JP of 240 JP"; got != want || p.jp.Importance != widget.SuccessImportance {
		t.Errorf("JP after: %q (importance %v), want %q", got, p.jp.Importance, want)
	}
	if p.noSched.Visible() || !p.sessions.Visible() {
		t.Error("the sessions table does not show")
	}
	if got, want := p.sessionCellText(0, 0), "Monday, 5 January 2026"; got != want {
		t.Errorf("first date: %q, want %q", got, want)
	}
	if got, want := p.sessionCellText(0, 1), "07:30–16:00"; got != want {
		t.Errorf("first time: %q, want %q", got, want)
	}
	if got := p.sessionCellText(0, 3); !strings.HasPrefix(got, "C.25LAS00.001.1") {
		t.Errorf("first unit: %q", got)
	}
	if got := p.sessionCellText(0, 5); got != "Bengkel Las 1" {
		t.Errorf("first room: %q", got)
	}
	if got := p.sessionCellText(0, 6); got != "" {
		t.Errorf("conflict on a class alone: %q", got)
	}

	// Generating again asks before replacing.
	p.onGenerate()
	p.generator.submit()
	if p.confirm == nil {
		t.Fatal("no confirmation before replacing the schedule")
	}

	// Editing the class: the form holds its values and saves changes.
	p.onEdit()
	ef := p.classForm
	if ef.code.Text != "LAS-2026-01" || ef.room.Selected != "Bengkel Las 1" || ef.start.Text != "05/01/2026" {
		t.Errorf("edit form: code %q, room %q, start %q", ef.code.Text, ef.room.Selected, ef.start.Text)
	}
	ef.batch.SetText("Angkatan II")
	ef.onSave()
	if !ef.saved || !strings.Contains(p.details[0].Text, "Angkatan II") {
		t.Errorf("edited class: saved %v, header %q", ef.saved, p.details[0].Text)
	}

	// The PDF.
	path := filepath.Join(t.TempDir(), "jadwal.pdf")
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	p.onPDFChosen(wc, nil)
	if err := <-p.pdfDone; err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(path); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("schedule PDF: %v, %d bytes", err, len(b))
	}
}

func TestClassPageRoomConflict(t *testing.T) {
	f := newClassFixture(t)
	a := f.class(t, "LAS-2026-01", cday(2026, 1, 5), cday(2026, 1, 30))
	if _, err := f.store.GenerateSchedule(context.Background(), a.ID, data.DefaultWeekPattern(), false); err != nil {
		t.Fatal(err)
	}
	other := data.Instructor{Name: "Siti Aminah", Kejuruan: "Las"}
	if err := f.store.CreateInstructor(context.Background(), &other); err != nil {
		t.Fatal(err)
	}
	b := f.class(t, "LAS-2026-02", cday(2026, 1, 5), cday(2026, 1, 30))
	p := openClassPage(t, f.store, b.ID)

	// A session in the same room at the same time: the conflict is shown
	// before saving, naming the other class.
	p.onAddSession()
	sf := p.sessionForm
	sf.date.SetText("06/01/2026")
	sf.start.SetText("08:00")
	sf.end.SetText("10:15")
	sf.jp.SetText("3")
	sf.instructor.SetSelected("Siti Aminah")
	sf.onSave()
	if sf.saved {
		t.Fatal("a conflicting session was saved without asking")
	}
	if !sf.conflictBx.Visible() || !strings.Contains(sf.conflicts.Text, "Conflict: room used by LAS-2026-01") {
		t.Fatalf("conflicts before saving: %q", sf.conflicts.Text)
	}
	if got := sf.save.Text; got != "Save anyway" {
		t.Errorf("save button: %q", got)
	}
	sf.onSave()
	if !sf.saved {
		t.Fatal("Save anyway did not save")
	}
	if got := len(p.data.Sessions); got != 1 {
		t.Fatalf("sessions: %d", got)
	}
	if got := p.sessionCellText(0, 6); got != "Conflict: room used by LAS-2026-01" {
		t.Errorf("conflict in the schedule: %q", got)
	}

	// The other class sees it too.
	pa := openClassPage(t, f.store, a.ID)
	found := false
	for row := range pa.data.Sessions {
		if strings.Contains(pa.sessionCellText(row, 6), "LAS-2026-02") {
			found = true
		}
	}
	if !found {
		t.Error("the first class does not show the conflict")
	}

	// Moving the session to the afternoon of a Friday (no teaching in LAS-2026-01): no conflict.
	p.onEditSession(p.data.Sessions[0])
	sf = p.sessionForm
	sf.date.SetText("09/01/2026")
	sf.start.SetText("13:00")
	sf.end.SetText("15:15")
	sf.onSave()
	if !sf.saved || p.sessionCellText(0, 6) != "" {
		t.Errorf("moved session: saved %v, conflict %q", sf.saved, p.sessionCellText(0, 6))
	}

	// Bad input is reported under its field.
	p.onAddSession()
	p.sessionForm.start.SetText("25:00")
	p.sessionForm.onSave()
	if p.sessionForm.saved || p.sessionForm.errs.Text("start") == "" {
		t.Errorf("bad time: saved %v, message %q", p.sessionForm.saved, p.sessionForm.errs.Text("start"))
	}
}
