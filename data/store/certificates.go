package store

import (
	"balai/data"

	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
)

const certificateColumns = `id, number, seq, code, class_id, participant_id, seeker_id, issued_at,
	revoked_at, revoked_on, revoke_reason, content`

// certificatesWhere lists the certificates matching where, by holder's name
// then number, with their content, and their images when withImages.
func (s *Store) certificatesWhere(ctx context.Context, tx *sql.Tx, withImages bool, where string, args ...any) ([]data.Certificate, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+certificateColumns+` FROM certificates WHERE `+where+`
		ORDER BY name COLLATE NOCASE, seq, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read certificates: %w", err)
	}
	defer rows.Close()
	type stored struct {
		c       data.Certificate
		content string
	}
	var list []stored
	for rows.Next() {
		var st stored
		var revokedOn string
		if err := rows.Scan(&st.c.ID, &st.c.Number, &st.c.Seq, &st.c.Code, &st.c.ClassID, &st.c.ParticipantID,
			&st.c.SeekerID, &st.c.IssuedAt, &st.c.RevokedAt, &revokedOn, &st.c.RevokeReason, &st.content); err != nil {
			return nil, fmt.Errorf("read certificates: %w", err)
		}
		st.c.RevokedOn = parseJSONDate(revokedOn)
		list = append(list, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read certificates: %w", err)
	}
	rows.Close()
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

// Certificate returns the certificate with the given ID.
func (s *Store) Certificate(ctx context.Context, id string) (data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return data.Certificate{}, err
	}
	defer tx.Rollback()
	return s.certificateTx(ctx, tx, id)
}

func (s *Store) certificateTx(ctx context.Context, tx *sql.Tx, id string) (data.Certificate, error) {
	cs, err := s.certificatesWhere(ctx, tx, true, `id = ?`, id)
	if err != nil {
		return data.Certificate{}, err
	}
	if len(cs) == 0 {
		return data.Certificate{}, data.ErrNotFound
	}
	return cs[0], nil
}

// ClassCertificates lists a class's certificates, revoked ones included, by
// holder's name then number.
func (s *Store) ClassCertificates(ctx context.Context, classID string) ([]data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return nil, err
	}
	return s.certificatesWhere(ctx, tx, true, `class_id = ?`, classID)
}

// IssueCertificates issues, in one transaction, a certificate to every
// eligible participant of the class who holds none in force, numbered from
// the settings' next sequence number (skipping any number already given),
// and returns them with the certificates already in force, which the caller
// prints again: each new one is logged as issued, each old one as reprinted.
// A revoked certificate does not stop a new one being issued.
func (s *Store) IssueCertificates(ctx context.Context, classID string) (data.IssueReport, error) {
	var rep data.IssueReport
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return rep, err
	}
	defer tx.Rollback()
	c, err := readClassForCertificates(ctx, tx, classID)
	if err != nil {
		return rep, err
	}
	hs, err := s.holders(ctx, tx, c, true)
	if err != nil {
		return rep, err
	}
	inst, err := institutionTx(ctx, tx)
	if err != nil {
		return rep, err
	}
	cs, err := certificateSettingsTx(ctx, tx)
	if err != nil {
		return rep, err
	}
	key, err := certificateSecret(ctx, tx, true)
	if err != nil {
		return rep, err
	}
	today := s.today()
	seq := cs.NextSeq
	for _, h := range hs {
		switch {
		case h.Certificate != nil:
			rep.Reprinted = append(rep.Reprinted, *h.Certificate)
			if err := s.audit(ctx, tx, data.AuditReprint, h.Certificate, ""); err != nil {
				return rep, err
			}
			continue
		case !h.Eligible:
			rep.NotEligible = append(rep.NotEligible, h.Eligibility)
			continue
		}
		content, err := s.certificateContent(ctx, tx, c, h, inst, cs, today)
		if err != nil {
			return rep, err
		}
		cert := data.Certificate{ClassID: c.id, ParticipantID: h.ParticipantID, SeekerID: h.SeekerID,
			IssuedAt: s.now(), Content: content}
		for {
			cert.Seq = seq
			cert.Number = data.FormatCertificateNumber(cs.Pattern, seq, c.programCode, c.kejuruan, today)
			seq++
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM certificates WHERE number = ?`, cert.Number).Scan(&n); err != nil {
				return rep, fmt.Errorf("check certificate number: %w", err)
			}
			if n == 0 {
				break
			}
		}
		id, err := uuid.NewRandom()
		if err != nil {
			return rep, err
		}
		cert.ID, cert.Code = id.String(), data.SignCode(key, id)
		body, err := encodeContent(ctx, tx, content)
		if err != nil {
			return rep, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO certificates (id, number, seq, code, class_id, participant_id,
				seeker_id, name, content, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			cert.ID, cert.Number, cert.Seq, cert.Code, cert.ClassID, cert.ParticipantID, cert.SeekerID,
			content.Name, body, cert.IssuedAt); err != nil {
			return rep, fmt.Errorf("save certificate %s: %w", cert.Number, err)
		}
		if err := s.audit(ctx, tx, data.AuditIssue, &cert, ""); err != nil {
			return rep, err
		}
		rep.Issued = append(rep.Issued, cert)
	}
	if len(rep.Issued) > 0 {
		cs.NextSeq = seq
		body, err := json.Marshal(certificateSettingsJSON{Pattern: cs.Pattern, NextSeq: cs.NextSeq,
			Paper: cs.Paper, OffsetX: cs.OffsetX, OffsetY: cs.OffsetY})
		if err != nil {
			return rep, err
		}
		if err := setSettingTx(ctx, tx, settingCertificate, string(body)); err != nil {
			return rep, err
		}
	}
	return rep, tx.Commit()
}

// PreviewCertificate is the certificate the participant would be given now,
// without issuing it: the number is the next one, the code a sample that
// verifies as nothing. Not-eligible participants can be previewed too.
func (s *Store) PreviewCertificate(ctx context.Context, participantID string) (data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return data.Certificate{}, err
	}
	defer tx.Rollback()
	var classID string
	err = tx.QueryRowContext(ctx, `SELECT class_id FROM participants WHERE id = ?`, participantID).Scan(&classID)
	if errors.Is(err, sql.ErrNoRows) {
		return data.Certificate{}, data.ErrNotFound
	}
	if err != nil {
		return data.Certificate{}, fmt.Errorf("read participant: %w", err)
	}
	c, err := readClassForCertificates(ctx, tx, classID)
	if err != nil {
		return data.Certificate{}, err
	}
	hs, err := s.holders(ctx, tx, c, true)
	if err != nil {
		return data.Certificate{}, err
	}
	inst, err := institutionTx(ctx, tx)
	if err != nil {
		return data.Certificate{}, err
	}
	cs, err := certificateSettingsTx(ctx, tx)
	if err != nil {
		return data.Certificate{}, err
	}
	for _, h := range hs {
		if h.ParticipantID != participantID {
			continue
		}
		if h.Certificate != nil {
			return *h.Certificate, nil
		}
		today := s.today()
		content, err := s.certificateContent(ctx, tx, c, h, inst, cs, today)
		if err != nil {
			return data.Certificate{}, err
		}
		return data.Certificate{ClassID: c.id, ParticipantID: h.ParticipantID, SeekerID: h.SeekerID,
			Seq:     cs.NextSeq,
			Number:  data.FormatCertificateNumber(cs.Pattern, cs.NextSeq, c.programCode, c.kejuruan, today),
			Code:    data.SignCode([]byte("preview"), uuid.Nil),
			Content: content}, nil
	}
	return data.Certificate{}, data.ErrNotFound
}

// ReprintCertificates returns the certificates with the given IDs for
// printing again, as issued, and logs each as reprinted. A revoked one is
// refused (Problem CodeCertRevoked) and then nothing is logged.
func (s *Store) ReprintCertificates(ctx context.Context, ids []string) ([]data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := make([]data.Certificate, 0, len(ids))
	for _, id := range ids {
		c, err := s.certificateTx(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if c.Revoked() {
			return nil, &data.Problem{Code: data.CodeCertRevoked, Detail: c.Number}
		}
		if err := s.audit(ctx, tx, data.AuditReprint, &c, ""); err != nil {
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
	if on.IsZero() {
		on = s.today()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := s.certificateTx(ctx, tx, id)
	if err != nil {
		return err
	}
	if c.Revoked() {
		return &data.Problem{Code: data.CodeCertRevoked, Detail: c.Number}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE certificates SET revoked_at = ?, revoked_on = ?, revoke_reason = ?
		WHERE id = ?`, s.now(), on.Format(data.DateLayout), reason, id); err != nil {
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return v, err
	}
	defer tx.Rollback()
	key, err := certificateSecret(ctx, tx, false)
	if err != nil {
		return v, err
	}
	if id, ok := data.ParseCode(key, code); ok {
		c, err := s.certificateTx(ctx, tx, id.String())
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
