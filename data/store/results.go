package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"

	"balai/data"
)

// Final results: K or BK per competency unit, an optional score, and the
// final status they give.

// SetResults stores a participant's final results: results is the complete
// set, unit ID → K or BK (lower case and spaces are accepted; "" or a unit
// left out has no result), and score the optional final score, 0–100 (nil:
// none). The units must be units of the class's program.
//
// SetResults also gives the final status (there is no separate Finalize):
// from the class's end date on, any BK makes the participant not_competent
// and K in every unit of the program graduated; results that decide neither
// (incomplete, all K so far) leave the status as it is, except that a final
// status no longer backed by the results goes back to active. Before the end
// date the status is left as it is. A withdrawn participant is refused.
func (s *Store) SetResults(ctx context.Context, participantID string, results map[string]string, score *float64) error {
	if score != nil && (math.IsNaN(*score) || *score < 0 || *score > 100) {
		return &data.Problem{Field: "score", Code: data.CodeBadScore, Detail: strconv.FormatFloat(*score, 'f', -1, 64)}
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
	if p.Status == data.ParticipantWithdrawn {
		return &data.Problem{Field: "status", Code: data.CodeAlreadyWithdrawn}
	}
	units, err := queryList(ctx, tx, scanString, `SELECT id FROM program_units WHERE program_id = ? ORDER BY position`, c.programID)
	if err != nil {
		return fmt.Errorf("read units: %w", err)
	}
	clean, err := data.CleanUnitResults(units, results)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM unit_results WHERE participant_id = ?`, p.ID); err != nil {
		return fmt.Errorf("save results: %w", err)
	}
	for _, unit := range units {
		if r, ok := clean[unit]; ok {
			if _, err := tx.ExecContext(ctx, `INSERT INTO unit_results (participant_id, unit_id, result) VALUES (?, ?, ?)`,
				p.ID, unit, r); err != nil {
				return fmt.Errorf("save results: %w", err)
			}
		}
	}
	status := data.StatusAfterResults(p.Status, units, clean, c.ended(tx.today))
	var sc sql.NullFloat64
	if score != nil {
		sc = sql.NullFloat64{Float64: *score, Valid: true}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE participants SET score = ?, status = ?, updated_at = ? WHERE id = ?`,
		sc, status, timeText(tx.now), p.ID); err != nil {
		return fmt.Errorf("save results: %w", err)
	}
	return tx.Commit()
}

// classResults reads the unit results of a class's participants: participant
// ID → unit ID → "K" or "BK".
func classResults(ctx context.Context, tx *Tx, classID string) (map[string]map[string]string, error) {
	return unitResults(ctx, tx, `r.participant_id IN (SELECT id FROM participants WHERE class_id = ?)`, classID)
}

// unitResults reads the unit results (as r) that the condition picks:
// participant ID → unit ID → "K" or "BK".
func unitResults(ctx context.Context, tx *Tx, where string, arg any) (map[string]map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT r.participant_id, r.unit_id, r.result FROM unit_results r WHERE `+where, arg)
	if err != nil {
		return nil, fmt.Errorf("read results: %w", err)
	}
	defer rows.Close()
	out := map[string]map[string]string{}
	for rows.Next() {
		var pid, unit, result string
		if err := rows.Scan(&pid, &unit, &result); err != nil {
			return nil, fmt.Errorf("read results: %w", err)
		}
		if out[pid] == nil {
			out[pid] = map[string]string{}
		}
		out[pid][unit] = result
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read results: %w", err)
	}
	return out, nil
}
