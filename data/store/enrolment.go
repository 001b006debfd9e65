package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"balai/data"
)

// Enrolment: seekers into classes. Every write checks its rules in the
// transaction that writes, which holds the write lock from its start (see
// beginWrite): two windows enrolling at once cannot both take the last seat.

// activeStatusesSQL is data.IsActiveStatus for a query.
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

// readEnrolClass reads the class; in a write transaction the checks that
// follow and the write they allow see the same participants.
func readEnrolClass(ctx context.Context, tx *Tx, classID string) (enrolClass, error) {
	var c enrolClass
	var cancelled time.Time
	err := tx.QueryRowContext(ctx, `SELECT id, code, program_id, start_date, end_date, quota, cancelled_at
		FROM classes WHERE id = ?`, classID).Scan(&c.id, &c.code, &c.programID,
		(*dateText)(&c.start), (*dateText)(&c.end), &c.quota, (*timeText)(&cancelled))
	c.cancelled = !cancelled.IsZero()
	return c, readErr(err, "class")
}

// Enrol adds a seeker to a class. It refuses (with a *Problem, saving nothing)
// a cancelled class, an archived seeker, a seeker already in the class, a
// class whose quota is reached (unless opt.OverrideQuota) and a seeker active
// in another class whose dates overlap. An unknown class or seeker gives ErrNotFound.
func (s *Store) Enrol(ctx context.Context, classID, seekerID string, opt data.EnrolOptions) (data.Participant, error) {
	status, err := data.NewParticipantStatus(opt.Status)
	if err != nil {
		return data.Participant{}, err
	}
	opt.Status = status
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return data.Participant{}, err
	}
	defer tx.Rollback()
	c, err := readEnrolClass(ctx, tx, classID)
	if err != nil {
		return data.Participant{}, err
	}
	if c.cancelled {
		return data.Participant{}, &data.Problem{Field: "class", Code: data.CodeClassCancelled, Detail: c.code}
	}
	p, err := enrol(ctx, tx, c, seekerID, opt)
	if err != nil {
		return data.Participant{}, err
	}
	if err := tx.Commit(); err != nil {
		return data.Participant{}, fmt.Errorf("enrol: %w", err)
	}
	return p, nil
}

// enrol checks the seeker-side rules and enrols seekerID in c (not
// cancelled) within tx. opt.Status is checked. A refusal writes nothing.
func enrol(ctx context.Context, tx *Tx, c enrolClass, seekerID string, opt data.EnrolOptions) (data.Participant, error) {
	var name string
	var archived time.Time
	err := tx.QueryRowContext(ctx, `SELECT name, archived_at FROM seekers WHERE id = ?`, seekerID).Scan(&name, (*timeText)(&archived))
	if err != nil {
		return data.Participant{}, readErr(err, "seeker")
	}
	if !archived.IsZero() {
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
	on := tx.today
	if !opt.On.IsZero() {
		on = data.DateOf(opt.On)
	}
	p := data.Participant{ID: newID(), ClassID: c.id, SeekerID: seekerID, Status: opt.Status, EnrolledOn: on, OverQuota: over}
	_, err = tx.ExecContext(ctx, `INSERT INTO participants (id, class_id, seeker_id, status, enrolled_on, over_quota,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, p.ID, p.ClassID, p.SeekerID, p.Status, dateText(on), over,
		timeText(tx.now), timeText(tx.now))
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
func checkOverlap(ctx context.Context, tx *Tx, seekerID string, c enrolClass) error {
	var code string
	err := tx.QueryRowContext(ctx, `SELECT c.code FROM participants p JOIN classes c ON c.id = p.class_id
		WHERE p.seeker_id = ? AND p.class_id <> ? AND p.status IN `+activeStatusesSQL+`
		AND c.cancelled_at = '' AND c.start_date <= ? AND c.end_date >= ?
		ORDER BY c.start_date, c.code LIMIT 1`, seekerID, c.id, dateText(c.end), dateText(c.start)).Scan(&code)
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
func checkQuota(ctx context.Context, tx *Tx, c enrolClass, override bool) (over bool, err error) {
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
	status, err := data.NewParticipantStatus(opt.Status)
	if err != nil {
		return data.EnrolReport{}, err
	}
	opt.Status = status
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return data.EnrolReport{}, err
	}
	defer tx.Rollback()
	c, err := readEnrolClass(ctx, tx, classID)
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
		l, err := enrolLine(ctx, tx, find, c, data.EnrolLine{Line: i + 1, Raw: raw}, opt)
		if err != nil {
			return data.EnrolReport{}, fmt.Errorf("enrol list, line %d: %w", l.Line, err)
		}
		rep.Lines = append(rep.Lines, l)
		switch l.Outcome {
		case data.EnrolOutcomeEnrolled:
			rep.Enrolled++
		case data.EnrolOutcomeAlready:
			rep.Already++
		case data.EnrolOutcomeNotRegistered:
			rep.NotRegistered++
		case data.EnrolOutcomeInvalidNIK:
			rep.InvalidNIK++
		case data.EnrolOutcomeRefused:
			rep.Refused++
		}
	}
	if err := tx.Commit(); err != nil {
		return data.EnrolReport{}, fmt.Errorf("enrol list: %w", err)
	}
	return rep, nil
}

// enrolLine enrols the seeker of one line of a NIK list (find looks a NIK
// up) and says what became of the line; an error is one that stops the list.
func enrolLine(ctx context.Context, tx *Tx, find *sql.Stmt, c enrolClass, l data.EnrolLine, opt data.EnrolOptions) (data.EnrolLine, error) {
	nik, bad := data.ParseNIK(l.Raw)
	if bad != nil {
		l.Outcome, l.Problem = data.EnrolOutcomeInvalidNIK, bad
		return l, nil
	}
	l.NIK = nik
	err := find.QueryRowContext(ctx, nik).Scan(&l.SeekerID, &l.Name)
	if errors.Is(err, sql.ErrNoRows) {
		l.Outcome = data.EnrolOutcomeNotRegistered
		return l, nil
	}
	if err != nil {
		return l, err
	}
	p, err := enrol(ctx, tx, c, l.SeekerID, opt)
	var prob *data.Problem
	switch {
	case err == nil:
		l.Outcome, l.ParticipantID, l.OverQuota = data.EnrolOutcomeEnrolled, p.ID, p.OverQuota
	case errors.As(err, &prob) && prob.Code == data.CodeAlreadyEnrolled:
		l.Outcome, l.Problem = data.EnrolOutcomeAlready, prob
	case errors.As(err, &prob):
		l.Outcome, l.Problem = data.EnrolOutcomeRefused, prob
	default:
		return l, err
	}
	return l, nil
}
