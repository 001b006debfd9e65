package store

import (
	"balai/data"

	"context"
	"errors"
	"fmt"
	"time"
)

// demoPrograms are training packages as a BLK in Balikpapan runs them; the
// units' JP add up to each program's.
var demoPrograms = []data.Program{
	{Code: "LAS", Name: "Las SMAW 3G", Kejuruan: "Las", JP: 240, Units: []data.Unit{
		{Code: "C.24.001.01", Title: "Menerapkan K3 di tempat kerja", JP: 16},
		{Code: "C.24.002.01", Title: "Membaca gambar teknik las", JP: 24},
		{Code: "C.24.003.01", Title: "Menyiapkan peralatan dan bahan las", JP: 24},
		{Code: "C.24.010.01", Title: "Mengelas pelat posisi bawah tangan (1G) dengan proses las busur manual", JP: 56},
		{Code: "C.24.011.01", Title: "Mengelas pelat posisi horizontal (2G) dengan proses las busur manual", JP: 56},
		{Code: "C.24.012.01", Title: "Mengelas pelat posisi vertikal (3G) dengan proses las busur manual", JP: 64},
	}},
	{Code: "TIK", Name: "Operator Komputer Muda", Kejuruan: "TIK", JP: 160, Units: []data.Unit{
		{Code: "J.63OPR00.001.2", Title: "Mengoperasikan sistem operasi", JP: 24},
		{Code: "J.63OPR00.002.2", Title: "Mengoperasikan aplikasi pengolah kata", JP: 48},
		{Code: "J.63OPR00.003.2", Title: "Mengoperasikan aplikasi lembar kerja", JP: 56},
		{Code: "J.63OPR00.004.2", Title: "Mengoperasikan aplikasi presentasi", JP: 32},
	}},
	{Code: "BKR", Name: "Pembuatan Roti dan Kue (Bakery)", Kejuruan: "Tata Boga", JP: 200, Units: []data.Unit{
		{Code: "I.55BAK00.001.1", Title: "Menerapkan higiene dan sanitasi makanan", JP: 16},
		{Code: "I.55BAK00.002.1", Title: "Menyiapkan bahan dan peralatan bakery", JP: 24},
		{Code: "I.55BAK00.010.1", Title: "Membuat roti manis dan roti tawar", JP: 80},
		{Code: "I.55BAK00.011.1", Title: "Membuat kue kering dan cake", JP: 80},
	}},
}

var demoInstructors = []data.Instructor{
	{Name: "Ir. Bambang Sutrisno", NIP: "196710181993031004", Phone: "081253441120", Kejuruan: "Las"},
	{Name: "Rina Marlina, S.Kom.", NIP: "198503122010012015", Phone: "082150987766", Kejuruan: "TIK"},
	{Name: "Hj. Siti Aminah", NIP: "197908252005022003", Phone: "081347112233", Kejuruan: "Tata Boga"},
	{Name: "Agus Setiawan", NIP: "", Phone: "085247665544", Kejuruan: "Las"},
}

var demoRooms = []data.Room{
	{Name: "Bengkel Las 1", Capacity: 16},
	{Name: "Laboratorium Komputer", Capacity: 20},
	{Name: "Dapur Tata Boga", Capacity: 16},
}

// AddDemoClasses adds programs with units, instructors, rooms and three classes
// with generated schedules and enrolled seekers from the register: a
// welding class that has finished (with results), a computer class that is
// running and a bakery class that is planned. It does nothing when the demo
// programs are there already, and needs at least 48 current seekers.
// It returns the codes of the classes it made.
func (s *Store) AddDemoClasses(ctx context.Context) ([]string, error) {
	if _, err := s.ProgramByCode(ctx, demoPrograms[0].Code); err == nil {
		return nil, nil
	} else if !errors.Is(err, data.ErrNotFound) {
		return nil, err
	}
	seekers, err := s.FindSeekers(ctx, SeekerFilter{Sort: data.SortRegistered, Desc: true}, 0, 48)
	if err != nil {
		return nil, err
	}
	if len(seekers) < 48 {
		return nil, fmt.Errorf("demo classes need 48 job seekers in the register, found %d", len(seekers))
	}
	programs := make([]data.Program, len(demoPrograms))
	for i := range demoPrograms {
		programs[i] = demoPrograms[i]
		programs[i].Units = append([]data.Unit(nil), demoPrograms[i].Units...)
		if err := s.CreateProgram(ctx, &programs[i]); err != nil {
			return nil, fmt.Errorf("demo program %s: %w", programs[i].Code, err)
		}
	}
	instructors := make([]data.Instructor, len(demoInstructors))
	for i := range demoInstructors {
		instructors[i] = demoInstructors[i]
		if err := s.CreateInstructor(ctx, &instructors[i]); err != nil {
			return nil, fmt.Errorf("demo instructor: %w", err)
		}
	}
	rooms := make([]data.Room, len(demoRooms))
	for i := range demoRooms {
		rooms[i] = demoRooms[i]
		if err := s.CreateRoom(ctx, &rooms[i]); err != nil {
			return nil, fmt.Errorf("demo room: %w", err)
		}
	}

	// Classes start on a Monday: 17 weeks ago (finished), 2 weeks ago
	// (running), in 3 weeks (planned).
	today := data.DateOf(s.Now())
	monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7))
	plans := []struct {
		program, instructor, room int
		start                     time.Time
		batch, funding, status    string
	}{
		{0, 0, 0, monday.AddDate(0, 0, -7*17), "Angkatan I", "APBD Provinsi", data.ParticipantActive},
		{1, 1, 1, monday.AddDate(0, 0, -7*2), "Angkatan II", "APBD Kota", data.ParticipantActive},
		{2, 2, 2, monday.AddDate(0, 0, 7*3), "Angkatan I", "APBN", data.ParticipantSelected},
	}
	var codes []string
	for i, p := range plans {
		prog := programs[p.program]
		code, err := s.NextClassCode(ctx, prog.ID, p.start.Year())
		if err != nil {
			return nil, err
		}
		c := data.Class{ProgramID: prog.ID, Code: code, Batch: p.batch, Year: p.start.Year(), Funding: p.funding,
			Start: p.start, End: p.start.AddDate(0, 2, 0), RoomID: rooms[p.room].ID,
			InstructorID: instructors[p.instructor].ID, Quota: 16}
		if err := s.CreateClass(ctx, &c); err != nil {
			return nil, fmt.Errorf("demo class %s: %w", code, err)
		}
		if _, err := s.GenerateSchedule(ctx, c.ID, data.DefaultWeekPattern(), false); err != nil {
			return nil, fmt.Errorf("demo schedule %s: %w", code, err)
		}
		for j := range 16 {
			sk := seekers[i*16+j]
			if _, err := s.Enrol(ctx, c.ID, sk.ID, data.EnrolOptions{Status: p.status, On: p.start.AddDate(0, 0, -7)}); err != nil {
				return nil, fmt.Errorf("demo enrolment %s: %w", code, err)
			}
		}
		codes = append(codes, code)
	}
	if err := s.demoResults(ctx, codes[0], programs[0]); err != nil {
		return nil, err
	}
	if err := s.demoWithdrawal(ctx, codes[1]); err != nil {
		return nil, err
	}
	return codes, nil
}

// demoResults gives the finished class its results: everyone competent in
// every unit, but for two participants who are not yet competent in the last.
func (s *Store) demoResults(ctx context.Context, code string, p data.Program) error {
	c, err := s.ClassByCode(ctx, code)
	if err != nil {
		return err
	}
	parts, err := s.Participants(ctx, c.ID)
	if err != nil {
		return err
	}
	for i, pr := range parts {
		results := map[string]string{}
		for _, u := range p.Units {
			results[u.ID] = data.ResultCompetent
		}
		score := 70 + float64((i*7)%28)
		if i == 3 || i == 11 {
			results[p.Units[len(p.Units)-1].ID] = data.ResultNotCompetent
			score = 58
		}
		if err := s.SetResults(ctx, pr.ID, results, &score); err != nil {
			return fmt.Errorf("demo results %s: %w", code, err)
		}
	}
	return nil
}

// demoWithdrawal has one participant of the running class withdraw for work.
func (s *Store) demoWithdrawal(ctx context.Context, code string) error {
	c, err := s.ClassByCode(ctx, code)
	if err != nil {
		return err
	}
	parts, err := s.Participants(ctx, c.ID)
	if err != nil || len(parts) == 0 {
		return err
	}
	return s.Withdraw(ctx, parts[len(parts)-1].ID, data.DateOf(s.Now()), "Diterima bekerja")
}
