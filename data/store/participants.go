package store

import (
	"balai/data"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

const participantColumns = `p.id, p.class_id, p.seeker_id, p.status, p.enrolled_on, p.withdrawn_on,
	p.withdraw_reason, p.score, p.over_quota`

func scanParticipant(r rowScanner, extra ...any) (data.Participant, error) {
	var p data.Participant
	var enrolled, withdrawn string
	var score sql.NullFloat64
	dest := append([]any{&p.ID, &p.ClassID, &p.SeekerID, &p.Status, &enrolled, &withdrawn,
		&p.WithdrawReason, &score, &p.OverQuota}, extra...)
	if err := r.Scan(dest...); err != nil {
		return p, err
	}
	p.EnrolledOn, _ = time.Parse(data.DateLayout, enrolled)
	p.WithdrawnOn, _ = time.Parse(data.DateLayout, withdrawn)
	if score.Valid {
		p.Score = &score.Float64
	}
	return p, nil
}

// Participant returns the participant with the given ID, with its unit results.
func (s *Store) Participant(ctx context.Context, id string) (data.Participant, error) {
	p, err := scanParticipant(s.db.QueryRowContext(ctx, `SELECT `+participantColumns+` FROM participants p WHERE p.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, data.ErrNotFound
	}
	if err != nil {
		return p, fmt.Errorf("read participant: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT unit_id, result FROM unit_results WHERE participant_id = ?`, id)
	if err != nil {
		return p, fmt.Errorf("read results: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var unit, result string
		if err := rows.Scan(&unit, &result); err != nil {
			return p, fmt.Errorf("read results: %w", err)
		}
		if p.Results == nil {
			p.Results = map[string]string{}
		}
		p.Results[unit] = result
	}
	return p, rows.Err()
}

// Participants lists a class's participants, withdrawn ones included, by name,
// each with its unit results. An unknown class gives ErrNotFound.
func (s *Store) Participants(ctx context.Context, classID string) ([]data.ParticipantRow, error) {
	// One read transaction: the list and its results are one snapshot.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+participantColumns+`, s.name, s.nik, s.sex, s.phone
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("list participants: %w", err)
	}
	defer rows.Close()
	var out []data.ParticipantRow
	index := map[string]int{}
	for rows.Next() {
		var r data.ParticipantRow
		p, err := scanParticipant(rows, &r.Name, &r.NIK, &r.Sex, &r.Phone)
		if err != nil {
			return nil, fmt.Errorf("list participants: %w", err)
		}
		r.Participant = p
		index[p.ID] = len(out)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list participants: %w", err)
	}
	rows.Close()
	results, err := classResults(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Results = results[out[i].ID]
	}
	return out, nil
}

// lockParticipant reads a participant and its class inside a write
// transaction, which holds the write lock from its start (see Open).
func lockParticipant(ctx context.Context, tx *sql.Tx, id string) (data.Participant, enrolClass, error) {
	p, err := scanParticipant(tx.QueryRowContext(ctx, `SELECT `+participantColumns+` FROM participants p WHERE p.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, enrolClass{}, data.ErrNotFound
	}
	if err != nil {
		return p, enrolClass{}, fmt.Errorf("read participant: %w", err)
	}
	c, err := readEnrolClass(ctx, tx, p.ClassID)
	return p, c, err
}

// SetParticipantStatus changes a participant's status. The rules:
//   - withdrawn is set by Withdraw only (it needs a date and a reason);
//   - graduated and not_competent only from the class's end date on, and
//     graduated not while a unit is BK;
//   - a withdrawn participant goes back to registered, selected or active
//     only (the withdrawal date and reason are cleared), and only if the
//     class is not cancelled, has a seat (the quota) and the seeker is not
//     active in an overlapping class;
//   - a participant with a final status may go back to registered, selected
//     or active (a correction) if not active in an overlapping class.
func (s *Store) SetParticipantStatus(ctx context.Context, participantID, status string) error {
	if !slices.Contains(data.ParticipantStatuses, status) {
		return &data.Problem{Field: "status", Code: data.CodeBadChoice, Detail: status}
	}
	if status == data.ParticipantWithdrawn {
		return &data.Problem{Field: "status", Code: data.CodeStatusNeedsWithdraw}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	p, c, err := lockParticipant(ctx, tx, participantID)
	if err != nil {
		return err
	}
	if p.Status == status {
		return nil
	}
	if isFinalStatus(status) {
		if p.Status == data.ParticipantWithdrawn {
			return &data.Problem{Field: "status", Code: data.CodeAlreadyWithdrawn}
		}
		if !c.ended(s.today()) {
			return &data.Problem{Field: "status", Code: data.CodeClassNotEnded, Detail: problemDate(c.end)}
		}
		if status == data.ParticipantGraduated {
			var bk int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit_results WHERE participant_id = ? AND result = 'BK'`,
				p.ID).Scan(&bk); err != nil {
				return fmt.Errorf("set status: %w", err)
			}
			if bk > 0 {
				return &data.Problem{Field: "status", Code: data.CodeGraduatedWithBK}
			}
		}
	}
	if isActiveStatus(status) && !isActiveStatus(p.Status) {
		// Coming back into the class: the seat and the seeker's time are taken again.
		if p.Status == data.ParticipantWithdrawn {
			if c.cancelled {
				return &data.Problem{Field: "class", Code: data.CodeClassCancelled, Detail: c.code}
			}
			if _, err := checkQuota(ctx, tx, c, false); err != nil {
				return err
			}
		}
		if err := checkOverlap(ctx, tx, p.SeekerID, c); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE participants SET status = ?, updated_at = ?,
		withdrawn_on = CASE WHEN ? THEN '' ELSE withdrawn_on END,
		withdraw_reason = CASE WHEN ? THEN '' ELSE withdraw_reason END WHERE id = ?`,
		status, s.now(), p.Status == data.ParticipantWithdrawn, p.Status == data.ParticipantWithdrawn, p.ID); err != nil {
		return fmt.Errorf("set status: %w", err)
	}
	return tx.Commit()
}

// Withdraw records that a participant left the class (mengundurkan diri) on
// day on (zero: today), for reason, which is required. The date is within the
// class period or before it. A participant already withdrawn or with a final
// result is refused. The seat is free again.
func (s *Store) Withdraw(ctx context.Context, participantID string, on time.Time, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return &data.Problem{Field: "withdraw_reason", Code: data.CodeMissingReason}
	}
	day := s.today()
	if !on.IsZero() {
		day = data.DateOf(on)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	p, c, err := lockParticipant(ctx, tx, participantID)
	if err != nil {
		return err
	}
	switch {
	case p.Status == data.ParticipantWithdrawn:
		return &data.Problem{Field: "status", Code: data.CodeAlreadyWithdrawn}
	case isFinalStatus(p.Status):
		return &data.Problem{Field: "status", Code: data.CodeParticipantFinished}
	case day.After(c.end):
		return &data.Problem{Field: "withdrawn_on", Code: data.CodeWithdrawAfterClass, Detail: problemDate(day)}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE participants SET status = 'withdrawn', withdrawn_on = ?, withdraw_reason = ?,
		updated_at = ? WHERE id = ?`, storedDate(day), reason, s.now(), p.ID); err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	return tx.Commit()
}

// Unenrol removes a participant from a class as if never enrolled: only a
// registered or selected one (a mistaken enrolment, a seeker not selected).
// An active participant or one with a later status is refused: withdraw
// instead. A participant other records refer to (attendance, certificates)
// gives ErrInUse.
func (s *Store) Unenrol(ctx context.Context, participantID string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	p, _, err := lockParticipant(ctx, tx, participantID)
	if err != nil {
		return err
	}
	if p.Status != data.ParticipantRegistered && p.Status != data.ParticipantSelected {
		return &data.Problem{Field: "status", Code: data.CodeCannotUnenrol}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM participants WHERE id = ?`, p.ID)
	if isForeignKeyViolation(err) {
		return data.ErrInUse
	}
	if err != nil {
		return fmt.Errorf("unenrol: %w", err)
	}
	return tx.Commit()
}

// SeekerClasses lists every class of a seeker, the latest first. An unknown
// seeker gives ErrNotFound.
func (s *Store) SeekerClasses(ctx context.Context, seekerID string) ([]data.SeekerClass, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM seekers WHERE id = ?`, seekerID).Scan(&n); err != nil {
		return nil, fmt.Errorf("seeker classes: %w", err)
	}
	if n == 0 {
		return nil, data.ErrNotFound
	}
	rows, err := tx.QueryContext(ctx, `SELECT p.id, c.id, c.code, c.batch, pr.name, c.start_date, c.end_date, c.cancelled_at,
		p.status, p.enrolled_on, p.withdrawn_on, p.withdraw_reason, p.score,
		(SELECT count(*) FROM program_units u WHERE u.program_id = c.program_id),
		(SELECT count(*) FROM unit_results r WHERE r.participant_id = p.id AND r.result = 'K'),
		(SELECT count(*) FROM unit_results r WHERE r.participant_id = p.id AND r.result = 'BK')
		FROM participants p JOIN classes c ON c.id = p.class_id JOIN programs pr ON pr.id = c.program_id
		WHERE p.seeker_id = ? ORDER BY c.start_date DESC, c.code`, seekerID)
	if err != nil {
		return nil, fmt.Errorf("seeker classes: %w", err)
	}
	defer rows.Close()
	today := s.today()
	var out []data.SeekerClass
	for rows.Next() {
		var sc data.SeekerClass
		var start, end, cancelled, enrolled, withdrawn string
		var score sql.NullFloat64
		if err := rows.Scan(&sc.ParticipantID, &sc.ClassID, &sc.ClassCode, &sc.Batch, &sc.ProgramName, &start, &end,
			&cancelled, &sc.Status, &enrolled, &withdrawn, &sc.WithdrawReason, &score,
			&sc.Units, &sc.Competent, &sc.NotCompetent); err != nil {
			return nil, fmt.Errorf("seeker classes: %w", err)
		}
		sc.Start, _ = time.Parse(data.DateLayout, start)
		sc.End, _ = time.Parse(data.DateLayout, end)
		sc.EnrolledOn, _ = time.Parse(data.DateLayout, enrolled)
		sc.WithdrawnOn, _ = time.Parse(data.DateLayout, withdrawn)
		if score.Valid {
			sc.Score = &score.Float64
		}
		sc.ClassStatus = data.Class{Start: sc.Start, End: sc.End, CancelledAt: cancelled}.Status(today)
		out = append(out, sc)
	}
	return out, rows.Err()
}
