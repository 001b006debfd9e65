package demo

import (
	"balai/data/store"

	"context"
	"errors"
	"fmt"
	"time"

	"balai/data"
)

// Demo data for what happens after training: the demo's finished class gets
// placements (a realistic mix, tidak terlacak included), two older classes
// of alumni are added with their tracer-study calls (so that rounds are due
// and the recaps span two years). Everything goes through the store's
// exported methods; records are dated as if made at the time, by moving Now
// back while they are written. (IPK III/1's row 4 needs nothing more: the
// demo's seekers registered two years ago see their AK/1 expire.)

// demoPlacement is what an alumnus told, in the order of a class's
// participants by name; "" leaves the participant without a record.
type demoPlacement struct {
	status, employer, position, field, city, kind, salary, match string
	afterEnd                                                     int // months from the class's end to the start
}

// demoLASOutcomes are the welders' outcomes.
var demoLASOutcomes = []demoPlacement{
	{data.PlacementEmployed, "PT Hyundai Engineering (proyek RDMP Balikpapan)", "Welder 3G", "Konstruksi migas", "Balikpapan", "AKL", "Rp 6–10 juta", "yes", 0},
	{data.PlacementEmployed, "PT Pama Persada Nusantara", "Welder", "Pertambangan", "Kutai Kartanegara", "AKAD", "Rp 6–10 juta", "yes", 1},
	{data.PlacementSelfEmployed, "Bengkel Las Teralis Mandiri", "Pemilik", "Jasa pengelasan", "Balikpapan", "AKL", "Rp 2–4 juta", "yes", 1},
	{data.PlacementNotWorking, "", "", "", "", "", "", "", 0},
	{data.PlacementEmployed, "CV Sinar Baja Kaltim", "Helper welder", "Fabrikasi logam", "Balikpapan", "AKL", "Rp 2–4 juta", "yes", 0},
	{},
	{data.PlacementEmployed, "PT Samudera Indonesia", "Staf gudang", "Logistik", "Balikpapan", "AKL", "Rp 4–6 juta", "no", 1},
	{data.PlacementStudying, "Politeknik Negeri Balikpapan", "", "", "Balikpapan", "", "", "", 0},
	{},
	{data.PlacementEmployed, "PT Wijaya Karya", "Welder", "Konstruksi", "Penajam Paser Utara", "AKAD", "Rp 4–6 juta", "yes", 1},
	{data.PlacementSelfEmployed, "Las Keliling Pak Udin", "Pemilik", "Jasa pengelasan", "Balikpapan", "AKL", "< Rp 2 juta", "yes", 0},
}

// demoTIKOutcomes are the computer operators' outcomes.
var demoTIKOutcomes = []demoPlacement{
	{data.PlacementEmployed, "Bank Kaltimtara Cabang Balikpapan", "Staf administrasi", "Perbankan", "Balikpapan", "AKL", "Rp 4–6 juta", "yes", 2},
	{data.PlacementEmployed, "CV Mitra Komputer", "Teknisi komputer", "Perdagangan", "Balikpapan", "AKL", "Rp 2–4 juta", "yes", 1},
	{data.PlacementSelfEmployed, "Jasa Ketik dan Fotokopi Berkah", "Pemilik", "Jasa", "Balikpapan", "AKL", "< Rp 2 juta", "yes", 3},
	{data.PlacementNotWorking, "", "", "", "", "", "", "", 0},
	{data.PlacementEmployed, "PT Telkom Akses", "Admin data", "Telekomunikasi", "Samarinda", "AKAD", "Rp 4–6 juta", "yes", 5},
	{data.PlacementEmployed, "Hotel Gran Senyiur", "Resepsionis", "Perhotelan", "Balikpapan", "AKL", "Rp 2–4 juta", "no", 4},
	{data.PlacementStudying, "Universitas Balikpapan", "", "", "Balikpapan", "", "", "", 0},
	{data.PlacementEmployed, "Kantor Notaris Hj. Rahmawati, S.H.", "Staf administrasi", "Jasa hukum", "Balikpapan", "AKL", "Rp 2–4 juta", "yes", 2},
	{data.PlacementNotWorking, "", "", "", "", "", "", "", 0},
	{data.PlacementEmployed, "PT Indomarco Prismatama", "Kasir", "Ritel", "Balikpapan", "AKL", "Rp 2–4 juta", "no", 1},
	{data.PlacementSelfEmployed, "Toko Online Kerajinan Manik", "Pemilik", "Perdagangan daring", "Balikpapan", "AKL", "< Rp 2 juta", "no", 6},
	{data.PlacementEmployed, "PT Pertamina Patra Niaga (alih daya)", "Operator data", "Migas", "Balikpapan", "AKL", "Rp 4–6 juta", "yes", 8},
}

// demoBKROutcomes are the bakers' outcomes.
var demoBKROutcomes = []demoPlacement{
	{data.PlacementSelfEmployed, "Roti dan Kue Bunda", "Pemilik", "Makanan", "Balikpapan", "AKL", "Rp 2–4 juta", "yes", 2},
	{data.PlacementEmployed, "Hotel Novotel Balikpapan", "Asisten baker", "Perhotelan", "Balikpapan", "AKL", "Rp 4–6 juta", "yes", 1},
	{data.PlacementEmployed, "Toko Roti Aroma", "Baker", "Makanan", "Balikpapan", "AKL", "Rp 2–4 juta", "yes", 4},
	{data.PlacementSelfEmployed, "Kue Kering Lebaran Nisa", "Pemilik", "Makanan", "Balikpapan", "AKL", "< Rp 2 juta", "yes", 7},
	{data.PlacementEmployed, "Restoran Kenari Johor Bahru", "Pastry cook", "Makanan", "Johor Bahru, Malaysia", "AKAN", "Rp 6–10 juta", "yes", 10},
	{data.PlacementNotWorking, "", "", "", "", "", "", "", 0},
	{data.PlacementEmployed, "PT Sumber Alfaria Trijaya", "Pramuniaga", "Ritel", "Balikpapan", "AKL", "Rp 2–4 juta", "no", 14},
	{data.PlacementSelfEmployed, "Katering Sehati", "Pemilik", "Makanan", "Balikpapan", "AKL", "Rp 2–4 juta", "yes", 5},
	{data.PlacementStudying, "Akademi Pariwisata Balikpapan", "", "", "Balikpapan", "", "", "", 0},
	{data.PlacementEmployed, "Hotel Platinum Balikpapan", "Commis pastry", "Perhotelan", "Balikpapan", "AKL", "Rp 4–6 juta", "yes", 3},
}

// AddOutcomes gives the demo's finished class (code finishedCode) its
// placements and adds the alumni classes; it returns the codes of the
// classes it added. It does nothing when the alumni classes exist already,
// and needs the demo's programs (AddClasses) and at least 32 seekers.
func AddOutcomes(ctx context.Context, s *store.Store, finishedCode string) ([]string, error) {
	today := data.DateOf(s.Now())
	realNow := s.Now
	defer func() { s.Now = realNow }()

	var added []string
	plans := []struct {
		program string
		ended   time.Time
		people  int // from this place among the seekers registered first
		batch   string
		outcome []demoPlacement
	}{
		{"BKR", data.AddMonths(today, -14), 0, "Angkatan III", demoBKROutcomes},
		{"TIK", data.AddMonths(today, -7), 16, "Angkatan I", demoTIKOutcomes},
	}
	for _, p := range plans {
		code, err := addAlumniClass(ctx, s, p.program, p.ended, p.people, p.batch)
		if errors.Is(err, errDemoExists) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("demo alumni class %s: %w", p.program, err)
		}
		if err := tracer(ctx, s, code, p.outcome, realNow); err != nil {
			return nil, fmt.Errorf("demo tracer %s: %w", code, err)
		}
		added = append(added, code)
	}
	if err := finishedPlacements(ctx, s, finishedCode, realNow); err != nil {
		return nil, err
	}
	s.Now = realNow
	return added, trainingKinds(ctx, s)
}

// trainingKinds gives the demo's classes without one a training method
// and type, as the ministry's list reports them: competency-based, in the
// centre, the computer classes blended.
func trainingKinds(ctx context.Context, s *store.Store) error {
	classes, err := s.Classes(ctx, data.ClassFilter{IncludeArchived: true})
	if err != nil {
		return err
	}
	for _, cs := range classes {
		c := cs.Class
		if c.Method != "" || c.Type != "" {
			continue
		}
		c.Method, c.Type = data.MethodOffline, "PBK"
		if cs.ProgramCode == "TIK" {
			c.Method = data.MethodBlended
		}
		if err := s.UpdateClass(ctx, &c); err != nil {
			return fmt.Errorf("demo class %s: %w", c.Code, err)
		}
	}
	return nil
}

// setClock sets the store's clock to noon of day (never after now).
func setClock(s *store.Store, day time.Time, now func() time.Time) {
	t := time.Date(day.Year(), day.Month(), day.Day(), 10, 0, 0, 0, now().Location())
	if t.After(now()) {
		t = now()
	}
	s.Now = func() time.Time { return t }
}

// finishedPlacements records what the finished class's graduates told
// the centre since it ended, and two who could not be reached in three
// calls (called early, before the 3-month round).
func finishedPlacements(ctx context.Context, s *store.Store, code string, now func() time.Time) error {
	c, err := s.ClassByCode(ctx, code)
	if errors.Is(err, data.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	parts, err := s.Participants(ctx, c.ID)
	if err != nil {
		return err
	}
	sources := []string{data.SourceEmployer, data.SourceAlumni, data.SourceAK1}
	for i, p := range parts {
		if i >= len(demoLASOutcomes) {
			if i > len(demoLASOutcomes)+1 {
				continue // not heard of yet
			}
			for k := range data.TracerMaxFailedCalls {
				setClock(s, c.End.AddDate(0, 0, 20+2*k), now)
				if _, err := s.RecordCall(ctx, data.TracerCall{ParticipantID: p.ID, Round: 3, Outcome: data.CallNoAnswer}, nil); err != nil {
					return err
				}
			}
			continue
		}
		o := demoLASOutcomes[i]
		if o.status == "" {
			continue
		}
		pl := o.placement(p.ID, c.End, sources[i%len(sources)])
		day := c.End.AddDate(0, 0, 14+3*i)
		if !pl.Start.IsZero() && !pl.Start.Before(day) {
			day = pl.Start.AddDate(0, 0, 3) // told once started
		}
		if today := data.DateOf(now()); day.After(today) {
			day = today
			if pl.Start.After(today.AddDate(0, 0, -7)) {
				pl.Start = today.AddDate(0, 0, -7)
			}
		}
		setClock(s, day, now)
		if err := s.SavePlacement(ctx, &pl); err != nil {
			return fmt.Errorf("demo placement %s: %w", p.Name, err)
		}
	}
	return nil
}

// placement is o as a placement of participant from a class that ended on end.
func (o demoPlacement) placement(participant string, end time.Time, source string) data.Placement {
	p := data.Placement{ParticipantID: participant, Status: o.status, Employer: o.employer, Position: o.position,
		Field: o.field, City: o.city, Kind: o.kind, Salary: o.salary, Match: o.match, Source: source}
	if data.IsPlaced(o.status) {
		p.Start = end.AddDate(0, o.afterEnd, 7+len(o.employer)%20)
	}
	return p
}
