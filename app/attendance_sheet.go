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
	signDate time.Time // the sign-off's date; zero for the last session's
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
	dates := make([]time.Time, len(t.sessions))
	for i, s := range t.sessions {
		dates[i] = s.Date
	}
	f := newSheetForm(dates, t.store.Now())
	d := dialog.NewCustomConfirm(lang.L("Print attendance sheet"), lang.L("Continue"), lang.L("Cancel"), f.form, func(ok bool) {
		if !ok {
			return
		}
		opt, problem := f.options()
		if problem != "" {
			dialog.ShowInformation(lang.L("Print attendance sheet"), problem, t.win)
			return
		}
		t.saveSheet(".pdf", opt)
	}, t.win)
	d.Resize(fyne.NewSize(580, d.MinSize().Height)) // the weeks' names in full
	widgets.ShowConfirmDialog(t.win, d)
}

// sheetForm is the print dialog's form: paper, blank or filled, the NIK,
// which sessions, the signing date.
type sheetForm struct {
	form     *widget.Form
	paper    *widget.RadioGroup
	blank    *widget.Check
	fullNIK  *widget.Check
	period   *sessionRange
	signDate *widget.Entry
}

func newSheetForm(dates []time.Time, today time.Time) *sheetForm {
	f := &sheetForm{
		paper:    widget.NewRadioGroup([]string{"A4", "F4"}, nil),
		blank:    widget.NewCheck(lang.L("Blank, to sign before the sessions"), nil),
		fullNIK:  widget.NewCheck(lang.L("Show the whole NIK"), nil),
		period:   newSessionRange(dates, today),
		signDate: widget.NewEntry(),
	}
	f.paper.Horizontal = true
	f.paper.SetSelected("A4")
	f.signDate.SetPlaceHolder(lang.L("the last session's date"))
	f.form = widget.NewForm(widget.NewFormItem(lang.L("Paper"), f.paper),
		widget.NewFormItem("", f.blank), widget.NewFormItem("", f.fullNIK))
	for _, it := range f.period.formItems() {
		f.form.AppendItem(it)
	}
	f.form.AppendItem(widget.NewFormItem(lang.L("Signing date"), widgets.Narrow(f.signDate, 220)))
	return f
}

// options are the choices made; problem says what is wrong with a date
// typed ("" when nothing is).
func (f *sheetForm) options() (opt sheetOptions, problem string) {
	from, to, problem := f.period.dates()
	if problem != "" {
		return opt, problem
	}
	signed, ok := data.ParseDate(f.signDate.Text)
	if !ok && strings.TrimSpace(f.signDate.Text) != "" {
		return opt, lang.L("Write the date like 26-11-2026 or 26 November 2026.")
	}
	opt = sheetOptions{paper: reports.A4, blank: f.blank.Checked, fullNIK: f.fullNIK.Checked, from: from, to: to, signDate: signed}
	if f.paper.Selected == "F4" {
		opt.paper = reports.F4
	}
	return opt, ""
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
	doc.Blank, doc.MaskNIK, doc.SignDate = opt.blank, !opt.fullNIK, opt.signDate
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
