package reports

import (
	"io"
	"strconv"

	"balai/data"
)

// IPK31Sheet is the name of the IPK III/1 workbook's sheet.
const IPK31Sheet = "IPK III-1"

// WriteIPK31XLSX writes the IPK III/1 form as a workbook laid out as the
// PDF: the letterhead, the title, the header over age groups and sex, the
// seven rows as numbers, and the notes.
func WriteIPK31XLSX(w io.Writer, doc IPK31Doc) error {
	r := doc.Recap
	f, st, err := newRecapWorkbook(IPK31Sheet, "IPK III/1 "+data.MonthName(r.Month.Month())+" "+strconv.Itoa(r.Month.Year()))
	if err != nil {
		return err
	}
	s := &recapSheet{f: f, name: IPK31Sheet, st: st, row: 1, width: 2 + data.IPKCols}
	s.head(doc.Institution, ipkTitle(), ipkSubtitle(r))
	s.headerCells(ipkHeader(), 1)
	for row := range data.IPKRows {
		text, num := st.text, st.number
		if row == data.IPKSumA || row == data.IPKSumB || row == data.IPKLeft {
			text, num = st.totalText, st.totalNumber
		}
		s.set(1, data.IPKRowLabels[row][0], text)
		s.set(2, data.IPKRowLabels[row][1], text)
		for c, n := range r.Cells[row] {
			s.set(3+c, n, num)
		}
		s.row++
	}
	s.row++
	for _, n := range IPK31Notes(r) {
		s.note(n, 2)
	}
	ws := []float64{5, 68}
	for range data.IPKCols {
		ws = append(ws, 7)
	}
	s.widths(ws...)
	s.landscape()
	if s.err != nil {
		return s.err
	}
	return writeWorkbook(w, f)
}
