package importer

import (
	"bytes"
	"context"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"balai/data"
	"balai/data/store"
)

// Header texts (folded by foldHeader) of a holiday list's columns.
var (
	holidayDateHeaders = []string{"tanggal", "tgl", "date", "tanggallibur", "haritanggal"}
	holidayNameHeaders = []string{"keterangan", "ket", "nama", "name", "namaharilibur", "harilibur", "libur",
		"uraian", "description", "holiday", "perayaan", "peringatan"}
)

// ImportHolidays adds the holidays of a CSV or XLSX file (first sheet) with a
// date column (Tanggal/Date) and a name column (Keterangan/Nama/Name), in one
// transaction. Rows with a bad or missing date, a missing name or a date
// repeated in the file are skipped and reported with their spreadsheet row
// number; a fixed national holiday is skipped with a warning (it is built
// in). A date already stored takes the file's name. added counts the rows
// saved. A file without the columns gives a *data.Problem
// (CodeHolidayColumns); on any error nothing is saved.
func ImportHolidays(ctx context.Context, st *store.Store, r io.Reader) (added int, problems []data.RowProblem, err error) {
	hs, problems, err := ReadHolidays(r)
	if err != nil {
		return 0, nil, err
	}
	if err := st.SaveHolidays(ctx, hs); err != nil {
		return 0, nil, err
	}
	return len(hs), problems, nil
}

// ReadHolidays reads a holiday list (see ImportHolidays): the holidays to
// save and the rows left out, with their reasons.
func ReadHolidays(r io.Reader) ([]data.Holiday, []data.RowProblem, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	name := "holidays.csv"
	if bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
		name = "holidays.xlsx"
	}
	t, err := ReadPreview(Bytes(name, raw), "", -1)
	if err != nil {
		return nil, nil, err
	}
	header, dateCol, nameCol, ok := findHolidayColumns(t)
	if !ok {
		return nil, nil, &data.Problem{Field: "file", Code: data.CodeHolidayColumns}
	}
	dateHead, nameHead := t.Rows[header][dateCol], t.Rows[header][nameCol]
	var (
		good     []data.Holiday
		problems []data.RowProblem
	)
	seen := map[time.Time]int{} // date → row
	for i := header + 1; i < len(t.Rows); i++ {
		row, rowNum := t.Rows[i], t.RowNums[i]
		dateText, name := cellAt(row, dateCol), data.CleanText(cellAt(row, nameCol))
		if dateText == "" && name == "" && strings.TrimSpace(strings.Join(row, "")) == "" {
			continue // blank row
		}
		problem := func(column, value string, p data.Problem) {
			problems = append(problems, data.RowProblem{Row: rowNum, Column: column, Value: value, Problem: p})
		}
		if dateText == "" {
			problem(dateHead, dateText, data.Problem{Field: "date", Code: data.CodeRequired})
			continue
		}
		d, ok := parseHolidayDate(dateText)
		if !ok {
			problem(dateHead, dateText, data.Problem{Field: "date", Code: data.CodeBadDate, Detail: dateText})
			continue
		}
		if fixed, ok := data.FixedHoliday(d); ok {
			problem(dateHead, dateText, data.Problem{Field: "date", Code: data.WarnHolidayFixedInFile, Detail: fixed})
			continue
		}
		if name == "" {
			problem(nameHead, "", data.Problem{Field: "name", Code: data.CodeRequired})
			continue
		}
		if first, dup := seen[d]; dup {
			problem(dateHead, dateText, data.Problem{Field: "date", Code: data.CodeHolidayDuplicate, Detail: strconv.Itoa(first)})
			continue
		}
		seen[d] = rowNum
		good = append(good, data.Holiday{Date: d, Name: name})
	}
	return good, problems, nil
}

// cellAt is row's cell c without surrounding spaces, "" past the row's end.
func cellAt(row []string, c int) string {
	if c >= 0 && c < len(row) {
		return strings.TrimSpace(row[c])
	}
	return ""
}

// findHolidayColumns finds the header row among the first rows of t and its
// date and name columns.
func findHolidayColumns(t *Table) (header, dateCol, nameCol int, ok bool) {
	for i, row := range t.Rows {
		if i >= 20 {
			break
		}
		dateCol, nameCol = -1, -1
		for c, h := range row {
			f := foldHeader(h)
			switch {
			case dateCol < 0 && slices.Contains(holidayDateHeaders, f):
				dateCol = c
			case nameCol < 0 && slices.Contains(holidayNameHeaders, f):
				nameCol = c
			}
		}
		if dateCol >= 0 && nameCol >= 0 {
			return i, dateCol, nameCol, true
		}
	}
	return 0, -1, -1, false
}

// parseHolidayDate reads a date cell of a holiday list: what ParseDateCell
// reads, also after a weekday ("Senin, 17 Agustus 2026"), as official lists write it.
func parseHolidayDate(raw string) (time.Time, bool) {
	if t, ok := data.ParseDateCell(raw); ok {
		return t, true
	}
	v := strings.TrimSpace(raw)
	first, rest, found := strings.Cut(v, " ")
	if !found {
		return time.Time{}, false
	}
	if !data.IsWeekdayName(strings.TrimRight(first, ",")) {
		return time.Time{}, false
	}
	return data.ParseDate(rest)
}
