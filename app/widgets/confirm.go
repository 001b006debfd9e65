package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// AskConfirm asks a question with a Cancel button and a button named
// confirm (of importance imp), and runs yes when the user agrees. The
// message wraps in a dialog of a readable width.
func AskConfirm(win fyne.Window, title, message, confirm string, imp widget.Importance, yes func()) *dialog.ConfirmDialog {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	c := dialog.NewCustomConfirm(title, confirm, lang.L("Cancel"), l, func(ok bool) {
		if ok {
			yes()
		}
	}, win)
	c.SetConfirmImportance(imp)
	c.Resize(fyne.NewSize(480, 0))
	ShowConfirmDialog(win, c)
	return c
}
