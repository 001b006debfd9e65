package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FormButtons is the foot of a form dialog: a rule, then Cancel and the
// highlighted Save on the right. It returns the Save button, which forms
// enable and disable, and the foot.
func FormButtons(onSave, onCancel func()) (*widget.Button, fyne.CanvasObject) {
	save := widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), onSave)
	save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), onCancel)
	return save, container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, container.NewHBox(cancel, save)))
}
