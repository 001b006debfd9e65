package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/importer"
	"balai/data/store"
	"balai/reports"
)

// placementImport imports a placement list: the file, then a preview of
// what each row will do, then the import in one transaction.
type placementImport struct {
	win     fyne.Window
	store   *store.Store
	onDone  func()
	name    string
	plan    importer.PlacementPlan
	preview *dialog.CustomDialog
	apply   *widget.Button
	done    bool // the plan was applied

	bg worker
}

// showPlacementImport asks for a list of placements and previews it.
func showPlacementImport(win fyne.Window, st *store.Store, onDone func()) {
	p := &placementImport{win: win, store: st, onDone: onDone}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(err, win)
			return
		}
		if r != nil {
			p.read(r, r.URI().Name())
		}
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".csv"}))
	d.Resize(widgets.FileDialogSize)
	d.Show()
}

// read plans the list in the background, then shows the preview.
func (p *placementImport) read(r io.ReadCloser, name string) {
	p.name = name
	p.bg.do(func() {
		defer r.Close()
		raw, err := io.ReadAll(io.LimitReader(r, importer.MaxFileBytes+1))
		if err == nil && len(raw) > importer.MaxFileBytes {
			err = &importer.LimitError{What: "file", Limit: importer.MaxFileBytes}
		}
		var plan importer.PlacementPlan
		if err == nil {
			plan, err = importer.PlanPlacements(context.Background(), p.store, raw, name, "")
		}
		fyne.Do(func() {
			if err != nil {
				p.showReadError(err)
				return
			}
			p.plan = plan
			p.showPreview()
		})
	})
}

func (p *placementImport) showReadError(err error) {
	var prob *data.Problem
	if errors.As(err, &prob) && prob.Code == importer.CodePlacementColumns {
		dialog.ShowInformation(lang.L("Import placements"), problemText(*prob)+"\n\n"+
			lang.L("A list of placements needs a NIK column and a Status Kebekerjaan column (Bekerja, Wirausaha, Belum Bekerja, Lanjut Studi, Tidak Terlacak)."), p.win)
		return
	}
	showError(err, p.win)
}

// outcomeLabel names a row's outcome in the interface language.
func outcomeLabel(outcome string) string {
	switch outcome {
	case importer.OutcomeApplied:
		return lang.L("Will be recorded")
	case importer.OutcomeUnchanged:
		return lang.L("Unchanged")
	case importer.OutcomeRejected:
		return lang.L("Rejected")
	case importer.OutcomeSkipped:
		return lang.L("Skipped")
	case importer.OutcomeBlank:
		return lang.L("Blank")
	}
	return outcome
}

// previewCell is the preview table's cell of a row.
func (p *placementImport) previewCell(row, col int) string {
	if row >= len(p.plan.Rows) {
		return ""
	}
	r := p.plan.Rows[row]
	switch col {
	case 0:
		return fmt.Sprint(r.Row)
	case 1:
		if nik, prob := data.ParseNIK(r.NIK); prob == nil {
			return data.MaskNIK(nik)
		}
		return r.NIK
	case 2:
		return r.Name
	case 3:
		return r.ClassCode
	case 4:
		if r.Outcome == importer.OutcomeApplied && p.done {
			return lang.L("Recorded")
		}
		return outcomeLabel(r.Outcome)
	}
	if len(r.Problems) > 0 {
		return problemText(r.Problems[0])
	}
	if r.Placement.Status != "" {
		return placementStatusLabel(r.Placement.Status) + " " + r.Placement.Employer
	}
	return ""
}

// showPreview shows what each row will do, with the counts, before anything is saved.
func (p *placementImport) showPreview() {
	c := p.plan.Counts()
	counts := widget.NewLabel(lang.L("{{.Rows}} rows: {{.Applied}} to record, {{.Unchanged}} unchanged, {{.Rejected}} rejected, {{.Skipped}} without a status or blank.",
		map[string]any{"Rows": len(p.plan.Rows), "Applied": c[importer.OutcomeApplied], "Unchanged": c[importer.OutcomeUnchanged],
			"Rejected": c[importer.OutcomeRejected], "Skipped": c[importer.OutcomeSkipped] + c[importer.OutcomeBlank]}))
	counts.Wrapping = fyne.TextWrapWord
	cols := widget.NewLabel(lang.L("Columns read: {{.Read}}. Not read: {{.Ignored}}.",
		map[string]any{"Read": joinOrDash(p.plan.Columns), "Ignored": joinOrDash(p.plan.Ignored)}))
	cols.Wrapping = fyne.TextWrapWord
	cols.Importance = widget.LowImportance
	table := widgets.NewTextTable([]widgets.Column{{Title: lang.L("Row"), Width: 50}, {Title: lang.L("NIK"), Width: 150},
		{Title: lang.L("Name"), Width: 170}, {Title: lang.L("Class"), Width: 110}, {Title: lang.L("Outcome"), Width: 140},
		{Title: lang.L("Detail"), Width: 420}}, func() int { return len(p.plan.Rows) }, p.previewCell, func(int) {})
	p.apply = widget.NewButtonWithIcon(lang.L("Record the placements ({{.Count}})", map[string]any{"Count": c[importer.OutcomeApplied]}),
		theme.ConfirmIcon(), p.onApply)
	p.apply.Importance = widget.HighImportance
	if c[importer.OutcomeApplied] == 0 {
		p.apply.Disable()
	}
	report := widget.NewButtonWithIcon(lang.L("Save report…"), theme.DocumentSaveIcon(), p.onReport)
	if len(p.plan.Problems()) == 0 {
		report.Disable()
	}
	closeBtn := widget.NewButtonWithIcon(lang.L("Close"), theme.CancelIcon(), func() { p.preview.Hide() })
	bottom := container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, report, container.NewHBox(closeBtn, p.apply)))
	p.preview = dialog.NewCustomWithoutButtons(lang.L("Import placements")+" · "+p.name,
		container.NewBorder(container.NewVBox(counts, cols), bottom, nil, nil, table), p.win)
	p.preview.Resize(fyne.NewSize(1000, 560))
	p.preview.Show()
}

func joinOrDash(s []string) string { return orDash(strings.Join(s, ", ")) }

// onApply records the plan in one transaction and says how it went.
func (p *placementImport) onApply() {
	p.apply.Disable()
	plan := p.plan
	p.bg.do(func() {
		done, err := importer.ApplyPlacements(context.Background(), p.store, plan)
		fyne.Do(func() {
			if err != nil {
				p.apply.Enable()
				showError(fmt.Errorf("%s: %w", lang.L("Nothing was imported"), err), p.win)
				return
			}
			p.plan, p.done = done, true
			p.preview.Refresh()
			c := done.Counts()
			dialog.ShowInformation(lang.L("Import placements"), lang.L("{{.Applied}} placements recorded, {{.Unchanged}} unchanged.",
				map[string]any{"Applied": c[importer.OutcomeApplied], "Unchanged": c[importer.OutcomeUnchanged]}), p.win)
			p.apply.SetText(lang.L("Imported"))
			if p.onDone != nil {
				p.onDone()
			}
		})
	})
}

// onReport saves the rejected and skipped rows and the warnings as a CSV.
func (p *placementImport) onReport() {
	problems := p.plan.Problems()
	widgets.ShowSaveDialog(p.win, lang.L("Save the import report"), "laporan-impor-penempatan-"+p.store.Now().Format("2006-01-02")+".csv",
		func(wc fyne.URIWriteCloser, err error) {
			if err != nil {
				showError(err, p.win)
				return
			}
			if wc != nil {
				saveInBackground(p.win, wc, func(w io.Writer) error { return reports.WriteImportReport(w, problems, reportWords()) }, nil)
			}
		})
}
