package store

import (
	"context"
	"fmt"
	"time"

	"balai/data"
)

// Rooms: classrooms and workshops.

func checkRoom(ctx context.Context, tx *Tx, r data.Room) (data.Room, error) {
	r, probs := data.CleanRoom(r)
	if r.Name != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM rooms WHERE name = ? COLLATE NOCASE AND id <> ?`, r.Name, r.ID).Scan(&n); err != nil {
			return r, err
		}
		if n > 0 {
			probs = append([]data.Problem{{Field: "name", Code: data.CodeRoomNameTaken, Detail: r.Name}}, probs...)
		}
	}
	return r, problemsError(probs)
}

// CreateRoom stores a new room. When it fails nothing is saved and r is left as it was.
func (s *Store) CreateRoom(ctx context.Context, r *data.Room) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c := *r
	c.ID = ""
	c, err = checkRoom(ctx, tx, c)
	if err != nil {
		return err
	}
	c.ID, c.CreatedAt, c.UpdatedAt, c.ArchivedAt = newID(), tx.now, tx.now, time.Time{}
	if _, err := tx.ExecContext(ctx, `INSERT INTO rooms (id, name, capacity, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
		c.ID, c.Name, c.Capacity, timeText(c.CreatedAt), timeText(c.UpdatedAt)); err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "name", Code: data.CodeRoomNameTaken, Detail: c.Name}}
		}
		return fmt.Errorf("insert room: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*r = c
	return nil
}

// UpdateRoom saves the fields of an existing room.
func (s *Store) UpdateRoom(ctx context.Context, r *data.Room) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := checkRoom(ctx, tx, *r)
	if err != nil {
		return err
	}
	c.UpdatedAt = tx.now
	res, err := tx.ExecContext(ctx, `UPDATE rooms SET name = ?, capacity = ?, updated_at = ? WHERE id = ?`,
		c.Name, c.Capacity, timeText(c.UpdatedAt), c.ID)
	if err != nil {
		if isUniqueViolation(err) {
			return data.Problems{{Field: "name", Code: data.CodeRoomNameTaken, Detail: c.Name}}
		}
		return fmt.Errorf("update room: %w", err)
	}
	if err := mustAffect(res); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, `SELECT created_at, archived_at FROM rooms WHERE id = ?`, c.ID).
		Scan((*timeText)(&c.CreatedAt), (*timeText)(&c.ArchivedAt)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*r = c
	return nil
}

const roomColumns = `id, name, capacity, archived_at, created_at, updated_at`

func scanRoom(r rowScanner) (data.Room, error) {
	var rm data.Room
	err := r.Scan(&rm.ID, &rm.Name, &rm.Capacity, (*timeText)(&rm.ArchivedAt), (*timeText)(&rm.CreatedAt), (*timeText)(&rm.UpdatedAt))
	return rm, err
}

// Room returns the room with the given ID.
func (s *Store) Room(ctx context.Context, id string) (data.Room, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Room{}, err
	}
	defer tx.Rollback()
	r, err := scanRoom(tx.QueryRowContext(ctx, `SELECT `+roomColumns+` FROM rooms WHERE id = ?`, id))
	return r, readErr(err, "room")
}

// Rooms lists the rooms by name; archived ones only when includeArchived.
func (s *Store) Rooms(ctx context.Context, includeArchived bool) ([]data.Room, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	q := `SELECT ` + roomColumns + ` FROM rooms`
	if !includeArchived {
		q += ` WHERE archived_at = ''`
	}
	out, err := queryList(ctx, tx, scanRoom, q+` ORDER BY name COLLATE NOCASE, id`)
	if err != nil {
		return nil, fmt.Errorf("read rooms: %w", err)
	}
	return out, nil
}

// ArchiveRoom hides a room from the choices (archived true) or brings it back.
func (s *Store) ArchiveRoom(ctx context.Context, id string, archived bool) error {
	return s.setStamp(ctx, "rooms", "archived_at", id, archived)
}

// DeleteRoom removes a room for good. A room that a class or a session uses
// gives ErrInUse, with a CodeRoomInUse problem naming the class: archive it instead.
func (s *Store) DeleteRoom(ctx context.Context, id string) error {
	return s.deleteBooked(ctx, "rooms", "room_id", id, data.Problem{Field: "room", Code: data.CodeRoomInUse})
}
