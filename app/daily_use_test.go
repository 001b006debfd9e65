package app

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// What a new clerk tripped over (issue 13), driven through the screens.

// dailyClass is a running class of the class fixture (2 to 27 November
// 2026; the store's today is 26 November) with its schedule generated and
// one participant per name given.
func dailyClass(t *testing.T, quota int, names ...string) (*classFixture, data.Class) {
	t.Helper()
	f := newClassFixture(t)
	ctx := context.Background()
	c := f.class(t, "LAS-2026-01", cday(2026, 11, 2), cday(2026, 12, 31))
	c.Quota = quota
	if err := f.store.UpdateClass(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.GenerateSchedule(ctx, c.ID, data.DefaultWeekPattern(), false); err != nil {
		t.Fatal(err)
	}
	niks := []string{"6471043101859619", "6471066702932549", "6471050505900003", "6471051212880004"}
	for i, name := range names {
		sk := storeSeeker(t, f.store, niks[i], name, "31/01/1985", "L", "Balikpapan Tengah")
		if _, err := f.store.Enrol(ctx, c.ID, sk.ID, data.EnrolOptions{OverrideQuota: true}); err != nil {
			t.Fatal(err)
		}
	}
	c, err := f.store.Class(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	return f, c
}

// noDialog fails when a dialog (an error, say) is shown on w.
func noDialog(t *testing.T, w fyne.Window, when string) {
	t.Helper()
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("%s: a dialog is shown: %q", when, shownTexts(top))
	}
}

// press sends a key to the window as when no field has the keyboard.
func press(w fyne.Window, key fyne.KeyName) {
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: key})
}

// 1. After the schedule is generated again, the attendance tab shows the
// new sessions and marks them without "the record no longer exists".
func TestAttendanceAfterScheduleGeneratedAgain(t *testing.T) {
	f, c := dailyClass(t, 16, "Joko Rahman")
	p := openClassPage(t, f.store, c.ID)
	p.tabs.SelectIndex(3)
	old := p.attendance.sessionID
	if old == "" {
		t.Fatal("no session chosen at first")
	}

	p.tabs.SelectIndex(1)
	p.onGenerate()
	p.generator.dlg.Confirm()
	p.confirm.(*dialog.ConfirmDialog).Confirm()
	if slices.ContainsFunc(p.data.Sessions, func(s data.Session) bool { return s.ID == old }) {
		t.Fatal("the schedule was not generated again")
	}

	p.tabs.SelectIndex(3)
	a := p.attendance
	noDialog(t, p.win, "attendance after generating")
	i := slices.IndexFunc(a.sessions, func(s data.Session) bool { return s.ID == a.sessionID })
	if i < 0 || !a.sessions[i].Date.Equal(cday(2026, 11, 26)) {
		t.Fatalf("session chosen %q (index %d), want today's of the new schedule", a.sessionID, i)
	}
	if got, want := a.picker.Selected, sessionOption(a.sessions[i]); got != want {
		t.Errorf("picker shows %q, want %q", got, want)
	}
	a.onAllPresent()
	noDialog(t, p.win, "All present")
	if got := markOf(t, f.store, a.sessionID, a.marks[0].ParticipantID); got != data.AttendancePresent {
		t.Errorf("mark after All present %q", got)
	}
}

// 3. The header counts a 17th enrolment as the list does.
func TestClassHeaderCountsEnrolments(t *testing.T) {
	f, c := dailyClass(t, 1, "Joko Rahman")
	storeSeeker(t, f.store, "6471066702932549", "Dewi Ramírez", "27/02/1993", "P", "Balikpapan Kota")
	p := openClassPage(t, f.store, c.ID)
	if !strings.Contains(p.details[1].Text, "Enrolled: 1/1") {
		t.Fatalf("header %q", p.details[1].Text)
	}
	tab := p.participants
	tab.searchDelay = 0
	tab.onAdd()
	test.Type(tab.addSearch, "dewi")
	tab.addList.Select(0)
	press(p.win, fyne.KeyReturn) // the over-quota question: Enter adds anyway
	if got := len(tab.rows); got != 2 {
		t.Fatalf("%d participants after adding above the quota", got)
	}
	if !strings.Contains(p.details[1].Text, "Enrolled: 2/1") {
		t.Errorf("header %q after the enrolment, want 2/1 as the list", p.details[1].Text)
	}
}

// 4. Marking a session that has not happened asks first, once.
func TestAttendanceFutureSessionAsks(t *testing.T) {
	f, c := dailyClass(t, 16, "Joko Rahman", "Dewi Ramírez")
	tab, w := openAttendanceTab(t, f.store, c.ID)
	i := slices.IndexFunc(tab.sessions, func(s data.Session) bool { return s.Date.After(cday(2026, 11, 26)) })
	if i < 0 {
		t.Fatal("no session to come")
	}
	tab.picker.SetSelectedIndex(i)
	future := tab.sessionID

	test.Tap(tab.allPresent)
	if tab.confirm == nil || !hasText(w.Canvas().Overlays().Top(), "has not taken place yet") {
		t.Fatal("All present on a session to come does not ask")
	}
	if got := markOf(t, f.store, future, tab.marks[0].ParticipantID); got != "" {
		t.Fatalf("marked %q before the answer", got)
	}
	press(w, fyne.KeyEscape)
	if got := markOf(t, f.store, future, tab.marks[0].ParticipantID); got != "" || w.Canvas().Overlays().Top() != nil {
		t.Fatalf("Esc: marked %q, dialog still shown %v", got, w.Canvas().Overlays().Top() != nil)
	}

	// The keyboard asks too; agreeing marks, and the session is not asked about again.
	w.Canvas().Focus(tab.sheet)
	tab.sheet.move(0)
	tab.sheet.TypedRune('s')
	if tab.sheet.rows[0].choice.Selected != "" {
		t.Error("the row shows the mark before the answer")
	}
	test.Tap(findButton(t, w.Canvas(), "Record anyway"))
	if got := markOf(t, f.store, future, tab.marks[0].ParticipantID); got != data.AttendanceSick {
		t.Fatalf("after agreeing: %q, want S", got)
	}
	tab.confirm = nil
	tab.setMark(1, data.AttendanceExcused)
	if tab.confirm != nil {
		t.Error("asked twice about the same session")
	}
	if got := markOf(t, f.store, future, tab.marks[1].ParticipantID); got != data.AttendanceExcused {
		t.Errorf("second mark %q, want I", got)
	}

	// A session held (today's) is marked without a question.
	tab.picker.SetSelectedIndex(i - 1)
	tab.confirm = nil
	tab.setMark(0, data.AttendancePresent)
	if tab.confirm != nil || markOf(t, f.store, tab.sessionID, tab.marks[0].ParticipantID) != data.AttendancePresent {
		t.Error("a past session asks, or is not marked")
	}
}

// 5. Editing a class refuses dates that leave sessions out and a quota
// under the participants, under the fields.
func TestClassEditKeepsSessionsAndParticipants(t *testing.T) {
	f, c := dailyClass(t, 16, "Joko Rahman", "Dewi Ramírez")
	p := openClassPage(t, f.store, c.ID)
	first := p.data.Sessions[0].Date
	p.onEdit()
	ef := p.classForm
	ef.start.SetText(formatDate(first.AddDate(0, 0, 1)))
	ef.end.SetText("01/12/2026")
	ef.quota.SetText("1")
	ef.onSave()
	if ef.saved {
		t.Fatal("saved a class whose sessions fall outside its dates and whose quota is under the enrolled")
	}
	for field, want := range map[string]string{
		"start": "The schedule starts on 02-11-2026",
		"end":   "The schedule runs until",
		"quota": "2 participants hold a place",
	} {
		if got := ef.errs.Text(field); !strings.Contains(got, want) {
			t.Errorf("%s: message %q, want %q", field, got, want)
		}
	}
	stored, _ := f.store.Class(context.Background(), c.ID)
	if stored.Quota != 16 || !stored.Start.Equal(c.Start) {
		t.Error("the refused change was stored")
	}
	ef.start.SetText(formatDate(c.Start))
	ef.end.SetText(formatDate(c.End))
	ef.quota.SetText("2")
	ef.onSave()
	if !ef.saved {
		t.Errorf("a quota equal to the enrolled is refused: %q", ef.errs.Text("quota"))
	}
}

// 6. A mistaken enrolment is removed; a NIK list goes past the quota on purpose.
func TestParticipantsRemoveAndListOverQuota(t *testing.T) {
	f, c := dailyClass(t, 1, "Joko Rahman")
	storeSeeker(t, f.store, "6471066702932549", "Dewi Ramírez", "27/02/1993", "P", "Balikpapan Kota")
	tab := openParticipantsTab(t, f.store, c.ID)
	w := tab.win

	rep, err := tab.enrolList(strings.NewReader("NIK\n6471066702932549\n"), "daftar.csv")
	tab.showReport(rep, err)
	if rep.Refused != 1 || !hasText(w.Canvas().Overlays().Top(), "refused because the class is full") {
		t.Fatalf("a full class: %+v", rep)
	}
	test.Tap(findButton(t, w.Canvas(), "Add 1 above the quota"))
	if got := participantNames(tab); !slices.Equal(got, []string{"Dewi Ramírez", "Joko Rahman"}) {
		t.Fatalf("participants %q after adding above the quota", got)
	}
	for w.Canvas().Overlays().Top() != nil {
		press(w, fyne.KeyEscape) // the second report
	}

	dewi := slices.IndexFunc(tab.rows, func(r data.ParticipantRow) bool { return r.Name == "Dewi Ramírez" })
	menu := tab.rowMenu(dewi)
	if menu.Items[1].Label != "Remove from the class…" || menu.Items[1].Disabled {
		t.Fatalf("row menu %q, remove disabled %v", menu.Items[1].Label, menu.Items[1].Disabled)
	}
	menu.Items[1].Action()
	test.Tap(findButton(t, w.Canvas(), "Remove"))
	if got := participantNames(tab); !slices.Equal(got, []string{"Joko Rahman"}) {
		t.Errorf("participants %q after removing Dewi", got)
	}

	// An active participant is withdrawn, not removed.
	if err := f.store.SetParticipantStatus(context.Background(), tab.rows[0].ID, data.ParticipantActive); err != nil {
		t.Fatal(err)
	}
	tab.reload()
	if m := tab.rowMenu(0); !m.Items[1].Disabled || m.Items[0].Disabled {
		t.Error("an active participant can be removed, or not withdrawn")
	}
}

// 10. Esc cancels a dialog and Enter confirms it; Ctrl+N does not stack forms.
func TestDialogKeys(t *testing.T) {
	f, c := dailyClass(t, 16, "Joko Rahman")
	p := openClassPage(t, f.store, c.ID)
	w := p.win

	p.onEdit()
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("the class form does not show")
	}
	press(w, fyne.KeyEscape)
	noDialog(t, w, "Esc on the class form")

	// Esc in a field of the form closes it too.
	p.onEdit()
	w.Canvas().Focus(p.classForm.batch)
	p.classForm.batch.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	noDialog(t, w, "Esc in a field")

	// Enter in a field saves.
	p.onEdit()
	p.classForm.batch.SetText("Angkatan II")
	p.classForm.batch.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !p.classForm.saved || !strings.Contains(p.details[0].Text, "Angkatan II") {
		t.Errorf("Enter in a field: saved %v, header %q", p.classForm.saved, p.details[0].Text)
	}

	// Enter confirms a question: deleting a session.
	n := len(p.data.Sessions)
	p.onEditSession(p.data.Sessions[n-1])
	p.sessionForm.onDelete()
	press(w, fyne.KeyReturn)
	if got := len(p.data.Sessions); got != n-1 {
		t.Errorf("%d sessions after Enter on Delete session?, want %d", got, n-1)
	}
	noDialog(t, w, "after deleting")

	// Ctrl+N with the seeker form open brings it forward: one form.
	s := newSeekersScreen(w, f.store)
	s.loads.inline = true
	s.onAdd()
	s.onAdd()
	if got := len(w.Canvas().Overlays().List()); got != 1 {
		t.Errorf("%d dialogs after Ctrl+N twice, want 1", got)
	}
	press(w, fyne.KeyEscape)
	noDialog(t, w, "Esc on an untouched seeker form")
	s.onAdd()
	if s.form == nil || len(w.Canvas().Overlays().List()) != 1 {
		t.Error("the form does not open again after Esc")
	}
}

// 13. Adding participants: Enter enrols the only match, the dialog stays
// open for the next, and over the quota Enter adds anyway.
func TestAddParticipantKeyboard(t *testing.T) {
	st := openStore(t)
	storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	storeSeeker(t, st, "6471066702932549", "Dewi Ramírez", "27/02/1993", "P", "Balikpapan Kota")
	fx := newTrainingFixture(t, st, "LAS", "Agus Setiawan", "Bengkel Las 1")
	c := fx.class(t, st, "LAS-2026-01", day(2026, 12, 7), day(2027, 1, 29), 1)
	tab := openParticipantsTab(t, st, c.ID)
	w := tab.win

	tab.onAdd()
	test.Type(tab.addSearch, "joko")
	tab.addSearch.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := participantNames(tab); !slices.Equal(got, []string{"Joko Rahman"}) {
		t.Fatalf("participants %q after Enter on the only match", got)
	}
	if tab.addDialog == nil || tab.addSearch.Text != "" || !strings.Contains(tab.addHint.Text, "Joko Rahman enrolled") {
		t.Fatalf("the dialog is not ready for the next: open %v, search %q, hint %q",
			tab.addDialog != nil, tab.addSearch.Text, tab.addHint.Text)
	}

	test.Type(tab.addSearch, "dewi")
	tab.addSearch.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if tab.confirm == nil {
		t.Fatal("a full class does not ask")
	}
	if b := findButton(t, w.Canvas(), "Add anyway"); b.Importance != 1 /* widget.HighImportance */ {
		t.Errorf("Add anyway is not the default button (importance %v)", b.Importance)
	}
	press(w, fyne.KeyReturn)
	if got := participantNames(tab); !slices.Equal(got, []string{"Dewi Ramírez", "Joko Rahman"}) {
		t.Fatalf("participants %q after Enter on the question", got)
	}
	if tab.addDialog == nil {
		t.Error("the add dialog closed")
	}
	press(w, fyne.KeyEscape)
	if tab.addDialog != nil {
		t.Error("Esc does not close the add dialog")
	}
}

// 15. A click on a day lists its sessions; a session opens its class.
func TestCalendarDayOpensClass(t *testing.T) {
	f, c := dailyClass(t, 16, "Joko Rahman")
	s := openCalendar(t, f.store)
	var opened string
	s.openClass = func(id string) { opened = id }
	var days []*dayArea
	for _, o := range test.LaidOutObjects(s.body) {
		if a, ok := o.(*dayArea); ok {
			days = append(days, a)
		}
	}
	if len(days) != 7 {
		t.Fatalf("%d days in the week", len(days))
	}
	test.Tap(days[3]) // Thursday 26 November
	top := s.win.Canvas().Overlays().Top()
	if s.dayDialog == nil || !hasText(top, "LAS-2026-01 · Las SMAW 3G") || !hasText(top, "Budi Santoso") {
		t.Fatalf("the day's sessions: %q", shownTexts(top))
	}
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.List); ok {
			l.Select(0)
		}
	}
	if opened != c.ID {
		t.Errorf("opened class %q, want %q", opened, c.ID)
	}
	noDialog(t, s.win, "after choosing the session")
	test.Tap(days[5]) // Saturday
	if !hasText(s.win.Canvas().Overlays().Top(), "No sessions on this day.") {
		t.Error("an empty day says nothing")
	}
}
