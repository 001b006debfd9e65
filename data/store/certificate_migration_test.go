package store

import (
	"balai/data"
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"
)

// Migration 0006 keeps the audit log and takes the certificates issued
// before it as printed.
func TestMigrationCertificatePrinted(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "balai.db")
	all := embeddedMigrations(t)
	i := slices.Index(all, "0006_certificate_replaces")
	if i < 0 {
		t.Fatal("no migration 0006")
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for _, name := range all[:i] {
		body, err := migrations.ReadFile("migrations/" + name + ".sql")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := db.Exec(`INSERT INTO schema_migrations VALUES (?, '2026-01-01T00:00:00Z')`, name); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{
		`INSERT INTO certificates (id, number, seq, code, class_id, participant_id, seeker_id, name, content, issued_at)
			VALUES ('c1', '001/LAS', 1, 'CODE', 'k', 'p', 's', 'Andi', '{}', '2026-11-20T03:00:00Z')`,
		`INSERT INTO certificate_audit (at, action, os_user, certificate_id, number, name, detail)
			VALUES ('2026-11-20T03:00:00Z', 'issue', 'clerk', 'c1', '001/LAS', 'Andi', '')`,
		`INSERT INTO certificate_audit (at, action, os_user, certificate_id, number, name, detail)
			VALUES ('2026-11-21T03:00:00Z', 'verify', 'clerk', 'c1', '001/LAS', 'Andi', 'VALID CODE')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	var printed, replaces string
	if err := s.DB().QueryRow(`SELECT printed_at, replaces FROM certificates WHERE id = 'c1'`).Scan(&printed, &replaces); err != nil {
		t.Fatal(err)
	}
	if printed != "2026-11-20T03:00:00Z" || replaces != "" {
		t.Errorf("printed_at %q, replaces %q", printed, replaces)
	}
	audit, err := s.CertificateAudit(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(audit) != 2 || audit[0].Action != data.AuditVerify || audit[1].Action != data.AuditIssue || audit[1].User != "clerk" {
		t.Errorf("audit after migrating: %+v", audit)
	}
	if _, err := s.DB().Exec(`INSERT INTO certificate_audit (at, action) VALUES ('2026-11-22T03:00:00Z', 'print')`); err != nil {
		t.Errorf("the audit log refuses 'print': %v", err)
	}
}
