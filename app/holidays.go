package app

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
	"balai/data/importer"
	"balai/data/store"
)

// showHolidaysDialog lets the user see the holidays of a year, add and delete
// their own, and import a list (the built-in national holidays stay).
func showHolidaysDialog(win fyne.Window, st *store.Store) {
	h := newHolidaysDialog(win, st)
	widgets.ShowMessageDialog(win, h.dlg)
	h.reload()
}

// holidaysDialog is the holiday list of one year.
type holidaysDialog struct {
	win   fyne.Window
	store *store.Store

	year    *widget.Select
	list    *widget.List
	date    *widgets.Entry
	name    *widgets.Entry
	message *widget.Label
	dlg     *dialog.CustomDialog

	// Touched on the UI goroutine only.
	shownYear int
	holidays  []data.Holiday
	report    []string      // the lines of the last import report, for tests
	confirm   dialog.Dialog // the last confirmation, for tests

	loads worker
}

func newHolidaysDialog(win fyne.Window, st *store.Store) *holidaysDialog {
	h := &holidaysDialog{win: win, store: st}
	now := st.Now().Year()
	var years []string
	for y := now - 1; y <= now+2; y++ {
		years = append(years, strconv.Itoa(y))
	}
	h.year = widget.NewSelect(years, nil)
	h.year.SetSelected(strconv.Itoa(now))
	h.shownYear = now
	h.year.OnChanged = func(v string) {
		h.shownYear, _ = strconv.Atoi(v)
		h.reload()
	}
	h.list = widget.NewList(func() int { return len(h.holidays) }, h.newRow, h.updateRow)
	h.date = widgets.NewEntry()
	h.date.SetPlaceHolder("31/03/2026")
	h.name = widgets.NewEntry()
	h.name.SetPlaceHolder(lang.L("e.g. Idul Fitri 1447 H"))
	h.name.OnSubmitted = func(string) { h.onAdd() }
	add := widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), h.onAdd)
	imp := widget.NewButtonWithIcon(lang.L("Import…"), theme.UploadIcon(), h.onImport)
	h.message = widget.NewLabel("")
	h.message.Wrapping = fyne.TextWrapWord
	h.message.Hide()
	note := widget.NewLabel(lang.L("The fixed national holidays are built in. Enter the others and the collective leave (cuti bersama) of each year from the government's decree, or import them from a file with the columns Tanggal and Keterangan."))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.LowImportance

	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Year")), imp, container.NewHBox(h.year)),
		note,
	)
	addRow := container.NewBorder(nil, nil, widgets.Fixed(130, h.date), add, h.name)
	bottom := container.NewVBox(h.message, widget.NewSeparator(), addRow)
	h.dlg = dialog.NewCustom(lang.L("Holidays"), lang.L("Close"),
		container.NewBorder(top, bottom, nil, nil, h.list), win)
	h.dlg.Resize(fyne.NewSize(720, 600))
	return h
}

func (h *holidaysDialog) newRow() fyne.CanvasObject {
	date := widget.NewLabel("Senin, 31 Agustus 2026")
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	del.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, widgets.Fixed(230, date), del, name)
}

func (h *holidaysDialog) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	name := c.Objects[0].(*widget.Label)
	date := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	del := c.Objects[2].(*widget.Button)
	if id >= len(h.holidays) {
		return
	}
	hol := h.holidays[id]
	date.SetText(dayDate(hol.Date))
	if _, fixed := data.FixedHoliday(hol.Date); fixed {
		name.SetText(hol.Name + " " + lang.L("(built in)"))
		name.Importance = widget.LowImportance
		del.Hide()
	} else {
		name.SetText(hol.Name)
		name.Importance = widget.MediumImportance
		del.Show()
		del.OnTapped = func() { h.onDelete(hol) }
	}
	name.Refresh()
}

func (h *holidaysDialog) reload() {
	year := h.shownYear
	h.loads.do(func() {
		hs, err := h.store.Holidays(context.Background(), year)
		fyne.Do(func() {
			if err != nil {
				showError(err, h.win)
				return
			}
			if year == h.shownYear {
				h.holidays = hs
				h.list.Refresh()
			}
		})
	})
}

func (h *holidaysDialog) onAdd() {
	d, ok := data.ParseDate(h.date.Text)
	if !ok {
		widgets.SetMessage(h.message, problemText(data.Problem{Field: "date", Code: data.CodeBadDate, Detail: h.date.Text}))
		h.message.Importance = widget.DangerImportance
		return
	}
	hol := data.Holiday{Date: d, Name: h.name.Text}
	h.loads.do(func() {
		err := h.store.AddHoliday(context.Background(), hol)
		fyne.Do(func() {
			if err != nil {
				h.message.Importance = widget.DangerImportance
				widgets.SetMessage(h.message, userMessage(err))
				return
			}
			h.message.Importance = widget.SuccessImportance
			widgets.SetMessage(h.message, lang.L("Added: {{.Date}}, {{.Name}}.", map[string]any{"Date": dayDate(d), "Name": strings.TrimSpace(hol.Name)}))
			h.date.SetText("")
			h.name.SetText("")
			if d.Year() != h.shownYear {
				h.year.SetSelected(strconv.Itoa(d.Year())) // reloads
				return
			}
			h.reload()
		})
	})
}

func (h *holidaysDialog) onDelete(hol data.Holiday) {
	c := dialog.NewConfirm(lang.L("Delete holiday?"),
		lang.L("{{.Date}}, {{.Name}} becomes a training day again. Schedules generated before do not change.",
			map[string]any{"Date": dayDate(hol.Date), "Name": hol.Name}),
		func(ok bool) {
			if ok {
				h.delete(hol.Date)
			}
		}, h.win)
	h.confirm = c
	widgets.ShowConfirmDialog(h.win, c)
}

func (h *holidaysDialog) delete(d time.Time) {
	h.loads.do(func() {
		err := h.store.DeleteHoliday(context.Background(), d)
		fyne.Do(func() {
			if err != nil {
				showError(err, h.win)
				return
			}
			widgets.SetMessage(h.message, "")
			h.reload()
		})
	})
}

func (h *holidaysDialog) onImport() {
	req := widgets.FileRequest{Kind: widgets.FilesLists, Title: lang.L("Choose the holiday list (.xlsx or .csv)"), Exts: []string{".xlsx", ".csv"}}
	widgets.OpenFile(h.win, req, func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(err, h.win)
			return
		}
		if r == nil {
			return
		}
		h.importFrom(r.URI().Name(), r)
	})
}

// importFrom imports the holidays of r (closing it when it is a Closer) and
// reports the rows it skipped.
func (h *holidaysDialog) importFrom(name string, r io.Reader) {
	h.loads.do(func() {
		added, problems, err := importer.ImportHolidays(context.Background(), h.store, r)
		if c, ok := r.(io.Closer); ok {
			c.Close()
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, h.win)
				return
			}
			lines := []string{lang.L("{{.Count}} holidays imported from {{.File}}.", map[string]any{"Count": added, "File": name})}
			if len(problems) > 0 {
				lines = append(lines, lang.L("Rows skipped:"))
				for _, p := range problems {
					lines = append(lines, fmt.Sprintf("%s %d: %s", lang.L("Row"), p.Row, problemText(p.Problem)))
				}
			}
			h.report = lines
			text := widget.NewLabel(strings.Join(lines, "\n"))
			text.Wrapping = fyne.TextWrapWord
			scroll := container.NewVScroll(text)
			scroll.SetMinSize(fyne.NewSize(520, min(60+float32(len(lines))*24, 360)))
			showClosable(lang.L("Holiday import"), scroll, h.win)
			h.reload()
		})
	})
}
