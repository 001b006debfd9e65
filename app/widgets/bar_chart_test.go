package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"balai/reports"
)

// chartParts are the rectangles (bars, legend boxes) and texts a chart draws.
func chartParts(t *testing.T, b *BarChart) ([]*canvas.Rectangle, []string) {
	t.Helper()
	var rects []*canvas.Rectangle
	var texts []string
	for _, o := range test.WidgetRenderer(b).Objects() {
		switch o := o.(type) {
		case *canvas.Rectangle:
			rects = append(rects, o)
		case *canvas.Text:
			texts = append(texts, o.Text)
		}
	}
	return rects, texts
}

func TestBarChartBarsInProportion(t *testing.T) {
	test.NewTempApp(t)
	c := reports.Chart{Max: 100, Ticks: []float64{0, 50, 100}, Unit: "%", Series: []reports.ChartSeries{{Color: [3]int{0, 128, 0}}},
		Bars: []reports.ChartBar{{Label: "Las SMAW 3G", Values: []float64{50}, Text: "50%"}, {Label: "TIK", Values: []float64{100}, Text: "100%"}}}
	b := NewBarChart(c)
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(600, 200))
	rects, texts := chartParts(t, b)
	if len(rects) != 2 {
		t.Fatalf("%d bars", len(rects))
	}
	if got := rects[1].Size().Width / rects[0].Size().Width; got < 1.99 || got > 2.01 {
		t.Errorf("100%% is %v times 50%%", got)
	}
	if rects[0].Position().Y >= rects[1].Position().Y || rects[0].Position().X != rects[1].Position().X {
		t.Errorf("bars at %v and %v", rects[0].Position(), rects[1].Position())
	}
	for _, want := range []string{"Las SMAW 3G", "TIK", "50%", "100%", "0%"} {
		found := false
		for _, s := range texts {
			found = found || s == want
		}
		if !found {
			t.Errorf("no text %q in %q", want, texts)
		}
	}
	if h := b.MinSize().Height; h < 2*chartRowH+chartScaleH {
		t.Errorf("min height %v", h)
	}
}

func TestBarChartStackedAndEmpty(t *testing.T) {
	test.NewTempApp(t)
	series := []reports.ChartSeries{{Name: "Bekerja", Color: [3]int{0, 128, 0}}, {Name: "Wirausaha", Color: [3]int{0, 0, 200}},
		{Name: "Belum bekerja", Color: [3]int{200, 100, 0}}}
	c := reports.Chart{Max: 100, Series: series, Bars: []reports.ChartBar{{Label: "L", Values: []float64{50, 25, 25}, Text: "n = 4"}}}
	b := NewBarChart(c)
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(600, 200))
	rects, texts := chartParts(t, b)
	if len(rects) != 3+3 { // the three segments, the three legend boxes
		t.Fatalf("%d rectangles", len(rects))
	}
	if rects[1].Position().X != rects[0].Position().X+rects[0].Size().Width {
		t.Errorf("segments not stacked: %v %v", rects[0].Position(), rects[1].Position())
	}
	if got := rects[0].Size().Width / rects[1].Size().Width; got < 1.99 || got > 2.01 {
		t.Errorf("50%% is %v times 25%%", got)
	}
	want := map[string]bool{"Bekerja": true, "Wirausaha": true, "Belum bekerja": true, "n = 4": true}
	for _, s := range texts {
		delete(want, s)
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %q", want, texts)
	}
	b.SetChart(reports.Chart{Empty: "Belum ada data."})
	if rects, texts := chartParts(t, b); len(rects) != 0 || len(texts) != 1 || texts[0] != "Belum ada data." {
		t.Errorf("empty chart: %d rectangles, %q", len(rects), texts)
	}
}
