package app

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
)

// balikpapanKecamatan are offered in the Kecamatan field before any are in use.
var balikpapanKecamatan = []string{"Balikpapan Barat", "Balikpapan Kota", "Balikpapan Selatan",
	"Balikpapan Tengah", "Balikpapan Timur", "Balikpapan Utara"}

// Sizes of the form.
var (
	seekerFormSize = fyne.NewSize(960, 680)
	photoSize      = fyne.NewSize(90, 120) // pas foto 3×4
)

// seekerForm is the add/edit form of one job seeker, shown in a dialog.
type seekerForm struct {
	win     fyne.Window
	store   *store.Store
	orig    *data.Seeker      // nil for a new seeker
	classes fyne.CanvasObject // the classes the seeker has been in (existing seekers)
	onSaved func()

	// Identity.
	nik        *formEntry
	nikReveal  *widget.Button
	ak1        *formEntry
	name       *formEntry
	birthPlace *formEntry
	birthDate  *formEntry
	birthWords *widget.Label
	sex        *widget.RadioGroup
	religion   *widget.Select
	marital    *widget.Select

	// Contact and address.
	address   *formEntry
	kelurahan *formEntry
	kecamatan *formSelectEntry
	city      *formEntry
	phone     *formEntry
	email     *formEntry

	// Education and work.
	education       *widget.Select
	major           *formEntry
	graduationYear  *formEntry
	skills          *formEntry
	disability      *formEntry
	employment      *widget.Select
	registeredOn    *formEntry
	registeredWords *widget.Label
	notes           *formEntry

	// Photo.
	photo       *canvas.Image
	noPhoto     fyne.CanvasObject
	photoChoose *widget.Button
	photoRemove *widget.Button
	photoMsg    *widget.Label

	// Messages.
	errs        map[string]*widget.Label // field → its inline error
	fieldObj    map[string]fyne.CanvasObject
	summary     *widget.Label // "check the fields marked in red"
	warnBox     fyne.CanvasObject
	warnText    *widget.Label
	archivedBar fyne.CanvasObject

	// Buttons.
	save    *widget.Button
	cancel  *widget.Button
	archive *widget.Button
	delete  *widget.Button

	scroll      *container.Scroll
	columns     *fyne.Container
	top         *fyne.Container // warnings and notices above the fields
	content     *fyne.Container
	labelSpacer []*canvas.Rectangle // give every label column the same width
	dlg         *dialog.CustomDialog

	// State, touched on the UI goroutine only.
	filling    bool // widgets are being filled in: not a user change
	dirty      bool // the user changed something
	attempted  bool // Save was tapped once: validate everything as the user types
	nikLive    bool // validate the NIK as the user types
	nikMasked  bool // the NIK entry shows data.MaskNIK of orig.NIK, read-only
	photoJPEG  []byte
	photoDirty bool // photoJPEG replaces the stored photo (nil: remove it)
	photoBusy  bool // a photo is being read: Save waits for it
	choosing   bool // the file dialog is open: Ctrl+S is not for the form
	taken      takenCheck
	confirm    dialog.Dialog // the confirmation on top of the form, if any
	layoutKey  string        // the messages shown when the form was last laid out

	// bg counts background work (photo reading and loading), for tests.
	bg sync.WaitGroup
}

// takenCheck remembers the last look-up of a NIK among the other seekers.
type takenCheck struct {
	nik     string
	problem *data.Problem
}

func newSeekerForm(win fyne.Window, st *store.Store, sk *data.Seeker, onSaved func()) *seekerForm {
	f := &seekerForm{win: win, store: st, onSaved: onSaved,
		errs: map[string]*widget.Label{}, fieldObj: map[string]fyne.CanvasObject{}}
	if sk != nil {
		c := *sk
		f.orig = &c
	}
	f.build()
	f.fill()
	return f
}

// build creates the widgets and the dialog.
func (f *seekerForm) build() {
	f.buildIdentity()
	f.buildContact()
	f.buildWork()
	photo := f.buildPhoto()
	f.buildMessages()
	f.columns = f.layoutColumns(photo)
	f.scroll = container.NewVScroll(container.NewPadded(f.columns))
	buttons := f.buildButtons()
	f.buildTop()
	f.content = container.NewBorder(f.top, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, f.scroll)

	title := lang.L("New job seeker")
	if f.orig != nil {
		title = lang.L("Job seeker") + ": " + f.orig.Name
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, f.content, f.win)
	f.dlg.Resize(seekerFormSize)
	f.dlg.SetOnClosed(f.onClosed)
}

func (f *seekerForm) buildIdentity() {
	f.nik = f.entry()
	f.nik.SetPlaceHolder(lang.L("16 digits, as on the KTP"))
	f.nik.OnChanged = f.onNIKChanged
	f.nik.onFocusLost = f.onNIKFocusLost
	f.nikReveal = widget.NewButtonWithIcon(lang.L("Show / change"), theme.VisibilityIcon(), f.onRevealNIK)
	f.nikReveal.Hide()
	f.ak1 = f.entry()
	f.name = f.entry()
	f.birthPlace = f.entry()
	f.birthDate = f.entry()
	f.birthDate.SetPlaceHolder("17/08/1998")
	f.birthDate.OnChanged = f.onBirthDateChanged
	f.birthWords = widget.NewLabel("")
	f.birthWords.Truncation = fyne.TextTruncateEllipsis
	f.sex = widget.NewRadioGroup([]string{sexLabel(data.SexMale), sexLabel(data.SexFemale)}, f.onSexChanged)
	f.sex.Horizontal = true
	f.religion = f.newSelect(data.Religions)
	f.marital = f.newSelect(data.MaritalStatuses)
}

func (f *seekerForm) buildContact() {
	f.address = f.multiEntry()
	f.address.SetMinRowsVisible(2)
	f.kelurahan = f.entry()
	f.kecamatan = newFormSelectEntry(f.kecamatanOptions())
	f.kecamatan.OnChanged = f.onChanged
	f.kecamatan.OnSubmitted = f.onSubmitted
	f.kecamatan.onSaveKey = f.onSave
	f.city = f.entry()
	f.phone = f.entry()
	f.phone.SetPlaceHolder("0812 3456 7890")
	f.email = f.entry()
}

func (f *seekerForm) buildWork() {
	f.education = f.newSelect(data.EducationLevels)
	f.major = f.entry()
	f.major.SetPlaceHolder(lang.L("e.g. Teknik Mesin"))
	f.graduationYear = f.entry()
	f.graduationYear.SetPlaceHolder(lang.L("e.g. 2019"))
	f.skills = f.multiEntry()
	f.skills.SetPlaceHolder(lang.L("e.g. welding, driving licence B1, Excel"))
	f.disability = f.entry()
	f.disability.SetPlaceHolder(lang.L("leave empty if none"))
	employment := make([]string, len(data.EmploymentStatuses))
	for i, e := range data.EmploymentStatuses {
		employment[i] = employmentLabel(e)
	}
	f.employment = f.newSelect(employment)
	f.registeredOn = f.entry()
	f.registeredOn.SetPlaceHolder(f.store.Now().Format("02/01/2006")) // empty means today
	f.registeredOn.OnChanged = f.onRegisteredChanged
	f.registeredWords = widget.NewLabel("")
	f.registeredWords.Truncation = fyne.TextTruncateEllipsis
	f.notes = f.multiEntry()
	f.notes.SetMinRowsVisible(2)
}

// buildMessages makes the error line of every field, the summary and the
// warning box.
func (f *seekerForm) buildMessages() {
	for _, field := range []string{data.FieldNIK, data.FieldAK1, data.FieldName, data.FieldBirthPlace,
		data.FieldBirthDate, data.FieldSex, data.FieldReligion, data.FieldMarital, data.FieldAddress,
		data.FieldKelurahan, data.FieldKecamatan, data.FieldCity, data.FieldPhone, data.FieldEmail,
		data.FieldEducation, data.FieldMajor, data.FieldGraduationYear, data.FieldSkills, data.FieldDisability,
		data.FieldEmployment, data.FieldRegisteredOn, data.FieldNotes} {
		l := widgets.NewErrorLabel()
		f.errs[field] = l
	}
	f.summary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.summary.Importance = widget.DangerImportance
	f.summary.Wrapping = fyne.TextWrapWord
	f.summary.Hide()
	f.warnText = widget.NewLabel("")
	f.warnText.Wrapping = fyne.TextWrapWord
	f.warnBox = widgets.NoticeBox(theme.WarningIcon(), theme.ColorNameWarning, f.warnText)
	f.warnBox.Hide()
}

// layoutColumns lays the fields out in two columns: identity, contact and
// address on the left; photo, education and work, and the classes on the right.
func (f *seekerForm) layoutColumns(photo fyne.CanvasObject) *fyne.Container {
	nikRow := container.NewBorder(nil, nil, nil, f.nikReveal, f.nik)
	left := container.NewVBox(
		widgets.SectionTitle(lang.L("Identity")),
		widgets.PairsGrid(
			f.row(data.FieldNIK, true, nikRow),
			f.row(data.FieldAK1, false, f.ak1),
			f.row(data.FieldName, true, f.name),
			f.row(data.FieldBirthPlace, false, f.birthPlace),
			f.row(data.FieldBirthDate, true, dateRow(f.birthDate, f.birthWords)),
			f.row(data.FieldSex, true, f.sex),
			f.row(data.FieldReligion, false, f.religion),
			f.row(data.FieldMarital, false, f.marital),
		),
		widgets.SectionTitle(lang.L("Contact and address")),
		widgets.PairsGrid(
			f.row(data.FieldAddress, false, f.address),
			f.row(data.FieldKelurahan, false, f.kelurahan),
			f.row(data.FieldKecamatan, false, f.kecamatan),
			f.row(data.FieldCity, false, f.city),
			f.row(data.FieldPhone, false, f.phone),
			f.row(data.FieldEmail, false, f.email),
		),
	)
	right := container.NewVBox(
		widgets.SectionTitle(lang.L("Photo")),
		photo,
		widgets.SectionTitle(lang.L("Education and work")),
		widgets.PairsGrid(
			f.row(data.FieldEducation, false, f.education),
			f.row(data.FieldMajor, false, f.major),
			f.row(data.FieldGraduationYear, false, f.graduationYear),
			f.row(data.FieldSkills, false, f.skills),
			f.row(data.FieldDisability, false, f.disability),
			f.row(data.FieldEmployment, false, f.employment),
			f.row(data.FieldRegisteredOn, false, dateRow(f.registeredOn, f.registeredWords)),
			f.row(data.FieldNotes, false, f.notes),
		),
	)
	if f.orig != nil {
		f.classes = f.classesList()
		right.Add(widgets.SectionTitle(lang.L("Classes")))
		right.Add(f.classes)
	}
	var labelWidth float32
	for _, sp := range f.labelSpacer {
		labelWidth = max(labelWidth, sp.MinSize().Width)
	}
	for _, sp := range f.labelSpacer {
		sp.SetMinSize(fyne.NewSize(labelWidth, 0))
	}
	// Identity is the wider column: NIK with its button, dates with their words.
	return container.New(&columnsLayout{gap: 3 * theme.Padding(), weights: []float32{0.55, 0.45}}, left, right)
}

// buildButtons makes Save and Cancel, and for a stored seeker Delete and
// Archive or Restore.
func (f *seekerForm) buildButtons() fyne.CanvasObject {
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), f.onCancel)
	required := widget.NewLabel(lang.L("* must be filled in. Ctrl+S saves."))
	required.Importance = widget.LowImportance
	leftButtons := container.NewHBox(required)
	if f.orig != nil {
		f.delete = widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), f.onDelete)
		f.delete.Importance = widget.DangerImportance
		if f.orig.ArchivedAt.IsZero() {
			f.archive = widget.NewButtonWithIcon(lang.L("Archive"), theme.FolderIcon(), f.onArchive)
		} else {
			f.archive = widget.NewButtonWithIcon(lang.L("Restore"), theme.HistoryIcon(), f.onArchive)
		}
		leftButtons = container.NewHBox(f.delete, f.archive, required)
	}
	return container.NewBorder(nil, nil, leftButtons, container.NewHBox(f.cancel, f.save))
}

// buildTop makes what shows above the fields: the warnings, the summary of
// the problems and, for an archived seeker, a notice.
func (f *seekerForm) buildTop() {
	f.top = container.NewVBox(f.warnBox, f.summary)
	if f.orig != nil && !f.orig.ArchivedAt.IsZero() {
		l := widget.NewLabel(lang.L("This job seeker is archived: hidden from the register and from new classes. Restore to bring them back."))
		l.Wrapping = fyne.TextWrapWord
		f.archivedBar = widgets.NoticeBox(theme.InfoIcon(), theme.ColorNamePrimary, l)
		f.top.Add(f.archivedBar)
	}
	if f.archivedBar == nil {
		f.top.Hide()
	}
}

// fill shows the seeker being edited.
func (f *seekerForm) fill() {
	f.filling = true
	defer func() { f.filling = false }()
	if f.orig == nil {
		return
	}
	in := f.orig.Input()
	f.nikMasked = true
	f.nik.SetText(data.MaskNIK(in.NIK))
	f.nik.Disable()
	f.nikReveal.Show()
	f.ak1.SetText(in.AK1Number)
	f.name.SetText(in.Name)
	f.birthPlace.SetText(in.BirthPlace)
	f.birthDate.SetText(in.BirthDate)
	f.sex.SetSelected(sexLabel(in.Sex))
	f.religion.SetSelected(in.Religion)
	f.marital.SetSelected(in.Marital)
	f.address.SetText(in.Address)
	f.kelurahan.SetText(in.Kelurahan)
	f.kecamatan.SetText(in.Kecamatan)
	f.city.SetText(in.City)
	f.phone.SetText(in.Phone)
	f.email.SetText(in.Email)
	f.education.SetSelected(in.Education)
	f.major.SetText(in.Major)
	f.graduationYear.SetText(in.GraduationYear)
	f.skills.SetText(in.Skills)
	f.disability.SetText(in.Disability)
	if i := slices.Index(data.EmploymentStatuses, in.Employment); i >= 0 {
		f.employment.SetSelectedIndex(i)
	}
	f.registeredOn.SetText(in.RegisteredOn)
	f.notes.SetText(in.Notes)
	f.showDateWords()
	f.showWarnings(f.orig.Warnings)
}

// show opens the dialog.
func (f *seekerForm) show() {
	f.win.Canvas().AddShortcut(saveShortcut, func(fyne.Shortcut) { f.onSave() })
	f.dlg.Show()
	widgets.DialogKeys(f.win, f.dlg, f.onSave, f.onCancel)
	f.focusFirst()
	if f.orig != nil && f.orig.HasPhoto {
		f.loadStoredPhoto()
	}
}

// focusFirst gives the keyboard to the first field to fill: the NIK of a
// new seeker, the name of one recorded.
func (f *seekerForm) focusFirst() {
	if f.orig == nil {
		f.win.Canvas().Focus(f.nik)
	} else {
		f.win.Canvas().Focus(f.name)
	}
}

func (f *seekerForm) onClosed() {
	f.win.Canvas().RemoveShortcut(saveShortcut)
}

// close hides the form without asking.
func (f *seekerForm) close() {
	f.dlg.Hide()
}

// classesList shows every class the seeker has been in, newest first.
func (f *seekerForm) classesList() fyne.CanvasObject {
	classes, err := f.store.SeekerClasses(context.Background(), f.orig.ID)
	if err != nil {
		return widget.NewLabel(userMessage(err))
	}
	if len(classes) == 0 {
		l := widget.NewLabel(lang.L("Not in any class yet."))
		l.Importance = widget.LowImportance
		return l
	}
	box := container.NewVBox()
	for _, c := range classes {
		line := fmt.Sprintf("%s · %s · %s – %s · %s", c.ClassCode, c.ProgramName,
			formatDate(c.Start), formatDate(c.End), participantStatusLabel(c.Status))
		if c.Units > 0 && (c.Competent > 0 || c.NotCompetent > 0) {
			line += " " + lang.L("({{.K}} of {{.N}} units K)", map[string]any{"K": c.Competent, "N": c.Units})
		}
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	return box
}
