package store

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
)

// Setting returns the value stored under key, or def when there is none.
func (s *Store) Setting(ctx context.Context, key, def string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return def, nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting stores value under key.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}

// saveSettingWithImage saves a setting and its image (base64, under a key
// of its own; nil removes it) in one transaction.
func (s *Store) saveSettingWithImage(ctx context.Context, key, value, imageKey string, image []byte) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := setSettingTx(ctx, tx, key, value); err != nil {
		return err
	}
	if len(image) > 0 {
		err = setSettingTx(ctx, tx, imageKey, base64.StdEncoding.EncodeToString(image))
	} else {
		_, err = tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, imageKey)
	}
	if err != nil {
		return fmt.Errorf("save setting %s: %w", imageKey, err)
	}
	return tx.Commit()
}

// imageSettingTx reads an image saved by saveSettingWithImage; nil when none.
func imageSettingTx(ctx context.Context, tx *sql.Tx, key string) ([]byte, error) {
	v, ok, err := settingTx(ctx, tx, key)
	if err != nil || !ok || v == "" {
		return nil, err
	}
	img, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return nil, fmt.Errorf("read setting %s: %w", key, err)
	}
	return img, nil
}

func settingTx(ctx context.Context, tx *sql.Tx, key string) (string, bool, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, true, nil
}

func setSettingTx(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}
