package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// problemDate is how a date appears in a problem's Detail.
func problemDate(t time.Time) string { return t.Format("02-01-2006") }

// isActiveStatus reports whether a participant with status holds the seeker:
// registered, selected or active (not withdrawn, not finished with a result).
func isActiveStatus(status string) bool {
	return status == data.ParticipantRegistered || status == data.ParticipantSelected || status == data.ParticipantActive
}

func isFinalStatus(status string) bool {
	return status == data.ParticipantGraduated || status == data.ParticipantNotCompetent
}

// activeStatusesSQL is isActiveStatus for a query.
const activeStatusesSQL = `('registered', 'selected', 'active')`

// enrolClass is what the enrolment rules need of a class.
type enrolClass struct {
	id, code, programID string
	start, end          time.Time
	quota               int
	cancelled           bool
}

// ended reports whether the class has reached its end date on day today.
func (c enrolClass) ended(today time.Time) bool { return !today.Before(c.end) }

// lockEnrolClass reads the class inside a write transaction, which holds the
// write lock from its start (see Open): the checks that follow and the write
// they allow see the same participants, even when another window enrols at once.
func lockEnrolClass(ctx context.Context, tx *sql.Tx, classID string) (enrolClass, error) {
	return readEnrolClass(ctx, tx, classID)
}

func readEnrolClass(ctx context.Context, tx *sql.Tx, classID string) (enrolClass, error) {
	var c enrolClass
	var start, end, cancelled string
	err := tx.QueryRowContext(ctx, `SELECT id, code, program_id, start_date, end_date, quota, cancelled_at
		FROM classes WHERE id = ?`, classID).Scan(&c.id, &c.code, &c.programID, &start, &end, &c.quota, &cancelled)
	if errors.Is(err, sql.ErrNoRows) {
		return c, data.ErrNotFound
	}
	if err != nil {
		return c, fmt.Errorf("read class: %w", err)
	}
	c.start, _ = time.Parse(data.DateLayout, start)
	c.end, _ = time.Parse(data.DateLayout, end)
	c.cancelled = cancelled != ""
	return c, nil
}

// checkEnrolStatus checks the status a new participant starts with; "" is registered.
func checkEnrolStatus(status string) (string, error) {
	if status == "" {
		return data.ParticipantRegistered, nil
	}
	if !isActiveStatus(status) {
		return "", &data.Problem{Field: "status", Code: data.CodeBadEnrolStatus, Detail: status}
	}
	return status, nil
}

// Enrol adds a seeker to a class. It refuses (with a *Problem, saving nothing)
// a cancelled class, an archived seeker, a seeker already in the class, a
// class whose quota is reached (unless opt.OverrideQuota) and a seeker active
// in another class whose dates overlap. An unknown class or seeker gives ErrNotFound.
func (s *Store) Enrol(ctx context.Context, classID, seekerID string, opt data.EnrolOptions) (data.Participant, error) {
	status, err := checkEnrolStatus(opt.Status)
	if err != nil {
		return data.Participant{}, err
	}
	opt.Status = status
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return data.Participant{}, err
	}
	defer tx.Rollback()
	c, err := lockEnrolClass(ctx, tx, classID)
	if err != nil {
		return data.Participant{}, err
	}
	if c.cancelled {
		return data.Participant{}, &data.Problem{Field: "class", Code: data.CodeClassCancelled, Detail: c.code}
	}
	p, err := s.enrolTx(ctx, tx, c, seekerID, opt)
	if err != nil {
		return data.Participant{}, err
	}
	if err := tx.Commit(); err != nil {
		return data.Participant{}, fmt.Errorf("enrol: %w", err)
	}
	return p, nil
}

// enrolTx checks the seeker-side rules and enrols seekerID in c (not
// cancelled) within tx, which holds the write lock. opt.Status is checked.
// A refusal writes nothing.
func (s *Store) enrolTx(ctx context.Context, tx *sql.Tx, c enrolClass, seekerID string, opt data.EnrolOptions) (data.Participant, error) {
	var name, archived string
	err := tx.QueryRowContext(ctx, `SELECT name, archived_at FROM seekers WHERE id = ?`, seekerID).Scan(&name, &archived)
	if errors.Is(err, sql.ErrNoRows) {
		return data.Participant{}, data.ErrNotFound
	}
	if err != nil {
		return data.Participant{}, fmt.Errorf("enrol: %w", err)
	}
	if archived != "" {
		return data.Participant{}, &data.Problem{Field: "seeker", Code: data.CodeSeekerArchived, Detail: name}
	}
	var in int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM participants WHERE class_id = ? AND seeker_id = ?`,
		c.id, seekerID).Scan(&in); err != nil {
		return data.Participant{}, fmt.Errorf("enrol: %w", err)
	}
	if in > 0 {
		return data.Participant{}, &data.Problem{Field: "seeker", Code: data.CodeAlreadyEnrolled, Detail: c.code}
	}
	if err := checkOverlap(ctx, tx, seekerID, c); err != nil {
		return data.Participant{}, err
	}
	over, err := checkQuota(ctx, tx, c, opt.OverrideQuota)
	if err != nil {
		return data.Participant{}, err
	}
	if enrolCheckedHook != nil {
		enrolCheckedHook()
	}
	on := s.today()
	if !opt.On.IsZero() {
		on = data.DateOf(opt.On)
	}
	p := data.Participant{ID: newID(), ClassID: c.id, SeekerID: seekerID, Status: opt.Status, EnrolledOn: on, OverQuota: over}
	now := s.now()
	_, err = tx.ExecContext(ctx, `INSERT INTO participants (id, class_id, seeker_id, status, enrolled_on, over_quota,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, p.ID, p.ClassID, p.SeekerID, p.Status, storedDate(on), over, now, now)
	if isUniqueViolation(err) {
		return data.Participant{}, &data.Problem{Field: "seeker", Code: data.CodeAlreadyEnrolled, Detail: c.code}
	}
	if err != nil {
		return data.Participant{}, fmt.Errorf("enrol: %w", err)
	}
	return p, nil
}

// checkOverlap refuses a seeker active in another class, not cancelled, whose
// dates overlap c's, naming the first such class.
func checkOverlap(ctx context.Context, tx *sql.Tx, seekerID string, c enrolClass) error {
	var code string
	err := tx.QueryRowContext(ctx, `SELECT c.code FROM participants p JOIN classes c ON c.id = p.class_id
		WHERE p.seeker_id = ? AND p.class_id <> ? AND p.status IN `+activeStatusesSQL+`
		AND c.cancelled_at = '' AND c.start_date <= ? AND c.end_date >= ?
		ORDER BY c.start_date, c.code LIMIT 1`, seekerID, c.id, storedDate(c.end), storedDate(c.start)).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check overlapping classes: %w", err)
	}
	return &data.Problem{Field: "seeker", Code: data.CodeClassOverlap, Detail: code}
}

// checkQuota checks that one more participant fits in c. With override it
// never refuses and reports whether the participant is past the quota.
func checkQuota(ctx context.Context, tx *sql.Tx, c enrolClass, override bool) (over bool, err error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM participants WHERE class_id = ? AND status <> 'withdrawn'`,
		c.id).Scan(&n); err != nil {
		return false, fmt.Errorf("count participants: %w", err)
	}
	if n+1 <= c.quota {
		return false, nil
	}
	if !override {
		return false, &data.Problem{Field: "class", Code: data.CodeClassFull, Detail: fmt.Sprintf("%d/%d", n, c.quota)}
	}
	return true, nil
}

// Test hooks: enrolNIKsHook is called before each line of EnrolNIKs,
// enrolCheckedHook between an enrolment's checks and its insert.
var (
	enrolNIKsHook    func(line int)
	enrolCheckedHook func()
)

// EnrolNIKs enrols the seekers of a list of NIKs, as typed or imported (see
// ReadNIKList), in one transaction: every line ends enrolled, already in the
// class, not registered, invalid NIK or refused (with the Problem), and the
// seekers that can be are enrolled. Blank lines are skipped; a NIK given twice
// is already in the class the second time. The list is checked in order, so
// when the quota runs out the later lines are refused. A cancelled class is
// refused as a whole (a *Problem), an unknown class gives ErrNotFound, and
// any other error saves nothing.
func (s *Store) EnrolNIKs(ctx context.Context, classID string, niks []string, opt data.EnrolOptions) (data.EnrolReport, error) {
	status, err := checkEnrolStatus(opt.Status)
	if err != nil {
		return data.EnrolReport{}, err
	}
	opt.Status = status
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return data.EnrolReport{}, err
	}
	defer tx.Rollback()
	c, err := lockEnrolClass(ctx, tx, classID)
	if err != nil {
		return data.EnrolReport{}, err
	}
	if c.cancelled {
		return data.EnrolReport{}, &data.Problem{Field: "class", Code: data.CodeClassCancelled, Detail: c.code}
	}
	find, err := tx.PrepareContext(ctx, `SELECT id, name FROM seekers WHERE nik = ?`)
	if err != nil {
		return data.EnrolReport{}, fmt.Errorf("enrol list: %w", err)
	}
	defer find.Close()
	var rep data.EnrolReport
	for i, raw := range niks {
		if strings.TrimSpace(raw) == "" {
			continue
		}
		if enrolNIKsHook != nil {
			enrolNIKsHook(i + 1)
		}
		l := data.EnrolLine{Line: i + 1, Raw: raw}
		nik, bad := data.ParseNIK(raw)
		if bad != nil {
			l.Outcome, l.Problem = data.EnrolOutcomeInvalidNIK, bad
			rep.InvalidNIK++
			rep.Lines = append(rep.Lines, l)
			continue
		}
		l.NIK = nik
		err := find.QueryRowContext(ctx, nik).Scan(&l.SeekerID, &l.Name)
		if errors.Is(err, sql.ErrNoRows) {
			l.Outcome = data.EnrolOutcomeNotRegistered
			rep.NotRegistered++
			rep.Lines = append(rep.Lines, l)
			continue
		}
		if err != nil {
			return data.EnrolReport{}, fmt.Errorf("enrol list, line %d: %w", l.Line, err)
		}
		p, err := s.enrolTx(ctx, tx, c, l.SeekerID, opt)
		var prob *data.Problem
		switch {
		case err == nil:
			l.Outcome, l.ParticipantID, l.OverQuota = data.EnrolOutcomeEnrolled, p.ID, p.OverQuota
			rep.Enrolled++
		case errors.As(err, &prob) && prob.Code == data.CodeAlreadyEnrolled:
			l.Outcome, l.Problem = data.EnrolOutcomeAlready, prob
			rep.Already++
		case errors.As(err, &prob):
			l.Outcome, l.Problem = data.EnrolOutcomeRefused, prob
			rep.Refused++
		default:
			return data.EnrolReport{}, fmt.Errorf("enrol list, line %d: %w", l.Line, err)
		}
		rep.Lines = append(rep.Lines, l)
	}
	if err := tx.Commit(); err != nil {
		return data.EnrolReport{}, fmt.Errorf("enrol list: %w", err)
	}
	return rep, nil
}

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
