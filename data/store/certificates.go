package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"balai/data"
)

// Certificates: issued once per participant, numbered, reprinted as issued,
// revoked but never deleted, verified by their code. Every change is logged
// (audit.go).

const certificateColumns = `id, number, seq, code, class_id, participant_id, seeker_id, issued_at,
	revoked_at, revoked_on, revoke_reason, replaces, printed_at, content`

// certificatesWhere lists the certificates matching where, by holder's name
// then number, with their content, and their images when withImages.
func certificatesWhere(ctx context.Context, tx *Tx, withImages bool, where string, args ...any) ([]data.Certificate, error) {
	type stored struct {
		c       data.Certificate
		content string
	}
	scan := func(r rowScanner) (stored, error) {
		var st stored
		err := r.Scan(&st.c.ID, &st.c.Number, &st.c.Seq, &st.c.Code, &st.c.ClassID, &st.c.ParticipantID, &st.c.SeekerID,
			(*timeText)(&st.c.IssuedAt), (*timeText)(&st.c.RevokedAt), (*dateText)(&st.c.RevokedOn), &st.c.RevokeReason,
			&st.c.Replaces, (*timeText)(&st.c.PrintedAt), &st.content)
		return st, err
	}
	list, err := queryList(ctx, tx, scan, `SELECT `+certificateColumns+` FROM certificates WHERE `+where+`
		ORDER BY name COLLATE NOCASE, seq, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read certificates: %w", err)
	}
	var images imageCache
	if withImages {
		images = imageCache{}
	}
	out := make([]data.Certificate, len(list))
	for i, st := range list {
		if st.c.Content, err = decodeContent(ctx, tx, images, st.content); err != nil {
			return nil, err
		}
		out[i] = st.c
	}
	return out, nil
}

// certificateByID reads one certificate with its images.
func certificateByID(ctx context.Context, tx *Tx, id string) (data.Certificate, error) {
	cs, err := certificatesWhere(ctx, tx, true, `id = ?`, id)
	if err != nil {
		return data.Certificate{}, err
	}
	if len(cs) == 0 {
		return data.Certificate{}, data.ErrNotFound
	}
	return cs[0], nil
}

// Certificate returns the certificate with the given ID.
func (s *Store) Certificate(ctx context.Context, id string) (data.Certificate, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Certificate{}, err
	}
	defer tx.Rollback()
	return certificateByID(ctx, tx, id)
}

// ClassCertificates lists a class's certificates, revoked ones included, by
// holder's name then number.
func (s *Store) ClassCertificates(ctx context.Context, classID string) ([]data.Certificate, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return nil, err
	}
	return certificatesWhere(ctx, tx, true, `class_id = ?`, classID)
}

// certificateRun is what issuing certificates for a class reads once.
type certificateRun struct {
	class    certificateClass
	holders  []certificateHolder
	inst     data.Institution
	settings data.CertificateSettings
	lead     data.Instructor // the class's lead instructor; zero for none
}

func readCertificateRun(ctx context.Context, tx *Tx, classID string) (certificateRun, error) {
	var r certificateRun
	var err error
	if r.class, err = readCertificateClass(ctx, tx, classID); err != nil {
		return r, err
	}
	if r.holders, err = holders(ctx, tx, r.class, true); err != nil {
		return r, err
	}
	if r.inst, err = institution(ctx, tx); err != nil {
		return r, err
	}
	if id := r.class.InstructorID; id != "" {
		r.lead, err = scanInstructor(tx.QueryRowContext(ctx, `SELECT `+instructorColumns+` FROM instructors WHERE id = ?`, id))
		if err != nil {
			return r, readErr(err, "instructor")
		}
	}
	r.settings, err = certificateSettings(ctx, tx)
	return r, err
}

// number is the certificate number of sequence number seq, issued in tx.
func (r certificateRun) number(tx *Tx, seq int) string {
	return data.FormatCertificateNumber(r.settings.Pattern, seq, r.class.program.Code, r.class.program.Kejuruan, tx.today)
}

// IssueCertificates issues, in one transaction, a certificate to every
// eligible participant of the class who holds none in force, numbered from
// the settings' next sequence number (skipping any number already given),
// and returns them with the certificates already in force, which the caller
// prints again: each new one is logged as issued, each old one as reprinted,
// or as printed when it was issued but never printed (Unprinted). A revoked
// certificate does not stop a new one being issued. Once the certificates
// are written, MarkCertificatesPrinted records it.
func (s *Store) IssueCertificates(ctx context.Context, classID string) (data.IssueReport, error) {
	var rep data.IssueReport
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return rep, err
	}
	defer tx.Rollback()
	run, err := readCertificateRun(ctx, tx, classID)
	if err != nil {
		return rep, err
	}
	key, err := certificateSecret(ctx, tx, true)
	if err != nil {
		return rep, err
	}
	seq := run.settings.NextSeq
	for _, h := range run.holders {
		switch {
		case h.Certificate != nil && h.Certificate.PrintedAt.IsZero():
			rep.Unprinted = append(rep.Unprinted, *h.Certificate)
			if err := s.audit(ctx, tx, data.AuditPrint, h.Certificate, ""); err != nil {
				return rep, err
			}
		case h.Certificate != nil:
			rep.Reprinted = append(rep.Reprinted, *h.Certificate)
			if err := s.audit(ctx, tx, data.AuditReprint, h.Certificate, ""); err != nil {
				return rep, err
			}
		case !h.Eligible:
			rep.NotEligible = append(rep.NotEligible, h.Eligibility)
		default:
			cert, err := issueCertificate(ctx, tx, run, h, key, &seq, "")
			if err != nil {
				return rep, err
			}
			if err := s.audit(ctx, tx, data.AuditIssue, &cert, ""); err != nil {
				return rep, err
			}
			rep.Issued = append(rep.Issued, cert)
		}
	}
	if len(rep.Issued) > 0 {
		run.settings.NextSeq = seq
		if err := writeCertificateSettings(ctx, tx, run.settings); err != nil {
			return rep, err
		}
	}
	return rep, tx.Commit()
}

// issueCertificate stores the certificate of holder h, numbered with the
// first sequence number from *seq whose number was never given, and moves
// *seq past it; replaces is the number of the certificate it replaces, "" for
// none.
func issueCertificate(ctx context.Context, tx *Tx, run certificateRun, h certificateHolder, key []byte, seq *int, replaces string) (data.Certificate, error) {
	content, err := certificateContent(ctx, tx, run, h)
	if err != nil {
		return data.Certificate{}, err
	}
	cert := data.Certificate{ClassID: run.class.ID, ParticipantID: h.ParticipantID, SeekerID: h.SeekerID,
		IssuedAt: tx.now, Content: content}
	cert.Replaces = replaces
	for {
		cert.Seq, cert.Number = *seq, run.number(tx, *seq)
		*seq++
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM certificates WHERE number = ?`, cert.Number).Scan(&n); err != nil {
			return cert, fmt.Errorf("check certificate number: %w", err)
		}
		if n == 0 {
			break
		}
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return cert, err
	}
	cert.ID, cert.Code = id.String(), data.SignVerificationCode(key, id)
	body, err := encodeContent(ctx, tx, content)
	if err != nil {
		return cert, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO certificates (id, number, seq, code, class_id, participant_id,
			seeker_id, name, content, issued_at, replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		cert.ID, cert.Number, cert.Seq, cert.Code, cert.ClassID, cert.ParticipantID, cert.SeekerID,
		content.Name, body, timeText(cert.IssuedAt), cert.Replaces); err != nil {
		return cert, fmt.Errorf("save certificate %s: %w", cert.Number, err)
	}
	return cert, nil
}

// PreviewCertificate is the certificate the participant would be given now,
// without issuing it: the number is the next one, the code a sample that
// verifies as nothing. Not-eligible participants can be previewed too.
func (s *Store) PreviewCertificate(ctx context.Context, participantID string) (data.Certificate, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Certificate{}, err
	}
	defer tx.Rollback()
	var classID string
	err = tx.QueryRowContext(ctx, `SELECT class_id FROM participants WHERE id = ?`, participantID).Scan(&classID)
	if err != nil {
		return data.Certificate{}, readErr(err, "participant")
	}
	run, err := readCertificateRun(ctx, tx, classID)
	if err != nil {
		return data.Certificate{}, err
	}
	for _, h := range run.holders {
		if h.ParticipantID != participantID {
			continue
		}
		if h.Certificate != nil {
			return *h.Certificate, nil
		}
		content, err := certificateContent(ctx, tx, run, h)
		if err != nil {
			return data.Certificate{}, err
		}
		return data.Certificate{ClassID: run.class.ID, ParticipantID: h.ParticipantID, SeekerID: h.SeekerID,
			Seq: run.settings.NextSeq, Number: run.number(tx, run.settings.NextSeq),
			Code:    data.SignVerificationCode([]byte("preview"), uuid.Nil),
			Content: content}, nil
	}
	return data.Certificate{}, data.ErrNotFound
}

// ReprintCertificates returns the certificates with the given IDs for
// printing again, as issued, and logs each as reprinted (as printed, when it
// was never printed). A revoked one is refused (Problem CodeCertRevoked) and
// then nothing is logged.
func (s *Store) ReprintCertificates(ctx context.Context, ids []string) ([]data.Certificate, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := make([]data.Certificate, 0, len(ids))
	for _, id := range ids {
		c, err := certificateByID(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if c.Revoked() {
			return nil, &data.Problem{Code: data.CodeCertRevoked, Detail: c.Number}
		}
		action := data.AuditReprint
		if c.PrintedAt.IsZero() {
			action = data.AuditPrint // issued, never printed: this is its first print
		}
		if err := s.audit(ctx, tx, action, &c, ""); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, tx.Commit()
}

// RevokeCertificate revokes a certificate from day on (zero: today) for a
// reason, which is required. Its number is never given again.
func (s *Store) RevokeCertificate(ctx context.Context, id string, on time.Time, reason string) error {
	reason = data.CleanText(reason)
	if reason == "" {
		return &data.Problem{Field: "reason", Code: data.CodeCertRevokeReason}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if on.IsZero() {
		on = tx.today
	}
	c, err := certificateByID(ctx, tx, id)
	if err != nil {
		return err
	}
	if c.Revoked() {
		return &data.Problem{Code: data.CodeCertRevoked, Detail: c.Number}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE certificates SET revoked_at = ?, revoked_on = ?, revoke_reason = ?
		WHERE id = ?`, timeText(tx.now), on.Format(data.DateLayout), reason, id); err != nil {
		return fmt.Errorf("revoke certificate: %w", err)
	}
	if err := s.audit(ctx, tx, data.AuditRevoke, &c, reason); err != nil {
		return err
	}
	return tx.Commit()
}

// VerifyCertificate checks a verification code and logs the check: VALID
// with the certificate as issued, REVOKED with it (reason and date), or
// INVALID for a code that is malformed, forged, altered or unknown here.
// The code is cleaned with CleanCode first.
func (s *Store) VerifyCertificate(ctx context.Context, code string) (data.Verification, error) {
	code = data.CleanCode(code)
	v := data.Verification{Status: data.VerifyInvalid}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return v, err
	}
	defer tx.Rollback()
	key, err := certificateSecret(ctx, tx, false)
	if err != nil {
		return v, err
	}
	if id, ok := data.ParseVerificationCode(key, code); ok {
		c, err := certificateByID(ctx, tx, id.String())
		switch {
		case errors.Is(err, data.ErrNotFound):
		case err != nil:
			return v, err
		case c.Code == code:
			v.Certificate = &c
			v.Status = data.VerifyValid
			if c.Revoked() {
				v.Status = data.VerifyRevoked
			}
		}
	}
	logged := code
	if len(logged) > 80 {
		logged = logged[:80] + "…"
	}
	if err := s.audit(ctx, tx, data.AuditVerify, v.Certificate, v.Status+" "+logged); err != nil {
		return v, err
	}
	return v, tx.Commit()
}
