package store

import (
	"balai/data"

	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

const seekerColumns = `id, nik, ak1_number, name, birth_place, birth_date, sex, religion, marital,
	address, kelurahan, kecamatan, city, phone, email, education, major, skills, disability,
	employment, registered_on, notes, warnings, has_photo, archived_at, created_at, updated_at`

func scanSeeker(r rowScanner) (data.Seeker, error) {
	var s data.Seeker
	var birth, registered, warnings string
	err := r.Scan(&s.ID, &s.NIK, &s.AK1Number, &s.Name, &s.BirthPlace, &birth, &s.Sex, &s.Religion, &s.Marital,
		&s.Address, &s.Kelurahan, &s.Kecamatan, &s.City, &s.Phone, &s.Email, &s.Education, &s.Major, &s.Skills,
		&s.Disability, &s.Employment, &registered, &s.Notes, &warnings, &s.HasPhoto, &s.ArchivedAt, &s.CreatedAt, &s.UpdatedAt)
	if err != nil {
		return s, err
	}
	s.BirthDate, _ = time.Parse(data.DateLayout, birth)
	s.RegisteredOn, _ = time.Parse(data.DateLayout, registered)
	if warnings != "" {
		_ = json.Unmarshal([]byte(warnings), &s.Warnings)
	}
	return s, nil
}

func storedWarnings(w []data.Problem) string {
	if len(w) == 0 {
		return ""
	}
	b, _ := json.Marshal(w)
	return string(b)
}

// seekerValues are the stored fields in seekerColumns order from nik to warnings.
func seekerValues(s *data.Seeker) []any {
	return []any{s.NIK, s.AK1Number, s.Name, s.BirthPlace, storedDate(s.BirthDate), s.Sex, s.Religion, s.Marital,
		s.Address, s.Kelurahan, s.Kecamatan, s.City, s.Phone, s.Email, s.Education, s.Major, s.Skills,
		s.Disability, s.Employment, storedDate(s.RegisteredOn), s.Notes, storedWarnings(s.Warnings)}
}

const insertSeekerSQL = `INSERT INTO seekers (nik, ak1_number, name, birth_place, birth_date, sex, religion, marital,
	address, kelurahan, kecamatan, city, phone, email, education, major, skills, disability,
	employment, registered_on, notes, warnings, id, created_at, updated_at)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`

const updateSeekerSQL = `UPDATE seekers SET nik=?, ak1_number=?, name=?, birth_place=?, birth_date=?, sex=?, religion=?, marital=?,
	address=?, kelurahan=?, kecamatan=?, city=?, phone=?, email=?, education=?, major=?, skills=?, disability=?,
	employment=?, registered_on=?, notes=?, warnings=?, updated_at=? WHERE id=?`

// CreateSeeker stores a new seeker, giving it an ID and timestamps. A seeker
// without a registration date is registered today. When it fails, sk is left
// as it was (no ID), so that the form can be corrected and saved again.
func (s *Store) CreateSeeker(ctx context.Context, sk *data.Seeker) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c := *sk
	if err := s.insertSeeker(ctx, tx, &c); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*sk = c
	return nil
}

// insertSeeker adds one seeker inside tx; bulk writers keep a seekerWriter instead.
func (s *Store) insertSeeker(ctx context.Context, tx *sql.Tx, sk *data.Seeker) error {
	w, err := s.newSeekerWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	return w.insert(ctx, sk)
}

// UpdateSeeker saves the fields of an existing seeker.
func (s *Store) UpdateSeeker(ctx context.Context, sk *data.Seeker) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.updateSeeker(ctx, tx, sk); err != nil {
		return err
	}
	return tx.Commit()
}

func (s *Store) updateSeeker(ctx context.Context, tx *sql.Tx, sk *data.Seeker) error {
	w, err := s.newSeekerWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	return w.update(ctx, sk)
}

// Seeker returns the seeker with the given ID.
func (s *Store) Seeker(ctx context.Context, id string) (data.Seeker, error) {
	sk, err := scanSeeker(s.db.QueryRowContext(ctx, `SELECT `+seekerColumns+` FROM seekers WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return sk, data.ErrNotFound
	}
	return sk, err
}

// SeekerByNIK returns the seeker with the given (clean) NIK.
func (s *Store) SeekerByNIK(ctx context.Context, nik string) (data.Seeker, error) {
	sk, err := scanSeeker(s.db.QueryRowContext(ctx, `SELECT `+seekerColumns+` FROM seekers WHERE nik = ?`, nik))
	if errors.Is(err, sql.ErrNoRows) {
		return sk, data.ErrNotFound
	}
	return sk, err
}

// DeleteSeeker removes a seeker and their photo for good. A seeker that other
// records refer to (a class, a certificate) gives ErrInUse: archive them instead.
func (s *Store) DeleteSeeker(ctx context.Context, id string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM seekers WHERE id = ?`, id)
	if isForeignKeyViolation(err) {
		return data.ErrInUse
	}
	if err != nil {
		return fmt.Errorf("delete seeker: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return tx.Commit()
}

// ArchiveSeeker hides a seeker from the register (archived true) or brings them back.
func (s *Store) ArchiveSeeker(ctx context.Context, id string, archived bool) error {
	at := ""
	if archived {
		at = s.now()
	}
	res, err := s.db.ExecContext(ctx, `UPDATE seekers SET updated_at = ?,
		archived_at = CASE WHEN ? = '' OR archived_at = '' THEN ? ELSE archived_at END WHERE id = ?`, s.now(), at, at, id)
	if err != nil {
		return fmt.Errorf("archive seeker: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return nil
}

// SetSeekerPhoto stores a JPEG photo for a seeker; nil (or empty) removes it.
func (s *Store) SetSeekerPhoto(ctx context.Context, id string, jpeg []byte) error {
	if len(jpeg) == 0 {
		jpeg = nil // an empty photo is no photo: has_photo must not claim one
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if jpeg == nil {
		_, err = tx.ExecContext(ctx, `DELETE FROM seeker_photos WHERE seeker_id = ?`, id)
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO seeker_photos (seeker_id, jpeg) VALUES (?, ?)
			ON CONFLICT (seeker_id) DO UPDATE SET jpeg = excluded.jpeg`, id, jpeg)
	}
	if isForeignKeyViolation(err) {
		return data.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("save photo: %w", err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE seekers SET has_photo = ?, updated_at = ? WHERE id = ?`, jpeg != nil, s.now(), id)
	if err != nil {
		return fmt.Errorf("save photo: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return tx.Commit()
}

// SeekerPhoto returns a seeker's JPEG photo, or ErrNotFound.
func (s *Store) SeekerPhoto(ctx context.Context, id string) ([]byte, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT jpeg FROM seeker_photos WHERE seeker_id = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, data.ErrNotFound
	}
	return b, err
}

// Kecamatans lists the kecamatan names in use, for the register's filter.
func (s *Store) Kecamatans(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT kecamatan FROM seekers WHERE kecamatan <> '' ORDER BY kecamatan`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}
