package demo

import (
	"balai/data"
	"balai/data/store"
	"slices"

	"context"
	"errors"
	"fmt"
	"time"
)

// programs are training packages as a BLK in Balikpapan runs them; the
// units' JP add up to each program's.
var programs = []data.Program{
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

var instructors = []data.Instructor{
	{Name: "Ir. Bambang Sutrisno", NIP: "196710181993031004", Phone: "081253441120", Kejuruan: "Las"},
	{Name: "Rina Marlina, S.Kom.", NIP: "198503122010012015", Phone: "082150987766", Kejuruan: "TIK"},
	{Name: "Hj. Siti Aminah", NIP: "197908252005022003", Phone: "081347112233", Kejuruan: "Tata Boga"},
	{Name: "Agus Setiawan", NIP: "", Phone: "085247665544", Kejuruan: "Las"},
}

var rooms = []data.Room{
	{Name: "Bengkel Las 1", Capacity: 16},
	{Name: "Laboratorium Komputer", Capacity: 20},
	{Name: "Dapur Tata Boga", Capacity: 16},
}

// classPlan is one demo class: its program, instructor and room (indexes in
// the lists above), its start (weeks from this week's Monday), and the
// status of its participants.
type classPlan struct {
	program, instructor, room int
	weeks                     int
	batch, funding, status    string
}

// plans: a welding class that has finished (with results), a computer class
// that is running and a bakery class that is planned.
var plans = []classPlan{
	{0, 0, 0, -17, "Angkatan I", "APBD Provinsi", data.ParticipantActive},
	{1, 1, 1, -2, "Angkatan II", "APBD Kota", data.ParticipantActive},
	{2, 2, 2, 3, "Angkatan I", "APBN", data.ParticipantSelected},
}

// AddClasses adds programs with units, instructors, rooms and three classes
// with generated schedules and enrolled seekers from the register (see
// plans), and returns the codes of the classes. It needs at least 48 current
// seekers. Each part is a store method, one transaction each, and each is
// skipped when it is done already: a demo stopped halfway is completed by
// running it again, and a complete one is left as it is (it returns nil).
func AddClasses(ctx context.Context, st *store.Store) ([]string, error) {
	if done, err := classesDone(ctx, st); err != nil || done {
		return nil, err
	}
	seekers, err := st.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortRegistered, Desc: true}, 0, 48)
	if err != nil {
		return nil, err
	}
	if len(seekers) < 48 {
		return nil, fmt.Errorf("demo classes need 48 job seekers in the register, found %d", len(seekers))
	}
	progs, insts, rms, err := addClassParts(ctx, st)
	if err != nil {
		return nil, err
	}
	today := data.DateOf(st.Now())
	monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7))
	var codes []string
	for i, p := range plans {
		start := monday.AddDate(0, 0, 7*p.weeks)
		c, err := ensureClass(ctx, st, p, progs[p.program], insts[p.instructor], rms[p.room], start)
		if err != nil {
			return nil, err
		}
		if err := enrolClass(ctx, st, c, seekers[i*16:(i+1)*16], p.status); err != nil {
			return nil, err
		}
		codes = append(codes, c.Code)
	}
	if err := addResults(ctx, st, codes[0], progs[0]); err != nil {
		return nil, err
	}
	if err := addWithdrawal(ctx, st, codes[1]); err != nil {
		return nil, err
	}
	return codes, nil
}

// classesDone reports whether the demo classes are all there with their
// results: the last thing AddClasses does is the running class's withdrawal.
func classesDone(ctx context.Context, st *store.Store) (bool, error) {
	p, err := st.ProgramByCode(ctx, programs[plans[1].program].Code)
	if errors.Is(err, data.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	c, ok, err := demoClass(ctx, st, p.ID, plans[1].batch)
	if err != nil || !ok {
		return false, err
	}
	parts, err := st.Participants(ctx, c.ID)
	if err != nil {
		return false, err
	}
	for _, pr := range parts {
		if pr.Status == data.ParticipantWithdrawn {
			return true, nil
		}
	}
	return false, nil
}

// addClassParts adds the programs, instructors and rooms that are not there
// yet (found by code or name) and returns all of them.
func addClassParts(ctx context.Context, st *store.Store) ([]data.Program, []data.Instructor, []data.Room, error) {
	progs := make([]data.Program, len(programs))
	for i := range programs {
		p, err := st.ProgramByCode(ctx, programs[i].Code)
		if errors.Is(err, data.ErrNotFound) {
			p = programs[i]
			p.Units = append([]data.Unit(nil), programs[i].Units...)
			err = st.CreateProgram(ctx, &p)
		}
		if err != nil {
			return nil, nil, nil, fmt.Errorf("demo program %s: %w", programs[i].Code, err)
		}
		progs[i] = p
	}
	haveInsts, err := st.Instructors(ctx, true)
	if err != nil {
		return nil, nil, nil, err
	}
	insts := make([]data.Instructor, len(instructors))
	for i := range instructors {
		insts[i] = instructors[i]
		if j := slices.IndexFunc(haveInsts, func(in data.Instructor) bool { return in.Name == instructors[i].Name }); j >= 0 {
			insts[i] = haveInsts[j]
		} else if err := st.CreateInstructor(ctx, &insts[i]); err != nil {
			return nil, nil, nil, fmt.Errorf("demo instructor: %w", err)
		}
	}
	haveRooms, err := st.Rooms(ctx, true)
	if err != nil {
		return nil, nil, nil, err
	}
	rms := make([]data.Room, len(rooms))
	for i := range rooms {
		rms[i] = rooms[i]
		if j := slices.IndexFunc(haveRooms, func(r data.Room) bool { return r.Name == rooms[i].Name }); j >= 0 {
			rms[i] = haveRooms[j]
		} else if err := st.CreateRoom(ctx, &rms[i]); err != nil {
			return nil, nil, nil, fmt.Errorf("demo room: %w", err)
		}
	}
	return progs, insts, rms, nil
}

// demoClass finds the class of program with batch.
func demoClass(ctx context.Context, st *store.Store, programID, batch string) (data.Class, bool, error) {
	list, err := st.Classes(ctx, data.ClassFilter{IncludeArchived: true})
	if err != nil {
		return data.Class{}, false, err
	}
	for _, cs := range list {
		if cs.Class.ProgramID == programID && cs.Class.Batch == batch {
			return cs.Class, true, nil
		}
	}
	return data.Class{}, false, nil
}

// ensureClass finds or adds the class of a plan, with its schedule.
func ensureClass(ctx context.Context, st *store.Store, p classPlan, prog data.Program, in data.Instructor, room data.Room, start time.Time) (data.Class, error) {
	c, ok, err := demoClass(ctx, st, prog.ID, p.batch)
	if err != nil {
		return c, err
	}
	if !ok {
		code, err := st.NextClassCode(ctx, prog.ID, start.Year())
		if err != nil {
			return c, err
		}
		c = data.Class{ProgramID: prog.ID, Code: code, Batch: p.batch, Year: start.Year(), Funding: p.funding,
			Start: start, End: start.AddDate(0, 2, 0), RoomID: room.ID, InstructorID: in.ID, Quota: 16}
		if err := st.CreateClass(ctx, &c); err != nil {
			return c, fmt.Errorf("demo class %s: %w", code, err)
		}
	}
	sessions, err := st.Sessions(ctx, c.ID)
	if err != nil {
		return c, err
	}
	if len(sessions) == 0 {
		if _, err := st.GenerateSchedule(ctx, c.ID, data.DefaultWeekPattern(), false); err != nil {
			return c, fmt.Errorf("demo schedule %s: %w", c.Code, err)
		}
	}
	return c, nil
}

// enrolClass enrols those of seekers who are not in the class yet.
func enrolClass(ctx context.Context, st *store.Store, c data.Class, seekers []data.Seeker, status string) error {
	parts, err := st.Participants(ctx, c.ID)
	if err != nil {
		return err
	}
	for _, sk := range seekers {
		if slices.ContainsFunc(parts, func(p data.ParticipantRow) bool { return p.SeekerID == sk.ID }) {
			continue
		}
		if _, err := st.Enrol(ctx, c.ID, sk.ID, data.EnrolOptions{Status: status, On: c.Start.AddDate(0, 0, -7)}); err != nil {
			return fmt.Errorf("demo enrolment %s: %w", c.Code, err)
		}
	}
	return nil
}

// addResults gives the finished class its results: everyone competent in
// every unit, but for two participants who are not yet competent in the last.
func addResults(ctx context.Context, st *store.Store, code string, p data.Program) error {
	c, err := st.ClassByCode(ctx, code)
	if err != nil {
		return err
	}
	parts, err := st.Participants(ctx, c.ID)
	if err != nil {
		return err
	}
	for i, pr := range parts {
		if data.IsFinalStatus(pr.Status) {
			continue // given already
		}
		results := map[string]string{}
		for _, u := range p.Units {
			results[u.ID] = data.ResultCompetent
		}
		score := 70 + float64((i*7)%28)
		if i == 3 || i == 11 {
			results[p.Units[len(p.Units)-1].ID] = data.ResultNotCompetent
			score = 58
		}
		if err := st.SetResults(ctx, pr.ID, results, &score); err != nil {
			return fmt.Errorf("demo results %s: %w", code, err)
		}
	}
	return nil
}

// addWithdrawal has one participant of the running class withdraw for work.
func addWithdrawal(ctx context.Context, st *store.Store, code string) error {
	c, err := st.ClassByCode(ctx, code)
	if err != nil {
		return err
	}
	parts, err := st.Participants(ctx, c.ID)
	if err != nil || len(parts) == 0 {
		return err
	}
	return st.Withdraw(ctx, parts[len(parts)-1].ID, data.DateOf(st.Now()), "Diterima bekerja")
}
