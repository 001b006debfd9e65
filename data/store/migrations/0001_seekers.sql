-- Job seekers (pencari kerja) as registered on the AK/1 card.
-- Dates are ISO "2006-01-02"; timestamps are UTC RFC 3339.
CREATE TABLE seekers (
    id           TEXT PRIMARY KEY NOT NULL,
    nik          TEXT NOT NULL,
    ak1_number   TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL,
    birth_place  TEXT NOT NULL DEFAULT '',
    birth_date   TEXT NOT NULL,
    sex          TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    religion     TEXT NOT NULL DEFAULT '',
    marital      TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    kelurahan    TEXT NOT NULL DEFAULT '',
    kecamatan    TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    education    TEXT NOT NULL DEFAULT '',
    major        TEXT NOT NULL DEFAULT '',
    skills       TEXT NOT NULL DEFAULT '',
    disability   TEXT NOT NULL DEFAULT '',
    employment   TEXT NOT NULL DEFAULT '',
    registered_on TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    warnings     TEXT NOT NULL DEFAULT '',
    has_photo    INTEGER NOT NULL DEFAULT 0,
    archived_at  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE UNIQUE INDEX seekers_nik ON seekers (nik);

-- Every list shows either current or archived seekers, so archived_at leads
-- each sort index: counting and skipping rows (deep pages of 100,000) then
-- read index entries only, never the table.
CREATE INDEX seekers_by_name ON seekers (archived_at, name COLLATE NOCASE, id);
CREATE INDEX seekers_by_nik ON seekers (archived_at, nik);
CREATE INDEX seekers_by_birth_date ON seekers (archived_at, birth_date, id);
CREATE INDEX seekers_by_kecamatan ON seekers (archived_at, kecamatan, name COLLATE NOCASE);
CREATE INDEX seekers_by_registered ON seekers (archived_at, registered_on, id);

-- A search typed as digits is a NIK or phone prefix (or an AK/1 number).
CREATE INDEX seekers_phone ON seekers (archived_at, phone);

-- Counts under the register's filters read this index alone.
CREATE INDEX seekers_filters ON seekers (archived_at, sex, education, employment, kecamatan);

-- Photos live apart so that list queries never read image bytes.
CREATE TABLE seeker_photos (
    seeker_id TEXT PRIMARY KEY NOT NULL REFERENCES seekers (id) ON DELETE CASCADE,
    jpeg      BLOB NOT NULL
);

-- Search as you type: word prefixes of name, NIK, phone and AK/1 number.
-- External content keyed on the implicit rowid; Balai never runs VACUUM, which
-- could renumber it (if it ever must: INSERT INTO seekers_fts(seekers_fts) VALUES('rebuild')).
CREATE VIRTUAL TABLE seekers_fts USING fts5 (
    name, nik, phone, ak1_number,
    content = 'seekers', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER seekers_fts_insert AFTER INSERT ON seekers BEGIN
    INSERT INTO seekers_fts (rowid, name, nik, phone, ak1_number)
    VALUES (new.rowid, new.name, new.nik, new.phone, new.ak1_number);
END;

CREATE TRIGGER seekers_fts_delete AFTER DELETE ON seekers BEGIN
    INSERT INTO seekers_fts (seekers_fts, rowid, name, nik, phone, ak1_number)
    VALUES ('delete', old.rowid, old.name, old.nik, old.phone, old.ak1_number);
END;

CREATE TRIGGER seekers_fts_update AFTER UPDATE OF name, nik, phone, ak1_number ON seekers BEGIN
    INSERT INTO seekers_fts (seekers_fts, rowid, name, nik, phone, ak1_number)
    VALUES ('delete', old.rowid, old.name, old.nik, old.phone, old.ak1_number);
    INSERT INTO seekers_fts (rowid, name, nik, phone, ak1_number)
    VALUES (new.rowid, new.name, new.nik, new.phone, new.ak1_number);
END;

-- Key/value settings of this installation (later: letterhead, secrets).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
