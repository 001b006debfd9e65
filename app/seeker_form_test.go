package app

import (
	"balai/data/photo"

	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// formNow is the fixed "now" of the form tests: 26 November 2026, 10:00 UTC.
var formNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// A woman born 6 December 1979 (day 06 + 40 = 46), and a man born 1 May 1990.
const (
	formNIKWoman = "6471054612795626"
	formNIKMan   = "6471050105900003"
)

// openFormStore opens a real database in a temporary folder.
func openFormStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return formNow }
	t.Cleanup(func() { st.Close() })
	return st
}

// openForm shows the form for sk (nil: a new seeker) in a test window and
// waits for its background loading. saved counts the calls of onSaved.
func openForm(t *testing.T, st *store.Store, sk *data.Seeker) (f *seekerForm, saved *int) {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.Resize(fyne.NewSize(1200, 760))
	saved = new(int)
	f = newSeekerForm(win, st, sk, func() { *saved++ })
	f.show()
	f.bg.Wait()
	return f, saved
}

// addSeeker stores a valid seeker directly.
func addSeeker(t *testing.T, st *store.Store, nik, name, birth, sex string) data.Seeker {
	t.Helper()
	sk, bad, _ := data.ParseSeeker(data.SeekerInput{NIK: nik, Name: name, BirthDate: birth, Sex: sex, Phone: "0811 555 0001"}, formNow)
	if len(bad) > 0 {
		t.Fatalf("test seeker invalid: %v", bad)
	}
	if err := st.CreateSeeker(context.Background(), &sk); err != nil {
		t.Fatal(err)
	}
	return sk
}

// fillValid types a complete, valid woman into the form.
func fillValid(f *seekerForm) {
	test.Type(f.nik, formNIKWoman)
	test.Type(f.name, "Siti Aminah")
	test.Type(f.birthPlace, "Balikpapan")
	test.Type(f.birthDate, "06/12/1979")
	f.sex.SetSelected(sexLabel(data.SexFemale))
	test.Type(f.phone, "0812-3456-7890")
}

func countSeekers(t *testing.T, st *store.Store) int {
	t.Helper()
	n, err := st.CountSeekers(context.Background(), store.SeekerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// visibleError is the inline error under a field, "" when it is hidden.
func visibleError(f *seekerForm, field string) string {
	l := f.errs[field]
	if !l.Visible() {
		return ""
	}
	return l.Text
}

func TestSeekerFormCreate(t *testing.T) {
	st := openFormStore(t)
	f, saved := openForm(t, st, nil)
	fillValid(f)
	test.Type(f.address, "Jl. Mulawarman No. 5 RT 12")
	f.kecamatan.SetText("Balikpapan Timur")
	f.education.SetSelected("SMK")
	f.employment.SetSelectedIndex(slices.Index(data.EmploymentStatuses, data.EmploymentUnemployed))
	test.Type(f.skills, "Las listrik\nMenjahit")

	if f.warnBox.Visible() {
		t.Errorf("warning box shown for a consistent NIK: %q", f.warnText.Text)
	}
	if got := f.birthWords.Text; got == "" {
		t.Error("birth date not shown in words")
	}
	test.Tap(f.save)

	if *saved != 1 {
		t.Fatalf("onSaved called %d times, want 1; errors: %v", *saved, f.summary.Text)
	}
	sk, err := st.SeekerByNIK(context.Background(), formNIKWoman)
	if err != nil {
		t.Fatalf("seeker not stored: %v", err)
	}
	if sk.Phone != "081234567890" || sk.Name != "Siti Aminah" || sk.Sex != data.SexFemale ||
		!sk.BirthDate.Equal(time.Date(1979, 12, 6, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("stored %+v", sk)
	}
	if sk.Kecamatan != "Balikpapan Timur" || sk.Education != "SMK" || sk.Employment != data.EmploymentUnemployed ||
		sk.Skills != "Las listrik\nMenjahit" || sk.Address != "Jl. Mulawarman No. 5 RT 12" {
		t.Errorf("stored %+v", sk)
	}
	if !sk.RegisteredOn.Equal(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("registered on %v, want today", sk.RegisteredOn)
	}
	if len(sk.Warnings) != 0 || sk.HasPhoto {
		t.Errorf("warnings %v, photo %v", sk.Warnings, sk.HasPhoto)
	}
}

func TestSeekerFormEnterAndCtrlSSave(t *testing.T) {
	st := openFormStore(t)
	f, saved := openForm(t, st, nil)
	fillValid(f)
	f.phone.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if *saved != 1 || countSeekers(t, st) != 1 {
		t.Fatalf("Enter: saved %d, stored %d", *saved, countSeekers(t, st))
	}

	f, saved = openForm(t, st, nil)
	test.Type(f.nik, formNIKMan)
	test.Type(f.name, "Budi Santoso")
	test.Type(f.birthDate, "1 Mei 1990")
	f.sex.SetSelected(sexLabel(data.SexMale))
	test.Type(f.skills, "Mekanik") // a multi-line entry, where Enter is a new line
	f.skills.TypedShortcut(saveShortcut)
	if *saved != 1 || countSeekers(t, st) != 2 {
		t.Fatalf("Ctrl+S: saved %d, stored %d", *saved, countSeekers(t, st))
	}
}

func TestSeekerFormBadNIK(t *testing.T) {
	st := openFormStore(t)
	f, saved := openForm(t, st, nil)
	fillValid(f)
	f.nik.SetText("")
	test.Type(f.nik, "6471 0529 0799")
	test.Tap(f.save)

	want := problemText(data.Problem{Field: data.FieldNIK, Code: data.CodeNIKLength, Detail: "6471 0529 0799"})
	if got := visibleError(f, data.FieldNIK); got != want {
		t.Errorf("NIK error %q, want %q", got, want)
	}
	if !f.summary.Visible() {
		t.Error("no summary above the form")
	}
	if n := countSeekers(t, st); n != 0 || *saved != 0 {
		t.Errorf("stored %d seekers, onSaved %d times; want none", n, *saved)
	}
	// Correcting the NIK clears the error as the user types.
	f.nik.SetText("")
	test.Type(f.nik, formNIKWoman)
	if got := visibleError(f, data.FieldNIK); got != "" {
		t.Errorf("NIK error %q after correcting it", got)
	}
}

func TestSeekerFormNIKLiveBeforeSave(t *testing.T) {
	st := openFormStore(t)
	f, _ := openForm(t, st, nil)
	test.Type(f.nik, "647105461279562")
	if got := visibleError(f, data.FieldNIK); got != "" {
		t.Errorf("error %q while the NIK is still being typed", got)
	}
	test.Type(f.nik, "66") // 17 digits
	if got := visibleError(f, data.FieldNIK); got == "" {
		t.Error("no error for a 17-digit NIK")
	}
	f.nik.SetText("6.47105E+15") // pasted from Excel
	want := problemText(data.Problem{Field: data.FieldNIK, Code: data.CodeNIKScientific, Detail: "6.47105E+15"})
	if got := visibleError(f, data.FieldNIK); got != want {
		t.Errorf("error %q, want %q", got, want)
	}

	// A short NIK is reported when the user leaves the field.
	f2, _ := openForm(t, st, nil)
	test.Type(f2.nik, "64710546")
	f2.win.Canvas().Focus(f2.name)
	if got := visibleError(f2, data.FieldNIK); got == "" {
		t.Error("no error after leaving a short NIK")
	}
}

func TestSeekerFormMissingNameAndSex(t *testing.T) {
	st := openFormStore(t)
	f, saved := openForm(t, st, nil)
	test.Type(f.nik, formNIKWoman)
	test.Type(f.birthDate, "06/12/1979")
	test.Tap(f.save)

	if got, want := visibleError(f, data.FieldName), problemText(data.Problem{Code: data.CodeMissingName}); got != want {
		t.Errorf("name error %q, want %q", got, want)
	}
	if got, want := visibleError(f, data.FieldSex), problemText(data.Problem{Code: data.CodeMissingSex}); got != want {
		t.Errorf("sex error %q, want %q", got, want)
	}
	if got := visibleError(f, data.FieldNIK) + visibleError(f, data.FieldBirthDate); got != "" {
		t.Errorf("errors under valid fields: %q", got)
	}
	if countSeekers(t, st) != 0 || *saved != 0 {
		t.Error("saved an invalid seeker")
	}
	// After the first Save, errors follow the typing.
	test.Type(f.name, "Siti")
	if got := visibleError(f, data.FieldName); got != "" {
		t.Errorf("name error %q after typing a name", got)
	}
	f.sex.SetSelected(sexLabel(data.SexFemale))
	if got := visibleError(f, data.FieldSex); got != "" || f.summary.Visible() {
		t.Errorf("sex error %q, summary shown %v", got, f.summary.Visible())
	}
	test.Type(f.email, "siti@")
	if got := visibleError(f, data.FieldEmail); got == "" {
		t.Error("no error for a bad e-mail")
	}
}

func TestSeekerFormNIKWarning(t *testing.T) {
	st := openFormStore(t)
	f, saved := openForm(t, st, nil)
	fillValid(f)
	f.sex.SetSelected(sexLabel(data.SexMale)) // the NIK says a woman
	if !f.warnBox.Visible() {
		t.Fatal("warning box hidden")
	}
	want := problemText(data.Problem{Field: data.FieldSex, Code: data.WarnNIKSexMismatch, Detail: sexLabel(data.SexFemale)})
	if !bytes.Contains([]byte(f.warnText.Text), []byte(want)) {
		t.Errorf("warning %q does not say %q", f.warnText.Text, want)
	}
	test.Tap(f.save)
	if *saved != 1 {
		t.Fatalf("a warning blocked saving: %s", f.summary.Text)
	}
	sk, err := st.SeekerByNIK(context.Background(), formNIKWoman)
	if err != nil {
		t.Fatal(err)
	}
	if sk.Sex != data.SexMale || len(sk.Warnings) != 1 || sk.Warnings[0].Code != data.WarnNIKSexMismatch {
		t.Errorf("stored sex %q, warnings %v", sk.Sex, sk.Warnings)
	}

	// Reopened, the stored warning shows at once.
	f2, _ := openForm(t, st, &sk)
	if !f2.warnBox.Visible() || !bytes.Contains([]byte(f2.warnText.Text), []byte(want)) {
		t.Errorf("stored warning not shown: %q", f2.warnText.Text)
	}
	// Correcting the sex removes it, and saving drops it from the record.
	f2.sex.SetSelected(sexLabel(data.SexFemale))
	if f2.warnBox.Visible() {
		t.Error("warning still shown after correcting the sex")
	}
	test.Tap(f2.save)
	sk, _ = st.SeekerByNIK(context.Background(), formNIKWoman)
	if len(sk.Warnings) != 0 {
		t.Errorf("warnings %v after correcting", sk.Warnings)
	}
}

func TestSeekerFormBirthDateWarning(t *testing.T) {
	st := openFormStore(t)
	f, _ := openForm(t, st, nil)
	fillValid(f)
	f.birthDate.SetText("07/12/1979")
	want := problemText(data.Problem{Field: data.FieldBirthDate, Code: data.WarnNIKDateMismatch, Detail: formatDate(time.Date(1979, 12, 6, 0, 0, 0, 0, time.UTC))})
	if !f.warnBox.Visible() || !bytes.Contains([]byte(f.warnText.Text), []byte(want)) {
		t.Errorf("warning %q, want %q", f.warnText.Text, want)
	}
}

func TestSeekerFormEdit(t *testing.T) {
	st := openFormStore(t)
	orig := addSeeker(t, st, formNIKWoman, "Siti Aminah", "06/12/1979", "P")
	f, saved := openForm(t, st, &orig)

	if f.nik.Text != data.MaskNIK(formNIKWoman) || !f.nik.Disabled() {
		t.Errorf("NIK shown as %q (disabled %v), want masked and read-only", f.nik.Text, f.nik.Disabled())
	}
	if f.name.Text != "Siti Aminah" || f.birthDate.Text != "06/12/1979" || f.sex.Selected != sexLabel(data.SexFemale) {
		t.Errorf("form shows %q %q %q", f.name.Text, f.birthDate.Text, f.sex.Selected)
	}
	if f.delete == nil || f.archive == nil {
		t.Fatal("no Delete or Archive button when editing")
	}
	f.phone.SetText("+62 813-1111-2222")
	test.Tap(f.save)
	if *saved != 1 {
		t.Fatalf("onSaved %d; %s", *saved, f.summary.Text)
	}
	got, err := st.Seeker(context.Background(), orig.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Phone != "081311112222" || got.NIK != formNIKWoman || got.Name != "Siti Aminah" {
		t.Errorf("after edit: phone %q, NIK %q, name %q", got.Phone, got.NIK, got.Name)
	}
	if countSeekers(t, st) != 1 {
		t.Error("editing added a seeker")
	}

	// Show / change reveals the NIK and lets it be corrected.
	f, _ = openForm(t, st, &got)
	test.Tap(f.nikReveal)
	if f.nik.Text != formNIKWoman || f.nik.Disabled() {
		t.Fatalf("after Show: %q, disabled %v", f.nik.Text, f.nik.Disabled())
	}
	f.nik.SetText("6471054612795627")
	test.Tap(f.save)
	if _, err := st.SeekerByNIK(context.Background(), "6471054612795627"); err != nil {
		t.Errorf("changed NIK not stored: %v", err)
	}
}

func TestSeekerFormDuplicateNIK(t *testing.T) {
	st := openFormStore(t)
	addSeeker(t, st, formNIKWoman, "Siti Aminah", "06/12/1979", "P")
	want := problemText(data.Problem{Field: data.FieldNIK, Code: data.CodeNIKTaken, Detail: formNIKWoman})

	// Typing the NIK of a registered seeker says so at once…
	f, saved := openForm(t, st, nil)
	fillValid(f)
	if got := visibleError(f, data.FieldNIK); got != want {
		t.Errorf("live NIK error %q, want %q", got, want)
	}
	test.Tap(f.save)
	if got := visibleError(f, data.FieldNIK); got != want {
		t.Errorf("NIK error %q, want %q", got, want)
	}
	if countSeekers(t, st) != 1 || *saved != 0 {
		t.Error("duplicate saved")
	}

	// …and when the other seeker was added after the check, the store's
	// refusal shows under the NIK too.
	f, saved = openForm(t, st, nil)
	fillValid(f)
	f.taken = takenCheck{nik: formNIKWoman} // as if checked before the other was saved
	test.Tap(f.save)
	if got := visibleError(f, data.FieldNIK); got != want {
		t.Errorf("NIK error from the store %q, want %q", got, want)
	}
	if countSeekers(t, st) != 1 || *saved != 0 {
		t.Error("duplicate saved")
	}

	// Editing another seeker and giving them the same NIK is refused as well.
	other := addSeeker(t, st, formNIKMan, "Budi Santoso", "01/05/1990", "L")
	f, _ = openForm(t, st, &other)
	test.Tap(f.nikReveal)
	f.nik.SetText(formNIKWoman)
	test.Tap(f.save)
	if got := visibleError(f, data.FieldNIK); got != want {
		t.Errorf("NIK error when editing %q, want %q", got, want)
	}
}

// findButton finds a visible button by its text in the top overlay (a dialog).
func findButton(t *testing.T, c fyne.Canvas, text string) *widget.Button {
	t.Helper()
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	t.Fatalf("no button %q in the dialog", text)
	return nil
}

func TestSeekerFormDelete(t *testing.T) {
	st := openFormStore(t)
	sk := addSeeker(t, st, formNIKWoman, "Siti Aminah", "06/12/1979", "P")
	f, saved := openForm(t, st, &sk)

	test.Tap(f.delete)
	if f.confirm == nil {
		t.Fatal("no confirmation before deleting")
	}
	test.Tap(findButton(t, f.win.Canvas(), lang.L("Delete")))
	if _, err := st.Seeker(context.Background(), sk.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("seeker still there: %v", err)
	}
	if *saved != 1 {
		t.Errorf("onSaved %d times", *saved)
	}
}

func TestSeekerFormDeleteCancelled(t *testing.T) {
	st := openFormStore(t)
	sk := addSeeker(t, st, formNIKWoman, "Siti Aminah", "06/12/1979", "P")
	f, saved := openForm(t, st, &sk)
	test.Tap(f.delete)
	test.Tap(findButton(t, f.win.Canvas(), lang.L("Cancel")))
	if countSeekers(t, st) != 1 || *saved != 0 {
		t.Error("deleted although cancelled")
	}
}

func TestSeekerFormDeleteInUseOffersArchive(t *testing.T) {
	st := openFormStore(t)
	sk := addSeeker(t, st, formNIKWoman, "Siti Aminah", "06/12/1979", "P")
	// A record that refers to the seeker, as a class participant will.
	ctx := context.Background()
	if _, err := st.DB().ExecContext(ctx, `CREATE TABLE test_participants (seeker_id TEXT NOT NULL REFERENCES seekers (id))`); err != nil {
		t.Fatal(err)
	}
	if _, err := st.DB().ExecContext(ctx, `INSERT INTO test_participants VALUES (?)`, sk.ID); err != nil {
		t.Fatal(err)
	}
	f, saved := openForm(t, st, &sk)
	test.Tap(f.delete)
	test.Tap(findButton(t, f.win.Canvas(), lang.L("Delete")))
	if f.confirm == nil {
		t.Fatal("no offer to archive")
	}
	test.Tap(findButton(t, f.win.Canvas(), lang.L("Archive")))
	got, err := st.Seeker(ctx, sk.ID)
	if err != nil || got.ArchivedAt.IsZero() {
		t.Errorf("not archived: %v %q", err, got.ArchivedAt)
	}
	if *saved != 1 {
		t.Errorf("onSaved %d times", *saved)
	}
}

func TestSeekerFormArchiveRestore(t *testing.T) {
	st := openFormStore(t)
	sk := addSeeker(t, st, formNIKWoman, "Siti Aminah", "06/12/1979", "P")
	f, saved := openForm(t, st, &sk)
	test.Tap(f.archive)
	got, _ := st.Seeker(context.Background(), sk.ID)
	if got.ArchivedAt.IsZero() || *saved != 1 {
		t.Fatalf("archived %q, onSaved %d", got.ArchivedAt, *saved)
	}
	f, saved = openForm(t, st, &got)
	if f.archivedBar == nil {
		t.Error("an archived seeker is not marked as such")
	}
	test.Tap(f.archive) // now "Restore"
	got, _ = st.Seeker(context.Background(), sk.ID)
	if !got.ArchivedAt.IsZero() || *saved != 1 {
		t.Errorf("restored %q, onSaved %d", got.ArchivedAt, *saved)
	}
}

func TestSeekerFormCancelAsksWhenChanged(t *testing.T) {
	st := openFormStore(t)
	f, _ := openForm(t, st, nil)
	test.Tap(f.cancel) // nothing typed: closes at once
	if f.confirm != nil {
		t.Error("asked although nothing changed")
	}
	f, _ = openForm(t, st, nil)
	test.Type(f.name, "Siti")
	test.Tap(f.cancel)
	if f.confirm == nil {
		t.Fatal("changes discarded without asking")
	}
	test.Tap(findButton(t, f.win.Canvas(), lang.L("Keep editing")))
	if f.name.Text != "Siti" {
		t.Error("text lost")
	}
}

// testPhotoPNG is a w×h PNG with a transparent band, like a cut-out photo.
func testPhotoPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBA{R: 30, G: 90, B: 200, A: 255}
			if x < w/5 {
				c.A = 0
			}
			img.SetNRGBA(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSeekerFormPhoto(t *testing.T) {
	st := openFormStore(t)
	f, saved := openForm(t, st, nil)
	fillValid(f)
	f.loadPhoto(io.NopCloser(bytes.NewReader(testPhotoPNG(t, 640, 480))))
	f.bg.Wait()
	if !f.photo.Visible() || f.photo.Image == nil || f.photoRemove.Disabled() {
		t.Fatalf("photo not shown: %s", f.photoMsg.Text)
	}
	test.Tap(f.save)
	if *saved != 1 {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	sk, err := st.SeekerByNIK(context.Background(), formNIKWoman)
	if err != nil || !sk.HasPhoto {
		t.Fatalf("seeker %v, has photo %v", err, sk.HasPhoto)
	}
	jpg, err := st.SeekerPhoto(context.Background(), sk.ID)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(jpg))
	if err != nil {
		t.Fatalf("stored photo is not a JPEG: %v", err)
	}
	if cfg.Width != 300 || cfg.Height != 400 {
		t.Errorf("stored photo %d×%d, want 300×400", cfg.Width, cfg.Height)
	}

	// Reopened, the stored photo shows; removing it removes it on save.
	f, _ = openForm(t, st, &sk)
	if !f.photo.Visible() || f.photo.Image == nil {
		t.Fatal("stored photo not shown")
	}
	test.Tap(f.photoRemove)
	test.Tap(f.save)
	if _, err := st.SeekerPhoto(context.Background(), sk.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("photo still stored: %v", err)
	}
}

func TestSeekerFormPhotoRefused(t *testing.T) {
	st := openFormStore(t)
	f, _ := openForm(t, st, nil)
	f.loadPhoto(io.NopCloser(bytes.NewReader([]byte("not a photo"))))
	f.bg.Wait()
	if f.photo.Visible() || f.photoMsg.Importance != widget.DangerImportance || f.save.Disabled() {
		t.Errorf("refused photo: shown %v, message %q", f.photo.Visible(), f.photoMsg.Text)
	}
	f.loadPhoto(io.NopCloser(bytes.NewReader(testPhotoPNG(t, 30, 40))))
	f.bg.Wait()
	if f.photo.Visible() || f.photoMsg.Text != photoErrorText(photo.ErrTooSmall) {
		t.Errorf("tiny photo: shown %v, message %q", f.photo.Visible(), f.photoMsg.Text)
	}
}

func TestAgeOn(t *testing.T) {
	birth := time.Date(1979, 12, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		now  time.Time
		want int
	}{
		{formNow, 46},
		{time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC), 47},
		{time.Date(1979, 12, 5, 0, 0, 0, 0, time.UTC), -1},
	} {
		if got := ageOn(birth, c.now); got != c.want {
			t.Errorf("ageOn(%v) = %d, want %d", c.now, got, c.want)
		}
	}
}

// TestSeekerFormTranslations checks that every text of the form has an
// Indonesian and an English translation with the same placeholders.
func TestSeekerFormIndonesian(t *testing.T) {
	test.NewTempApp(t)
	prev := currentLang
	setLanguage(langID)
	t.Cleanup(func() { setLanguage(prev) })
	st := openFormStore(t)
	f, _ := openForm(t, st, nil)
	if f.save.Text != "Simpan" || f.cancel.Text != "Batal" {
		t.Errorf("buttons %q %q", f.save.Text, f.cancel.Text)
	}
	test.Type(f.birthDate, "17/08/1998")
	if got := f.birthWords.Text; got != "17 Agustus 1998 (umur 28)" {
		t.Errorf("date in words %q", got)
	}
}

// labelsIn collects the text of every label under o.
func labelsIn(o fyne.CanvasObject) []string {
	var out []string
	switch w := o.(type) {
	case *widget.Label:
		out = append(out, w.Text)
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, labelsIn(c)...)
		}
	}
	return out
}

func TestSeekerFormListsClasses(t *testing.T) {
	test.NewTempApp(t)
	st := openFormStore(t)
	ctx := context.Background()
	codes := addDemoClasses(t, st, false)
	finished, _ := st.ClassByCode(ctx, codes[0])
	parts, err := st.Participants(ctx, finished.ID)
	if err != nil || len(parts) == 0 {
		t.Fatal(parts, err)
	}
	sk, err := st.Seeker(ctx, parts[0].SeekerID)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := openForm(t, st, &sk)
	text := strings.Join(labelsIn(f.classes), "\n")
	if !strings.Contains(text, codes[0]) || !strings.Contains(text, "Competent") {
		t.Errorf("the seeker's classes read %q, want %s and the result", text, codes[0])
	}
	other, _ := st.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortRegistered}, 0, 1)
	g, _ := openForm(t, st, &other[0])
	if got := strings.Join(labelsIn(g.classes), ""); got != "Not in any class yet." {
		t.Errorf("a seeker in no class: got %q", got)
	}
}
