package store

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"balai/data"
)

// AddHoliday stores a holiday or a day of collective leave; a date already
// stored takes the new name. A fixed national holiday is refused (it is built in).
func (s *Store) AddHoliday(ctx context.Context, h data.Holiday) error {
	h, err := data.CleanHoliday(h)
	if err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, upsertHolidaySQL, dateText(h.Date), h.Name); err != nil {
		return fmt.Errorf("save holiday: %w", err)
	}
	return tx.Commit()
}

const upsertHolidaySQL = `INSERT INTO holidays (date, name) VALUES (?, ?)
	ON CONFLICT (date) DO UPDATE SET name = excluded.name`

// DeleteHoliday removes the user's holiday on date. A fixed national holiday
// gives a *Problem; a date without a stored holiday gives ErrNotFound.
func (s *Store) DeleteHoliday(ctx context.Context, date time.Time) error {
	if name, ok := data.FixedHoliday(date); ok {
		return &data.Problem{Field: "date", Code: data.CodeHolidayFixed, Detail: name}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM holidays WHERE date = ?`, dateText(data.DateOf(date)))
	if err != nil {
		return fmt.Errorf("delete holiday: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	return tx.Commit()
}

// Holidays lists the holidays of a year, the built-in national ones and the
// user's, in date order.
func (s *Store) Holidays(ctx context.Context, year int) ([]data.Holiday, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	from := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
	return holidaysBetween(ctx, tx, from, from.AddDate(1, 0, -1))
}

// holidaysBetween lists the holidays from from to to (both included), built-in
// and stored, in date order.
func holidaysBetween(ctx context.Context, tx *Tx, from, to time.Time) ([]data.Holiday, error) {
	var out []data.Holiday
	for y := from.Year(); y <= to.Year(); y++ {
		for _, h := range data.FixedHolidays(y) {
			if !h.Date.Before(from) && !h.Date.After(to) {
				out = append(out, h)
			}
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT date, name FROM holidays WHERE date >= ? AND date <= ? ORDER BY date`,
		dateText(from), dateText(to))
	if err != nil {
		return nil, fmt.Errorf("read holidays: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d, name string
		if err := rows.Scan(&d, &name); err != nil {
			return nil, fmt.Errorf("read holidays: %w", err)
		}
		t, err := time.Parse(data.DateLayout, d)
		if err != nil {
			continue
		}
		if _, fixed := data.FixedHoliday(t); fixed {
			continue // stored by an older version or by hand: the built-in name wins
		}
		out = append(out, data.Holiday{Date: t, Name: name})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read holidays: %w", err)
	}
	slices.SortStableFunc(out, func(a, b data.Holiday) int { return a.Date.Compare(b.Date) })
	return out, nil
}

// Header texts (folded by foldHeader) of a holiday list's columns.
var (
	holidayDateHeaders = []string{"tanggal", "tgl", "date", "tanggallibur", "haritanggal"}
	holidayNameHeaders = []string{"keterangan", "ket", "nama", "name", "namaharilibur", "harilibur", "libur",
		"uraian", "description", "holiday", "perayaan", "peringatan"}
)

// findHolidayColumns finds the header row among the first rows of t and its
// date and name columns.
func findHolidayColumns(t *data.Table) (header, dateCol, nameCol int, ok bool) {
	for i, row := range t.Rows {
		if i >= 20 {
			break
		}
		dateCol, nameCol = -1, -1
		for c, h := range row {
			f := data.FoldHeader(h)
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

// ImportHolidays adds the holidays of a CSV or XLSX file (first sheet) with a
// date column (Tanggal/Date) and a name column (Keterangan/Nama/Name), in one
// transaction. Rows with a bad or missing date, a missing name or a date
// repeated in the file are skipped and reported with their spreadsheet row
// number; a fixed national holiday is skipped with a warning (it is built
// in). A date already stored takes the file's name. added counts the rows
// saved. A file without the columns gives a *Problem (CodeHolidayColumns);
// on any error nothing is saved.
func (s *Store) ImportHolidays(ctx context.Context, r io.Reader) (added int, problems []data.RowProblem, err error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return 0, nil, fmt.Errorf("read holiday file: %w", err)
	}
	var t *data.Table
	if bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
		t, err = data.ReadXLSX(bytes.NewReader(raw), "")
	} else {
		t, err = data.ReadCSV(bytes.NewReader(raw))
	}
	if err != nil {
		return 0, nil, err
	}
	good, problems, err := holidayRows(t)
	if err != nil {
		return 0, nil, err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, nil, err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, upsertHolidaySQL)
	if err != nil {
		return 0, nil, fmt.Errorf("import holidays: %w", err)
	}
	defer stmt.Close()
	for _, h := range good {
		if _, err := stmt.ExecContext(ctx, dateText(h.Date), h.Name); err != nil {
			return 0, nil, fmt.Errorf("import holidays, row %d: %w", h.row, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("import holidays: %w", err)
	}
	return len(good), problems, nil
}

// holidayRow is a holiday read from a spreadsheet row.
type holidayRow struct {
	data.Holiday
	row int
}

// holidayRows reads the holidays of a holiday list (see ImportHolidays):
// the good rows and the problems of the others.
func holidayRows(t *data.Table) (good []holidayRow, problems []data.RowProblem, err error) {
	header, dateCol, nameCol, ok := findHolidayColumns(t)
	if !ok {
		return nil, nil, &data.Problem{Field: "file", Code: data.CodeHolidayColumns}
	}
	dateHead, nameHead := t.Rows[header][dateCol], t.Rows[header][nameCol]
	cell := func(row []string, c int) string {
		if c < len(row) {
			return strings.TrimSpace(row[c])
		}
		return ""
	}
	seen := map[string]int{} // date → row
	for i := header + 1; i < len(t.Rows); i++ {
		row, rowNum := t.Rows[i], t.RowNums[i]
		when, name := cell(row, dateCol), data.CleanText(cell(row, nameCol))
		if when == "" && name == "" && strings.TrimSpace(strings.Join(row, "")) == "" {
			continue // blank row
		}
		problem := func(column, value string, p data.Problem) {
			problems = append(problems, data.RowProblem{Row: rowNum, Column: column, Value: value, Problem: p})
		}
		if when == "" {
			problem(dateHead, when, data.Problem{Field: "date", Code: data.CodeRequired})
			continue
		}
		d, ok := parseHolidayDate(when)
		if !ok {
			problem(dateHead, when, data.Problem{Field: "date", Code: data.CodeBadDate, Detail: when})
			continue
		}
		if fixed, ok := data.FixedHoliday(d); ok {
			problem(dateHead, when, data.Problem{Field: "date", Code: data.WarnHolidayFixedInFile, Detail: fixed})
			continue
		}
		if name == "" {
			problem(nameHead, "", data.Problem{Field: "name", Code: data.CodeRequired})
			continue
		}
		if first, dup := seen[storedDate(d)]; dup {
			problem(dateHead, when, data.Problem{Field: "date", Code: data.CodeHolidayDuplicate, Detail: strconv.Itoa(first)})
			continue
		}
		seen[storedDate(d)] = rowNum
		good = append(good, holidayRow{data.Holiday{Date: d, Name: name}, rowNum})
	}
	return good, problems, nil
}
