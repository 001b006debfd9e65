package app

import (
	"context"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
)

// The fields of the seeker form: entries that save on Ctrl+S and tell when
// the user leaves them, and the layouts that line the two columns up.

// saveShortcut is Ctrl+S (Cmd+S on macOS).
var saveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

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

// entry is a one-line entry of the form: Enter and Ctrl+S save.
func (f *seekerForm) entry() *formEntry {
	e := newFormEntry(false)
	e.OnChanged = f.onChanged
	e.OnSubmitted = f.onSubmitted
	e.onSaveKey = f.onSave
	return e
}

// multiEntry is an entry of several lines: Enter is a new line, Ctrl+S saves.
func (f *seekerForm) multiEntry() *formEntry {
	e := newFormEntry(true)
	e.OnChanged = f.onChanged
	e.onSaveKey = f.onSave
	return e
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
	return [2]fyne.CanvasObject{container.NewStack(spacer, container.NewVBox(label)), widgets.Field(obj, f.errs[field])}
}

// dateRow is a date entry of a fixed width, followed by the date in words.
func dateRow(e *formEntry, words *widget.Label) fyne.CanvasObject {
	return container.NewBorder(nil, nil, widgets.Fixed(116, e), nil, words)
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

// TypedKey passes Esc and Enter on to the form's dialog (widgets.PassDialogKey).
func (e *formEntry) TypedKey(k *fyne.KeyEvent) {
	if !widgets.PassDialogKey(e, &e.Entry, k) {
		e.Entry.TypedKey(k)
	}
}
