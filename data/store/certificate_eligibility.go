package store

import (
	"context"
	"fmt"

	"balai/data"
)

// Who may be given a certificate: the store gathers the facts, the rule is
// data.CertificateEligibility.

// certificateHolder is a participant with what eligibility and the
// certificate's content need.
type certificateHolder struct {
	data.Eligibility
	seeker  data.Seeker // the fields a certificate prints: birth place, date, sex
	results map[string]string
}

// certificateClass is a class with its program (and units), as certificates
// print them.
type certificateClass struct {
	data.Class
	program data.Program
}

func readCertificateClass(ctx context.Context, tx *Tx, classID string) (certificateClass, error) {
	c, err := classWhere(ctx, tx, `c.id = ?`, classID)
	if err != nil {
		return certificateClass{}, err
	}
	p, err := programWhere(ctx, tx, `id = ?`, c.ProgramID)
	return certificateClass{Class: c, program: p}, err
}

// holders lists the class's participants by name with their attendance,
// results, certificates (with their images when withImages, for printing)
// and whether they are eligible.
func holders(ctx context.Context, tx *Tx, c certificateClass, withImages bool) ([]certificateHolder, error) {
	min, err := minAttendance(ctx, tx)
	if err != nil {
		return nil, err
	}
	planned, _, err := plannedJP(ctx, tx, c.ID)
	if err != nil {
		return nil, err
	}
	scan := func(r rowScanner) (certificateHolder, error) {
		var h certificateHolder
		f := data.EligibilityFacts{ClassCode: c.Code, ClassCancelled: !c.CancelledAt.IsZero(), PlannedJP: planned}
		err := r.Scan(&h.ParticipantID, &h.SeekerID, &h.Name, &h.NIK, &h.Status, (*dateText)(&f.WithdrawnOn),
			&h.seeker.BirthPlace, (*dateText)(&h.seeker.BirthDate), &h.seeker.Sex, &f.AttendedJP)
		f.Status = h.Status
		h.Percent = data.AttendancePercent(f.AttendedJP, f.PlannedJP)
		h.Reasons = data.CertificateEligibility(f, min)
		h.Eligible = len(h.Reasons) == 0
		return h, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT p.id, p.seeker_id, s.name, s.nik, p.status, p.withdrawn_on,
			s.birth_place, s.birth_date, s.sex,
			(SELECT COALESCE(SUM(ss.jp), 0) FROM attendance a JOIN sessions ss ON ss.id = a.session_id
				WHERE a.participant_id = p.id AND a.code = 'H')
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, c.ID)
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	results, err := classResults(ctx, tx, c.ID)
	if err != nil {
		return nil, err
	}
	index := make(map[string]int, len(out))
	for i := range out {
		out[i].results = results[out[i].ParticipantID]
		index[out[i].ParticipantID] = i
	}
	certs, err := certificatesWhere(ctx, tx, withImages, `class_id = ?`, c.ID)
	if err != nil {
		return nil, err
	}
	for _, cert := range certs {
		i, ok := index[cert.ParticipantID]
		switch {
		case !ok:
		case cert.Revoked():
			out[i].Revoked = append(out[i].Revoked, cert)
		default:
			out[i].Certificate = &cert
		}
	}
	return out, nil
}

// CertificateEligibility lists a class's participants by name: who may be
// given a certificate, why the others may not, and the certificates they
// hold, without their images. An unknown class gives ErrNotFound.
func (s *Store) CertificateEligibility(ctx context.Context, classID string) ([]data.Eligibility, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	c, err := readCertificateClass(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	hs, err := holders(ctx, tx, c, false)
	if err != nil {
		return nil, err
	}
	out := make([]data.Eligibility, len(hs))
	for i, h := range hs {
		out[i] = h.Eligibility
	}
	return out, nil
}
