package app

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// Checking the seeker form as the user types: the NIK at once, every field
// once Save was tapped, the NIK warnings always, and the dates in words.

// nikText is the NIK as the user gave it: the stored one while it is masked.
func (f *seekerForm) nikText() string {
	if f.nikMasked && f.orig != nil {
		return f.orig.NIK
	}
	return f.nik.Text
}

// input is the form's content as text, for data.ParseSeeker.
func (f *seekerForm) input() data.SeekerInput {
	in := data.SeekerInput{
		NIK: f.nikText(), AK1Number: f.ak1.Text, Name: f.name.Text, BirthPlace: f.birthPlace.Text,
		BirthDate: f.birthDate.Text, Religion: f.religion.Selected, Marital: f.marital.Selected,
		Address: f.address.Text, Kelurahan: f.kelurahan.Text, Kecamatan: f.kecamatan.Text, City: f.city.Text,
		Phone: f.phone.Text, Email: f.email.Text, Education: f.education.Selected, Major: f.major.Text,
		GraduationYear: f.graduationYear.Text,
		Skills:         f.skills.Text, Disability: f.disability.Text, RegisteredOn: f.registeredOn.Text, Notes: f.notes.Text,
	}
	switch f.sex.Selected {
	case sexLabel(data.SexMale):
		in.Sex = data.SexMale
	case sexLabel(data.SexFemale):
		in.Sex = data.SexFemale
	}
	if i := f.employment.SelectedIndex(); i >= 0 && i < len(data.EmploymentStatuses) {
		in.Employment = data.EmploymentStatuses[i]
	}
	return in
}

// check validates the form. It returns the seeker, the rejecting problems
// (a NIK of another seeker included) and the warnings.
func (f *seekerForm) check() (data.Seeker, []data.Problem, []data.Problem) {
	sk, bad, warn := data.ParseSeeker(f.input(), f.store.Now())
	if !slices.ContainsFunc(bad, func(p data.Problem) bool { return p.Field == data.FieldNIK }) {
		if p := f.nikTaken(sk.NIK); p != nil {
			bad = append([]data.Problem{*p}, bad...)
		}
	}
	return sk, bad, warn
}

// nikTaken reports a NIK that belongs to another seeker. The answer for the
// last NIK asked is kept, so that typing elsewhere asks no query.
func (f *seekerForm) nikTaken(nik string) *data.Problem {
	if nik == "" {
		return nil
	}
	if f.taken.nik == nik {
		return f.taken.problem
	}
	f.taken = takenCheck{nik: nik}
	other, err := f.store.SeekerByNIK(context.Background(), nik)
	if err == nil && (f.orig == nil || other.ID != f.orig.ID) {
		f.taken.problem = &data.Problem{Field: data.FieldNIK, Code: data.CodeNIKTaken, Detail: nik}
	}
	return f.taken.problem
}

// validate shows every problem of the form under its field.
func (f *seekerForm) validate() {
	_, bad, warn := f.check()
	f.showProblems(bad)
	f.showWarnings(warn)
}

// showProblems puts each problem under its field and hides the other errors.
func (f *seekerForm) showProblems(bad []data.Problem) {
	texts := map[string][]string{}
	var other []string
	for _, p := range bad {
		if _, ok := f.errs[p.Field]; ok {
			texts[p.Field] = append(texts[p.Field], problemText(p))
		} else {
			other = append(other, problemText(p))
		}
	}
	for field, l := range f.errs {
		widgets.SetMessage(l, strings.Join(texts[field], "\n"))
	}
	defer f.relayout()
	switch {
	case len(bad) == 0:
		widgets.SetMessage(f.summary, "")
	case len(bad) == 1:
		widgets.SetMessage(f.summary, strings.Join(append([]string{lang.L("Nothing has been saved yet: correct the field marked in red.")}, other...), "\n"))
	default:
		widgets.SetMessage(f.summary, strings.Join(append([]string{lang.L("Nothing has been saved yet: correct the fields marked in red.")}, other...), "\n"))
	}
}

// showNIKProblem validates the NIK alone, before the first Save.
func (f *seekerForm) showNIKProblem() {
	nik, p := data.ParseNIK(f.nikText())
	if p == nil {
		p = f.nikTaken(nik)
	}
	defer f.relayout()
	if p == nil {
		widgets.SetMessage(f.errs[data.FieldNIK], "")
		return
	}
	widgets.SetMessage(f.errs[data.FieldNIK], problemText(*p))
}

// showWarnings fills the warning box at the top of the form.
func (f *seekerForm) showWarnings(warn []data.Problem) {
	defer f.relayout()
	if len(warn) == 0 {
		f.warnBox.Hide()
		return
	}
	lines := make([]string, 0, len(warn)+1)
	for _, w := range warn {
		lines = append(lines, "• "+f.warningText(w))
	}
	lines = append(lines, lang.L("The job seeker can still be saved; the warning is kept with the record."))
	f.warnText.SetText(strings.Join(lines, "\n"))
	f.warnBox.Show()
}

// warningText is a NIK warning in words: the sex the NIK encodes as
// Laki-laki/Perempuan, its birth date as "6 Desember 1979".
func (f *seekerForm) warningText(w data.Problem) string {
	switch w.Code {
	case data.WarnNIKSexMismatch:
		if l := sexLabel(w.Detail); l != "" {
			w.Detail = l
		}
	case data.WarnNIKDateMismatch:
		if nik, p := data.ParseNIK(f.nikText()); p == nil {
			if info := data.DecodeNIK(nik, f.store.Now()); info.Valid {
				w.Detail = formatDate(info.BirthDate)
			}
		}
	}
	return problemText(w)
}

// refreshWarnings recomputes the NIK warnings as the user types.
func (f *seekerForm) refreshWarnings() {
	_, _, warn := data.ParseSeeker(f.input(), f.store.Now())
	f.showWarnings(warn)
}

// relayout lays the form out again after messages appeared or went away,
// so that they push the fields below them down instead of covering them.
func (f *seekerForm) relayout() {
	var key strings.Builder
	for _, l := range []*widget.Label{f.summary, f.warnText} {
		fmt.Fprintf(&key, "%v%q", l.Visible(), l.Text)
	}
	for _, field := range slices.Sorted(maps.Keys(f.errs)) {
		fmt.Fprintf(&key, "%v%q", f.errs[field].Visible(), f.errs[field].Text)
	}
	if key.String() == f.layoutKey {
		return // nothing appeared, went away or changed its length
	}
	f.layoutKey = key.String()
	if f.warnBox.Visible() || f.summary.Visible() || f.archivedBar != nil {
		f.top.Show()
	} else {
		f.top.Hide()
	}
	f.columns.Refresh()
	f.content.Refresh()
}

// showDateWords writes the dates typed in words: "17 Agustus 1998 (umur 28)".
func (f *seekerForm) showDateWords() {
	f.birthWords.SetText("")
	if d, ok := data.ParseDateCell(f.birthDate.Text); ok && d.Year() >= 1900 {
		text := formatDate(d)
		if age := ageOn(d, f.store.Now()); age >= 0 {
			text = lang.L("{{.Date}} (age {{.Age}})", map[string]any{"Date": text, "Age": age})
		}
		f.birthWords.SetText(text)
	}
	f.registeredWords.SetText("")
	if d, ok := data.ParseDateCell(f.registeredOn.Text); ok && d.Year() >= 1900 {
		f.registeredWords.SetText(formatDate(d))
	}
}

// ageOn is the age in whole years on now's date; -1 for a date after it.
func ageOn(birth, now time.Time) int {
	y, m, d := now.Date()
	age := y - birth.Year()
	if m < birth.Month() || (m == birth.Month() && d < birth.Day()) {
		age--
	}
	if age < 0 {
		return -1
	}
	return age
}

// changed is called after any change by the user.
func (f *seekerForm) changed() {
	f.dirty = true
	if f.attempted {
		f.validate()
	}
}

func (f *seekerForm) onChanged(string) {
	if f.filling {
		return
	}
	f.changed()
}

func (f *seekerForm) onNIKChanged(text string) {
	if f.filling {
		return
	}
	if !f.nikLive && (countDigits(text) >= 16 || strings.ContainsFunc(text, notNIKRune)) {
		f.nikLive = true // a full NIK, or letters no NIK has: say what is wrong at once
	}
	f.changed()
	if !f.attempted {
		if f.nikLive {
			f.showNIKProblem()
		}
		f.refreshWarnings()
	}
}

func (f *seekerForm) onNIKFocusLost() {
	if f.nikMasked || strings.TrimSpace(f.nik.Text) == "" || f.attempted {
		return
	}
	f.nikLive = true
	f.showNIKProblem()
}

func (f *seekerForm) onBirthDateChanged(string) {
	if f.filling {
		return
	}
	f.showDateWords()
	f.changed()
	if !f.attempted {
		f.refreshWarnings()
	}
}

func (f *seekerForm) onRegisteredChanged(string) {
	if f.filling {
		return
	}
	f.showDateWords()
	f.changed()
}

func (f *seekerForm) onSexChanged(string) {
	if f.filling {
		return
	}
	f.changed()
	if !f.attempted {
		f.refreshWarnings()
	}
}

func (f *seekerForm) onSubmitted(string) { f.onSave() }

// notNIKRune is a character no way of writing a NIK contains.
func notNIKRune(r rune) bool {
	return !(r >= '0' && r <= '9') && !strings.ContainsRune(" .-'\u00a0", r)
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// onRevealNIK shows the full NIK of the seeker being edited and lets it be changed.
func (f *seekerForm) onRevealNIK() {
	if f.orig == nil || !f.nikMasked {
		return
	}
	f.filling = true
	f.nikMasked = false
	f.nik.SetText(f.orig.NIK)
	f.filling = false
	f.nik.Enable()
	f.nikReveal.Hide()
	f.win.Canvas().Focus(f.nik)
}
