package app

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// The attendance grid of a class: every participant against every session,
// with the totals and the percentage against the minimum.

// gridTotals are the columns after the name: H, I, S, A, JP and %; the
// sessions follow.
const gridTotals = 6

// buildGrid makes the grid tab: the minimum attendance over the table of
// participants × sessions with their totals.
func (t *attendanceTab) buildGrid() fyne.CanvasObject {
	t.grid = widget.NewTableWithHeaders(t.gridSize, func() fyne.CanvasObject {
		l := widget.NewLabel("Xxxxxxxxxxxxxxxx")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, t.updateGridCell)
	t.grid.ShowHeaderColumn = false
	t.grid.StickyColumnCount = 1 + gridTotals // the name and the totals stay in view
	t.grid.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		l.Truncation = fyne.TextTruncateEllipsis
		if id.Col >= 0 {
			l.SetText(t.gridHeader(id.Col))
		}
	}
	t.minEntry = widget.NewEntry()
	t.minEntry.OnSubmitted = func(string) { t.onSaveMin() }
	t.minSave = widget.NewButton(lang.L("Save"), t.onSaveMin)
	t.minText = widget.NewLabel("")
	t.minText.Wrapping = fyne.TextWrapWord
	minRow := container.NewHBox(widget.NewLabel(lang.L("Minimum attendance (% of planned JP)")),
		container.NewGridWrap(fyne.NewSize(80, t.minEntry.MinSize().Height), t.minEntry), t.minSave)
	return container.NewBorder(container.NewVBox(minRow, t.minText), nil, nil, nil, t.grid)
}

func (t *attendanceTab) gridSize() (int, int) {
	return len(t.gridData.Rows), 1 + gridTotals + len(t.gridData.Sessions)
}

func (t *attendanceTab) gridHeader(col int) string {
	switch {
	case col == 0:
		return lang.L("Participant")
	case col <= gridTotals:
		pct := "%"
		if t.runningGrid() {
			pct = lang.L("% so far")
		}
		return []string{data.AttendancePresent, data.AttendanceExcused, data.AttendanceSick, data.AttendanceAbsent,
			lang.L("JP"), pct}[col-1]
	case col-1-gridTotals < len(t.gridData.Sessions):
		return t.gridData.Sessions[col-1-gridTotals].Date.Format("02/01")
	}
	return ""
}

// gridCellText is what the grid shows in a cell.
func (t *attendanceTab) gridCellText(row, col int) string {
	if row >= len(t.gridData.Rows) {
		return ""
	}
	r := t.gridData.Rows[row]
	switch col {
	case 0:
		return r.Name
	case 1:
		return strconv.Itoa(r.Present)
	case 2:
		return strconv.Itoa(r.Excused)
	case 3:
		return strconv.Itoa(r.Sick)
	case 4:
		return strconv.Itoa(r.Absent)
	case 5:
		return strconv.Itoa(r.AttendedJP)
	case 6:
		if t.runningGrid() {
			if t.gridData.HeldJP == 0 {
				return "–"
			}
			return percentText(r.SoFar)
		}
		return percentText(r.Percent)
	}
	if j := col - 1 - gridTotals; j >= 0 && j < len(r.Marks) {
		return r.Marks[j]
	}
	return ""
}

func (t *attendanceTab) updateGridCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.SetText(t.gridCellText(id.Row, id.Col))
	imp := widget.MediumImportance
	if id.Row < len(t.gridData.Rows) {
		imp = standingImportance(t.gridData.Rows[id.Row].Standing)
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
}

func (t *attendanceTab) showGrid() {
	t.grid.SetColumnWidth(0, 220)
	for i, w := range []float32{40, 40, 40, 40, 52, 100} {
		t.grid.SetColumnWidth(1+i, w)
	}
	for j := range t.gridData.Sessions {
		t.grid.SetColumnWidth(1+gridTotals+j, 56)
	}
	t.minText.SetText(t.standingText())
	t.grid.Refresh()
}

// runningGrid reports whether sessions are still to come: the percentages
// are then of the JP held so far.
func (t *attendanceTab) runningGrid() bool { return t.gridData.HeldJP < t.gridData.PlannedJP }

// standingText counts the participants flagged: "Held 120 of 240 JP · 2
// below the minimum so far (orange) · 1 can no longer reach it (red)".
func (t *attendanceTab) standingText() string {
	g := t.gridData
	n := map[string]int{}
	for _, r := range g.Rows {
		n[r.Standing]++
	}
	if !t.runningGrid() {
		return lang.L("Planned {{.JP}} JP · {{.Below}} below the minimum (in red)",
			map[string]any{"JP": g.PlannedJP, "Below": n[data.AttendanceOutOfReach]})
	}
	return lang.L("Held {{.Held}} of {{.JP}} JP · {{.Below}} below the minimum so far (orange) · {{.Out}} can no longer reach it (red)",
		map[string]any{"Held": g.HeldJP, "JP": g.PlannedJP, "Below": n[data.AttendanceBelowSoFar], "Out": n[data.AttendanceOutOfReach]})
}

// standingImportance colours a participant's row by their standing.
func standingImportance(standing string) widget.Importance {
	switch standing {
	case data.AttendanceOutOfReach:
		return widget.DangerImportance
	case data.AttendanceBelowSoFar:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

// onSaveMin saves the minimum attendance typed.
func (t *attendanceTab) onSaveMin() {
	v, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(t.minEntry.Text), "%"))
	if err != nil || v < 1 || v > 100 {
		showErrorDialog(errors.New(lang.L("The minimum attendance is a whole percentage from 1 to 100.")), t.win)
		return
	}
	t.loads.do(func() {
		err := t.store.SetMinAttendance(context.Background(), v)
		fyne.Do(func() {
			if err != nil {
				showError(err, t.win)
			}
			t.reload()
		})
	})
}
