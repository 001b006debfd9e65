package store

import (
	"balai/data"
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"time"
)

// certificateHolder is a participant with what eligibility and the
// certificate's content need.
type certificateHolder struct {
	data.Eligibility
	withdrawn                  string
	birthPlace, birthDate, sex string
	results                    map[string]string
}

// classForCertificates is what certificates need of a class and its program.
type classForCertificates struct {
	id, code, batch, programID string
	start, end                 time.Time
	cancelled                  bool
	programCode, programName   string
	kejuruan                   string
	jp                         int
	units                      []data.Unit
}

func readClassForCertificates(ctx context.Context, tx *sql.Tx, classID string) (classForCertificates, error) {
	ec, err := readEnrolClass(ctx, tx, classID)
	if err != nil {
		return classForCertificates{}, err
	}
	c := classForCertificates{id: ec.id, code: ec.code, programID: ec.programID, start: ec.start, end: ec.end, cancelled: ec.cancelled}
	err = tx.QueryRowContext(ctx, `SELECT c.batch, p.code, p.name, p.kejuruan, p.jp
		FROM classes c JOIN programs p ON p.id = c.program_id WHERE c.id = ?`, classID).Scan(
		&c.batch, &c.programCode, &c.programName, &c.kejuruan, &c.jp)
	if err != nil {
		return c, fmt.Errorf("read class: %w", err)
	}
	units, err := programUnits(ctx, tx, []string{c.programID})
	if err != nil {
		return c, err
	}
	c.units = units[c.programID]
	return c, nil
}

// holders lists the class's participants by name with their attendance,
// results, certificates (with their images when withImages, for printing)
// and whether they are eligible.
func (s *Store) holders(ctx context.Context, tx *sql.Tx, c classForCertificates, withImages bool) ([]certificateHolder, error) {
	min, err := minAttendanceTx(ctx, tx)
	if err != nil {
		return nil, err
	}
	var planned int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(SUM(jp), 0) FROM sessions WHERE class_id = ?`, c.id).Scan(&planned); err != nil {
		return nil, fmt.Errorf("read sessions: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.seeker_id, s.name, s.nik, p.status, p.withdrawn_on,
			s.birth_place, s.birth_date, s.sex,
			(SELECT COALESCE(SUM(ss.jp), 0) FROM attendance a JOIN sessions ss ON ss.id = a.session_id
				WHERE a.participant_id = p.id AND a.code = 'H')
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, c.id)
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	defer rows.Close()
	var out []certificateHolder
	index := map[string]int{}
	for rows.Next() {
		var h certificateHolder
		var attended int
		if err := rows.Scan(&h.ParticipantID, &h.SeekerID, &h.Name, &h.NIK, &h.Status, &h.withdrawn,
			&h.birthPlace, &h.birthDate, &h.sex, &attended); err != nil {
			return nil, fmt.Errorf("read participants: %w", err)
		}
		if planned > 0 {
			h.Percent = float64(attended) * 100 / float64(planned)
		}
		switch {
		case c.cancelled:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertClassCancelled, Detail: c.code})
		case h.Status == data.ParticipantWithdrawn:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertWithdrawn, Detail: isoToProblemDate(h.withdrawn)})
		case h.Status == data.ParticipantNotCompetent:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertNotCompetent})
		case h.Status != data.ParticipantGraduated:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertNoResult})
		}
		if h.Status != data.ParticipantWithdrawn && (planned == 0 || h.Percent < float64(min)) {
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertBelowAttendance,
				Detail: strconv.FormatFloat(math.Floor(h.Percent*10)/10, 'f', -1, 64) + "% < " + strconv.Itoa(min) + "%"})
		}
		h.Eligible = len(h.Reasons) == 0
		index[h.ParticipantID] = len(out)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	rows.Close()

	results, err := classResults(ctx, tx, c.id)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].results = results[out[i].ParticipantID]
	}

	certs, err := s.certificatesWhere(ctx, tx, withImages, `class_id = ?`, c.id)
	if err != nil {
		return nil, err
	}
	for _, cert := range certs {
		i, ok := index[cert.ParticipantID]
		if !ok {
			continue
		}
		if cert.Revoked() {
			out[i].Revoked = append(out[i].Revoked, cert)
		} else {
			cert := cert
			out[i].Certificate = &cert
		}
	}
	return out, nil
}

func minAttendanceTx(ctx context.Context, tx *sql.Tx) (int, error) {
	v, _, err := settingTx(ctx, tx, minAttendanceKey)
	return parseMinAttendance(v), err
}

// CertificateEligibility lists a class's participants by name: who may be
// given a certificate, why the others may not, and the certificates they
// hold, without their images. An unknown class gives ErrNotFound.
func (s *Store) CertificateEligibility(ctx context.Context, classID string) ([]data.Eligibility, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	c, err := readClassForCertificates(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	hs, err := s.holders(ctx, tx, c, false)
	if err != nil {
		return nil, err
	}
	out := make([]data.Eligibility, len(hs))
	for i, h := range hs {
		out[i] = h.Eligibility
	}
	return out, nil
}
