package store

import (
	"context"
	"fmt"
	"time"

	"balai/data"
)

// ReissueCertificate revokes a certificate in force from day on (zero:
// today) for a reason, which is required, and issues its holder a new one in
// the same transaction: the next number, a new code, what the records say
// now, and Replaces naming the revoked number. The holder must still be
// eligible (else the eligibility's problems are returned and nothing
// changes). The revocation is logged with its reason, the new certificate as
// issued with the number it replaces as its detail.
func (s *Store) ReissueCertificate(ctx context.Context, id string, on time.Time, reason string) (data.Certificate, error) {
	reason = data.CleanText(reason)
	if reason == "" {
		return data.Certificate{}, &data.Problem{Field: "reason", Code: data.CodeCertRevokeReason}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return data.Certificate{}, err
	}
	defer tx.Rollback()
	if on.IsZero() {
		on = tx.today
	}
	old, err := certificateByID(ctx, tx, id)
	if err != nil {
		return data.Certificate{}, err
	}
	if old.Revoked() {
		return data.Certificate{}, &data.Problem{Code: data.CodeCertRevoked, Detail: old.Number}
	}
	run, err := readCertificateRun(ctx, tx, old.ClassID)
	if err != nil {
		return data.Certificate{}, err
	}
	var holder *certificateHolder
	for i := range run.holders {
		if run.holders[i].ParticipantID == old.ParticipantID {
			holder = &run.holders[i]
		}
	}
	if holder == nil {
		return data.Certificate{}, data.ErrNotFound
	}
	if !holder.Eligible {
		return data.Certificate{}, problemsError(holder.Reasons)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE certificates SET revoked_at = ?, revoked_on = ?, revoke_reason = ?
		WHERE id = ?`, timeText(tx.now), on.Format(data.DateLayout), reason, id); err != nil {
		return data.Certificate{}, fmt.Errorf("revoke certificate: %w", err)
	}
	if err := s.audit(ctx, tx, data.AuditRevoke, &old, reason); err != nil {
		return data.Certificate{}, err
	}
	key, err := certificateSecret(ctx, tx, true)
	if err != nil {
		return data.Certificate{}, err
	}
	seq := run.settings.NextSeq
	cert, err := issueCertificate(ctx, tx, run, *holder, key, &seq, old.Number)
	if err != nil {
		return data.Certificate{}, err
	}
	if err := s.audit(ctx, tx, data.AuditIssue, &cert, old.Number); err != nil {
		return data.Certificate{}, err
	}
	run.settings.NextSeq = seq
	if err := writeCertificateSettings(ctx, tx, run.settings); err != nil {
		return data.Certificate{}, err
	}
	return cert, tx.Commit()
}

// MarkCertificatesPrinted records that the certificates with the given IDs
// were written to a file, unless that was recorded before: from then on
// printing them again is a reprint.
func (s *Store) MarkCertificatesPrinted(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE certificates SET printed_at = ? WHERE id = ? AND printed_at = ''`,
			timeText(tx.now), id); err != nil {
			return fmt.Errorf("mark certificate printed: %w", err)
		}
	}
	return tx.Commit()
}
