package reports

import (
	"fmt"
	"strconv"
	"strings"

	"balai/data"
)

// The outcome dashboard's charts as plain values: the recap's PDF draws them
// with gofpdf (chart_pdf.go) and the window with Fyne's canvas, so both show
// the same bars.

// Chart is a horizontal bar chart: one bar per label, each bar one value or
// several stacked (one per series).
type Chart struct {
	Title  string
	Bars   []ChartBar
	Series []ChartSeries // the stacked values' names and colours; one for plain bars
	Max    float64       // the scale: a bar of Max fills the width
	Ticks  []float64     // values where the scale is marked; none for no scale
	Unit   string        // printed after the ticks: "%"
	Empty  string        // what the chart says when it has no bars
	Note   string        // a line under the chart; "" for none
}

// ChartBar is one bar: its label, its values (one per series) and the text
// printed after it.
type ChartBar struct {
	Label  string
	Values []float64
	Text   string
}

// ChartSeries names a series and gives its colour (RGB).
type ChartSeries struct {
	Name  string
	Color [3]int
}

// Series colours: the statuses in data.PlacementStatuses order, then "no
// record yet"; the single-series charts use the first two.
var (
	colorEmployed  = [3]int{46, 125, 50}
	colorSelf      = [3]int{21, 101, 192}
	statusColors   = [][3]int{colorEmployed, colorSelf, {239, 108, 0}, {123, 31, 162}, {117, 117, 117}, {200, 200, 200}}
	colorRateBar   = colorEmployed
	colorWaitBar   = colorSelf
	colorChartGrid = [3]int{210, 210, 210}
)

// OutcomeWords are the words of the dashboard's charts in one language.
type OutcomeWords struct {
	RateByProgram, RateByYear, Waiting, BySex, ByEducation string
	// Statuses name data.PlacementStatuses, then "no record yet".
	Statuses []string
	Buckets  [data.WaitingBuckets]string
	Male     string
	Female   string
	Empty    string
	// RateText is the text after a rate bar: "62,5% (10 dari 16)".
	RateText func(rate float64, placed, competent int) string
	// People is the text after a status bar: "n = 40".
	People func(n int) string
	// NoStart is the note under the waiting times: "3 placed without a start date".
	NoStart func(n int) string
}

// IndonesianOutcomeWords are the dashboard's words as the printed recap has them.
var IndonesianOutcomeWords = OutcomeWords{
	RateByProgram: "Tingkat penempatan per program (bekerja + wirausaha dari yang kompeten)",
	RateByYear:    "Tingkat penempatan per tahun",
	Waiting:       "Masa tunggu sampai bekerja (lulusan kompeten yang bekerja/berwirausaha)",
	BySex:         "Status alumni menurut jenis kelamin",
	ByEducation:   "Status alumni menurut pendidikan",
	Statuses:      []string{"Bekerja", "Wirausaha", "Belum bekerja", "Lanjut studi", "Tidak terlacak", "Belum ada data"},
	Buckets:       data.WaitingBucketLabels,
	Male:          "Laki-laki",
	Female:        "Perempuan",
	Empty:         "Belum ada data.",
	RateText: func(rate float64, placed, competent int) string {
		return fmt.Sprintf("%s (%d dari %d)", PercentText(rate), placed, competent)
	},
	People:  func(n int) string { return "n = " + strconv.Itoa(n) },
	NoStart: func(n int) string { return strconv.Itoa(n) + " orang bekerja tanpa tanggal mulai, tidak dihitung." },
}

// PercentText writes a rate (0–1) as a percentage the Indonesian way, with at
// most one decimal: "62,5%", "50%".
func PercentText(rate float64) string {
	s := strconv.FormatFloat(rate*100, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	return strings.Replace(s, ".", ",", 1) + "%"
}

// OutcomeCharts are the dashboard's five charts: the placement rate per
// program and per year, the waiting times, and the status by sex and by
// education.
func OutcomeCharts(o data.Outcomes, w OutcomeWords) []Chart {
	return []Chart{
		rateChart(w.RateByProgram, o.ByProgram, w),
		rateChart(w.RateByYear, o.ByYear, w),
		waitingChart(o, w),
		statusChart(w.BySex, sexBars(o.BySex, w), w),
		statusChart(w.ByEducation, o.ByEducation, w),
	}
}

var percentTicks = []float64{0, 25, 50, 75, 100}

func rateChart(title string, bars []data.RateBar, w OutcomeWords) Chart {
	c := Chart{Title: title, Max: 100, Ticks: percentTicks, Unit: "%", Empty: w.Empty,
		Series: []ChartSeries{{Color: colorRateBar}}}
	for _, b := range bars {
		rate, _ := b.Rate()
		c.Bars = append(c.Bars, ChartBar{Label: b.Label, Values: []float64{rate * 100},
			Text: w.RateText(rate, b.Placed, b.Competent)})
	}
	return c
}

func waitingChart(o data.Outcomes, w OutcomeWords) Chart {
	c := Chart{Title: w.Waiting, Empty: w.Empty, Series: []ChartSeries{{Color: colorWaitBar}}}
	total := 0
	for i, n := range o.Waiting {
		total += n
		c.Max = max(c.Max, float64(n))
		c.Bars = append(c.Bars, ChartBar{Label: w.Buckets[i], Values: []float64{float64(n)}, Text: strconv.Itoa(n)})
	}
	if total == 0 {
		c.Bars = nil
	}
	if o.WaitingUnknown > 0 {
		c.Note = w.NoStart(o.WaitingUnknown)
	}
	return c
}

// sexBars labels the sexes' bars with their words.
func sexBars(bars []data.StatusBar, w OutcomeWords) []data.StatusBar {
	out := make([]data.StatusBar, len(bars))
	for i, b := range bars {
		out[i] = b
		out[i].Label = w.Male
		if b.Label == data.SexFemale {
			out[i].Label = w.Female
		}
	}
	return out
}

// statusChart stacks each bar's statuses as shares of 100%.
func statusChart(title string, bars []data.StatusBar, w OutcomeWords) Chart {
	c := Chart{Title: title, Max: 100, Ticks: percentTicks, Unit: "%", Empty: w.Empty}
	for i, name := range w.Statuses {
		c.Series = append(c.Series, ChartSeries{Name: name, Color: statusColors[i%len(statusColors)]})
	}
	for _, b := range bars {
		total := b.Total()
		vals := make([]float64, len(b.Counts))
		for i, n := range b.Counts {
			if total > 0 {
				vals[i] = 100 * float64(n) / float64(total)
			}
		}
		c.Bars = append(c.Bars, ChartBar{Label: b.Label, Values: vals, Text: w.People(total)})
	}
	return c
}
