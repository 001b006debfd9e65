package app

import (
	"balai/data/demo"

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

// trainingFixture is a program with two units, an instructor and a room.
type trainingFixture struct {
	program    data.Program
	instructor data.Instructor
	room       data.Room
}

func newTrainingFixture(t *testing.T, st *store.Store, code, instructor, room string) trainingFixture {
	t.Helper()
	ctx := context.Background()
	f := trainingFixture{
		program: data.Program{Code: code, Name: "Program " + code, Kejuruan: "Las", JP: 80, Units: []data.Unit{
			{Code: "U1", Title: "Menerapkan K3", JP: 24},
			{Code: "U2", Title: "Mengelas pelat posisi 1G", JP: 56},
		}},
		instructor: data.Instructor{Name: instructor, Kejuruan: "Las"},
		room:       data.Room{Name: room, Capacity: 16},
	}
	if err := st.CreateProgram(ctx, &f.program); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateInstructor(ctx, &f.instructor); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateRoom(ctx, &f.room); err != nil {
		t.Fatal(err)
	}
	return f
}

// class creates a class of the fixture's program from start to end.
func (f trainingFixture) class(t *testing.T, st *store.Store, code string, start, end time.Time, quota int) data.Class {
	t.Helper()
	c := data.Class{ProgramID: f.program.ID, Code: code, Batch: "Angkatan I", Start: start, End: end,
		RoomID: f.room.ID, InstructorID: f.instructor.ID, Quota: quota}
	if err := st.CreateClass(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// openParticipantsTab shows a class's participants in a test window.
func openParticipantsTab(t *testing.T, st *store.Store, classID string) *participantsTab {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	tab := newParticipantsTab(w, st, classID)
	tab.searchDelay = 0
	tab.loads.inline = true
	w.SetContent(tab.view())
	w.Resize(fyne.NewSize(1200, 700))
	tab.start()
	return tab
}

func participantNames(tab *participantsTab) []string {
	var out []string
	for _, r := range tab.rows {
		out = append(out, r.Name)
	}
	return out
}

func TestParticipantsEnrolBySearch(t *testing.T) {
	st := openStore(t)
	joko := storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	if _, err := demo.AddSeekers(context.Background(), st, 60, 3); err != nil {
		t.Fatal(err)
	}
	f := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	c := f.class(t, st, "LAS-2026-01", day(2026, 12, 7), day(2027, 1, 29), 16)
	tab := openParticipantsTab(t, st, c.ID)
	if !tab.empty.Visible() {
		t.Error("an empty class does not say so")
	}
	if got, want := tab.count.Text, "0 of 16 places taken"; got != want {
		t.Errorf("count %q, want %q", got, want)
	}

	tab.onAdd()
	test.Type(tab.addSearch, "rahma")
	i := slices.IndexFunc(tab.addMatches, func(s data.Seeker) bool { return s.ID == joko.ID })
	if i < 0 {
		t.Fatalf("typing “rahma” does not find Joko Rahman among %d matches", len(tab.addMatches))
	}
	if len(tab.addMatches) > addSearchLimit {
		t.Errorf("%d matches shown, at most %d", len(tab.addMatches), addSearchLimit)
	}
	tab.addList.Select(i)
	if got := participantNames(tab); !slices.Equal(got, []string{"Joko Rahman"}) {
		t.Fatalf("participants %q, want Joko Rahman", got)
	}
	// The dialog stays open for the next person (issue 13).
	if tab.addDialog == nil || tab.addSearch.Text != "" || len(tab.addMatches) != 0 {
		t.Error("the add dialog is not ready for the next person after enrolling")
	}
	if got, want := tab.count.Text, "1 of 16 places taken"; got != want {
		t.Errorf("count %q, want %q", got, want)
	}
	if tab.empty.Visible() {
		t.Error("the empty-class message shows over a participant")
	}
	// The row shows the masked NIK and the status.
	row := tab.newRow()
	tab.updateRow(0, row)
	r := tab.rowWidgets[row.(*fyne.Container)]
	if got, want := r.labels[1].Text, "6471**********19"; got != want {
		t.Errorf("NIK shown %q, want %q", got, want)
	}
	if got, want := r.status.Selected, "Registered"; got != want {
		t.Errorf("status shown %q, want %q", got, want)
	}

	// The status Select changes the status.
	r.status.SetSelectedIndex(2)
	if got := tab.rows[0].Status; got != data.ParticipantActive {
		t.Errorf("status %q after choosing Active", got)
	}
}

func TestParticipantsQuotaOverride(t *testing.T) {
	st := openStore(t)
	first := storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	storeSeeker(t, st, "6471066702932549", "Dewi Ramírez", "27/02/1993", "P", "Balikpapan Kota")
	f := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	c := f.class(t, st, "LAS-2026-01", day(2026, 12, 7), day(2027, 1, 29), 1)
	if _, err := st.Enrol(context.Background(), c.ID, first.ID, data.EnrolOptions{}); err != nil {
		t.Fatal(err)
	}
	tab := openParticipantsTab(t, st, c.ID)

	tab.onAdd()
	test.Type(tab.addSearch, "dewi")
	if len(tab.addMatches) != 1 {
		t.Fatalf("%d matches for dewi", len(tab.addMatches))
	}
	tab.addList.Select(0)
	if tab.confirm == nil {
		t.Fatal("a full class does not ask to go past the quota")
	}
	if !hasText(tab.win.Canvas().Overlays().Top(), "The class is full (1/1). Add above the quota anyway?") {
		t.Error("the question does not name the quota")
	}
	test.Tap(findButton(t, tab.win.Canvas(), "Add anyway"))
	if got := participantNames(tab); !slices.Equal(got, []string{"Dewi Ramírez", "Joko Rahman"}) {
		t.Fatalf("participants %q", got)
	}
	if !tab.rows[0].OverQuota {
		t.Error("the participant past the quota is not marked so")
	}
	if got, want := tab.count.Text, "2 of 1 places taken"; got != want {
		t.Errorf("count %q, want %q", got, want)
	}
}

func TestParticipantsOverlapNamesOtherClass(t *testing.T) {
	st := openStore(t)
	sk := storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	f := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	other := f.class(t, st, "LAS-2026-01", day(2026, 12, 7), day(2027, 1, 29), 16)
	c := f.class(t, st, "LAS-2026-02", day(2027, 1, 4), day(2027, 2, 26), 16)
	if _, err := st.Enrol(context.Background(), other.ID, sk.ID, data.EnrolOptions{}); err != nil {
		t.Fatal(err)
	}
	tab := openParticipantsTab(t, st, c.ID)
	tab.onAdd()
	test.Type(tab.addSearch, "joko")
	tab.addList.Select(0)
	if len(tab.rows) != 0 {
		t.Fatal("a seeker in an overlapping class was enrolled")
	}
	if !hasText(tab.win.Canvas().Overlays().Top(), "LAS-2026-01") {
		t.Error("the refusal does not name the other class")
	}
}

func TestParticipantsWithdraw(t *testing.T) {
	st := openStore(t)
	sk := storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	f := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	c := f.class(t, st, "LAS-2026-01", day(2026, 11, 2), day(2026, 12, 24), 16)
	if _, err := st.Enrol(context.Background(), c.ID, sk.ID, data.EnrolOptions{Status: data.ParticipantActive}); err != nil {
		t.Fatal(err)
	}
	tab := openParticipantsTab(t, st, c.ID)
	tab.onWithdraw(0)
	tab.withdrawDate.SetText("20/11/2026")
	tab.withdrawReason.SetText("Diterima bekerja")
	test.Tap(findButton(t, tab.win.Canvas(), "Withdraw"))

	p := tab.rows[0]
	if p.Status != data.ParticipantWithdrawn || p.WithdrawReason != "Diterima bekerja" || !p.WithdrawnOn.Equal(day(2026, 11, 20)) {
		t.Errorf("after withdrawing: status %q, reason %q, on %v", p.Status, p.WithdrawReason, p.WithdrawnOn)
	}
	if got, want := tab.count.Text, "0 of 16 places taken"; got != want {
		t.Errorf("count %q, want %q", got, want)
	}
}

func TestParticipantsResults(t *testing.T) {
	st := openStore(t)
	sk := storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	f := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	c := f.class(t, st, "LAS-2026-01", day(2026, 9, 7), day(2026, 10, 30), 16)
	if _, err := st.Enrol(context.Background(), c.ID, sk.ID, data.EnrolOptions{Status: data.ParticipantActive}); err != nil {
		t.Fatal(err)
	}
	tab := openParticipantsTab(t, st, c.ID)
	tab.onResults(0)
	if len(tab.resultRadios) != 2 {
		t.Fatalf("%d units in the results dialog, want 2", len(tab.resultRadios))
	}
	for _, rg := range tab.resultRadios {
		rg.SetSelected(rg.Options[0]) // K
	}
	tab.scoreEntry.SetText("87,5")
	test.Tap(findButton(t, tab.win.Canvas(), "Save"))

	p := tab.rows[0]
	if p.Status != data.ParticipantGraduated {
		t.Errorf("status %q after K in every unit of a finished class", p.Status)
	}
	if p.Score == nil || *p.Score != 87.5 {
		t.Errorf("score %v, want 87.5", p.Score)
	}
	if got, want := tab.resultsSummary(p.Participant), "2/2 K"; got != want {
		t.Errorf("results summary %q, want %q", got, want)
	}

	// One unit BK: not yet competent.
	tab.onResults(0)
	tab.resultRadios[1].SetSelected(tab.resultRadios[1].Options[1])
	test.Tap(findButton(t, tab.win.Canvas(), "Save"))
	if p := tab.rows[0]; p.Status != data.ParticipantNotCompetent || tab.resultsSummary(p.Participant) != "1/2 K · 1 BK" {
		t.Errorf("after a BK: status %q, summary %q", p.Status, tab.resultsSummary(p.Participant))
	}
}

func TestParticipantsImportNIKList(t *testing.T) {
	st := openStore(t)
	storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	f := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	c := f.class(t, st, "LAS-2026-01", day(2026, 12, 7), day(2027, 1, 29), 16)
	tab := openParticipantsTab(t, st, c.ID)
	rep, err := tab.enrolList(strings.NewReader("NIK\n6471043101859619\n6471066702932549\n12345\n"), "peserta.csv")
	tab.showReport(rep, err)
	if len(tab.report) != 3 {
		t.Fatalf("report lines %q", tab.report)
	}
	for i, want := range []string{"enrolled", "not in the register", "16 digits"} {
		if !strings.Contains(tab.report[i], want) {
			t.Errorf("report line %d %q does not say %q", i+1, tab.report[i], want)
		}
	}
	if got := participantNames(tab); !slices.Equal(got, []string{"Joko Rahman"}) {
		t.Errorf("participants %q", got)
	}
}
