package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
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
