package store

import (
	"balai/data"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

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
	tx, err := s.db.BeginTx(ctx, nil)
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
	units, err := programUnitIDs(ctx, tx, c.programID)
	if err != nil {
		return err
	}
	clean := map[string]string{}
	for _, unit := range slices.Sorted(maps.Keys(results)) {
		r := strings.ToUpper(strings.TrimSpace(results[unit]))
		if r == "" {
			continue
		}
		if !slices.Contains(units, unit) {
			return &data.Problem{Field: "results", Code: data.CodeUnitNotInProgram, Detail: unit}
		}
		if r != data.ResultCompetent && r != data.ResultNotCompetent {
			return &data.Problem{Field: "results", Code: data.CodeBadResult, Detail: results[unit]}
		}
		clean[unit] = r
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM unit_results WHERE participant_id = ?`, p.ID); err != nil {
		return fmt.Errorf("save results: %w", err)
	}
	allK := len(units) > 0
	anyBK := false
	for _, unit := range units {
		r, ok := clean[unit]
		if !ok {
			allK = false
			continue
		}
		allK = allK && r == data.ResultCompetent
		anyBK = anyBK || r == data.ResultNotCompetent
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit_results (participant_id, unit_id, result) VALUES (?, ?, ?)`,
			p.ID, unit, r); err != nil {
			return fmt.Errorf("save results: %w", err)
		}
	}
	status := p.Status
	if c.ended(s.today()) {
		switch {
		case anyBK:
			status = data.ParticipantNotCompetent
		case allK:
			status = data.ParticipantGraduated
		case isFinalStatus(status):
			status = data.ParticipantActive
		}
	}
	var sc sql.NullFloat64
	if score != nil {
		sc = sql.NullFloat64{Float64: *score, Valid: true}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE participants SET score = ?, status = ?, updated_at = ? WHERE id = ?`,
		sc, status, s.now(), p.ID); err != nil {
		return fmt.Errorf("save results: %w", err)
	}
	return tx.Commit()
}

// programUnitIDs lists a program's unit IDs in teaching order.
func programUnitIDs(ctx context.Context, tx *sql.Tx, programID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM program_units WHERE program_id = ? ORDER BY position`, programID)
	if err != nil {
		return nil, fmt.Errorf("read units: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read units: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// classResults reads the unit results of a class's participants: participant
// ID → unit ID → "K" or "BK".
func classResults(ctx context.Context, tx *sql.Tx, classID string) (map[string]map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT r.participant_id, r.unit_id, r.result
		FROM unit_results r JOIN participants p ON p.id = r.participant_id WHERE p.class_id = ?`, classID)
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
