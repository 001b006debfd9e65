package widgets

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestTextTable(t *testing.T) {
	test.NewTempApp(t)
	rooms := [][]string{{"Bengkel Las 1", "16"}, {"Laboratorium Komputer", "20"}}
	chosen := -1
	table := NewTextTable([]Column{{"Ruang", 220}, {"Kapasitas", 90}},
		func() int { return len(rooms) },
		func(row, col int) string { return rooms[row][col] },
		func(row int) { chosen = row })
	if rows, cols := table.Length(); rows != 2 || cols != 2 {
		t.Errorf("size %d × %d, want 2 × 2", rows, cols)
	}
	tests := []struct {
		id     widget.TableCellID
		header bool
		want   string
	}{
		{widget.TableCellID{Row: -1, Col: 0}, true, "Ruang"},
		{widget.TableCellID{Row: -1, Col: 1}, true, "Kapasitas"},
		{widget.TableCellID{Row: 0, Col: 0}, false, "Bengkel Las 1"},
		{widget.TableCellID{Row: 1, Col: 1}, false, "20"},
	}
	for _, tt := range tests {
		var l *widget.Label
		if tt.header {
			l = table.CreateHeader().(*widget.Label)
			table.UpdateHeader(tt.id, l)
			if !l.TextStyle.Bold {
				t.Errorf("header %v is not bold", tt.id)
			}
		} else {
			l = table.CreateCell().(*widget.Label)
			table.UpdateCell(tt.id, l)
		}
		if l.Text != tt.want {
			t.Errorf("cell %v shows %q, want %q", tt.id, l.Text, tt.want)
		}
	}
	table.Select(widget.TableCellID{Row: 1, Col: 1})
	if chosen != 1 {
		t.Errorf("choosing a cell of row 1 chose row %d", chosen)
	}
}
