package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"balai/data"
)

// What an import of placements reads before it plans, and how it writes.

// PlacementTargets reads, for each NIK registered among niks (clean
// 16-digit NIKs), the seeker and every class they are in with the
// placement in force there. NIKs not registered are absent from the map.
func (s *Store) PlacementTargets(ctx context.Context, niks []string) (map[string]data.SeekerTargets, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := map[string]data.SeekerTargets{}
	const batch = 500
	for i := 0; i < len(niks); i += batch {
		part := niks[i:min(i+batch, len(niks))]
		if err := readTargets(ctx, tx, part, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readTargets adds the seekers of niks and their classes to out.
func readTargets(ctx context.Context, tx *Tx, niks []string, out map[string]data.SeekerTargets) error {
	args := make([]any, len(niks))
	for i, n := range niks {
		args[i] = n
	}
	in := strings.TrimSuffix(strings.Repeat("?,", len(niks)), ",")
	rows, err := tx.QueryContext(ctx, `SELECT s.nik, s.id, s.name, p.id, c.code, c.start_date, c.end_date, p.status,
		`+placementColumns+`
		FROM seekers s LEFT JOIN participants p ON p.seeker_id = s.id LEFT JOIN classes c ON c.id = p.class_id
		LEFT JOIN placements pl ON `+newestPlacement+`
		WHERE s.nik IN (`+in+`) ORDER BY s.nik, c.end_date, c.code`, args...)
	if err != nil {
		return fmt.Errorf("read placement targets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var nik, seekerID, name string
		var pid, code, status, start, end nullText
		var np nullPlacement
		if err := rows.Scan(append([]any{&nik, &seekerID, &name, &pid, &code, &start, &end, &status}, np.dest()...)...); err != nil {
			return fmt.Errorf("read placement targets: %w", err)
		}
		st := out[nik]
		st.SeekerID, st.Name = seekerID, name
		if pid != "" {
			t := data.PlacementTarget{ParticipantID: string(pid), ClassCode: string(code), Status: string(status)}
			_ = (*dateText)(&t.Start).Scan(string(start))
			_ = (*dateText)(&t.End).Scan(string(end))
			if t.Current, err = np.placement(); err != nil {
				return err
			}
			st.Targets = append(st.Targets, t)
		}
		out[nik] = st
	}
	return rows.Err()
}

// nullText scans a text column that may be NULL, as "".
type nullText string

// Scan implements sql.Scanner.
func (n *nullText) Scan(v any) error {
	s, err := columnText(v)
	*n = nullText(s)
	return err
}

// AddPlacements adds the placements in one transaction: each becomes its
// participant's newest record unless it says what the record in force
// already says (data.SamePlacement). It reports, in order, which were
// added. A placement that is not valid or names an unknown participant
// stops it: nothing is saved.
func (s *Store) AddPlacements(ctx context.Context, ps []data.Placement) ([]bool, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	added := make([]bool, len(ps))
	for i, p := range ps {
		clean, probs := data.CleanPlacement(p, tx.today)
		if len(probs) > 0 {
			return nil, fmt.Errorf("placement %d: %w", i+1, data.Problems(probs))
		}
		current, err := scanPlacement(tx.QueryRowContext(ctx, `SELECT `+placementColumns+` FROM placements pl
			WHERE pl.participant_id = ? ORDER BY pl.seq DESC LIMIT 1`, clean.ParticipantID))
		err = readErr(err, "placement")
		if err != nil && !errors.Is(err, data.ErrNotFound) {
			return nil, err
		}
		if err == nil && data.SamePlacement(current, clean) {
			continue
		}
		if _, err := s.addPlacement(ctx, tx, clean); err != nil {
			return nil, fmt.Errorf("placement %d: %w", i+1, err)
		}
		added[i] = true
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return added, nil
}
