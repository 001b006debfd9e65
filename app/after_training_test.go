package app

import (
	"balai/data/demo"

	"context"
	"io"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balai/data"
	"balai/data/importer"
	"balai/data/store"
)

// afterTrainingStore is a store with the demo's classes, attendance,
// placements and alumni classes (on 26 November 2026); it returns the
// finished class's code.
func afterTrainingStore(t *testing.T) (*store.Store, string) {
	t.Helper()
	st := openStore(t)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 200, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := demo.AddClasses(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.AddAttendance(ctx, st); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.AddOutcomes(ctx, st, codes[0]); err != nil {
		t.Fatal(err)
	}
	return st, codes[0]
}

func openReportsScreen(t *testing.T, st *store.Store) *reportsScreen {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	s := newReportsScreen(w, st)
	s.loads.inline = true
	w.SetContent(s.view())
	w.Resize(fyne.NewSize(1366, 768))
	s.start()
	return s
}

func TestReportsScreen(t *testing.T) {
	st, _ := afterTrainingStore(t)
	s := openReportsScreen(t, st)
	if s.year.Selected != "2026" || len(s.year.Options) != 3 {
		t.Fatalf("year %q of %q", s.year.Selected, s.year.Options)
	}
	if !strings.Contains(s.summary.Text, "placement rate") || len(s.rows) == 0 || s.rows[len(s.rows)-1].name != "All programs" {
		t.Errorf("summary %q, %d rows", s.summary.Text, len(s.rows))
	}
	total := s.doc.Recap.Total
	if got := s.recapCell(len(s.rows)-1, 2); got != formatCount(total.Enrolled) {
		t.Errorf("total enrolled %q, want %d", got, total.Enrolled)
	}
	if len(s.charts) != 5 || len(s.charts[0].Chart().Bars) == 0 || s.chartTitle[0].Text == "" {
		t.Fatalf("charts %d, first %+v", len(s.charts), s.charts[0].Chart())
	}
	if got := len(s.charts[1].Chart().Bars); got != 2 { // 2025 and 2026, whatever year is chosen
		t.Errorf("years charted: %d", got)
	}
	s.year.SetSelected("2025")
	if len(s.doc.Recap.Programs) != 1 || s.doc.Period != "Tahun 2025" {
		t.Errorf("2025: %+v", s.doc.Recap.Programs)
	}

	s.tabs.SelectIndex(2)
	ipk := s.ipk
	if !ipk.started || ipk.doc.Recap.Month.Month() != 11 || ipk.year.Text != "2026" {
		t.Fatalf("IPK tab: %v %v %q", ipk.started, ipk.doc.Recap.Month, ipk.year.Text)
	}
	c := ipk.doc.Recap.Cells
	if c[data.IPKSumA][data.IPKTotal] == 0 || c[data.IPKLeft][data.IPKTotal] != c[data.IPKSumA][data.IPKTotal]-c[data.IPKSumB][data.IPKTotal] {
		t.Errorf("IPK cells %v", c)
	}
	if got := ipk.cell(data.IPKSumA, 2+data.IPKTotal); got != formatCount(c[data.IPKSumA][data.IPKTotal]) {
		t.Errorf("row A total shown as %q", got)
	}
	ipk.month.SetSelectedIndex(9) // October
	if ipk.doc.Recap.Month.Month() != 10 {
		t.Errorf("month %v", ipk.doc.Recap.Month)
	}
}

func TestTracerScreenAndForm(t *testing.T) {
	st, _ := afterTrainingStore(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	s := newTracerScreen(w, st)
	s.loads.inline = true
	w.SetContent(s.view())
	s.start()
	if len(s.rounds) != 2 || !s.call.Disabled() {
		t.Fatalf("rounds %+v, call enabled before a choice", s.rounds)
	}
	s.onSelect(1) // the computer class's 6-month round
	s.onCall()
	f := s.form
	before := f.sheet.Round
	if before.Round != 6 || f.people.current < 0 || f.sheet.People[f.people.current].State != data.TracerPending {
		t.Fatalf("form opened on %+v, current %d", before, f.people.current)
	}
	if w.Canvas().Focused() != f.people {
		t.Error("the list does not have the keyboard focus")
	}
	first := f.sheet.People[f.people.current]
	f.people.TypedRune('1') // Bekerja: on to the employer
	if f.fields.statusCode() != data.PlacementEmployed || w.Canvas().Focused() != f.fields.employer {
		t.Fatalf("after 1: status %q, focus %v", f.fields.statusCode(), w.Canvas().Focused())
	}
	f.fields.employer.SetText("PT Uji Coba")
	f.fields.start.SetText("02/11/2026")
	f.fields.employer.OnSubmitted("") // Enter
	second := f.sheet.People[f.people.current]
	if second.ParticipantID == first.ParticipantID {
		t.Fatal("the form did not move on after the answer")
	}
	f.people.TypedRune('t') // no answer
	f.people.TypedRune('3') // the next one: belum bekerja, saved at once
	sheet, err := st.TracerSheet(context.Background(), f.classID, 6)
	if err != nil {
		t.Fatal(err)
	}
	if sheet.Round.Reached != before.Reached+2 || sheet.Round.Trying != before.Trying+1 {
		t.Errorf("after the calls: %+v, before %+v", sheet.Round, before)
	}
	for _, p := range sheet.People {
		switch p.ParticipantID {
		case first.ParticipantID:
			if p.Last.Employer != "PT Uji Coba" || p.Last.Source != data.SourceTracer || p.Last.Round != 6 {
				t.Errorf("the answer saved: %+v", p.Last)
			}
		case second.ParticipantID:
			if p.State != data.TracerTrying || p.Failed != 1 {
				t.Errorf("the call without an answer: %+v", p)
			}
		}
	}
	if !strings.Contains(f.counts.Text, "reached") {
		t.Errorf("counts %q", f.counts.Text)
	}
}

func TestPlacementsTabAndForm(t *testing.T) {
	st, code := afterTrainingStore(t)
	c, err := st.ClassByCode(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	p := openClassPage(t, st, c.ID)
	p.tabs.SelectIndex(5)
	tab := p.placements
	if len(tab.rows) != 16 || !strings.Contains(tab.counts.Text, "Employed 5") {
		t.Fatalf("%d rows, counts %q", len(tab.rows), tab.counts.Text)
	}
	if !tab.rounds[0].Disabled() {
		t.Error("the 3-month round can be called before it is due")
	}
	row := -1
	for i, r := range tab.rows {
		if r.Current.Status == "" {
			row = i
			break
		}
	}
	tab.onRecord(row)
	f := tab.form
	f.fields.status.SetSelectedIndex(0) // Bekerja
	f.fields.employer.SetText("CV Las Jaya")
	f.fields.start.SetText("31/02/2026")
	f.onSave()
	if f.saved || f.fields.errs.Text("start") == "" {
		t.Fatalf("a bad date: saved %v, message %q", f.saved, f.fields.errs.Text("start"))
	}
	f.fields.start.SetText("01/11/2026")
	f.fields.kind.SetSelectedIndex(1)
	f.source.SetSelectedIndex(2) // the employer
	if !strings.Contains(f.waiting.Text, "1 months") {
		t.Errorf("waiting %q", f.waiting.Text)
	}
	f.onSave()
	if !f.saved {
		t.Fatalf("not saved: %q", f.summary.Text)
	}
	h, _ := st.PlacementHistory(context.Background(), tab.rows[row].ParticipantID)
	if len(h) != 1 || h[0].Employer != "CV Las Jaya" || h[0].Kind != data.PlacementLocal || h[0].Source != data.SourceEmployer {
		t.Errorf("saved %+v", h)
	}
	if tab.rows[row].Current.Employer != "CV Las Jaya" {
		t.Error("the tab did not reload")
	}
}

func TestPlacementImportPreview(t *testing.T) {
	st, code := afterTrainingStore(t)
	c, _ := st.ClassByCode(context.Background(), code)
	rows, _ := st.ClassPlacements(context.Background(), c.ID)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	done := 0
	p := &placementImport{win: w, store: st, onDone: func() { done++ }}
	p.bg.inline = true
	csv := "NIK;Status Kebekerjaan;Nama Perusahaan/Nama Usaha\n" + rows[0].NIK + ";Wirausaha;Toko Baru\n" +
		"6471050101990099;Bekerja;PT X\n" + rows[1].NIK + ";;\n"
	p.read(io.NopCloser(strings.NewReader(csv)), "penempatan.csv")
	if p.preview == nil || p.apply.Disabled() {
		t.Fatal("no preview, or nothing to record")
	}
	counts := p.plan.Counts()
	if counts[importer.OutcomeApplied] != 1 || counts[importer.OutcomeRejected] != 1 || counts[importer.OutcomeSkipped] != 1 {
		t.Errorf("planned %v", counts)
	}
	if got := p.previewCell(1, 5); !strings.Contains(got, "not in the register") {
		t.Errorf("the rejected row says %q", got)
	}
	if h, _ := st.PlacementHistory(context.Background(), rows[0].ParticipantID); h[0].Employer == "Toko Baru" {
		t.Error("the preview saved")
	}
	p.onApply()
	if h, _ := st.PlacementHistory(context.Background(), rows[0].ParticipantID); h[0].Employer != "Toko Baru" || done != 1 {
		t.Errorf("after the import: %+v, done %d", h[0], done)
	}
	if got := p.previewCell(0, 4); got != "Recorded" {
		t.Errorf("the applied row says %q", got)
	}
}

func TestClassFormTrainingFields(t *testing.T) {
	f := newClassFixture(t)
	c := f.class(t, "LAS-2026-01", cday(2026, 1, 5), cday(2026, 1, 30))
	p := openClassPage(t, f.store, c.ID)
	p.onEdit()
	form := p.classForm
	form.method.SetSelectedIndex(3) // blended
	form.ttype.SetText("pbk")
	form.onSave()
	got, err := f.store.Class(context.Background(), c.ID)
	if err != nil || got.Method != data.MethodBlended || got.Type != "PBK" {
		t.Fatalf("stored %q %q (%v)", got.Method, got.Type, err)
	}
	p.onEdit()
	if p.classForm.method.Selected != "Blended" || p.classForm.ttype.Text != "PBK" {
		t.Errorf("the form shows %q %q", p.classForm.method.Selected, p.classForm.ttype.Text)
	}
}
