package store

import (
	"context"
	"fmt"
	"os"
	"os/user"

	"balai/data"
)

// The certificate audit log: who issued, reprinted, revoked or verified
// which certificate, and when.

// currentUser is the operating system's user name, for the audit log.
func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "?"
}

// audit logs action on certificate c (nil for a code that matches none) in tx.
func (s *Store) audit(ctx context.Context, tx *Tx, action string, c *data.Certificate, detail string) error {
	var id, number, name string
	if c != nil {
		id, number, name = c.ID, c.Number, c.Content.Name
	}
	user := s.User
	if user == "" {
		user = currentUser()
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO certificate_audit (at, action, os_user, certificate_id, number, name, detail)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, timeText(tx.now), action, user, id, number, name, detail)
	if err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	return nil
}

// CertificateAudit returns the newest limit entries of the audit log, newest first.
func (s *Store) CertificateAudit(ctx context.Context, limit int) ([]data.AuditEntry, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	scan := func(r rowScanner) (data.AuditEntry, error) {
		var e data.AuditEntry
		err := r.Scan(&e.ID, (*timeText)(&e.At), &e.Action, &e.User, &e.CertificateID, &e.Number, &e.Name, &e.Detail)
		return e, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT id, at, action, os_user, certificate_id, number, name, detail
		FROM certificate_audit ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	return out, nil
}
