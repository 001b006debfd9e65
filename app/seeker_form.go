package app

import (
	"balai/data/store"

	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// balikpapanKecamatan are offered in the Kecamatan field before any are in use.
var balikpapanKecamatan = []string{"Balikpapan Barat", "Balikpapan Kota", "Balikpapan Selatan",
	"Balikpapan Tengah", "Balikpapan Timur", "Balikpapan Utara"}

// Sizes of the form.
var (
	seekerFormSize = fyne.NewSize(960, 680)
	photoSize      = fyne.NewSize(90, 120) // pas foto 3×4
)

// saveShortcut is Ctrl+S (Cmd+S on macOS).
var saveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

// showSeekerForm opens the form to add a job seeker (sk nil) or edit one.
// onSaved is called after the seeker was saved, archived or deleted.
func showSeekerForm(win fyne.Window, st *store.Store, sk *data.Seeker, onSaved func()) {
	newSeekerForm(win, st, sk, onSaved).show()
}

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

// formEntry is an entry that saves the form on Ctrl+S and reports losing focus.
type formEntry struct {
	widget.Entry
	onSaveKey   func()
	onFocusLost func()
}

func newFormEntry(multiLine bool) *formEntry {
	e := &formEntry{}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrapOff
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(3)
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut saves on Ctrl+S, which a focused entry would otherwise swallow.
func (e *formEntry) TypedShortcut(s fyne.Shortcut) {
	if isSaveShortcut(s) && e.onSaveKey != nil {
		e.onSaveKey()
		return
	}
	e.Entry.TypedShortcut(s)
}

// FocusLost tells the form that the user left the field.
func (e *formEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

// formSelectEntry is a select entry that saves the form on Ctrl+S.
type formSelectEntry struct {
	widget.SelectEntry
	onSaveKey func()
}

func newFormSelectEntry(options []string) *formSelectEntry {
	e := &formSelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	return e
}

// TypedShortcut saves on Ctrl+S.
func (e *formSelectEntry) TypedShortcut(s fyne.Shortcut) {
	if isSaveShortcut(s) && e.onSaveKey != nil {
		e.onSaveKey()
		return
	}
	e.SelectEntry.TypedShortcut(s)
}

func isSaveShortcut(s fyne.Shortcut) bool {
	return s != nil && s.ShortcutName() == saveShortcut.ShortcutName()
}

// build creates the widgets and the dialog.
func (f *seekerForm) build() {
	entry := func() *formEntry {
		e := newFormEntry(false)
		e.OnChanged = f.onChanged
		e.OnSubmitted = f.onSubmitted
		e.onSaveKey = f.onSave
		return e
	}
	multi := func() *formEntry {
		e := newFormEntry(true)
		e.OnChanged = f.onChanged
		e.onSaveKey = f.onSave
		return e
	}

	f.nik = entry()
	f.nik.SetPlaceHolder(lang.L("16 digits, as on the KTP"))
	f.nik.OnChanged = f.onNIKChanged
	f.nik.onFocusLost = f.onNIKFocusLost
	f.nikReveal = widget.NewButtonWithIcon(lang.L("Show / change"), theme.VisibilityIcon(), f.onRevealNIK)
	f.nikReveal.Hide()
	f.ak1 = entry()
	f.name = entry()
	f.birthPlace = entry()
	f.birthDate = entry()
	f.birthDate.SetPlaceHolder("17/08/1998")
	f.birthDate.OnChanged = f.onBirthDateChanged
	f.birthWords = widget.NewLabel("")
	f.birthWords.Truncation = fyne.TextTruncateEllipsis
	f.sex = widget.NewRadioGroup([]string{sexLabel(data.SexMale), sexLabel(data.SexFemale)}, f.onSexChanged)
	f.sex.Horizontal = true
	f.religion = f.newSelect(data.Religions)
	f.marital = f.newSelect(data.MaritalStatuses)

	f.address = multi()
	f.address.SetMinRowsVisible(2)
	f.kelurahan = entry()
	f.kecamatan = newFormSelectEntry(f.kecamatanOptions())
	f.kecamatan.OnChanged = f.onChanged
	f.kecamatan.OnSubmitted = f.onSubmitted
	f.kecamatan.onSaveKey = f.onSave
	f.city = entry()
	f.phone = entry()
	f.phone.SetPlaceHolder("0812 3456 7890")
	f.email = entry()

	f.education = f.newSelect(data.EducationLevels)
	f.major = entry()
	f.major.SetPlaceHolder(lang.L("e.g. Teknik Mesin"))
	f.skills = multi()
	f.skills.SetPlaceHolder(lang.L("e.g. welding, driving licence B1, Excel"))
	f.disability = entry()
	f.disability.SetPlaceHolder(lang.L("leave empty if none"))
	employment := make([]string, len(data.EmploymentStatuses))
	for i, e := range data.EmploymentStatuses {
		employment[i] = employmentLabel(e)
	}
	f.employment = f.newSelect(employment)
	f.registeredOn = entry()
	f.registeredOn.SetPlaceHolder(f.store.Now().Format("02/01/2006")) // empty means today
	f.registeredOn.OnChanged = f.onRegisteredChanged
	f.registeredWords = widget.NewLabel("")
	f.registeredWords.Truncation = fyne.TextTruncateEllipsis
	f.notes = multi()
	f.notes.SetMinRowsVisible(2)

	// Photo.
	f.photo = canvas.NewImageFromImage(nil)
	f.photo.FillMode = canvas.ImageFillContain
	f.photo.SetMinSize(photoSize)
	f.photo.Hide()
	noPhotoIcon := canvas.NewImageFromResource(theme.AccountIcon())
	noPhotoIcon.FillMode = canvas.ImageFillContain
	noPhotoIcon.SetMinSize(fyne.NewSquareSize(48))
	noPhotoText := canvas.NewText(lang.L("No photo"), theme.Color(theme.ColorNamePlaceHolder))
	noPhotoText.TextSize = theme.CaptionTextSize()
	noPhotoText.Alignment = fyne.TextAlignCenter
	f.noPhoto = container.NewCenter(container.NewVBox(noPhotoIcon, noPhotoText))
	frame := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	frame.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	frame.StrokeWidth = 1
	frame.SetMinSize(photoSize)
	f.photoChoose = widget.NewButtonWithIcon(lang.L("Choose photo…"), theme.FolderOpenIcon(), f.onChoosePhoto)
	f.photoRemove = widget.NewButtonWithIcon(lang.L("Remove photo"), theme.DeleteIcon(), f.onRemovePhoto)
	f.photoRemove.Disable()
	f.photoMsg = widget.NewLabel(lang.L("JPEG or PNG, 3×4 portrait. A larger photo is cropped and reduced."))
	f.photoMsg.Wrapping = fyne.TextWrapWord
	f.photoMsg.SizeName = theme.SizeNameCaptionText
	photoRow := container.NewBorder(nil, nil,
		container.NewVBox(container.NewStack(frame, f.noPhoto, f.photo)), nil,
		container.NewVBox(container.NewHBox(container.NewVBox(f.photoChoose, f.photoRemove)), f.photoMsg))

	// Messages.
	for _, field := range []string{data.FieldNIK, data.FieldAK1, data.FieldName, data.FieldBirthPlace,
		data.FieldBirthDate, data.FieldSex, data.FieldReligion, data.FieldMarital, data.FieldAddress,
		data.FieldKelurahan, data.FieldKecamatan, data.FieldCity, data.FieldPhone, data.FieldEmail,
		data.FieldEducation, data.FieldMajor, data.FieldSkills, data.FieldDisability, data.FieldEmployment,
		data.FieldRegisteredOn, data.FieldNotes} {
		l := widget.NewLabel("")
		l.Importance = widget.DangerImportance
		l.Wrapping = fyne.TextWrapWord
		l.Hide()
		f.errs[field] = l
	}
	f.summary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.summary.Importance = widget.DangerImportance
	f.summary.Wrapping = fyne.TextWrapWord
	f.summary.Hide()
	f.warnText = widget.NewLabel("")
	f.warnText.Wrapping = fyne.TextWrapWord
	f.warnBox = noticeBox(theme.WarningIcon(), theme.ColorNameWarning, f.warnText)
	f.warnBox.Hide()

	// Columns.
	nikRow := container.NewBorder(nil, nil, nil, f.nikReveal, f.nik)
	left := container.NewVBox(
		sectionTitle(lang.L("Identity")),
		f.formGrid(
			f.row(data.FieldNIK, true, nikRow),
			f.row(data.FieldAK1, false, f.ak1),
			f.row(data.FieldName, true, f.name),
			f.row(data.FieldBirthPlace, false, f.birthPlace),
			f.row(data.FieldBirthDate, true, dateRow(f.birthDate, f.birthWords)),
			f.row(data.FieldSex, true, f.sex),
			f.row(data.FieldReligion, false, f.religion),
			f.row(data.FieldMarital, false, f.marital),
		),
		sectionTitle(lang.L("Contact and address")),
		f.formGrid(
			f.row(data.FieldAddress, false, f.address),
			f.row(data.FieldKelurahan, false, f.kelurahan),
			f.row(data.FieldKecamatan, false, f.kecamatan),
			f.row(data.FieldCity, false, f.city),
			f.row(data.FieldPhone, false, f.phone),
			f.row(data.FieldEmail, false, f.email),
		),
	)
	right := container.NewVBox(
		sectionTitle(lang.L("Photo")),
		photoRow,
		sectionTitle(lang.L("Education and work")),
		f.formGrid(
			f.row(data.FieldEducation, false, f.education),
			f.row(data.FieldMajor, false, f.major),
			f.row(data.FieldSkills, false, f.skills),
			f.row(data.FieldDisability, false, f.disability),
			f.row(data.FieldEmployment, false, f.employment),
			f.row(data.FieldRegisteredOn, false, dateRow(f.registeredOn, f.registeredWords)),
			f.row(data.FieldNotes, false, f.notes),
		),
	)
	if f.orig != nil {
		f.classes = f.classesList()
		right.Add(sectionTitle(lang.L("Classes")))
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
	f.columns = container.New(&columnsLayout{gap: 3 * theme.Padding(), weights: []float32{0.55, 0.45}}, left, right)
	f.scroll = container.NewVScroll(container.NewPadded(f.columns))

	// Buttons.
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
	buttons := container.NewBorder(nil, nil, leftButtons, container.NewHBox(f.cancel, f.save))

	f.top = container.NewVBox(f.warnBox, f.summary)
	if f.orig != nil && !f.orig.ArchivedAt.IsZero() {
		l := widget.NewLabel(lang.L("This job seeker is archived: hidden from the register and from new classes. Restore to bring them back."))
		l.Wrapping = fyne.TextWrapWord
		f.archivedBar = noticeBox(theme.InfoIcon(), theme.ColorNamePrimary, l)
		f.top.Add(f.archivedBar)
	}
	if f.archivedBar == nil {
		f.top.Hide()
	}
	f.content = container.NewBorder(f.top, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, f.scroll)

	title := lang.L("New job seeker")
	if f.orig != nil {
		title = lang.L("Job seeker") + ": " + f.orig.Name
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, f.content, f.win)
	f.dlg.Resize(seekerFormSize)
	f.dlg.SetOnClosed(f.onClosed)
}

func (f *seekerForm) newSelect(options []string) *widget.Select {
	s := widget.NewSelect(options, f.onChanged)
	s.PlaceHolder = lang.L("(choose)")
	return s
}

// row is one labelled field: label, then the widget above its inline error.
func (f *seekerForm) row(field string, required bool, obj fyne.CanvasObject) [2]fyne.CanvasObject {
	text := fieldLabel(field)
	if required {
		text += " *"
	}
	label := widget.NewLabel(text)
	f.fieldObj[field] = obj
	// The label keeps to the top of a row that grows with an error below the
	// field; the spacer gives all label columns the width of the widest label,
	// so that the fields of every section start at the same place.
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(label.MinSize().Width, 0))
	f.labelSpacer = append(f.labelSpacer, spacer)
	return [2]fyne.CanvasObject{container.NewStack(spacer, container.NewVBox(label)), container.New(fieldLayout{}, obj, f.errs[field])}
}

// formGrid lays rows out as a two-column form: labels, then fields.
func (f *seekerForm) formGrid(rows ...[2]fyne.CanvasObject) *fyne.Container {
	objs := make([]fyne.CanvasObject, 0, 2*len(rows))
	for _, r := range rows {
		objs = append(objs, r[0], r[1])
	}
	return container.New(layout.NewFormLayout(), objs...)
}

// dateRow is a date entry of a fixed width, followed by the date in words.
func dateRow(e *formEntry, words *widget.Label) fyne.CanvasObject {
	return container.NewBorder(nil, nil, container.New(&fixedWidth{width: 116}, e), nil, words)
}

// fixedWidth gives its objects a fixed width.
type fixedWidth struct{ width float32 }

func (l *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.width, h)
}

func sectionTitle(text string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(l, widget.NewSeparator())
}

// noticeBox is a tinted box with an icon and text, for warnings and notices.
func noticeBox(icon fyne.Resource, tint fyne.ThemeColorName, text fyne.CanvasObject) fyne.CanvasObject {
	r, g, b, _ := theme.Color(tint).RGBA()
	bg := canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x30})
	bg.StrokeColor = theme.Color(tint)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	img := widget.NewIcon(icon)
	return container.NewStack(bg, container.NewPadded(
		container.NewBorder(nil, nil, container.NewVBox(img), nil, text)))
}

// columnsLayout puts its objects side by side, each with its share of the width.
type columnsLayout struct {
	gap     float32
	weights []float32 // one per object, summing to 1
}

func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	avail := size.Width - l.gap*float32(len(objs)-1)
	x := float32(0)
	for i, o := range objs {
		w := avail * l.weights[i]
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + l.gap
	}
}

func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var avail, h float32
	for i, o := range objs {
		m := o.MinSize()
		avail = max(avail, m.Width/l.weights[i])
		h = max(h, m.Height)
	}
	return fyne.NewSize(avail+l.gap*float32(len(objs)-1), h)
}

// fieldLayout stacks a field and the messages under it, the messages pulled
// up into the label padding so that they read as part of their field.
type fieldLayout struct{}

// fieldMessageLift is how far a message moves up towards its field.
const fieldMessageLift = 8

func (fieldLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		if i > 0 {
			y -= fieldMessageLift
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}

func (fieldLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
		if i > 0 {
			h -= fieldMessageLift
		}
	}
	return fyne.NewSize(w, h)
}

// kecamatanOptions are Balikpapan's six kecamatan and those already in use.
func (f *seekerForm) kecamatanOptions() []string {
	opts := slices.Clone(balikpapanKecamatan)
	if used, err := f.store.Kecamatans(context.Background()); err == nil {
		for _, k := range used {
			if !slices.ContainsFunc(opts, func(o string) bool { return strings.EqualFold(o, k) }) {
				opts = append(opts, k)
			}
		}
	}
	slices.Sort(opts)
	return opts
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
	if f.orig == nil {
		f.win.Canvas().Focus(f.nik)
	} else {
		f.win.Canvas().Focus(f.name)
	}
	if f.orig != nil && f.orig.HasPhoto {
		f.loadStoredPhoto()
	}
}

func (f *seekerForm) onClosed() {
	f.win.Canvas().RemoveShortcut(saveShortcut)
}

// close hides the form without asking.
func (f *seekerForm) close() {
	f.dlg.Hide()
}

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
		Skills: f.skills.Text, Disability: f.disability.Text, RegisteredOn: f.registeredOn.Text, Notes: f.notes.Text,
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
		setMessage(l, strings.Join(texts[field], "\n"))
	}
	defer f.relayout()
	switch {
	case len(bad) == 0:
		setMessage(f.summary, "")
	case len(bad) == 1:
		setMessage(f.summary, strings.Join(append([]string{lang.L("Nothing has been saved yet: correct the field marked in red.")}, other...), "\n"))
	default:
		setMessage(f.summary, strings.Join(append([]string{lang.L("Nothing has been saved yet: correct the fields marked in red.")}, other...), "\n"))
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
		setMessage(f.errs[data.FieldNIK], "")
		return
	}
	setMessage(f.errs[data.FieldNIK], problemText(*p))
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

// setMessage shows text in l, or hides l when text is empty.
func setMessage(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
	if text == "" {
		l.Hide()
	} else {
		l.Show()
	}
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

// onSave validates and saves the seeker with their photo.
func (f *seekerForm) onSave() {
	if f.photoBusy || f.choosing || f.confirm != nil {
		return // another dialog is on top, or the photo is not ready
	}
	f.attempted = true
	sk, bad, warn := f.check()
	f.showProblems(bad)
	f.showWarnings(warn)
	if len(bad) > 0 {
		f.reveal(bad[0].Field)
		return
	}
	ctx := context.Background()
	var err error
	if f.orig == nil {
		err = f.store.CreateSeeker(ctx, &sk)
	} else {
		sk.ID = f.orig.ID
		err = f.store.UpdateSeeker(ctx, &sk)
	}
	var p *data.Problem
	if errors.As(err, &p) && p.Code == data.CodeNIKTaken {
		f.taken = takenCheck{nik: sk.NIK, problem: p}
		f.showProblems([]data.Problem{*p})
		f.reveal(data.FieldNIK)
		return
	}
	if err != nil {
		showError(err, f.win)
		return
	}
	if f.photoDirty {
		if err := f.store.SetSeekerPhoto(ctx, sk.ID, f.photoJPEG); err != nil {
			// The seeker is saved; only the photo is missing.
			dialog.ShowError(errors.New(lang.L("The job seeker was saved, but the photo was not:")+" "+userMessage(err)), f.win)
		}
	}
	f.close()
	if f.onSaved != nil {
		f.onSaved()
	}
}

// reveal scrolls to a field with a problem and puts the cursor in it.
func (f *seekerForm) reveal(field string) {
	obj, ok := f.fieldObj[field]
	if !ok {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(f.scroll.Content).Y
	if y < f.scroll.Offset.Y || y+obj.Size().Height > f.scroll.Offset.Y+f.scroll.Size().Height {
		f.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-4*theme.Padding())))
	}
	if field == data.FieldNIK && f.nikMasked {
		return
	}
	if fo, ok := obj.(fyne.Focusable); ok {
		f.win.Canvas().Focus(fo)
	} else if field == data.FieldNIK {
		f.win.Canvas().Focus(f.nik)
	}
}

// onCancel closes the form; changes are given up after asking.
func (f *seekerForm) onCancel() {
	f.discardThen(f.close)
}

// discardThen runs next at once, or after the user agreed to lose the changes.
func (f *seekerForm) discardThen(next func()) {
	if !f.dirty && !f.photoDirty {
		next()
		return
	}
	f.showConfirm(lang.L("Discard changes?"),
		lang.L("The changes to this job seeker have not been saved."),
		lang.L("Discard"), lang.L("Keep editing"), widget.DangerImportance, func(ok bool) {
			if ok {
				next()
			}
		})
}

// showConfirm asks a question on top of the form.
func (f *seekerForm) showConfirm(title, message, confirm, dismiss string, imp widget.Importance, done func(bool)) {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	c := dialog.NewCustomConfirm(title, confirm, dismiss, l, func(ok bool) {
		f.confirm = nil
		done(ok)
	}, f.win)
	c.SetConfirmImportance(imp)
	c.Resize(fyne.NewSize(480, 0))
	f.confirm = c
	c.Show()
}

// onArchive archives the seeker, or restores an archived one.
func (f *seekerForm) onArchive() {
	if f.orig == nil {
		return
	}
	f.discardThen(func() { f.setArchived(f.orig.ArchivedAt.IsZero()) })
}

func (f *seekerForm) setArchived(archived bool) {
	if err := f.store.ArchiveSeeker(context.Background(), f.orig.ID, archived); err != nil {
		showError(err, f.win)
		return
	}
	f.close()
	if f.onSaved != nil {
		f.onSaved()
	}
}

// onDelete asks before deleting the seeker for good.
func (f *seekerForm) onDelete() {
	if f.orig == nil {
		return
	}
	msg := lang.L("Delete {{.Name}} (NIK {{.NIK}}) and their photo for good? This cannot be undone. To keep the record but hide it, archive it instead.",
		map[string]any{"Name": f.orig.Name, "NIK": data.MaskNIK(f.orig.NIK)})
	f.showConfirm(lang.L("Delete job seeker?"), msg, lang.L("Delete"), lang.L("Cancel"), widget.DangerImportance, f.onDeleteConfirmed)
}

func (f *seekerForm) onDeleteConfirmed(ok bool) {
	if !ok {
		return
	}
	err := f.store.DeleteSeeker(context.Background(), f.orig.ID)
	switch {
	case errors.Is(err, data.ErrInUse):
		if !f.orig.ArchivedAt.IsZero() {
			dialog.ShowInformation(lang.L("Cannot delete"), lang.L("{{.Name}} is in a training class or has a certificate, so the record must stay. It is archived already.",
				map[string]any{"Name": f.orig.Name}), f.win)
			return
		}
		f.showConfirm(lang.L("Cannot delete"),
			lang.L("{{.Name}} is in a training class or has a certificate, so the record must stay. Archive it instead? It is then hidden from the register.",
				map[string]any{"Name": f.orig.Name}),
			lang.L("Archive"), lang.L("Cancel"), widget.HighImportance, func(ok bool) {
				if ok {
					f.setArchived(true)
				}
			})
		return
	case err != nil:
		showError(err, f.win)
		return
	}
	f.close()
	if f.onSaved != nil {
		f.onSaved()
	}
}

// onChoosePhoto lets the user pick a JPEG or PNG file.
func (f *seekerForm) onChoosePhoto() {
	f.choosing = true
	d := dialog.NewFileOpen(f.onPhotoFile, f.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".jpg", ".jpeg", ".JPG", ".JPEG", ".png", ".PNG"}))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// onPhotoFile is the file dialog's answer.
func (f *seekerForm) onPhotoFile(rc fyne.URIReadCloser, err error) {
	f.choosing = false
	if err != nil {
		showError(err, f.win)
		return
	}
	if rc == nil {
		return // cancelled
	}
	f.loadPhoto(rc)
}

// loadPhoto reads, crops and scales a photo in the background and shows it.
// It closes r.
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

func (f *seekerForm) loadPhoto(r io.ReadCloser) {
	f.photoBusy = true
	f.save.Disable()
	f.photoChoose.Disable()
	setPhotoMessage(f.photoMsg, lang.L("Preparing the photo…"), widget.MediumImportance)
	f.bg.Add(1)
	go func() {
		defer f.bg.Done()
		jpg, err := data.PreparePhoto(r)
		r.Close()
		var img image.Image
		if err == nil {
			img, err = jpeg.Decode(bytes.NewReader(jpg))
		}
		fyne.Do(func() {
			f.photoBusy = false
			f.save.Enable()
			f.photoChoose.Enable()
			if err != nil {
				setPhotoMessage(f.photoMsg, photoErrorText(err), widget.DangerImportance)
				return
			}
			f.photoJPEG, f.photoDirty = jpg, true
			f.showPhoto(img)
			setPhotoMessage(f.photoMsg, lang.L("New photo: it is stored when you save."), widget.MediumImportance)
		})
	}()
}

// loadStoredPhoto shows the seeker's stored photo, read in the background.
func (f *seekerForm) loadStoredPhoto() {
	id := f.orig.ID
	f.bg.Add(1)
	go func() {
		defer f.bg.Done()
		jpg, err := f.store.SeekerPhoto(context.Background(), id)
		var img image.Image
		if err == nil {
			img, err = jpeg.Decode(bytes.NewReader(jpg))
		}
		fyne.Do(func() {
			if f.photoDirty {
				return // the user chose another photo meanwhile
			}
			switch {
			case errors.Is(err, data.ErrNotFound):
			case err != nil:
				setPhotoMessage(f.photoMsg, lang.L("The stored photo cannot be shown."), widget.DangerImportance)
			default:
				f.showPhoto(img)
			}
		})
	}()
}

func (f *seekerForm) showPhoto(img image.Image) {
	if img == nil {
		f.photo.Image = nil
		f.photo.Hide()
		f.noPhoto.Show()
		f.photoRemove.Disable()
		return
	}
	f.photo.Image = img
	f.photo.Show()
	f.noPhoto.Hide()
	f.photo.Refresh()
	f.photoRemove.Enable()
}

// onRemovePhoto drops the photo; the stored one is removed on save.
func (f *seekerForm) onRemovePhoto() {
	f.photoJPEG = nil
	f.photoDirty = f.orig != nil && f.orig.HasPhoto // a stored photo is removed on save
	f.showPhoto(nil)
	setPhotoMessage(f.photoMsg, lang.L("No photo."), widget.MediumImportance)
}

func setPhotoMessage(l *widget.Label, text string, imp widget.Importance) {
	l.Importance = imp
	l.SetText(text)
}

// photoErrorText says why a photo was refused.
func photoErrorText(err error) string {
	switch {
	case errors.Is(err, data.ErrPhotoFormat):
		return lang.L("This file is not a JPEG or PNG photo. Choose a .jpg or .png file.")
	case errors.Is(err, data.ErrPhotoTooSmall):
		return lang.L("This photo is too small (at least 60×80 pixels). Scan or photograph it again.")
	case errors.Is(err, data.ErrPhotoTooLarge):
		return lang.L("This photo is too large (more than 40 megapixels). Choose a smaller copy.")
	}
	return userMessage(err)
}
