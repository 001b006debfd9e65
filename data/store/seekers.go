package store

import (
	"context"
	"encoding/json"
	"fmt"

	"balai/data"
)

// Seekers: the register of job seekers and their photos. The register's
// lists and search are in seekers_search.go; bulk writes go through a
// seekerWriter (import_seekers.go).

const seekerColumns = `id, nik, ak1_number, name, birth_place, birth_date, sex, religion, marital,
	address, kelurahan, kecamatan, city, phone, email, education, major, skills, disability,
	employment, registered_on, notes, warnings, graduation_year, has_photo, archived_at, created_at, updated_at`

func scanSeeker(r rowScanner) (data.Seeker, error) {
	var s data.Seeker
	var warnings string
	err := r.Scan(&s.ID, &s.NIK, &s.AK1Number, &s.Name, &s.BirthPlace, (*dateText)(&s.BirthDate), &s.Sex, &s.Religion, &s.Marital,
		&s.Address, &s.Kelurahan, &s.Kecamatan, &s.City, &s.Phone, &s.Email, &s.Education, &s.Major, &s.Skills,
		&s.Disability, &s.Employment, (*dateText)(&s.RegisteredOn), &s.Notes, &warnings, &s.GraduationYear, &s.HasPhoto,
		(*timeText)(&s.ArchivedAt), (*timeText)(&s.CreatedAt), (*timeText)(&s.UpdatedAt))
	if err != nil {
		return s, err
	}
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

// seekerValues are the stored fields in seekerColumns order from nik to
// graduation_year, as the database holds them (so that two compare as stored).
func seekerValues(s *data.Seeker) []any {
	return []any{s.NIK, s.AK1Number, s.Name, s.BirthPlace, storedDate(s.BirthDate), s.Sex, s.Religion, s.Marital,
		s.Address, s.Kelurahan, s.Kecamatan, s.City, s.Phone, s.Email, s.Education, s.Major, s.Skills,
		s.Disability, s.Employment, storedDate(s.RegisteredOn), s.Notes, storedWarnings(s.Warnings), s.GraduationYear}
}

const insertSeekerSQL = `INSERT INTO seekers (nik, ak1_number, name, birth_place, birth_date, sex, religion, marital,
	address, kelurahan, kecamatan, city, phone, email, education, major, skills, disability,
	employment, registered_on, notes, warnings, graduation_year, id, created_at, updated_at)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`

const updateSeekerSQL = `UPDATE seekers SET nik=?, ak1_number=?, name=?, birth_place=?, birth_date=?, sex=?, religion=?, marital=?,
	address=?, kelurahan=?, kecamatan=?, city=?, phone=?, email=?, education=?, major=?, skills=?, disability=?,
	employment=?, registered_on=?, notes=?, warnings=?, graduation_year=?, updated_at=? WHERE id=?`

// CreateSeeker stores a new seeker, giving it an ID and timestamps. A seeker
// without a registration date is registered today. When it fails, sk is left
// as it was (no ID), so that the form can be corrected and saved again.
func (s *Store) CreateSeeker(ctx context.Context, sk *data.Seeker) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w, err := s.newSeekerWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	c := *sk
	if c.RegisteredOn.IsZero() { // registered at the desk today (an import never invents the date)
		c.RegisteredOn = tx.today
	}
	if err := w.insert(ctx, &c); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*sk = c
	return nil
}

// UpdateSeeker saves the fields of an existing seeker.
func (s *Store) UpdateSeeker(ctx context.Context, sk *data.Seeker) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w, err := s.newSeekerWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	if err := w.update(ctx, sk); err != nil {
		return err
	}
	return tx.Commit()
}

// Seeker returns the seeker with the given ID.
func (s *Store) Seeker(ctx context.Context, id string) (data.Seeker, error) {
	return s.seekerWhere(ctx, `id = ?`, id)
}

// SeekerByNIK returns the seeker with the given (clean) NIK.
func (s *Store) SeekerByNIK(ctx context.Context, nik string) (data.Seeker, error) {
	return s.seekerWhere(ctx, `nik = ?`, nik)
}

// seekerWhere reads the seeker the condition picks, in a read transaction.
func (s *Store) seekerWhere(ctx context.Context, where string, arg any) (data.Seeker, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Seeker{}, err
	}
	defer tx.Rollback()
	sk, err := scanSeeker(tx.QueryRowContext(ctx, `SELECT `+seekerColumns+` FROM seekers WHERE `+where, arg))
	return sk, readErr(err, "seeker")
}

// DeleteSeeker removes a seeker and their photo for good. A seeker that other
// records refer to (a class, a certificate) gives ErrInUse: archive them instead.
func (s *Store) DeleteSeeker(ctx context.Context, id string) error {
	tx, err := s.beginWrite(ctx)
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
	if err := mustAffect(res); err != nil {
		return err
	}
	return tx.Commit()
}

// ArchiveSeeker hides a seeker from the register (archived true) or brings them back.
func (s *Store) ArchiveSeeker(ctx context.Context, id string, archived bool) error {
	return s.setStamp(ctx, "seekers", "archived_at", id, archived)
}

// SetSeekerPhoto stores a JPEG photo for a seeker; nil (or empty) removes it.
func (s *Store) SetSeekerPhoto(ctx context.Context, id string, jpeg []byte) error {
	if len(jpeg) == 0 {
		jpeg = nil // an empty photo is no photo: has_photo must not claim one
	}
	tx, err := s.beginWrite(ctx)
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
	res, err := tx.ExecContext(ctx, `UPDATE seekers SET has_photo = ?, updated_at = ? WHERE id = ?`, jpeg != nil, timeText(tx.now), id)
	if err != nil {
		return fmt.Errorf("save photo: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	return tx.Commit()
}

// SeekerPhoto returns a seeker's JPEG photo, or ErrNotFound.
func (s *Store) SeekerPhoto(ctx context.Context, id string) ([]byte, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var b []byte
	err = tx.QueryRowContext(ctx, `SELECT jpeg FROM seeker_photos WHERE seeker_id = ?`, id).Scan(&b)
	return b, readErr(err, "photo")
}

// Kecamatans lists the kecamatan names in use, for the register's filter.
func (s *Store) Kecamatans(ctx context.Context) ([]string, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return queryList(ctx, tx, scanString, `SELECT DISTINCT kecamatan FROM seekers WHERE kecamatan <> '' ORDER BY kecamatan`)
}
