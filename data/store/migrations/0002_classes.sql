-- Programs (training packages), their competency units, instructors, rooms,
-- classes (angkatan), their sessions, holidays and participants.
-- Dates are ISO "2006-01-02", times "15:04", timestamps UTC RFC 3339.

-- Vocational fields (kejuruan): an editable list, in display order.
CREATE TABLE kejuruan (
    name     TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL
);
INSERT INTO kejuruan (name, position) VALUES
    ('Las', 1), ('Otomotif', 2), ('Listrik', 3), ('TIK', 4), ('Menjahit', 5), ('Tata Boga', 6),
    ('Refrigerasi', 7), ('Alat Berat', 8), ('Administrasi Perkantoran', 9), ('Pariwisata', 10),
    ('Pertanian', 11), ('Konstruksi', 12);

CREATE TABLE programs (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL UNIQUE,           -- short code used in class codes: LAS
    name        TEXT NOT NULL,                  -- Las SMAW 3G
    kejuruan    TEXT NOT NULL,
    jp          INTEGER NOT NULL CHECK (jp > 0), -- total hours, 1 JP = 45 minutes
    description TEXT NOT NULL DEFAULT '',
    archived_at TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Competency units of a program, in teaching order; their JP add up to the program's.
CREATE TABLE program_units (
    id         TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    code       TEXT NOT NULL DEFAULT '',        -- free text, e.g. an SKKNI code
    title      TEXT NOT NULL,
    jp         INTEGER NOT NULL CHECK (jp > 0),
    UNIQUE (program_id, position)
);

CREATE TABLE instructors (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    nip         TEXT NOT NULL DEFAULT '',       -- NIP (18 digits) or another ID number
    phone       TEXT NOT NULL DEFAULT '',
    kejuruan    TEXT NOT NULL DEFAULT '',
    archived_at TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE rooms (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    capacity    INTEGER NOT NULL DEFAULT 16 CHECK (capacity > 0),
    archived_at TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE classes (
    id            TEXT PRIMARY KEY NOT NULL,
    program_id    TEXT NOT NULL REFERENCES programs (id),
    code          TEXT NOT NULL UNIQUE,         -- LAS-2026-01
    batch         TEXT NOT NULL DEFAULT '',     -- angkatan name: "Angkatan I"
    year          INTEGER NOT NULL,
    funding       TEXT NOT NULL DEFAULT '',     -- APBD Kota, APBD Provinsi, APBN, other
    start_date    TEXT NOT NULL,
    end_date      TEXT NOT NULL,
    room_id       TEXT REFERENCES rooms (id),
    instructor_id TEXT REFERENCES instructors (id),
    quota         INTEGER NOT NULL DEFAULT 16 CHECK (quota > 0),
    cancelled_at  TEXT NOT NULL DEFAULT '',
    archived_at   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX classes_program ON classes (program_id);
CREATE INDEX classes_dates ON classes (start_date, end_date);

-- One teaching block of a class on one day: a day that finishes one unit
-- and starts the next holds two sessions.
CREATE TABLE sessions (
    id            TEXT PRIMARY KEY NOT NULL,
    class_id      TEXT NOT NULL REFERENCES classes (id),
    date          TEXT NOT NULL,
    start_time    TEXT NOT NULL,
    end_time      TEXT NOT NULL,
    jp            INTEGER NOT NULL CHECK (jp > 0),
    unit_id       TEXT REFERENCES program_units (id),
    instructor_id TEXT REFERENCES instructors (id),
    room_id       TEXT REFERENCES rooms (id),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (end_time > start_time)
);
CREATE INDEX sessions_class ON sessions (class_id, date, start_time);
CREATE INDEX sessions_date ON sessions (date, start_time);
CREATE INDEX sessions_instructor ON sessions (instructor_id, date);
CREATE INDEX sessions_room ON sessions (room_id, date);

-- Holidays and collective leave (cuti bersama) entered by the user; the
-- fixed-date national holidays are built into the program.
CREATE TABLE holidays (
    date TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);

-- A seeker in a class. RESTRICT: a seeker in a class cannot be deleted.
CREATE TABLE participants (
    id              TEXT PRIMARY KEY NOT NULL,
    class_id        TEXT NOT NULL REFERENCES classes (id),
    seeker_id       TEXT NOT NULL REFERENCES seekers (id),
    status          TEXT NOT NULL CHECK (status IN
                    ('registered', 'selected', 'active', 'withdrawn', 'graduated', 'not_competent')),
    enrolled_on     TEXT NOT NULL,
    withdrawn_on    TEXT NOT NULL DEFAULT '',
    withdraw_reason TEXT NOT NULL DEFAULT '',
    score           REAL,                      -- optional final score
    over_quota      INTEGER NOT NULL DEFAULT 0, -- enrolled past the quota by explicit override
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (class_id, seeker_id)
);
CREATE INDEX participants_seeker ON participants (seeker_id);

-- Final result per competency unit: K (kompeten) or BK (belum kompeten).
CREATE TABLE unit_results (
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    unit_id        TEXT NOT NULL REFERENCES program_units (id),
    result         TEXT NOT NULL CHECK (result IN ('K', 'BK')),
    PRIMARY KEY (participant_id, unit_id)
);
