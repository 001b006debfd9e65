package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"balai/data"
)

// Participants: seekers in a class, their status and withdrawal.

const participantColumns = `p.id, p.class_id, p.seeker_id, p.status, p.enrolled_on, p.withdrawn_on,
	p.withdraw_reason, p.score, p.over_quota`

// scanParticipant reads participantColumns, then extra.
func scanParticipant(r rowScanner, extra ...any) (data.Participant, error) {
	var p data.Participant
	var score sql.NullFloat64
	err := r.Scan(append([]any{&p.ID, &p.ClassID, &p.SeekerID, &p.Status, (*dateText)(&p.EnrolledOn),
		(*dateText)(&p.WithdrawnOn), &p.WithdrawReason, &score, &p.OverQuota}, extra...)...)
	if score.Valid {
		p.Score = &score.Float64
	}
	return p, err
}

// Participant returns the participant with the given ID, with its unit results.
func (s *Store) Participant(ctx context.Context, id string) (data.Participant, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Participant{}, err
	}
	defer tx.Rollback()
	p, err := scanParticipant(tx.QueryRowContext(ctx, `SELECT `+participantColumns+` FROM participants p WHERE p.id = ?`, id))
	if err != nil {
		return p, readErr(err, "participant")
	}
	results, err := unitResults(ctx, tx, `r.participant_id = ?`, id)
	p.Results = results[p.ID]
	return p, err
}

// Participants lists a class's participants, withdrawn ones included, by name,
// each with its unit results. An unknown class gives ErrNotFound.
func (s *Store) Participants(ctx context.Context, classID string) ([]data.ParticipantRow, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return nil, err
	}
	return classParticipants(ctx, tx, classID)
}

// classParticipants lists a class's participants by name with their results.
func classParticipants(ctx context.Context, tx *Tx, classID string) ([]data.ParticipantRow, error) {
	scan := func(r rowScanner) (data.ParticipantRow, error) {
		var pr data.ParticipantRow
		p, err := scanParticipant(r, &pr.Name, &pr.NIK, &pr.Sex, &pr.Phone)
		pr.Participant = p
		return pr, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT `+participantColumns+`, s.name, s.nik, s.sex, s.phone
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, classID)
	if err != nil {
		return nil, fmt.Errorf("list participants: %w", err)
	}
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
// transaction, which holds the write lock from its start.
func lockParticipant(ctx context.Context, tx *Tx, id string) (data.Participant, enrolClass, error) {
	p, err := scanParticipant(tx.QueryRowContext(ctx, `SELECT `+participantColumns+` FROM participants p WHERE p.id = ?`, id))
	if err != nil {
		return p, enrolClass{}, readErr(err, "participant")
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
	if err := data.CheckStatusChoice(status); err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx)
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
	if data.IsFinalStatus(status) {
		var bk int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit_results WHERE participant_id = ? AND result = 'BK'`,
			p.ID).Scan(&bk); err != nil {
			return fmt.Errorf("set status: %w", err)
		}
		if err := data.CheckFinalStatus(p.Status, status, c.end, tx.today, bk > 0); err != nil {
			return err
		}
	}
	if data.IsActiveStatus(status) && !data.IsActiveStatus(p.Status) {
		if err := checkRejoin(ctx, tx, p, c); err != nil {
			return err
		}
	}
	withdrawn := p.Status == data.ParticipantWithdrawn
	if _, err := tx.ExecContext(ctx, `UPDATE participants SET status = ?, updated_at = ?,
		withdrawn_on = CASE WHEN ? THEN '' ELSE withdrawn_on END,
		withdraw_reason = CASE WHEN ? THEN '' ELSE withdraw_reason END WHERE id = ?`,
		status, timeText(tx.now), withdrawn, withdrawn, p.ID); err != nil {
		return fmt.Errorf("set status: %w", err)
	}
	return tx.Commit()
}

// checkRejoin checks a participant coming back into class c (from a
// withdrawal or a final status): the seat and the seeker's time are taken again.
func checkRejoin(ctx context.Context, tx *Tx, p data.Participant, c enrolClass) error {
	if p.Status == data.ParticipantWithdrawn {
		if c.cancelled {
			return &data.Problem{Field: "class", Code: data.CodeClassCancelled, Detail: c.code}
		}
		if _, err := checkQuota(ctx, tx, c, false); err != nil {
			return err
		}
	}
	return checkOverlap(ctx, tx, p.SeekerID, c)
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
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	p, c, err := lockParticipant(ctx, tx, participantID)
	if err != nil {
		return err
	}
	day := tx.today
	if !on.IsZero() {
		day = data.DateOf(on)
	}
	if err := data.CheckWithdrawal(p.Status, c.end, day); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE participants SET status = 'withdrawn', withdrawn_on = ?, withdraw_reason = ?,
		updated_at = ? WHERE id = ?`, dateText(day), reason, timeText(tx.now), p.ID); err != nil {
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
	tx, err := s.beginWrite(ctx)
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
	tx, err := s.beginRead(ctx)
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
	scan := func(r rowScanner) (data.SeekerClass, error) {
		var sc data.SeekerClass
		var cancelled time.Time
		var score sql.NullFloat64
		err := r.Scan(&sc.ParticipantID, &sc.ClassID, &sc.ClassCode, &sc.Batch, &sc.ProgramName,
			(*dateText)(&sc.Start), (*dateText)(&sc.End), (*timeText)(&cancelled), &sc.Status,
			(*dateText)(&sc.EnrolledOn), (*dateText)(&sc.WithdrawnOn), &sc.WithdrawReason, &score,
			&sc.Units, &sc.Competent, &sc.NotCompetent)
		if score.Valid {
			sc.Score = &score.Float64
		}
		sc.ClassStatus = data.Class{Start: sc.Start, End: sc.End, CancelledAt: cancelled}.Status(tx.today)
		return sc, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT p.id, c.id, c.code, c.batch, pr.name, c.start_date, c.end_date, c.cancelled_at,
		p.status, p.enrolled_on, p.withdrawn_on, p.withdraw_reason, p.score,
		(SELECT count(*) FROM program_units u WHERE u.program_id = c.program_id),
		(SELECT count(*) FROM unit_results r WHERE r.participant_id = p.id AND r.result = 'K'),
		(SELECT count(*) FROM unit_results r WHERE r.participant_id = p.id AND r.result = 'BK')
		FROM participants p JOIN classes c ON c.id = p.class_id JOIN programs pr ON pr.id = c.program_id
		WHERE p.seeker_id = ? ORDER BY c.start_date DESC, c.code`, seekerID)
	if err != nil {
		return nil, fmt.Errorf("seeker classes: %w", err)
	}
	return out, nil
}
