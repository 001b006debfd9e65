-- After training: how each class was taught, what became of its
-- participants (placements, with their history) and the tracer-study calls.
-- Dates are ISO "2006-01-02", timestamps UTC RFC 3339.

-- Metode pelatihan (luring, daring, blended) and jenis pelatihan (PBK, …).
ALTER TABLE classes ADD COLUMN method TEXT NOT NULL DEFAULT '';
ALTER TABLE classes ADD COLUMN training_type TEXT NOT NULL DEFAULT '';

-- Every record is kept; the newest (highest seq of the participant) is in
-- force. RESTRICT: a participant with records cannot be unenrolled.
CREATE TABLE placements (
    id             TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants (id),
    seq            INTEGER NOT NULL,            -- 1, 2, … per participant, in recording order
    status         TEXT NOT NULL CHECK (status IN
                   ('employed', 'self_employed', 'not_working', 'studying', 'untraced')),
    employer       TEXT NOT NULL DEFAULT '',    -- company or business; the school for studying
    position       TEXT NOT NULL DEFAULT '',
    field          TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT '' CHECK (kind IN ('', 'AKL', 'AKAD', 'AKAN')),
    start_date     TEXT NOT NULL DEFAULT '',
    salary_band    TEXT NOT NULL DEFAULT '',
    matches        TEXT NOT NULL DEFAULT '' CHECK (matches IN ('', 'yes', 'no')),
    source         TEXT NOT NULL CHECK (source IN ('tracer', 'ak1', 'employer', 'alumni', 'import')),
    round          INTEGER NOT NULL DEFAULT 0 CHECK (round IN (0, 3, 6, 12)),
    note           TEXT NOT NULL DEFAULT '',
    recorded_by    TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL,
    UNIQUE (participant_id, seq)
);

-- One tracer-study call: its round (months after the class's end) and outcome.
CREATE TABLE tracer_calls (
    id             INTEGER PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants (id),
    round          INTEGER NOT NULL CHECK (round IN (3, 6, 12)),
    outcome        TEXT NOT NULL CHECK (outcome IN ('answered', 'no_answer', 'unreachable', 'wrong_number')),
    note           TEXT NOT NULL DEFAULT '',
    called_by      TEXT NOT NULL DEFAULT '',
    called_at      TEXT NOT NULL
);
CREATE INDEX tracer_calls_participant ON tracer_calls (participant_id, round, id);

