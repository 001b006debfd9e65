package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestDialogKeys(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("window"))
	w.Resize(fyne.NewSize(800, 600))
	var base []fyne.KeyName
	w.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) { base = append(base, e.Name) })
	key := func(name fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: name}) }

	var answers []bool
	first := dialog.NewConfirm("First", "Sure?", func(ok bool) { answers = append(answers, ok) }, w)
	ShowConfirmDialog(w, first)
	entry := NewEntry()
	second := dialog.NewCustom("Second", "Close", entry, w)
	ShowMessageDialog(w, second)

	// Esc typed in the second dialog's field closes the second only.
	w.Canvas().Focus(entry)
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got := len(w.Canvas().Overlays().List()); got != 1 {
		t.Fatalf("%d dialogs after Esc in the second, want 1", got)
	}
	key(fyne.KeyF1) // other keys still reach the window
	key(fyne.KeyReturn)
	if len(answers) != 1 || !answers[0] {
		t.Fatalf("Enter on the question answered %v, want [true]", answers)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the question stays open after Enter")
	}
	key(fyne.KeyEscape)
	if want := []fyne.KeyName{fyne.KeyF1, fyne.KeyEscape}; len(base) != 2 || base[0] != want[0] || base[1] != want[1] {
		t.Errorf("the window's own keys %v, want %v", base, want)
	}

	// Enter in a field with a use for it stays the field's; a one-line
	// field without one hands it to the dialog.
	submitted := false
	entry = NewEntry()
	entry.OnSubmitted = func(string) { submitted = true }
	plain := NewEntry()
	third := dialog.NewCustomConfirm("Third", "OK", "Cancel", widget.NewForm(
		widget.NewFormItem("A", entry), widget.NewFormItem("B", plain)), func(ok bool) { answers = append(answers, ok) }, w)
	ShowConfirmDialog(w, third)
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !submitted || len(answers) != 1 {
		t.Errorf("Enter in a field with OnSubmitted: submitted %v, answers %v", submitted, answers)
	}
	plain.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(answers) != 2 || !answers[1] {
		t.Errorf("Enter in a plain field: answers %v", answers)
	}
}
