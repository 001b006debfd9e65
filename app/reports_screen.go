package app

import (
	"context"
	"io"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// reportsScreen (Laporan) shows what became of the alumni — the outcome
// dashboard's charts and the realisasi recap of a year — and saves the
// recaps offices send upward: realisasi (PDF, Excel), the ministry's
// participant list, IPK III/1 (reports_ipk.go), and imports and exports
// placements (placement_import.go).
type reportsScreen struct {
	win   fyne.Window
	store *store.Store

	year       *widget.Select
	summary    *widget.Label
	chartTitle []*widget.Label
	charts     []*widgets.BarChart
	recap      *widget.Table
	tabs       *container.AppTabs
	ipk        *ipkTab
	root       fyne.CanvasObject

	// Touched on the UI goroutine only.
	years    []int
	doc      reports.RealisasiDoc
	rows     []recapLine
	gen      int
	saveDone <-chan error // the outcome of the last file saved, for tests

	loads worker
}

// recapLine is one line of the recap's table: a class, a program's sum or the total.
type recapLine struct {
	name   string
	counts data.RealisasiCounts
	bold   bool
}

func newReportsScreen(win fyne.Window, st *store.Store) *reportsScreen {
	s := &reportsScreen{win: win, store: st}
	s.build()
	return s
}

func (s *reportsScreen) view() fyne.CanvasObject { return s.root }

func (s *reportsScreen) build() {
	s.year = widget.NewSelect(nil, func(string) { s.reload() })
	s.year.PlaceHolder = lang.L("Year")
	s.summary = widget.NewLabel("")
	s.summary.Wrapping = fyne.TextWrapWord
	title := widget.NewLabelWithStyle(lang.L("Reports"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	imp := widget.NewButtonWithIcon(lang.L("Import placements…"), theme.UploadIcon(), func() { showPlacementImport(s.win, s.store, s.reload) })
	exp := widget.NewButtonWithIcon(lang.L("Export placements…"), theme.DownloadIcon(), s.onExportPlacements)
	top := container.NewBorder(nil, nil, container.NewHBox(title, widgets.Fixed(150, s.year)), container.NewHBox(imp, exp))

	s.ipk = newIPKTab(s)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Outcomes"), theme.InfoIcon(), s.buildDashboard()),
		container.NewTabItemWithIcon(lang.L("Training recap"), theme.ListIcon(), s.buildRecap()),
		container.NewTabItemWithIcon(lang.L("IPK III/1"), theme.DocumentIcon(), s.ipk.view()),
	)
	s.tabs.OnSelected = func(item *container.TabItem) {
		if item == s.tabs.Items[2] {
			s.ipk.start()
		}
	}
	s.root = container.NewBorder(top, nil, nil, nil, s.tabs)
}

// buildDashboard makes the outcome charts, two by two, under the summary.
func (s *reportsScreen) buildDashboard() fyne.CanvasObject {
	var cards []fyne.CanvasObject
	for range 5 {
		t := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		t.Wrapping = fyne.TextWrapWord
		c := widgets.NewBarChart(reports.Chart{})
		s.chartTitle, s.charts = append(s.chartTitle, t), append(s.charts, c)
		cards = append(cards, container.NewBorder(t, nil, nil, nil, container.NewPadded(c)))
	}
	// Two by two, each row as high as its taller chart.
	rows := container.NewVBox()
	for i := 0; i < len(cards); i += 2 {
		pair := cards[i:min(i+2, len(cards))]
		if len(pair) == 1 {
			pair = append(pair, layout.NewSpacer())
		}
		rows.Add(container.NewGridWithColumns(2, pair...))
	}
	return container.NewBorder(s.summary, nil, nil, nil, container.NewVScroll(rows))
}

// recapColumns are the recap table's columns: the class or program, then the counts and rates.
func recapColumns() []widgets.Column {
	cols := []widgets.Column{{Title: lang.L("Program / class"), Width: 210}}
	for _, t := range []string{lang.L("Target"), lang.L("Enrolled"), lang.L("Finished"), lang.L("Withdrew"), lang.L("Competent"),
		lang.L("Certificates"), lang.L("Employed"), lang.L("Self-employed"), lang.L("Placement rate"), lang.L("Tracer response")} {
		cols = append(cols, widgets.Column{Title: t, Width: 82})
	}
	cols[len(cols)-2].Width, cols[len(cols)-1].Width = 130, 130
	return cols
}

// buildRecap makes the recap table and its buttons.
func (s *reportsScreen) buildRecap() fyne.CanvasObject {
	s.recap = widgets.NewTextTable(recapColumns(), func() int { return len(s.rows) }, s.recapCell, func(int) {})
	pdf := widget.NewButtonWithIcon(lang.L("Save PDF…"), theme.DocumentSaveIcon(), func() { s.onSaveRecap(".pdf") })
	xlsx := widget.NewButtonWithIcon(lang.L("Save Excel…"), theme.DocumentSaveIcon(), func() { s.onSaveRecap(".xlsx") })
	peserta := widget.NewButtonWithIcon(lang.L("Participant list for the ministry (Excel)…"), theme.DocumentSaveIcon(), s.onSavePeserta)
	hint := widget.NewLabel(lang.L("Placement rate = (employed + self-employed) ÷ competent. Tracer response = finished participants whose status is known ÷ finished participants."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	bar := container.NewHBox(pdf, xlsx, widget.NewSeparator(), peserta)
	return container.NewBorder(container.NewVBox(bar, hint), nil, nil, nil, s.recap)
}

func (s *reportsScreen) recapCell(row, col int) string {
	if row >= len(s.rows) {
		return ""
	}
	l := s.rows[row]
	c := l.counts
	if col == 0 {
		return l.name
	}
	values := []int{c.Target, c.Enrolled, c.Finished, c.Withdrawn, c.Competent, c.Certificates, c.Employed, c.SelfEmployed}
	if col <= len(values) {
		return formatCount(values[col-1])
	}
	rate, ok := c.PlacementRate()
	if col == len(values)+2 {
		rate, ok = c.ResponseRate()
	}
	if !ok {
		return "–"
	}
	return percentText(rate * 100)
}

// start loads the years and the recap of this year.
func (s *reportsScreen) start() {
	var years []int
	s.loads.load(&s.gen, s.win, func() error {
		list, err := s.store.Classes(context.Background(), data.ClassFilter{IncludeArchived: true})
		for _, c := range list {
			if !slices.Contains(years, c.Class.Year) {
				years = append(years, c.Class.Year)
			}
		}
		slices.Sort(years)
		slices.Reverse(years)
		return err
	}, func() {
		s.years = years
		opts := []string{lang.L("All years")}
		for _, y := range years {
			opts = append(opts, strconv.Itoa(y))
		}
		s.year.Options = opts
		this := strconv.Itoa(s.store.Now().Year())
		if slices.Contains(opts, this) {
			s.year.SetSelected(this) // reloads
		} else {
			s.year.SetSelectedIndex(0)
		}
	})
}

// selectedYear is the year chosen, 0 for every year.
func (s *reportsScreen) selectedYear() int {
	y, _ := strconv.Atoi(s.year.Selected)
	return y
}

// reload reads the recap and the dashboard of the year chosen.
func (s *reportsScreen) reload() {
	year := s.selectedYear()
	var doc reports.RealisasiDoc
	s.loads.load(&s.gen, s.win, func() error {
		var err error
		doc, err = office.RealisasiDoc(context.Background(), s.store, year)
		return err
	}, func() { s.show(doc) })
}

// show fills the screen from doc.
func (s *reportsScreen) show(doc reports.RealisasiDoc) {
	s.doc = doc
	s.rows = s.rows[:0]
	for _, p := range doc.Recap.Programs {
		for _, c := range p.Classes {
			s.rows = append(s.rows, recapLine{name: c.Class.Code + " · " + p.ProgramName, counts: c.RealisasiCounts})
		}
		s.rows = append(s.rows, recapLine{name: lang.L("Total") + " " + p.ProgramName, counts: p.Total, bold: true})
	}
	s.rows = append(s.rows, recapLine{name: lang.L("All programs"), counts: doc.Recap.Total, bold: true})
	s.recap.Refresh()
	t := doc.Recap.Total
	rate, ok := t.PlacementRate()
	rateText := "–"
	if ok {
		rateText = percentText(rate * 100)
	}
	s.summary.SetText(lang.L("{{.Classes}} classes, {{.Enrolled}} enrolled, {{.Competent}} competent; {{.Employed}} employed and {{.Self}} self-employed: placement rate {{.Rate}}.",
		map[string]any{"Classes": len(s.rows) - len(doc.Recap.Programs) - 1, "Enrolled": t.Enrolled, "Competent": t.Competent,
			"Employed": t.Employed, "Self": t.SelfEmployed, "Rate": rateText}))
	for i, c := range reports.OutcomeCharts(doc.Outcomes, guiOutcomeWords()) {
		s.chartTitle[i].SetText(c.Title)
		s.charts[i].SetChart(c)
	}
}

// guiOutcomeWords are the dashboard's words in the interface language.
func guiOutcomeWords() reports.OutcomeWords {
	w := reports.OutcomeWords{
		RateByProgram: lang.L("Placement rate by program (employed + self-employed among the competent)"),
		RateByYear:    lang.L("Placement rate by year"),
		Waiting:       lang.L("Waiting time until work (competent graduates who work)"),
		BySex:         lang.L("Alumni status by sex"),
		ByEducation:   lang.L("Alumni status by education"),
		Statuses: []string{placementStatusLabel(data.PlacementEmployed), placementStatusLabel(data.PlacementSelfEmployed),
			placementStatusLabel(data.PlacementNotWorking), placementStatusLabel(data.PlacementStudying),
			placementStatusLabel(data.PlacementUntraced), lang.L("No record yet")},
		Buckets: [data.WaitingBuckets]string{lang.L("0–3 months"), lang.L("4–6 months"), lang.L("7–12 months"), lang.L("> 12 months")},
		Male:    lang.L("Male"),
		Female:  lang.L("Female"),
		Empty:   lang.L("No data yet."),
	}
	w.RateText = func(rate float64, placed, competent int) string {
		return percentText(rate*100) + " " + lang.L("({{.Placed}} of {{.Competent}})", map[string]any{"Placed": placed, "Competent": competent})
	}
	w.People = func(n int) string { return "n = " + formatCount(n) }
	w.NoStart = func(n int) string {
		return lang.L("{{.Count}} work without a known start date and are not counted.", map[string]any{"Count": n})
	}
	return w
}

// onSaveRecap saves the recap of the year chosen as PDF or Excel.
func (s *reportsScreen) onSaveRecap(ext string) {
	doc, paper := s.doc, reports.A4
	name := "rekap-realisasi-" + fileYear(s.selectedYear()) + ext
	s.saveAs(lang.L("Save the training recap"), name, func(w io.Writer) error {
		if ext == ".xlsx" {
			return reports.WriteRealisasiXLSX(w, doc)
		}
		return reports.WriteRealisasiPDF(w, doc, paper)
	})
}

// onSavePeserta saves the participant list of the year chosen.
func (s *reportsScreen) onSavePeserta() {
	year := s.selectedYear()
	s.saveAs(lang.L("Save the participant list"), "daftar-peserta-"+fileYear(year)+".xlsx", func(w io.Writer) error {
		rows, today, err := office.AlumniList(context.Background(), s.store, year)
		if err != nil {
			return err
		}
		return reports.WritePesertaXLSX(w, rows, today)
	})
}

// onExportPlacements saves every participant of the year chosen with the
// placement in force, in the layout the import reads back.
func (s *reportsScreen) onExportPlacements() {
	year := s.selectedYear()
	s.saveAs(lang.L("Export placements"), "penempatan-"+fileYear(year)+".xlsx", func(w io.Writer) error {
		rows, today, err := office.AlumniList(context.Background(), s.store, year)
		if err != nil {
			return err
		}
		return reports.WritePlacementsXLSX(w, rows, today)
	})
}

// fileYear is the year in a file name: "2026", or "semua" for every year.
func fileYear(year int) string {
	if year == 0 {
		return "semua"
	}
	return strconv.Itoa(year)
}

// saveAs asks where to save name and writes it in the background.
func (s *reportsScreen) saveAs(title, name string, write func(io.Writer) error) {
	widgets.ShowSaveDialog(s.win, title, name, func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(err, s.win)
			return
		}
		if wc == nil {
			return
		}
		s.saveDone = saveInBackground(s.win, wc, write, func(u fyne.URI) {
			dialog.ShowInformation(lang.L("Saved"), lang.L("The file was saved to {{.File}}.", map[string]any{"File": u.Name()}), s.win)
		})
	})
}
