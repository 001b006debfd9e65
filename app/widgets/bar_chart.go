package widgets

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/reports"
)

// BarChart draws a reports.Chart — the same bars the printed recap draws —
// with canvas rectangles, lines and text: a label per bar, its values
// stacked, the text after it, the scale under the bars, the legend and the
// note. The chart's title is the screen's to show.
type BarChart struct {
	widget.BaseWidget
	chart reports.Chart
}

// The chart's measures, in Fyne units.
const (
	chartRowH    = 26
	chartBarH    = 16
	chartGap     = 8
	chartScaleH  = 18
	chartLegendH = 20
	chartBox     = 11
	chartMinW    = 320
	chartLabelOf = 0.34 // the widest a label column gets, of the width
)

// NewBarChart is a chart widget showing c.
func NewBarChart(c reports.Chart) *BarChart {
	b := &BarChart{chart: c}
	b.ExtendBaseWidget(b)
	return b
}

// SetChart shows c instead.
func (b *BarChart) SetChart(c reports.Chart) {
	b.chart = c
	b.Refresh()
}

// Chart is the chart shown.
func (b *BarChart) Chart() reports.Chart { return b.chart }

// CreateRenderer implements fyne.Widget.
func (b *BarChart) CreateRenderer() fyne.WidgetRenderer {
	r := &barChartRenderer{chart: b}
	r.rebuild()
	return r
}

type barChartRenderer struct {
	chart   *BarChart
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *barChartRenderer) Destroy() {}

func (r *barChartRenderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize is the height of the bars, the scale, the legend and the note.
func (r *barChartRenderer) MinSize() fyne.Size {
	c := r.chart.chart
	h := float32(chartRowH)
	if len(c.Bars) > 0 {
		h = float32(len(c.Bars)) * chartRowH
		if len(c.Ticks) > 0 {
			h += chartScaleH
		}
		if len(c.Series) > 1 {
			h += chartLegendH * float32(legendRows(c, max(r.size.Width, chartMinW)))
		}
	}
	if c.Note != "" {
		h += chartLegendH
	}
	return fyne.NewSize(chartMinW, h)
}

func (r *barChartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.rebuild()
}

func (r *barChartRenderer) Refresh() {
	r.rebuild()
	canvas.Refresh(r.chart)
}

func textSize() float32 { return theme.TextSize() * 0.9 }

func chartText(s string, c color.Color, bold, italic bool) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize = textSize()
	t.TextStyle = fyne.TextStyle{Bold: bold, Italic: italic}
	return t
}

func rgb(c [3]int) color.Color {
	return color.NRGBA{R: uint8(c[0]), G: uint8(c[1]), B: uint8(c[2]), A: 0xff}
}

// rebuild makes the objects of the chart at the current size.
func (r *barChartRenderer) rebuild() {
	c := r.chart.chart
	w := max(r.size.Width, chartMinW)
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	var objs []fyne.CanvasObject
	if len(c.Bars) == 0 {
		t := chartText(c.Empty, muted, false, true)
		t.Move(fyne.NewPos(0, (chartRowH-t.MinSize().Height)/2))
		r.objects = []fyne.CanvasObject{t}
		return
	}
	labelW, textW := float32(0), float32(0)
	for _, bar := range c.Bars {
		labelW = max(labelW, fyne.MeasureText(bar.Label, textSize(), fyne.TextStyle{}).Width)
		textW = max(textW, fyne.MeasureText(bar.Text, textSize(), fyne.TextStyle{}).Width)
	}
	labelW = min(labelW+4, w*chartLabelOf)
	barX := labelW + chartGap
	barW := max(w-barX-chartGap-textW, 40)
	top := float32(0)
	scale := func(v float64) float32 {
		if c.Max <= 0 {
			return 0
		}
		return barW * float32(min(v, c.Max)/c.Max)
	}
	for _, t := range c.Ticks {
		line := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
		line.StrokeWidth = 1
		x := barX + scale(t)
		line.Position1, line.Position2 = fyne.NewPos(x, top), fyne.NewPos(x, top+float32(len(c.Bars))*chartRowH)
		objs = append(objs, line)
	}
	for i, bar := range c.Bars {
		y := top + float32(i)*chartRowH
		objs = append(objs, r.barObjects(bar, y, labelW, barX, barW, scale, fg)...)
	}
	y := top + float32(len(c.Bars))*chartRowH
	if len(c.Ticks) > 0 {
		for _, t := range c.Ticks {
			label := chartText(strings.Replace(strconv.FormatFloat(t, 'f', -1, 64), ".", ",", 1)+c.Unit, muted, false, false)
			label.TextSize = textSize() * 0.9
			lw := label.MinSize().Width
			label.Move(fyne.NewPos(barX+scale(t)-lw/2, y))
			objs = append(objs, label)
		}
		y += chartScaleH
	}
	if len(c.Series) > 1 {
		var legend []fyne.CanvasObject
		legend, y = legendObjects(c, barX, y, w, fg)
		objs = append(objs, legend...)
	}
	if c.Note != "" {
		note := chartText(c.Note, muted, false, true)
		note.Move(fyne.NewPos(barX, y+2))
		objs = append(objs, note)
	}
	r.objects = objs
}

// barObjects are one bar's label, stacked values and text at y.
func (r *barChartRenderer) barObjects(bar reports.ChartBar, y, labelW, barX, barW float32, scale func(float64) float32, fg color.Color) []fyne.CanvasObject {
	c := r.chart.chart
	label := chartText(fitText(bar.Label, labelW), fg, false, false)
	ls := label.MinSize()
	label.Move(fyne.NewPos(labelW-ls.Width, y+(chartRowH-ls.Height)/2))
	objs := []fyne.CanvasObject{label}
	x := barX
	for i, v := range bar.Values {
		bw := scale(v)
		if bw <= 0 {
			continue
		}
		rect := canvas.NewRectangle(rgb(c.Series[i%len(c.Series)].Color))
		rect.Move(fyne.NewPos(x, y+(chartRowH-chartBarH)/2))
		rect.Resize(fyne.NewSize(bw, chartBarH))
		objs = append(objs, rect)
		x += bw
	}
	if len(c.Series) > 1 {
		x = barX + barW
	}
	text := chartText(bar.Text, fg, false, false)
	text.Move(fyne.NewPos(x+chartGap/2, y+(chartRowH-text.MinSize().Height)/2))
	return append(objs, text)
}

// legendObjects are the series' boxes and names, in rows that fit w, from y;
// it returns them and the y under them.
func legendObjects(c reports.Chart, x0, y, w float32, fg color.Color) ([]fyne.CanvasObject, float32) {
	var objs []fyne.CanvasObject
	x := x0
	for _, s := range c.Series {
		name := chartText(s.Name, fg, false, false)
		iw := chartBox + 4 + name.MinSize().Width + 14
		if x > x0 && x+iw > w {
			x, y = x0, y+chartLegendH
		}
		box := canvas.NewRectangle(rgb(s.Color))
		box.Move(fyne.NewPos(x, y+(chartLegendH-chartBox)/2))
		box.Resize(fyne.NewSize(chartBox, chartBox))
		name.Move(fyne.NewPos(x+chartBox+4, y+(chartLegendH-name.MinSize().Height)/2))
		objs = append(objs, box, name)
		x += iw
	}
	return objs, y + chartLegendH
}

// legendRows is how many rows the legend takes at width w.
func legendRows(c reports.Chart, w float32) int {
	labelW := float32(0)
	for _, bar := range c.Bars {
		labelW = max(labelW, fyne.MeasureText(bar.Label, textSize(), fyne.TextStyle{}).Width)
	}
	x0 := min(labelW+4, w*chartLabelOf) + chartGap
	_, y := legendObjects(c, x0, 0, w, color.Black)
	return int(y / chartLegendH)
}

// fitText shortens s with "…" to fit w.
func fitText(s string, w float32) string {
	size := textSize()
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && fyne.MeasureText(string(r)+"…", size, fyne.TextStyle{}).Width > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
