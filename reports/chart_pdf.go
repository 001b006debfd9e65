package reports

import (
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// Charts drawn as vectors: rectangles and lines, text in the embedded font.
// chartHeight measures a chart at a width; drawChart draws it there.

const (
	chartTitleSize = 9.0
	chartTextSize  = 7.5
	chartBarH      = 4.2
	chartRowH      = 6.0
	chartGap       = 1.5 // between the label, the bar area and the text
	chartScaleH    = 3.6 // the tick labels under the bars
	chartLegendBox = 2.8
	chartMaxLabelW = 0.34 // of the chart's width
)

// chartMeasures are where a chart's parts go across its width.
type chartMeasures struct {
	labelW, textW, barX, barW float64
	titleLines                []string
	legendLines               [][]ChartSeries
}

// measureChart fits c's parts to width w, measuring with m.
func measureChart(m *gofpdf.Fpdf, c Chart, w float64) chartMeasures {
	var cm chartMeasures
	setFont(m, "B", chartTitleSize)
	cm.titleLines = wrapText(m, c.Title, w)
	setFont(m, "", chartTextSize)
	for _, b := range c.Bars {
		cm.labelW = max(cm.labelW, m.GetStringWidth(pdfText(b.Label)))
		cm.textW = max(cm.textW, m.GetStringWidth(pdfText(b.Text)))
	}
	cm.labelW = min(cm.labelW+2*cellMargin+0.5, w*chartMaxLabelW)
	cm.textW += 2 * cellMargin
	cm.barX = cm.labelW + chartGap
	cm.barW = max(w-cm.barX-chartGap-cm.textW, 10)
	if len(c.Series) > 1 {
		cm.legendLines = legendLines(m, c.Series, w)
	}
	return cm
}

// legendLines breaks the legend into lines that fit w.
func legendLines(m *gofpdf.Fpdf, series []ChartSeries, w float64) [][]ChartSeries {
	var lines [][]ChartSeries
	var line []ChartSeries
	x := 0.0
	for _, s := range series {
		sw := legendItemWidth(m, s)
		if len(line) > 0 && x+sw > w {
			lines, line, x = append(lines, line), nil, 0
		}
		line = append(line, s)
		x += sw
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

func legendItemWidth(m *gofpdf.Fpdf, s ChartSeries) float64 {
	setFont(m, "", chartTextSize)
	return chartLegendBox + 1.2 + m.GetStringWidth(pdfText(s.Name)) + 4
}

// chartHeight is the height c takes at width w.
func chartHeight(m *gofpdf.Fpdf, c Chart, w float64) float64 {
	cm := measureChart(m, c, w)
	h := float64(len(cm.titleLines))*lineHeight(chartTitleSize) + 1.5
	if len(c.Bars) == 0 {
		return h + chartRowH
	}
	h += float64(len(c.Bars)) * chartRowH
	if len(c.Ticks) > 0 {
		h += chartScaleH
	}
	h += float64(len(cm.legendLines)) * lineHeight(chartTextSize)
	if c.Note != "" {
		h += lineHeight(chartTextSize)
	}
	return h + 1
}

// drawChart draws c at x, y in width w.
func drawChart(pdf *gofpdf.Fpdf, c Chart, x, y, w float64) {
	cm := measureChart(pdf, c, w)
	setTextColor(pdf, colorText)
	setFont(pdf, "B", chartTitleSize)
	for _, l := range cm.titleLines {
		pdf.SetXY(x, y)
		pdf.CellFormat(w, lineHeight(chartTitleSize), l, "", 0, "L", false, 0, "")
		y += lineHeight(chartTitleSize)
	}
	y += 1.5
	setFont(pdf, "", chartTextSize)
	if len(c.Bars) == 0 {
		setTextColor(pdf, colorMuted)
		pdf.SetXY(x, y)
		pdf.CellFormat(w, chartRowH, pdfText(c.Empty), "", 0, "L", false, 0, "")
		setTextColor(pdf, colorText)
		return
	}
	top := y
	barsH := float64(len(c.Bars)) * chartRowH
	drawChartGrid(pdf, c, cm, x, top, barsH)
	for _, b := range c.Bars {
		drawChartBar(pdf, c, cm, b, x, y)
		y += chartRowH
	}
	if len(c.Ticks) > 0 {
		drawChartTicks(pdf, c, cm, x, y)
		y += chartScaleH
	}
	for _, line := range cm.legendLines {
		lx := x + cm.barX
		for _, s := range line {
			setFillColor(pdf, s.Color)
			pdf.Rect(lx, y+(lineHeight(chartTextSize)-chartLegendBox)/2, chartLegendBox, chartLegendBox, "F")
			pdf.SetXY(lx+chartLegendBox+0.4, y)
			pdf.CellFormat(legendItemWidth(pdf, s), lineHeight(chartTextSize), pdfText(s.Name), "", 0, "L", false, 0, "")
			lx += legendItemWidth(pdf, s)
		}
		y += lineHeight(chartTextSize)
	}
	if c.Note != "" {
		setFont(pdf, "I", chartTextSize)
		setTextColor(pdf, colorMuted)
		pdf.SetXY(x+cm.barX-cellMargin, y)
		pdf.CellFormat(w-cm.barX, lineHeight(chartTextSize), pdfText(c.Note), "", 0, "L", false, 0, "")
		setTextColor(pdf, colorText)
	}
}

// drawChartGrid draws the scale's lines behind the bars.
func drawChartGrid(pdf *gofpdf.Fpdf, c Chart, cm chartMeasures, x, top, h float64) {
	setDrawColor(pdf, colorChartGrid)
	pdf.SetLineWidth(0.15)
	for _, t := range c.Ticks {
		gx := x + cm.barX + cm.barW*t/chartMax(c)
		pdf.Line(gx, top, gx, top+h)
	}
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.25)
	pdf.Line(x+cm.barX, top, x+cm.barX, top+h)
}

func chartMax(c Chart) float64 {
	if c.Max > 0 {
		return c.Max
	}
	return 1
}

// drawChartBar draws one bar row: label, the stacked values, the text.
func drawChartBar(pdf *gofpdf.Fpdf, c Chart, cm chartMeasures, b ChartBar, x, y float64) {
	setFont(pdf, "", chartTextSize)
	setTextColor(pdf, colorText)
	pdf.SetXY(x, y)
	pdf.CellFormat(cm.labelW, chartRowH, truncateText(pdf, pdfText(b.Label), cm.labelW), "", 0, "R", false, 0, "")
	bx := x + cm.barX
	by := y + (chartRowH-chartBarH)/2
	for i, v := range b.Values {
		bw := cm.barW * min(v, chartMax(c)) / chartMax(c)
		if bw <= 0 {
			continue
		}
		setFillColor(pdf, c.Series[i%len(c.Series)].Color)
		pdf.Rect(bx, by, bw, chartBarH, "F")
		bx += bw
	}
	pdf.SetXY(bx+chartGap, y)
	if len(c.Series) > 1 { // stacked to 100%: the text after the whole bar
		pdf.SetXY(x+cm.barX+cm.barW+chartGap, y)
	}
	pdf.CellFormat(cm.textW, chartRowH, pdfText(b.Text), "", 0, "L", false, 0, "")
}

// drawChartTicks writes the scale's values under the bars.
func drawChartTicks(pdf *gofpdf.Fpdf, c Chart, cm chartMeasures, x, y float64) {
	setFont(pdf, "", chartTextSize-1)
	setTextColor(pdf, colorMuted)
	for _, t := range c.Ticks {
		s := strings.Replace(strconv.FormatFloat(t, 'f', -1, 64), ".", ",", 1) + c.Unit
		tw := pdf.GetStringWidth(s)
		pdf.SetXY(x+cm.barX+cm.barW*t/chartMax(c)-tw/2-cellMargin, y)
		pdf.CellFormat(tw+2*cellMargin, chartScaleH, s, "", 0, "C", false, 0, "")
	}
	setTextColor(pdf, colorText)
}
