package store_test

import (
	"balai/data/demo"

	"context"
	"testing"
	"time"

	"balai/data"
)

// The recap's rows add up to its totals, and its totals are what the
// tables hold, counted with SQL of their own.
func TestRealisasiMatchesTheStore(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	c, ps := finishedClass(t, s)
	if err := demo.AddAttendance(ctx, s); err != nil {
		t.Fatal(err)
	}
	if _, err := s.IssueCertificates(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	statuses := []string{data.PlacementEmployed, data.PlacementSelfEmployed, data.PlacementNotWorking, data.PlacementUntraced}
	for i, p := range ps[:8] {
		pl := data.Placement{ParticipantID: p.ID, Status: statuses[i%4], Source: data.SourceImport}
		if err := s.SavePlacement(ctx, &pl); err != nil {
			t.Fatal(err)
		}
	}
	f, err := s.ReadOutcomeFacts(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := f.Realisasi()
	var sum data.RealisasiCounts
	for _, p := range r.Programs {
		var ps data.RealisasiCounts
		for _, c := range p.Classes {
			ps = addCounts(ps, c.RealisasiCounts)
		}
		if ps != p.Total {
			t.Errorf("%s: classes add up to %+v, total %+v", p.ProgramName, ps, p.Total)
		}
		sum = addCounts(sum, p.Total)
	}
	if sum != r.Total {
		t.Errorf("programs add up to %+v, total %+v", sum, r.Total)
	}
	count := func(query string) int {
		t.Helper()
		var n int
		if err := s.DB().QueryRowContext(ctx, query).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	newest := `pl.seq = (SELECT max(seq) FROM placements WHERE participant_id = pl.participant_id)`
	want := data.RealisasiCounts{
		Target:       count(`SELECT sum(quota) FROM classes`),
		Enrolled:     count(`SELECT count(*) FROM participants`),
		Withdrawn:    count(`SELECT count(*) FROM participants WHERE status = 'withdrawn'`),
		Finished:     count(`SELECT count(*) FROM participants p JOIN classes c ON c.id = p.class_id WHERE p.status <> 'withdrawn' AND c.end_date < '2026-11-26'`),
		Competent:    count(`SELECT count(*) FROM participants p JOIN classes c ON c.id = p.class_id WHERE p.status = 'graduated' AND c.end_date < '2026-11-26'`),
		Certificates: count(`SELECT count(*) FROM certificates WHERE revoked_at = ''`),
		Employed:     count(`SELECT count(*) FROM placements pl JOIN participants p ON p.id = pl.participant_id WHERE ` + newest + ` AND pl.status = 'employed' AND p.status = 'graduated'`),
		SelfEmployed: count(`SELECT count(*) FROM placements pl JOIN participants p ON p.id = pl.participant_id WHERE ` + newest + ` AND pl.status = 'self_employed' AND p.status = 'graduated'`),
		Traced:       count(`SELECT count(*) FROM placements pl WHERE ` + newest + ` AND pl.status <> 'untraced'`),
	}
	if r.Total != want || want.Certificates == 0 || want.Employed == 0 {
		t.Errorf("total %+v, the tables hold %+v", r.Total, want)
	}
	if len(r.Programs) != 3 {
		t.Errorf("programs %+v", r.Programs)
	}
}

func addCounts(a, b data.RealisasiCounts) data.RealisasiCounts {
	return data.RealisasiCounts{Target: a.Target + b.Target, Enrolled: a.Enrolled + b.Enrolled, Finished: a.Finished + b.Finished,
		Withdrawn: a.Withdrawn + b.Withdrawn, Competent: a.Competent + b.Competent, Certificates: a.Certificates + b.Certificates,
		Employed: a.Employed + b.Employed, SelfEmployed: a.SelfEmployed + b.SelfEmployed, Traced: a.Traced + b.Traced}
}

func TestAlumniRows(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	c, ps := finishedClass(t, s)
	if err := demo.AddAttendance(ctx, s); err != nil {
		t.Fatal(err)
	}
	pl := data.Placement{ParticipantID: ps[0].ID, Status: data.PlacementEmployed, Employer: "PT Kaltim", City: "Balikpapan", Source: data.SourceAK1}
	if err := s.SavePlacement(ctx, &pl); err != nil {
		t.Fatal(err)
	}
	rows, err := s.AlumniRows(ctx, data.AlumniFilter{ClassID: c.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(ps) || rows[0].ParticipantID != ps[0].ID || rows[0].Placement.Employer != "PT Kaltim" || rows[0].JP != 240 {
		t.Fatalf("rows %+v", rows[0])
	}
	grid, err := s.ClassAttendance(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range grid.Rows {
		for _, r := range rows {
			if r.ParticipantID == g.ParticipantID && (r.AttendedJP != g.AttendedJP || r.PlannedJP != grid.PlannedJP) {
				t.Errorf("%s: attended %d of %d, the grid says %d of %d", r.Name, r.AttendedJP, r.PlannedJP, g.AttendedJP, grid.PlannedJP)
			}
		}
	}
	if all, _ := s.AlumniRows(ctx, data.AlumniFilter{Year: c.Year}); len(all) < 2*len(ps) {
		t.Errorf("the year's rows: %d", len(all))
	}
	if none, _ := s.AlumniRows(ctx, data.AlumniFilter{Year: 1999}); len(none) != 0 {
		t.Errorf("rows of 1999: %d", len(none))
	}
}

// A hand-made register: who is in which row of October 2026.
func TestIPK31FromTheRegister(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	_, ps := finishedClass(t, s) // 60 demo seekers, registered in the two years before 26 Nov 2026
	// The first demo participant is placed on 12 October.
	pl := data.Placement{ParticipantID: ps[0].ID, Status: data.PlacementEmployed, Start: ymd(2026, 10, 12), Source: data.SourceAK1}
	if err := s.SavePlacement(ctx, &pl); err != nil {
		t.Fatal(err)
	}
	add := func(nik, sex string, birth, reg time.Time) data.Seeker {
		sk := data.Seeker{NIK: nik, Name: "Uji " + nik[12:], BirthDate: birth, Sex: sex, RegisteredOn: reg}
		if err := s.CreateSeeker(ctx, &sk); err != nil {
			t.Fatal(err)
		}
		return sk
	}
	add("6471050101080001", data.SexMale, ymd(2008, 1, 1), ymd(2026, 10, 3))   // 18: registered in October, 15–19 L
	add("6471054101990001", data.SexFemale, ymd(1999, 1, 1), ymd(2026, 10, 3)) // 27: 20–29 P
	add("6471050101600001", data.SexMale, ymd(1960, 1, 1), ymd(2024, 10, 20))  // 66: AK/1 expires 20 Oct 2026
	gone := add("6471054101850001", data.SexFemale, ymd(1985, 1, 1), ymd(2026, 2, 1))
	add("6471050101950001", data.SexMale, ymd(1995, 1, 1), time.Time{})
	// An imported seeker without a registration date (CreateSeeker gives one).
	if _, err := s.DB().ExecContext(ctx, `UPDATE seekers SET registered_on = '' WHERE nik = '6471050101950001'`); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 10, 15, 10, 0, 0, 0, time.UTC) }
	if err := s.ArchiveSeeker(ctx, gone.ID, true); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return testNow }

	r, err := s.IPK31(ctx, ymd(2026, 10, 9))
	if err != nil {
		t.Fatal(err)
	}
	checkIPK(t, r)
	// Seekers registered without a date: only the one added here (the demo's all have one).
	if r.NoDate != 1 || !r.Month.Equal(ymd(2026, 10, 1)) {
		t.Errorf("no date %d, month %v", r.NoDate, r.Month)
	}
	var demoOct int
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM seekers WHERE registered_on LIKE '2026-10-%' AND nik NOT LIKE '647105%'`).Scan(&demoOct); err != nil {
		t.Fatal(err)
	}
	if got := r.Cells[data.IPKRegistered][data.IPKTotal]; got != demoOct+2 {
		t.Errorf("registered in October: %d, want %d", got, demoOct+2)
	}
	if r.Cells[data.IPKRegistered][0] < 1 || r.Cells[data.IPKRegistered][3] < 1 {
		t.Errorf("row 2: %v", r.Cells[data.IPKRegistered])
	}
	if got := r.Cells[data.IPKPlaced][data.IPKTotal]; got != 1 {
		t.Errorf("placed: %d, want 1", got)
	}
	if got, want := r.Cells[data.IPKRemoved][data.IPKTotal], 2; got < want || r.Cells[data.IPKRemoved][8] < 1 || r.Cells[data.IPKRemoved][5] < 1 {
		t.Errorf("removed: %d (%v), want at least %d", got, r.Cells[data.IPKRemoved], want)
	}
}

func checkIPK(t *testing.T, r data.IPK31) {
	t.Helper()
	c := r.Cells
	for col := range data.IPKCols {
		if c[data.IPKSumA][col] != c[data.IPKCarried][col]+c[data.IPKRegistered][col] ||
			c[data.IPKSumB][col] != c[data.IPKPlaced][col]+c[data.IPKRemoved][col] ||
			c[data.IPKLeft][col] != c[data.IPKSumA][col]-c[data.IPKSumB][col] {
			t.Errorf("column %d does not add up: %v", col, c)
		}
	}
}
