package store

import (
	"context"
	"database/sql"
	"fmt"

	"balai/data"
)

// Placements: what became of participants after the training. Records are
// only added: the newest (highest seq) of a participant is in force.

const placementColumns = `pl.id, pl.participant_id, pl.status, pl.employer, pl.position, pl.field, pl.city,
	pl.kind, pl.start_date, pl.salary_band, pl.matches, pl.source, pl.round, pl.note, pl.recorded_by, pl.recorded_at`

// scanPlacement reads placementColumns, then extra.
func scanPlacement(r rowScanner, extra ...any) (data.Placement, error) {
	var p data.Placement
	err := r.Scan(append([]any{&p.ID, &p.ParticipantID, &p.Status, &p.Employer, &p.Position, &p.Field, &p.City,
		&p.Kind, (*dateText)(&p.Start), &p.Salary, &p.Match, &p.Source, &p.Round, &p.Note, &p.RecordedBy,
		(*timeText)(&p.RecordedAt)}, extra...)...)
	return p, err
}

// newestPlacement is the join condition that keeps a participant's newest
// placement as pl (LEFT JOIN placements pl ON …).
const newestPlacement = `pl.participant_id = p.id
	AND pl.seq = (SELECT max(seq) FROM placements WHERE participant_id = p.id)`

// nullPlacement scans the columns of a placement that a LEFT JOIN may have
// left empty.
type nullPlacement struct {
	id, participant, status, employer, position, field, city, kind sql.NullString
	start, salary, match, source, note, by, at                     sql.NullString
	round                                                          sql.NullInt64
}

func (n *nullPlacement) dest() []any {
	return []any{&n.id, &n.participant, &n.status, &n.employer, &n.position, &n.field, &n.city, &n.kind,
		&n.start, &n.salary, &n.match, &n.source, &n.round, &n.note, &n.by, &n.at}
}

// placement is the scanned placement; zero when the join found none.
func (n *nullPlacement) placement() (data.Placement, error) {
	if !n.id.Valid {
		return data.Placement{}, nil
	}
	p := data.Placement{ID: n.id.String, ParticipantID: n.participant.String, Status: n.status.String,
		Employer: n.employer.String, Position: n.position.String, Field: n.field.String, City: n.city.String,
		Kind: n.kind.String, Salary: n.salary.String, Match: n.match.String, Source: n.source.String,
		Round: int(n.round.Int64), Note: n.note.String, RecordedBy: n.by.String}
	if err := (*dateText)(&p.Start).Scan(n.start.String); err != nil {
		return p, err
	}
	err := (*timeText)(&p.RecordedAt).Scan(n.at.String)
	return p, err
}

// recorder is who the records of this store name.
func (s *Store) recorder() string {
	if s.User != "" {
		return s.User
	}
	return currentUser()
}

// SavePlacement adds p to its participant's history, where it is in force
// from now on: it is cleaned and checked (data.CleanPlacement; a Problems
// error saves nothing), given an ID, who recorded it and when. An unknown
// participant gives ErrNotFound. On success p is the record as saved.
func (s *Store) SavePlacement(ctx context.Context, p *data.Placement) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	saved, err := s.addPlacement(ctx, tx, *p)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*p = saved
	return nil
}

// addPlacement checks p and writes it as its participant's newest record.
func (s *Store) addPlacement(ctx context.Context, tx *Tx, p data.Placement) (data.Placement, error) {
	p, probs := data.CleanPlacement(p, tx.today)
	if len(probs) > 0 {
		return p, data.Problems(probs)
	}
	var exists, seq int
	err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM participants WHERE id = ?1),
		coalesce((SELECT max(seq) FROM placements WHERE participant_id = ?1), 0)`, p.ParticipantID).Scan(&exists, &seq)
	if err != nil {
		return p, fmt.Errorf("read placements: %w", err)
	}
	if exists == 0 {
		return p, data.ErrNotFound
	}
	p.ID, p.RecordedBy, p.RecordedAt = newID(), s.recorder(), tx.now
	_, err = tx.ExecContext(ctx, `INSERT INTO placements (id, participant_id, seq, status, employer, position, field,
		city, kind, start_date, salary_band, matches, source, round, note, recorded_by, recorded_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.ID, p.ParticipantID, seq+1, p.Status, p.Employer, p.Position, p.Field, p.City, p.Kind, dateText(p.Start),
		p.Salary, p.Match, p.Source, p.Round, p.Note, p.RecordedBy, timeText(p.RecordedAt))
	if err != nil {
		return p, fmt.Errorf("insert placement: %w", err)
	}
	return p, nil
}

// PlacementHistory lists a participant's placement records, the newest (the
// one in force) first. An unknown participant gives ErrNotFound.
func (s *Store) PlacementHistory(ctx context.Context, participantID string) ([]data.Placement, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM participants WHERE id = ?`, participantID).Scan(&n); err != nil {
		return nil, fmt.Errorf("read participant: %w", err)
	}
	if n == 0 {
		return nil, data.ErrNotFound
	}
	out, err := queryList(ctx, tx, func(r rowScanner) (data.Placement, error) { return scanPlacement(r) },
		`SELECT `+placementColumns+` FROM placements pl WHERE pl.participant_id = ? ORDER BY pl.seq DESC`, participantID)
	if err != nil {
		return nil, fmt.Errorf("read placements: %w", err)
	}
	return out, nil
}

// ClassPlacements lists a class's participants, withdrawn ones included, by
// name, each with the placement in force. An unknown class gives ErrNotFound.
func (s *Store) ClassPlacements(ctx context.Context, classID string) ([]data.ClassPlacement, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := classWhere(ctx, tx, `c.id = ?`, classID); err != nil {
		return nil, err
	}
	var np nullPlacement
	scan := func(r rowScanner) (data.ClassPlacement, error) {
		var c data.ClassPlacement
		err := r.Scan(append([]any{&c.ParticipantID, &c.Name, &c.NIK, &c.Sex, &c.Phone, &c.Status, &c.ClassCode,
			&c.ProgramName, (*dateText)(&c.ClassEnd), &c.Records}, np.dest()...)...)
		if err != nil {
			return c, err
		}
		c.Current, err = np.placement()
		return c, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT p.id, s.name, s.nik, s.sex, s.phone, p.status, c.code, pr.name,
		c.end_date, (SELECT count(*) FROM placements WHERE participant_id = p.id), `+placementColumns+`
		FROM participants p JOIN seekers s ON s.id = p.seeker_id JOIN classes c ON c.id = p.class_id
		JOIN programs pr ON pr.id = c.program_id
		LEFT JOIN placements pl ON `+newestPlacement+`
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("read class placements: %w", err)
	}
	return out, nil
}
