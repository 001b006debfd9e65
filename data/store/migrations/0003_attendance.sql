-- Attendance (daftar hadir): one mark per participant and session.
-- H hadir (present), I izin (excused), S sakit (sick), A alpa (absent).
-- RESTRICT on both references: a participant with marks cannot be unenrolled
-- (withdraw instead) and a session with marks cannot be deleted.
CREATE TABLE attendance (
    session_id     TEXT NOT NULL REFERENCES sessions (id),
    participant_id TEXT NOT NULL REFERENCES participants (id),
    code           TEXT NOT NULL CHECK (code IN ('H', 'I', 'S', 'A')),
    note           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX attendance_participant ON attendance (participant_id);
