package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"balai/data"
)

// Instructors, who teach classes and sessions.

func checkInstructor(ctx context.Context, tx *Tx, in data.Instructor) (data.Instructor, error) {
	in, probs := data.CleanInstructor(in)
	if in.Kejuruan != "" {
		k, err := kejuruanName(ctx, tx, in.Kejuruan)
		if err != nil {
			return in, err
		}
		if k == "" {
			probs = append(probs, data.Problem{Field: "kejuruan", Code: data.CodeUnknownKejuruan, Detail: in.Kejuruan})
		} else {
			in.Kejuruan = k
		}
	}
	return in, problemsError(probs)
}

// CreateInstructor stores a new instructor. When it fails nothing is saved
// and in is left as it was.
func (s *Store) CreateInstructor(ctx context.Context, in *data.Instructor) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := checkInstructor(ctx, tx, *in)
	if err != nil {
		return err
	}
	c.ID, c.CreatedAt, c.UpdatedAt, c.ArchivedAt = newID(), tx.now, tx.now, time.Time{}
	if _, err := tx.ExecContext(ctx, `INSERT INTO instructors (id, name, nip, phone, kejuruan, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, c.ID, c.Name, c.NIP, c.Phone, c.Kejuruan, timeText(c.CreatedAt), timeText(c.UpdatedAt)); err != nil {
		return fmt.Errorf("insert instructor: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*in = c
	return nil
}

// UpdateInstructor saves the fields of an existing instructor.
func (s *Store) UpdateInstructor(ctx context.Context, in *data.Instructor) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := checkInstructor(ctx, tx, *in)
	if err != nil {
		return err
	}
	c.UpdatedAt = tx.now
	res, err := tx.ExecContext(ctx, `UPDATE instructors SET name = ?, nip = ?, phone = ?, kejuruan = ?, updated_at = ? WHERE id = ?`,
		c.Name, c.NIP, c.Phone, c.Kejuruan, timeText(c.UpdatedAt), c.ID)
	if err != nil {
		return fmt.Errorf("update instructor: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, `SELECT created_at, archived_at FROM instructors WHERE id = ?`, c.ID).
		Scan((*timeText)(&c.CreatedAt), (*timeText)(&c.ArchivedAt)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*in = c
	return nil
}

const instructorColumns = `id, name, nip, phone, kejuruan, archived_at, created_at, updated_at`

func scanInstructor(r rowScanner) (data.Instructor, error) {
	var in data.Instructor
	err := r.Scan(&in.ID, &in.Name, &in.NIP, &in.Phone, &in.Kejuruan,
		(*timeText)(&in.ArchivedAt), (*timeText)(&in.CreatedAt), (*timeText)(&in.UpdatedAt))
	return in, err
}

// Instructor returns the instructor with the given ID.
func (s *Store) Instructor(ctx context.Context, id string) (data.Instructor, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Instructor{}, err
	}
	defer tx.Rollback()
	in, err := scanInstructor(tx.QueryRowContext(ctx, `SELECT `+instructorColumns+` FROM instructors WHERE id = ?`, id))
	return in, readErr(err, "instructor")
}

// Instructors lists the instructors by name; archived ones only when includeArchived.
func (s *Store) Instructors(ctx context.Context, includeArchived bool) ([]data.Instructor, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	q := `SELECT ` + instructorColumns + ` FROM instructors`
	if !includeArchived {
		q += ` WHERE archived_at = ''`
	}
	out, err := queryList(ctx, tx, scanInstructor, q+` ORDER BY name COLLATE NOCASE, id`)
	if err != nil {
		return nil, fmt.Errorf("read instructors: %w", err)
	}
	return out, nil
}

// ArchiveInstructor hides an instructor from the choices (archived true) or brings them back.
func (s *Store) ArchiveInstructor(ctx context.Context, id string, archived bool) error {
	return s.setStamp(ctx, "instructors", "archived_at", id, archived)
}

// DeleteInstructor removes an instructor for good. One that leads a class or
// teaches a session gives ErrInUse, with a CodeInstructorInUse problem naming
// the class: archive them instead.
func (s *Store) DeleteInstructor(ctx context.Context, id string) error {
	return s.deleteBooked(ctx, "instructors", "instructor_id", id, data.Problem{Field: "instructor", Code: data.CodeInstructorInUse})
}

// deleteBooked deletes a room or an instructor, in a write transaction,
// unless a class or a session refers to it (col is the column that does).
func (s *Store) deleteBooked(ctx context.Context, table, col, id string, inUseProblem data.Problem) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var class string
	err = tx.QueryRowContext(ctx, `SELECT code FROM classes WHERE `+col+` = ?
		OR id IN (SELECT class_id FROM sessions WHERE `+col+` = ?) ORDER BY start_date DESC, code LIMIT 1`, id, id).Scan(&class)
	if err == nil {
		inUseProblem.Detail = class
		return inUse(inUseProblem)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ?`, id)
	if isForeignKeyViolation(err) {
		return data.ErrInUse
	}
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	return tx.Commit()
}
