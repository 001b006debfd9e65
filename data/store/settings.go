package store

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"

	"balai/data"
)

// Settings of the installation: a key and a text value each.

const minAttendanceKey = "attendance_min_percent"

// Setting returns the value stored under key, or def when there is none.
func (s *Store) Setting(ctx context.Context, key, def string) (string, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	v, ok, err := readSetting(ctx, tx, key)
	if err != nil || !ok {
		return def, err
	}
	return v, nil
}

// SetSetting stores value under key.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := writeSetting(ctx, tx, key, value); err != nil {
		return err
	}
	return tx.Commit()
}

// MinAttendance returns the minimum attendance, in percent of the planned
// JP, that decides certificate eligibility (default 80).
func (s *Store) MinAttendance(ctx context.Context) (int, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	return minAttendance(ctx, tx)
}

// SetMinAttendance stores the minimum attendance, a whole percentage from 1 to 100.
func (s *Store) SetMinAttendance(ctx context.Context, pct int) error {
	if pct < 1 || pct > 100 {
		return &data.Problem{Field: "min_attendance", Code: data.CodeBadMinAttendance, Detail: strconv.Itoa(pct)}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := writeSetting(ctx, tx, minAttendanceKey, strconv.Itoa(pct)); err != nil {
		return err
	}
	return tx.Commit()
}

// minAttendance reads the stored minimum; anything but 1 to 100 is the default.
func minAttendance(ctx context.Context, tx *Tx) (int, error) {
	v, _, err := readSetting(ctx, tx, minAttendanceKey)
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 100 {
		return data.DefaultMinAttendance, nil
	}
	return n, nil
}

// readSetting reads the value under key; ok is false when there is none.
func readSetting(ctx context.Context, tx *Tx, key string) (v string, ok bool, err error) {
	err = tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, true, nil
}

func writeSetting(ctx context.Context, tx *Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}

// writeImageSetting saves an image (base64) under key; nil removes it.
// Images live under keys of their own, so that reading the text of a
// setting decodes no image.
func writeImageSetting(ctx context.Context, tx *Tx, key string, image []byte) error {
	if len(image) > 0 {
		return writeSetting(ctx, tx, key, base64.StdEncoding.EncodeToString(image))
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, key); err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}

// readImageSetting reads an image saved by writeImageSetting; nil when none.
func readImageSetting(ctx context.Context, tx *Tx, key string) ([]byte, error) {
	v, ok, err := readSetting(ctx, tx, key)
	if err != nil || !ok || v == "" {
		return nil, err
	}
	img, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return nil, fmt.Errorf("read setting %s: %w", key, err)
	}
	return img, nil
}
