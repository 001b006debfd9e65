package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"balai/data"
)

// Tracer study: the calls to alumni at 3, 6 and 12 months (data/tracer.go).

// RecordCall records a call to a participant in a round. An answered call
// needs answer, the placement the participant told, which is saved with the
// round and the source "tracer"; the third call of the round without an
// answer records the participant as tidak terlacak for the round. It
// returns the participant's state in the round after the call. Problems
// (a bad round or outcome, an answered call without a valid answer) save
// nothing; an unknown participant gives ErrNotFound.
func (s *Store) RecordCall(ctx context.Context, call data.TracerCall, answer *data.Placement) (string, error) {
	if probs := data.CheckCall(call); len(probs) > 0 {
		return "", data.Problems(probs)
	}
	if call.Outcome == data.CallAnswered && answer == nil {
		return "", data.Problems{{Field: "status", Code: data.CodeRequired}}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	before, err := roundCalls(ctx, tx, call.ParticipantID, call.Round)
	if err != nil {
		return "", err
	}
	if call.Outcome == data.CallAnswered {
		a := *answer
		a.ParticipantID, a.Source, a.Round = call.ParticipantID, data.SourceTracer, call.Round
		if _, err := s.addPlacement(ctx, tx, a); err != nil {
			return "", err
		}
	}
	call.CalledBy, call.CalledAt = s.recorder(), tx.now
	if _, err := tx.ExecContext(ctx, `INSERT INTO tracer_calls (participant_id, round, outcome, note, called_by, called_at)
		VALUES (?, ?, ?, ?, ?, ?)`, call.ParticipantID, call.Round, call.Outcome, data.CleanText(call.Note),
		call.CalledBy, timeText(call.CalledAt)); err != nil {
		if isForeignKeyViolation(err) {
			return "", data.ErrNotFound
		}
		return "", fmt.Errorf("insert call: %w", err)
	}
	was, _ := data.TracerState(before)
	state, _ := data.TracerState(append(before, call))
	if state == data.TracerUntraced && was != data.TracerUntraced {
		untraced := data.Placement{ParticipantID: call.ParticipantID, Status: data.PlacementUntraced,
			Source: data.SourceTracer, Round: call.Round}
		if _, err := s.addPlacement(ctx, tx, untraced); err != nil {
			return "", err
		}
	}
	return state, tx.Commit()
}

const callColumns = `id, participant_id, round, outcome, note, called_by, called_at`

func scanCall(r rowScanner) (data.TracerCall, error) {
	var c data.TracerCall
	err := r.Scan(&c.ID, &c.ParticipantID, &c.Round, &c.Outcome, &c.Note, &c.CalledBy, (*timeText)(&c.CalledAt))
	return c, err
}

// roundCalls reads a participant's calls of a round, oldest first.
func roundCalls(ctx context.Context, tx *Tx, participantID string, round int) ([]data.TracerCall, error) {
	out, err := queryList(ctx, tx, scanCall, `SELECT `+callColumns+` FROM tracer_calls
		WHERE participant_id = ? AND round = ? ORDER BY id`, participantID, round)
	if err != nil {
		return nil, fmt.Errorf("read calls: %w", err)
	}
	return out, nil
}

// TracerSheet reads a round's call list: the class's participants who did
// not withdraw, by name, with their phone, the placement in force and the
// round's calls. An unknown class gives ErrNotFound; a bad round a Problems
// error.
func (s *Store) TracerSheet(ctx context.Context, classID string, round int) (data.TracerSheet, error) {
	var sh data.TracerSheet
	if probs := data.CheckCall(data.TracerCall{Round: round, Outcome: data.CallAnswered}); len(probs) > 0 {
		return sh, data.Problems(probs)
	}
	tx, err := s.beginRead(ctx)
	if err != nil {
		return sh, err
	}
	defer tx.Rollback()
	head, kejuruan, err := tracerClass(ctx, tx, classID)
	if err != nil {
		return sh, err
	}
	sh.Kejuruan = kejuruan
	for _, r := range data.TracerRoundsOf(head, head.ClassEnd) {
		if r.Round == round {
			sh.Round = r
		}
	}
	var np nullPlacement
	scan := func(r rowScanner) (data.TracerPerson, error) {
		var p data.TracerPerson
		err := r.Scan(append([]any{&p.ParticipantID, &p.Name, &p.NIK, &p.Sex, &p.Phone, &p.Education, &p.Status}, np.dest()...)...)
		if err == nil {
			p.Last, err = np.placement()
		}
		return p, err
	}
	sh.People, err = queryList(ctx, tx, scan, `SELECT p.id, s.name, s.nik, s.sex, s.phone, s.education, p.status, `+placementColumns+`
		FROM participants p JOIN seekers s ON s.id = p.seeker_id LEFT JOIN placements pl ON `+newestPlacement+`
		WHERE p.class_id = ? AND p.status <> 'withdrawn' ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, classID)
	if err != nil {
		return sh, fmt.Errorf("read call list: %w", err)
	}
	calls, err := queryList(ctx, tx, scanCall, `SELECT `+callColumns+` FROM tracer_calls
		WHERE round = ? AND participant_id IN (SELECT id FROM participants WHERE class_id = ?) ORDER BY id`, round, classID)
	if err != nil {
		return sh, fmt.Errorf("read calls: %w", err)
	}
	byPerson := map[string][]data.TracerCall{}
	for _, c := range calls {
		byPerson[c.ParticipantID] = append(byPerson[c.ParticipantID], c)
	}
	for i := range sh.People {
		p := &sh.People[i]
		p.Calls = byPerson[p.ParticipantID]
		p.State, p.Failed = data.TracerState(p.Calls)
		sh.Round.Count(p.State)
	}
	return sh, nil
}

// tracerClass reads the class's code, program, batch and end.
func tracerClass(ctx context.Context, tx *Tx, classID string) (data.TracerRoundSummary, string, error) {
	var r data.TracerRoundSummary
	var kejuruan string
	err := tx.QueryRowContext(ctx, `SELECT c.id, c.code, p.name, c.batch, c.end_date, p.kejuruan
		FROM classes c JOIN programs p ON p.id = c.program_id WHERE c.id = ?`, classID).
		Scan(&r.ClassID, &r.ClassCode, &r.ProgramName, &r.Batch, (*dateText)(&r.ClassEnd), &kejuruan)
	return r, kejuruan, readErr(err, "class")
}

// TracerRounds lists the rounds of the classes that ended in the last 18
// months (not cancelled), with how far their calls are: with dueOnly, the
// rounds open today that still have someone to reach, the oldest due first;
// otherwise every round of those classes, by class end and round.
func (s *Store) TracerRounds(ctx context.Context, dueOnly bool) ([]data.TracerRoundSummary, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	since := data.AddMonths(tx.today, -18)
	classes, err := queryList(ctx, tx, func(r rowScanner) (data.TracerRoundSummary, error) {
		var c data.TracerRoundSummary
		err := r.Scan(&c.ClassID, &c.ClassCode, &c.ProgramName, &c.Batch, (*dateText)(&c.ClassEnd))
		return c, err
	}, `SELECT c.id, c.code, p.name, c.batch, c.end_date FROM classes c JOIN programs p ON p.id = c.program_id
		WHERE c.cancelled_at = '' AND c.end_date < ? AND c.end_date >= ? ORDER BY c.end_date, c.code`,
		dateText(tx.today), dateText(since))
	if err != nil {
		return nil, fmt.Errorf("read classes: %w", err)
	}
	states, err := roundStates(ctx, tx, dateText(since))
	if err != nil {
		return nil, err
	}
	var out []data.TracerRoundSummary
	for _, c := range classes {
		for _, r := range data.TracerRoundsOf(c, c.ClassEnd) {
			for _, st := range states[c.ClassID] {
				r.Count(st.state(r.Round))
			}
			if !dueOnly || (r.Open(tx.today) && r.Remaining() > 0) {
				out = append(out, r)
			}
		}
	}
	if dueOnly {
		sortByDue(out)
	}
	return out, nil
}

// personCalls are one participant's calls, by round.
type personCalls map[int][]data.TracerCall

func (p personCalls) state(round int) string {
	s, _ := data.TracerState(p[round])
	return s
}

// roundStates reads the calls of the participants (not withdrawn) of the
// classes that ended from since on: class ID → participant → calls.
func roundStates(ctx context.Context, tx *Tx, since dateText) (map[string]map[string]personCalls, error) {
	rows, err := tx.QueryContext(ctx, `SELECT p.class_id, p.id, t.round, t.outcome
		FROM participants p JOIN classes c ON c.id = p.class_id LEFT JOIN tracer_calls t ON t.participant_id = p.id
		WHERE p.status <> 'withdrawn' AND c.end_date >= ? ORDER BY t.id`, since)
	if err != nil {
		return nil, fmt.Errorf("read calls: %w", err)
	}
	defer rows.Close()
	out := map[string]map[string]personCalls{}
	for rows.Next() {
		var class, person string
		var round *int
		var outcome nullText
		if err := rows.Scan(&class, &person, &round, &outcome); err != nil {
			return nil, fmt.Errorf("read calls: %w", err)
		}
		if out[class] == nil {
			out[class] = map[string]personCalls{}
		}
		if out[class][person] == nil {
			out[class][person] = personCalls{}
		}
		if round != nil {
			out[class][person][*round] = append(out[class][person][*round], data.TracerCall{Round: *round, Outcome: string(outcome)})
		}
	}
	return out, rows.Err()
}

// sortByDue orders rounds by due day, then class code.
func sortByDue(rs []data.TracerRoundSummary) {
	slices.SortStableFunc(rs, func(a, b data.TracerRoundSummary) int {
		if d := a.Due.Compare(b.Due); d != 0 {
			return d
		}
		return strings.Compare(a.ClassCode, b.ClassCode)
	})
}
