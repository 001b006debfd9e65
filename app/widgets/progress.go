package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Progress is a dialog that shows how far a long job has come, with a
// Cancel button. Its methods are called on the UI goroutine.
type Progress struct {
	dlg    *dialog.CustomDialog
	bar    *widget.ProgressBar
	text   *widget.Label
	cancel *widget.Button
}

// ShowProgress shows the progress of a job saying text. Cancel disables
// itself, shows cancelling in place of text and calls onCancel.
func ShowProgress(win fyne.Window, title, text, cancelling string, onCancel func()) *Progress {
	p := &Progress{bar: widget.NewProgressBar(), text: widget.NewLabel(text)}
	p.bar.Max = 1
	p.text.Wrapping = fyne.TextWrapWord
	p.cancel = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() {
		p.cancel.Disable()
		p.text.SetText(cancelling)
		onCancel()
	})
	width := canvas.NewRectangle(color.Transparent) // room for a file's name
	width.SetMinSize(fyne.NewSize(460, 0))
	p.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(width, p.text, p.bar), win)
	p.dlg.SetButtons([]fyne.CanvasObject{p.cancel})
	p.dlg.Show()
	return p
}

// Set shows done of total; a total of 0 or less shows nothing done.
func (p *Progress) Set(done, total int) {
	p.bar.Max = float64(max(total, 1))
	p.bar.SetValue(float64(min(done, max(total, 0))))
}

// Hide closes the dialog.
func (p *Progress) Hide() { p.dlg.Hide() }
