-- Certificates (sertifikat pelatihan). What a certificate prints is copied
-- into it when issued (content, JSON; images in certificate_images by their
-- SHA-256), so a reprint stays identical whatever changes later. Rows are
-- never deleted: a revoked certificate keeps its number, which is never given
-- again (UNIQUE).
CREATE TABLE certificate_images (
    sha256 TEXT PRIMARY KEY NOT NULL,
    data   BLOB NOT NULL
);

CREATE TABLE certificates (
    id             TEXT PRIMARY KEY NOT NULL,   -- random UUID
    number         TEXT NOT NULL UNIQUE,
    seq            INTEGER NOT NULL,
    code           TEXT NOT NULL UNIQUE,        -- verification code (UUID + signature)
    class_id       TEXT NOT NULL REFERENCES classes (id),
    participant_id TEXT NOT NULL REFERENCES participants (id),
    seeker_id      TEXT NOT NULL REFERENCES seekers (id),
    name           TEXT NOT NULL,               -- the holder, for lists and the audit log
    content        TEXT NOT NULL,               -- CertificateContent as JSON, images as hashes
    issued_at      TEXT NOT NULL,
    revoked_at     TEXT NOT NULL DEFAULT '',
    revoked_on     TEXT NOT NULL DEFAULT '',    -- the date the revocation takes effect
    revoke_reason  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX certificates_class ON certificates (class_id);
CREATE INDEX certificates_participant ON certificates (participant_id);
-- At most one certificate in force per participant.
CREATE UNIQUE INDEX certificates_in_force ON certificates (participant_id) WHERE revoked_at = '';

CREATE TABLE certificate_audit (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    action         TEXT NOT NULL CHECK (action IN ('issue', 'reprint', 'revoke', 'verify')),
    os_user        TEXT NOT NULL DEFAULT '',
    certificate_id TEXT NOT NULL DEFAULT '',    -- '' for a code that matches no certificate
    number         TEXT NOT NULL DEFAULT '',
    name           TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX certificate_audit_at ON certificate_audit (at);

-- The key that signs verification codes: made once, here, for this installation.
INSERT INTO settings (key, value) VALUES ('certificate.secret', lower(hex(randomblob(32))))
    ON CONFLICT (key) DO NOTHING;
