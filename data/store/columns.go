package store

import (
	"database/sql/driver"
	"fmt"
	"time"

	"balai/data"
)

// How values are written to columns and read back, in one place each.

// timeText is a time.Time as the database holds timestamps (created_at,
// archived_at, issued_at …): UTC RFC 3339 text, "2026-11-26T10:00:00Z", and
// "" for the zero time (not set). Scan into (*timeText)(&t); write timeText(t).
type timeText time.Time

// Scan implements sql.Scanner.
func (t *timeText) Scan(v any) error {
	s, err := columnText(v)
	if err != nil || s == "" {
		*t = timeText{}
		return err
	}
	p, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return fmt.Errorf("read timestamp %q: %w", s, err)
	}
	*t = timeText(p.UTC())
	return nil
}

// Value implements driver.Valuer.
func (t timeText) Value() (driver.Value, error) { return formatTime(time.Time(t)), nil }

// formatTime is t as a timestamp column holds it.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// dateText is a calendar date as the database holds dates (birth_date,
// start_date, enrolled_on …): "2006-01-02", and "" for the zero date.
type dateText time.Time

// Scan implements sql.Scanner. Text that is no date reads as the zero date,
// as an empty one does.
func (d *dateText) Scan(v any) error {
	s, err := columnText(v)
	if err != nil {
		return err
	}
	p, _ := time.Parse(data.DateLayout, s)
	*d = dateText(p)
	return nil
}

// Value implements driver.Valuer.
func (d dateText) Value() (driver.Value, error) { return storedDate(time.Time(d)), nil }

// storedDate is t as a date column holds it.
func storedDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(data.DateLayout)
}

func columnText(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case []byte:
		return string(v), nil
	case nil:
		return "", nil
	}
	return "", fmt.Errorf("read %T as text", v)
}

// optionalRef is an optional reference (room, instructor, unit) as stored:
// NULL for "".
func optionalRef(id string) any {
	if id == "" {
		return nil
	}
	return id
}
