package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"balai/data"
)

// Kejuruan: the vocational fields, an editable list in display order.

// Kejuruan lists the vocational fields in display order.
func (s *Store) Kejuruan(ctx context.Context) ([]string, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	names, err := queryList(ctx, tx, scanString, `SELECT name FROM kejuruan ORDER BY position, name`)
	if err != nil {
		return nil, fmt.Errorf("read kejuruan: %w", err)
	}
	return names, nil
}

// kejuruanName is the list's spelling of name (matched ignoring case), or "".
func kejuruanName(ctx context.Context, tx *Tx, name string) (string, error) {
	var n string
	err := tx.QueryRowContext(ctx, `SELECT name FROM kejuruan WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1`, name, name).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return n, err
}

// AddKejuruan adds a vocational field at the end of the list.
func (s *Store) AddKejuruan(ctx context.Context, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return data.Problems{{Field: "kejuruan", Code: data.CodeRequired}}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if have, err := kejuruanName(ctx, tx, name); err != nil {
		return err
	} else if have != "" {
		return data.Problems{{Field: "kejuruan", Code: data.CodeKejuruanExists, Detail: have}}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO kejuruan (name, position)
		VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM kejuruan))`, name); err != nil {
		return fmt.Errorf("add kejuruan: %w", err)
	}
	return tx.Commit()
}

// RenameKejuruan renames a vocational field, and with it the programs and
// instructors of that field. A change of case only ("las" → "Las") is allowed.
func (s *Store) RenameKejuruan(ctx context.Context, oldName, newName string) error {
	newName = strings.TrimSpace(newName)
	if newName == "" {
		return data.Problems{{Field: "kejuruan", Code: data.CodeRequired}}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM kejuruan WHERE name = ?`, oldName).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return data.ErrNotFound
	}
	if newName == oldName {
		return nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM kejuruan WHERE name = ? COLLATE NOCASE AND name <> ?`,
		newName, oldName).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return data.Problems{{Field: "kejuruan", Code: data.CodeKejuruanExists, Detail: newName}}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE kejuruan SET name = ? WHERE name = ?`, newName, oldName); err != nil {
		return fmt.Errorf("rename kejuruan: %w", err)
	}
	for _, table := range []string{"programs", "instructors"} {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET kejuruan = ?, updated_at = ? WHERE kejuruan = ?`,
			newName, timeText(tx.now), oldName); err != nil {
			return fmt.Errorf("rename kejuruan: %w", err)
		}
	}
	return tx.Commit()
}

// DeleteKejuruan removes a vocational field from the list. It is refused
// while a program (archived or not) belongs to it; instructors of the field
// are left without one.
func (s *Store) DeleteKejuruan(ctx context.Context, name string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var program string
	err = tx.QueryRowContext(ctx, `SELECT name FROM programs WHERE kejuruan = ? ORDER BY archived_at <> '', name LIMIT 1`, name).Scan(&program)
	if err == nil {
		return inUse(data.Problem{Field: "kejuruan", Code: data.CodeKejuruanInUse, Detail: program})
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM kejuruan WHERE name = ?`, name)
	if err != nil {
		return fmt.Errorf("delete kejuruan: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE instructors SET kejuruan = '', updated_at = ? WHERE kejuruan = ?`,
		timeText(tx.now), name); err != nil {
		return fmt.Errorf("delete kejuruan: %w", err)
	}
	return tx.Commit()
}
