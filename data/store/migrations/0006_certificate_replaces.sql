-- Certificates: the number a reissued certificate replaces, and when each was
-- first printed, so that one issued but never printed (a run stopped midway)
-- is logged as printed, not reprinted, when it is printed at last. Those
-- issued before this migration are taken as printed when issued.
ALTER TABLE certificates ADD COLUMN replaces TEXT NOT NULL DEFAULT '';
ALTER TABLE certificates ADD COLUMN printed_at TEXT NOT NULL DEFAULT '';
UPDATE certificates SET printed_at = issued_at;

-- The audit log gains the action 'print': a CHECK constraint cannot be
-- changed in place, so the table is made anew and its rows copied in order.
CREATE TABLE certificate_audit_new (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    action         TEXT NOT NULL CHECK (action IN ('issue', 'reprint', 'print', 'revoke', 'verify')),
    os_user        TEXT NOT NULL DEFAULT '',
    certificate_id TEXT NOT NULL DEFAULT '',    -- '' for a code that matches no certificate
    number         TEXT NOT NULL DEFAULT '',
    name           TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT ''
);
INSERT INTO certificate_audit_new (id, at, action, os_user, certificate_id, number, name, detail)
    SELECT id, at, action, os_user, certificate_id, number, name, detail FROM certificate_audit ORDER BY id;
DROP TABLE certificate_audit;
ALTER TABLE certificate_audit_new RENAME TO certificate_audit;
CREATE INDEX certificate_audit_at ON certificate_audit (at);
