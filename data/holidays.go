package data

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Holidays: days without training.
//
// The fixed-date national holidays (1 January, 1 May, 1 June, 17 August,
// 25 December) are built in for every year and never stored. Every other
// holiday — Islamic, Chinese, Hindu and Buddhist holidays, which move every
// year, and collective leave (cuti bersama) — is entered or imported by the
// user into the holidays table: Balai never guesses a lunar date.

// Problem codes of holidays.
const (
	CodeHolidayFixed       = "holiday_fixed"              // Detail: the built-in holiday's name
	CodeHolidayColumns     = "holiday_no_columns"         // the file has no date and name columns
	CodeHolidayDuplicate   = "holiday_duplicate_in_file"  // Detail: the earlier row with the same date
	WarnHolidayFixedInFile = "warn_holiday_fixed_in_file" // Detail: the built-in holiday's name; the row is skipped
)

func init() {
	addProblemTexts(map[string]string{
		CodeHolidayFixed:       "the date is a fixed national holiday built into Balai (%s); it cannot be added or removed",
		CodeHolidayColumns:     "the file has no date column (Tanggal/Date) and name column (Keterangan/Nama/Name)",
		CodeHolidayDuplicate:   "the date repeats row %s of this file",
		WarnHolidayFixedInFile: "the date is a fixed national holiday already built in (%s); the row is skipped",
	})
}

// fixedHolidays are the national holidays on the same date every year.
var fixedHolidays = []struct {
	month time.Month
	day   int
	name  string
}{
	{time.January, 1, "Tahun Baru Masehi"},
	{time.May, 1, "Hari Buruh"},
	{time.June, 1, "Hari Lahir Pancasila"},
	{time.August, 17, "Hari Kemerdekaan RI"},
	{time.December, 25, "Hari Raya Natal"},
}

// FixedHolidays lists the built-in national holidays of a year, in date order.
func FixedHolidays(year int) []Holiday {
	out := make([]Holiday, len(fixedHolidays))
	for i, f := range fixedHolidays {
		out[i] = Holiday{Date: time.Date(year, f.month, f.day, 0, 0, 0, 0, time.UTC), Name: f.name}
	}
	return out
}

// FixedHoliday returns the name of the built-in national holiday on date, if any.
func FixedHoliday(date time.Time) (string, bool) {
	_, m, d := date.Date()
	for _, f := range fixedHolidays {
		if f.month == m && f.day == d {
			return f.name, true
		}
	}
	return "", false
}

// HolidaySet maps each holiday's date ("2006-01-02") to its name, as
// GenerateSessions takes them.
func HolidaySet(hs []Holiday) map[string]string {
	m := make(map[string]string, len(hs))
	for _, h := range hs {
		m[h.Date.Format(DateLayout)] = h.Name
	}
	return m
}

// checkHoliday cleans a holiday the user gives and checks it.
func checkHoliday(h Holiday) (Holiday, error) {
	h.Name = CleanText(h.Name)
	if h.Date.IsZero() {
		return h, &Problem{Field: "date", Code: CodeRequired}
	}
	h.Date = dateOf(h.Date)
	if name, ok := FixedHoliday(h.Date); ok {
		return h, &Problem{Field: "date", Code: CodeHolidayFixed, Detail: name}
	}
	if h.Name == "" {
		return h, &Problem{Field: "name", Code: CodeRequired}
	}
	return h, nil
}

// AddHoliday stores a holiday or a day of collective leave; a date already
// stored takes the new name. A fixed national holiday is refused (it is built in).
func (s *Store) AddHoliday(ctx context.Context, h Holiday) error {
	h, err := checkHoliday(h)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, upsertHolidaySQL, storedDate(h.Date), h.Name); err != nil {
		return fmt.Errorf("save holiday: %w", err)
	}
	return tx.Commit()
}

const upsertHolidaySQL = `INSERT INTO holidays (date, name) VALUES (?, ?)
	ON CONFLICT (date) DO UPDATE SET name = excluded.name`

// DeleteHoliday removes the user's holiday on date. A fixed national holiday
// gives a *Problem; a date without a stored holiday gives ErrNotFound.
func (s *Store) DeleteHoliday(ctx context.Context, date time.Time) error {
	if name, ok := FixedHoliday(date); ok {
		return &Problem{Field: "date", Code: CodeHolidayFixed, Detail: name}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM holidays WHERE date = ?`, storedDate(dateOf(date)))
	if err != nil {
		return fmt.Errorf("delete holiday: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return tx.Commit()
}

// Holidays lists the holidays of a year, the built-in national ones and the
// user's, in date order.
func (s *Store) Holidays(ctx context.Context, year int) ([]Holiday, error) {
	from := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
	return holidaysBetween(ctx, s.db, from, from.AddDate(1, 0, -1))
}

// queryer is what a read needs of a *sql.DB or a *sql.Tx.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// holidaysBetween lists the holidays from from to to (both included), built-in
// and stored, in date order.
func holidaysBetween(ctx context.Context, q queryer, from, to time.Time) ([]Holiday, error) {
	var out []Holiday
	for y := from.Year(); y <= to.Year(); y++ {
		for _, h := range FixedHolidays(y) {
			if !h.Date.Before(from) && !h.Date.After(to) {
				out = append(out, h)
			}
		}
	}
	rows, err := q.QueryContext(ctx, `SELECT date, name FROM holidays WHERE date >= ? AND date <= ? ORDER BY date`,
		storedDate(from), storedDate(to))
	if err != nil {
		return nil, fmt.Errorf("read holidays: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d, name string
		if err := rows.Scan(&d, &name); err != nil {
			return nil, fmt.Errorf("read holidays: %w", err)
		}
		t, err := time.Parse(DateLayout, d)
		if err != nil {
			continue
		}
		if _, fixed := FixedHoliday(t); fixed {
			continue // stored by an older version or by hand: the built-in name wins
		}
		out = append(out, Holiday{Date: t, Name: name})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read holidays: %w", err)
	}
	slices.SortStableFunc(out, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
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
	if t, ok := ParseDateCell(raw); ok {
		return t, true
	}
	v := strings.TrimSpace(raw)
	first, rest, found := strings.Cut(v, " ")
	if !found {
		return time.Time{}, false
	}
	day := strings.ToLower(strings.TrimRight(first, ","))
	for i := range daysID {
		if day == strings.ToLower(daysID[i]) || day == strings.ToLower(time.Weekday(i).String()) {
			return ParseDate(rest)
		}
	}
	return time.Time{}, false
}

// ImportHolidays adds the holidays of a CSV or XLSX file (first sheet) with a
// date column (Tanggal/Date) and a name column (Keterangan/Nama/Name), in one
// transaction. Rows with a bad or missing date, a missing name or a date
// repeated in the file are skipped and reported with their spreadsheet row
// number; a fixed national holiday is skipped with a warning (it is built
// in). A date already stored takes the file's name. added counts the rows
// saved. A file without the columns gives a *Problem (CodeHolidayColumns);
// on any error nothing is saved.
func (s *Store) ImportHolidays(ctx context.Context, r io.Reader) (added int, problems []RowProblem, err error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return 0, nil, fmt.Errorf("read holiday file: %w", err)
	}
	var t *Table
	if bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
		t, err = ReadXLSX(bytes.NewReader(raw), "")
	} else {
		t, err = ReadCSV(bytes.NewReader(raw))
	}
	if err != nil {
		return 0, nil, err
	}
	header, dateCol, nameCol, ok := findHolidayColumns(t)
	if !ok {
		return 0, nil, &Problem{Field: "file", Code: CodeHolidayColumns}
	}
	dateHead, nameHead := t.Rows[header][dateCol], t.Rows[header][nameCol]
	cell := func(row []string, c int) string {
		if c < len(row) {
			return strings.TrimSpace(row[c])
		}
		return ""
	}
	type holidayRow struct {
		Holiday
		row int
	}
	var good []holidayRow
	seen := map[string]int{} // date → row
	for i := header + 1; i < len(t.Rows); i++ {
		row, rowNum := t.Rows[i], t.RowNums[i]
		dateText, name := cell(row, dateCol), CleanText(cell(row, nameCol))
		if dateText == "" && name == "" && strings.TrimSpace(strings.Join(row, "")) == "" {
			continue // blank row
		}
		problem := func(column, value string, p Problem) {
			problems = append(problems, RowProblem{Row: rowNum, Column: column, Value: value, Problem: p})
		}
		if dateText == "" {
			problem(dateHead, dateText, Problem{Field: "date", Code: CodeRequired})
			continue
		}
		d, ok := parseHolidayDate(dateText)
		if !ok {
			problem(dateHead, dateText, Problem{Field: "date", Code: CodeBadDate, Detail: dateText})
			continue
		}
		if fixed, ok := FixedHoliday(d); ok {
			problem(dateHead, dateText, Problem{Field: "date", Code: WarnHolidayFixedInFile, Detail: fixed})
			continue
		}
		if name == "" {
			problem(nameHead, "", Problem{Field: "name", Code: CodeRequired})
			continue
		}
		key := storedDate(d)
		if first, dup := seen[key]; dup {
			problem(dateHead, dateText, Problem{Field: "date", Code: CodeHolidayDuplicate, Detail: strconv.Itoa(first)})
			continue
		}
		seen[key] = rowNum
		good = append(good, holidayRow{Holiday{Date: d, Name: name}, rowNum})
	}
	tx, err := s.db.BeginTx(ctx, nil)
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
		if _, err := stmt.ExecContext(ctx, storedDate(h.Date), h.Name); err != nil {
			return 0, nil, fmt.Errorf("import holidays, row %d: %w", h.row, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("import holidays: %w", err)
	}
	return len(good), problems, nil
}
