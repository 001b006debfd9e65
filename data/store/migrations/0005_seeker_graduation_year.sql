-- The year a job seeker left school or college (tahun lulus), an AK/1 field
-- offices' lists carry; 0 when not known.
ALTER TABLE seekers ADD COLUMN graduation_year INTEGER NOT NULL DEFAULT 0;
