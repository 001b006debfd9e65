package store

import (
	"context"
	"fmt"
	"slices"
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

// SaveHolidays stores holidays read from a list, in one transaction: a date
// already stored takes the new name. The caller has checked them
// (importer.ReadHolidays); on any error nothing is saved.
func (s *Store) SaveHolidays(ctx context.Context, hs []data.Holiday) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, upsertHolidaySQL)
	if err != nil {
		return fmt.Errorf("save holidays: %w", err)
	}
	defer stmt.Close()
	for _, h := range hs {
		if _, err := stmt.ExecContext(ctx, dateText(h.Date), h.Name); err != nil {
			return fmt.Errorf("save holiday %s: %w", h.Date.Format(data.DateLayout), err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save holidays: %w", err)
	}
	return nil
}
