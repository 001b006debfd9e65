package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NoticeBox is a box tinted with tint, with an icon and text: for warnings
// and notices above or inside a form.
func NoticeBox(icon fyne.Resource, tint fyne.ThemeColorName, text fyne.CanvasObject) fyne.CanvasObject {
	r, g, b, _ := theme.Color(tint).RGBA()
	bg := canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x30})
	bg.StrokeColor = theme.Color(tint)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	img := widget.NewIcon(icon)
	return container.NewStack(bg, container.NewPadded(
		container.NewBorder(nil, nil, container.NewVBox(img), nil, text)))
}
