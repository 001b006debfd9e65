package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Column is a column of a TextTable: its title and width.
type Column struct {
	Title string
	Width float32
}

// NewTextTable is a table of text under bold column titles, whose rows are
// chosen whole: onSelect gets the row. rows and text are read whenever the
// table refreshes.
func NewTextTable(cols []Column, rows func() int, text func(row, col int) string, onSelect func(row int)) *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return rows(), len(cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Xxxxxxxxxxxx")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(text(id.Row, id.Col)) },
	)
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(cols) {
			o.(*widget.Label).SetText(cols[id.Col].Title)
		}
	}
	t.OnSelected = func(id widget.TableCellID) { onSelect(id.Row) }
	for i, c := range cols {
		t.SetColumnWidth(i, c.Width)
	}
	return t
}
