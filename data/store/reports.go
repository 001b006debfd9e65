package store

import (
	"context"
	"fmt"
	"time"

	"balai/data"
)

// What the recaps read: the store gathers the facts, data computes.

// OutcomeFacts are the classes of a recap and their participants' outcomes,
// read at one moment (Today).
type OutcomeFacts struct {
	Classes []data.RealisasiClass
	People  []data.ParticipantOutcome
	Today   time.Time
}

// Realisasi is the recap of the facts (data.BuildRealisasi).
func (f OutcomeFacts) Realisasi() data.Realisasi {
	return data.BuildRealisasi(f.Classes, f.People, f.Today)
}

// Outcomes is the dashboard of the facts (data.BuildOutcomes).
func (f OutcomeFacts) Outcomes() data.Outcomes { return data.BuildOutcomes(f.People, f.Today) }

// ReadOutcomeFacts reads the classes of year (0: every year) that are not
// cancelled and everyone enrolled in them, withdrawn included, with their
// sex, education, status, certificate and the placement in force.
func (s *Store) ReadOutcomeFacts(ctx context.Context, year int) (OutcomeFacts, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return OutcomeFacts{}, err
	}
	defer tx.Rollback()
	f := OutcomeFacts{Today: tx.today}
	f.Classes, err = queryList(ctx, tx, func(r rowScanner) (data.RealisasiClass, error) {
		var c data.RealisasiClass
		err := r.Scan(&c.ClassID, &c.Code, &c.Batch, &c.ProgramName, &c.Kejuruan, (*dateText)(&c.Start),
			(*dateText)(&c.End), &c.Quota, &c.Funding, &c.Method, &c.Type)
		return c, err
	}, `SELECT c.id, c.code, c.batch, p.name, p.kejuruan, c.start_date, c.end_date, c.quota, c.funding,
		c.method, c.training_type FROM classes c JOIN programs p ON p.id = c.program_id
		WHERE c.cancelled_at = '' AND (?1 = 0 OR c.year = ?1) ORDER BY c.start_date, c.code`, year)
	if err != nil {
		return f, fmt.Errorf("read classes: %w", err)
	}
	f.People, err = queryList(ctx, tx, func(r rowScanner) (data.ParticipantOutcome, error) {
		var o data.ParticipantOutcome
		var placement, placedOn nullText
		err := r.Scan(&o.ClassID, &o.ProgramName, &o.ClassYear, (*dateText)(&o.ClassEnd), &o.Sex, &o.Education,
			&o.Status, &o.Certificate, &placement, &placedOn)
		o.Placement = string(placement)
		if err == nil {
			err = (*dateText)(&o.PlacedOn).Scan(string(placedOn))
		}
		return o, err
	}, `SELECT c.id, pr.name, c.year, c.end_date, s.sex, s.education, p.status,
		EXISTS (SELECT 1 FROM certificates ce WHERE ce.participant_id = p.id AND ce.revoked_at = ''),
		pl.status, pl.start_date
		FROM participants p JOIN seekers s ON s.id = p.seeker_id JOIN classes c ON c.id = p.class_id
		JOIN programs pr ON pr.id = c.program_id LEFT JOIN placements pl ON `+newestPlacement+`
		WHERE c.cancelled_at = '' AND (?1 = 0 OR c.year = ?1)`, year)
	if err != nil {
		return f, fmt.Errorf("read participants: %w", err)
	}
	return f, nil
}

// AlumniRows reads the participants the filter selects (classes not
// cancelled), by class start, class code and name, each with the seeker,
// the class and its program, the attendance, the certificate and the
// placement in force.
func (s *Store) AlumniRows(ctx context.Context, f data.AlumniFilter) ([]data.AlumniRow, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var np nullPlacement
	scan := func(r rowScanner) (data.AlumniRow, error) {
		var a data.AlumniRow
		err := r.Scan(append([]any{&a.ParticipantID, &a.NIK, &a.Name, &a.Sex, &a.BirthPlace, (*dateText)(&a.BirthDate),
			&a.Education, &a.Disability, &a.Phone, &a.ClassCode, &a.Batch, &a.ProgramName, &a.Kejuruan,
			&a.Method, &a.Type, &a.Funding, &a.JP, (*dateText)(&a.Start), (*dateText)(&a.End), &a.Status,
			&a.AttendedJP, &a.PlannedJP, &a.Certificate}, np.dest()...)...)
		if err == nil {
			a.Placement, err = np.placement()
		}
		return a, err
	}
	out, err := queryList(ctx, tx, scan, `WITH planned AS (SELECT class_id, sum(jp) AS jp FROM sessions GROUP BY class_id),
		attended AS (SELECT a.participant_id, sum(se.jp) AS jp FROM attendance a JOIN sessions se ON se.id = a.session_id
			WHERE a.code = 'H' GROUP BY a.participant_id)
		SELECT p.id, s.nik, s.name, s.sex, s.birth_place, s.birth_date, s.education, s.disability, s.phone,
		c.code, c.batch, pr.name, pr.kejuruan, c.method, c.training_type, c.funding, pr.jp, c.start_date, c.end_date,
		p.status, coalesce(at.jp, 0), coalesce(pd.jp, 0),
		coalesce((SELECT number FROM certificates ce WHERE ce.participant_id = p.id AND ce.revoked_at = ''), ''),
		`+placementColumns+`
		FROM participants p JOIN seekers s ON s.id = p.seeker_id JOIN classes c ON c.id = p.class_id
		JOIN programs pr ON pr.id = c.program_id LEFT JOIN placements pl ON `+newestPlacement+`
		LEFT JOIN planned pd ON pd.class_id = c.id LEFT JOIN attended at ON at.participant_id = p.id
		WHERE c.cancelled_at = '' AND (?1 = 0 OR c.year = ?1) AND (?2 = '' OR c.id = ?2)
		AND (?3 OR p.status <> 'withdrawn')
		ORDER BY c.start_date, c.code, s.name COLLATE NOCASE, s.nik`, f.Year, f.ClassID, f.IncludeWithdrawn)
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	return out, nil
}

// IPK31 computes the IPK III/1 recap of the month holding day from the
// register (data/ipk31.go): every seeker's birth date, sex, registration
// and archiving, and the days of their placements bekerja or wirausaha (the
// start, or the day recorded when the start is not known).
func (s *Store) IPK31(ctx context.Context, day time.Time) (data.IPK31, error) {
	r := data.NewIPK31(day)
	tx, err := s.beginRead(ctx)
	if err != nil {
		return r, err
	}
	defer tx.Rollback()
	loc := s.Now().Location()
	placed := map[string][]time.Time{}
	rows, err := tx.QueryContext(ctx, `SELECT p.seeker_id, pl.start_date, pl.recorded_at
		FROM placements pl JOIN participants p ON p.id = pl.participant_id
		WHERE pl.status IN ('employed', 'self_employed')`)
	if err != nil {
		return r, fmt.Errorf("read placements: %w", err)
	}
	for rows.Next() {
		var seeker string
		var start time.Time
		var at time.Time
		if err := rows.Scan(&seeker, (*dateText)(&start), (*timeText)(&at)); err != nil {
			rows.Close()
			return r, fmt.Errorf("read placements: %w", err)
		}
		if start.IsZero() {
			start = data.DateOf(at.In(loc))
		}
		placed[seeker] = append(placed[seeker], start)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return r, err
	}
	if err := countIPKSeekers(ctx, tx, &r, placed, loc); err != nil {
		return r, err
	}
	r.Finish()
	return r, nil
}

// countIPKSeekers adds every seeker of the register to r.
func countIPKSeekers(ctx context.Context, tx *Tx, r *data.IPK31, placed map[string][]time.Time, loc *time.Location) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, birth_date, sex, registered_on, archived_at FROM seekers`)
	if err != nil {
		return fmt.Errorf("read seekers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var f data.JobSeekerFact
		var archived time.Time
		if err := rows.Scan(&id, (*dateText)(&f.BirthDate), &f.Sex, (*dateText)(&f.Registered), (*timeText)(&archived)); err != nil {
			return fmt.Errorf("read seekers: %w", err)
		}
		if !archived.IsZero() {
			f.Archived = data.DateOf(archived.In(loc))
		}
		f.Placed = placed[id]
		r.Add(f)
	}
	return rows.Err()
}
