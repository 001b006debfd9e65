package app

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/backup"
	"balai/app/office"
	"balai/app/widgets"
	"balai/data"
	"balai/reports"
)

// sheetOptions are the choices for a printed attendance sheet.
type sheetOptions struct {
	paper    reports.Paper
	blank    bool // before the sessions: empty boxes to sign
	fullNIK  bool
	from, to time.Time // the sessions printed; zero for all (session_range.go)
}

// sheetButtons are the tab's actions on the whole sheet: print, export, import.
func (t *attendanceTab) sheetButtons() fyne.CanvasObject {
	return container.NewHBox(
		widget.NewButtonWithIcon(lang.L("Print attendance sheet (PDF)…"), theme.DocumentPrintIcon(), t.onPrintSheet),
		widget.NewButtonWithIcon(lang.L("Export to Excel…"), theme.DownloadIcon(), t.onExportSheet),
		widget.NewButtonWithIcon(lang.L("Import from Excel…"), theme.UploadIcon(), t.onImportSheet),
	)
}

func (t *attendanceTab) onPrintSheet() {
	paper := widget.NewRadioGroup([]string{"A4", "F4"}, nil)
	paper.Horizontal = true
	paper.SetSelected("A4")
	blank := widget.NewCheck(lang.L("Blank, to sign before the sessions"), nil)
	fullNIK := widget.NewCheck(lang.L("Show the whole NIK"), nil)
	dates := make([]time.Time, len(t.sessions))
	for i, s := range t.sessions {
		dates[i] = s.Date
	}
	period := newSessionRange(dates, t.store.Now())
	form := widget.NewForm(widget.NewFormItem(lang.L("Paper"), paper),
		widget.NewFormItem("", blank), widget.NewFormItem("", fullNIK))
	for _, it := range period.formItems() {
		form.AppendItem(it)
	}
	d := dialog.NewCustomConfirm(lang.L("Print attendance sheet"), lang.L("Continue"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		from, to, problem := period.dates()
		if problem != "" {
			dialog.ShowInformation(lang.L("Print attendance sheet"), problem, t.win)
			return
		}
		opt := sheetOptions{paper: reports.A4, blank: blank.Checked, fullNIK: fullNIK.Checked, from: from, to: to}
		if paper.Selected == "F4" {
			opt.paper = reports.F4
		}
		t.saveSheet(".pdf", opt)
	}, t.win)
	d.Resize(fyne.NewSize(580, d.MinSize().Height)) // the weeks' names in full
	widgets.ShowConfirmDialog(t.win, d)
}

func (t *attendanceTab) onExportSheet() { t.saveSheet(".xlsx", sheetOptions{}) }

// saveSheet asks where to save the sheet and writes it in the background.
func (t *attendanceTab) saveSheet(ext string, opt sheetOptions) {
	name := "daftar-hadir"
	if c, err := t.store.Class(context.Background(), t.classID); err == nil {
		name += "-" + strings.ToLower(c.Code)
	}
	widgets.ShowSaveDialog(t.win, lang.L("Save the attendance sheet"), name+ext, func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			if err != nil {
				showError(err, t.win)
			}
			return
		}
		saveInBackground(t.win, wc, func(w io.Writer) error {
			return t.writeSheet(context.Background(), w, ext == ".pdf", opt)
		}, func(u fyne.URI) {
			widgets.ShowSaved(t.win, lang.L("Attendance sheet saved"), lang.L("The attendance sheet is saved."), u)
		})
	})
}

// writeSheet writes the class's attendance sheet as PDF or XLSX.
func (t *attendanceTab) writeSheet(ctx context.Context, w io.Writer, pdf bool, opt sheetOptions) error {
	doc, err := office.AttendanceDoc(ctx, t.store, t.classID)
	if err != nil {
		return err
	}
	doc = doc.Between(opt.from, opt.to)
	doc.Blank, doc.MaskNIK = opt.blank, !opt.fullNIK
	if pdf {
		return reports.WriteAttendancePDF(w, doc, opt.paper)
	}
	return reports.WriteAttendanceXLSX(w, doc)
}

func (t *attendanceTab) onImportSheet() {
	req := widgets.FileRequest{Kind: widgets.FilesLists, Title: lang.L("Choose the filled-in attendance sheet (.xlsx)"), Exts: []string{".xlsx"}}
	widgets.OpenFile(t.win, req, func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			showError(err, t.win)
			return
		}
		if rc == nil {
			return
		}
		go func() {
			defer rc.Close()
			changed, problems, err := t.importSheet(context.Background(), rc)
			fyne.Do(func() { t.showImportResult(changed, problems, err) })
		}()
	})
}

// importSheet applies the marks of an attendance sheet Balai exported and a
// clerk filled in: all of them, or none when any cell is wrong.
func (t *attendanceTab) importSheet(ctx context.Context, r io.Reader) (int, []data.CellProblem, error) {
	cells, err := reports.ReadAttendanceXLSX(r)
	if err != nil {
		return 0, nil, err
	}
	if err := backup.New(t.store).BeforeChange(ctx, data.BackupBeforeImport); err != nil {
		return 0, nil, err
	}
	return office.ApplyAttendanceSheet(ctx, t.store, t.classID, cells)
}

func (t *attendanceTab) showImportResult(changed int, problems []data.CellProblem, err error) {
	switch {
	case err != nil:
		showError(err, t.win)
	case len(problems) > 0:
		lines := make([]string, 0, len(problems))
		for _, p := range problems {
			lines = append(lines, fmt.Sprintf("%s: %s", p.Cell, problemText(p.Problem)))
		}
		msg := widget.NewLabel(lang.L("Nothing was changed. Correct these cells and import again:") + "\n" + strings.Join(lines, "\n"))
		msg.Wrapping = fyne.TextWrapWord
		scroll := container.NewVScroll(msg)
		scroll.SetMinSize(fyne.NewSize(520, 260))
		showClosable(lang.L("Attendance import"), scroll, t.win)
	default:
		showInfo(lang.L("Attendance import"),
			lang.L("{{.Count}} marks changed.", map[string]any{"Count": changed}), t.win)
		t.reload()
	}
}
