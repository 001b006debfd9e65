package importer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"balai/data"
	"balai/data/store"
)

func TestMapPlacementTitles(t *testing.T) {
	tests := []struct {
		titles []string
		want   []string
	}{
		{ // the ministry's participant list
			[]string{"No", "NIK", "Nama", "Jenis Kelamin", "Tempat/Tanggal Lahir", "Judul Program Pelatihan", "Angkatan",
				"Tanggal Mulai", "Tanggal Selesai", "Status Selesai Pelatihan", "Status Kelulusan", "Status Kebekerjaan",
				"Nama Perusahaan/Nama Usaha", "Lokasi Penempatan (Kota/Kab)", "Jabatan", "Tanggal Penempatan"},
			[]string{"", PlaceNIK, PlaceName, "", "", "", "", "", "", "", "", PlaceStatus, PlaceEmployer, PlaceCity,
				PlacePosition, PlaceStart},
		},
		{ // Balai's own export
			[]string{"NIK", "Nama", "Kode Kelas", "Status Kebekerjaan", "Nama Perusahaan/Nama Usaha", "Jabatan", "Bidang Usaha",
				"Lokasi Penempatan (Kota/Kab)", "Jenis Penempatan (AKL/AKAD/AKAN)", "Tanggal Penempatan", "Kisaran Gaji",
				"Sesuai Pelatihan", "Sumber", "Dicatat Oleh", "Tanggal Dicatat", "Keterangan"},
			[]string{PlaceNIK, PlaceName, PlaceClass, PlaceStatus, PlaceEmployer, PlacePosition, PlaceField, PlaceCity,
				PlaceKind, PlaceStart, PlaceSalary, PlaceMatch, "", "", "", PlaceNote},
		},
		{ // an office's own
			[]string{"No. KTP", "NAMA ALUMNI", "STATUS", "TEMPAT KERJA", "POSISI", "KOTA", "TMT", "GAJI"},
			[]string{PlaceNIK, PlaceName, PlaceStatus, PlaceEmployer, PlacePosition, PlaceCity, PlaceStart, PlaceSalary},
		},
	}
	for _, tt := range tests {
		if got := MapPlacementTitles(tt.titles); !slices.Equal(got, tt.want) {
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("%q → %q, want %q", tt.titles[i], got[i], tt.want[i])
				}
			}
		}
	}
}

// placementFixture is a store with a finished class of three participants
// and a seeker in no class.
type placementFixture struct {
	store   *store.Store
	class   data.Class
	people  []data.Seeker // in the class
	lone    data.Seeker   // in no class
	current data.Placement
}

func newPlacementFixture(t *testing.T) *placementFixture {
	t.Helper()
	ctx := context.Background()
	f := &placementFixture{store: openStore(t)}
	s := f.store
	prog := data.Program{Code: "LAS", Name: "Las SMAW 3G", Kejuruan: "Las", JP: 16, Units: []data.Unit{{Title: "K3", JP: 16}}}
	if err := s.CreateProgram(ctx, &prog); err != nil {
		t.Fatal(err)
	}
	f.class = data.Class{ProgramID: prog.ID, Code: "LAS-2026-01", Start: ymd(2026, 6, 1), End: ymd(2026, 7, 31)}
	if err := s.CreateClass(ctx, &f.class); err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		sk := data.Seeker{NIK: fmt.Sprintf("64710501019900%02d", i+1), Name: fmt.Sprintf("Peserta %d", i+1),
			BirthDate: ymd(1990, 1, 1), Sex: data.SexMale}
		if err := s.CreateSeeker(ctx, &sk); err != nil {
			t.Fatal(err)
		}
		if i == 3 {
			f.lone = sk
			break
		}
		if _, err := s.Enrol(ctx, f.class.ID, sk.ID, data.EnrolOptions{On: ymd(2026, 5, 25)}); err != nil {
			t.Fatal(err)
		}
		f.people = append(f.people, sk)
	}
	ps, err := s.Participants(ctx, f.class.ID)
	if err != nil {
		t.Fatal(err)
	}
	f.current = data.Placement{ParticipantID: ps[1].ID, Status: data.PlacementEmployed, Employer: "PT Lama", Source: data.SourceAK1}
	if err := s.SavePlacement(ctx, &f.current); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestPlanPlacements(t *testing.T) {
	f := newPlacementFixture(t)
	ctx := context.Background()
	csv := strings.Join([]string{
		"DAFTAR KEBEKERJAAN ALUMNI;;;;;;;", // a title row, as Excel saves it
		"NIK;Nama;Status Kebekerjaan;Nama Perusahaan/Nama Usaha;Lokasi Penempatan (Kota/Kab);Tanggal Penempatan;Kisaran Gaji;Kode Kelas",
		f.people[0].NIK + ";;Bekerja;PT Baru;Balikpapan;15/09/2026;banyak;", // 3 applied, salary dropped
		f.people[1].NIK + ";;bekerja;PT Lama;;;;",                           // 4 unchanged
		";;;;;;;",                   // 5 blank
		f.people[2].NIK + ";;;;;;;", // 6 skipped: no status
		"6471050101990099;Orang Lain;Bekerja;;;;;",                                     // 7 not registered
		f.lone.NIK + ";;Wirausaha;;;;;",                                                // 8 in no class
		"6.47105E+15;;Bekerja;;;;;",                                                    // 9 Excel-cut NIK
		f.people[2].NIK + ";;Pensiun;;;;;",                                             // 10 unknown status
		f.people[2].NIK + ";;Bekerja;;;31/02/2026;;",                                   // 11 bad date
		f.people[2].NIK + ";;Bekerja;;;;;TIK-2026-01",                                  // 12 not in that class
		f.people[2].NIK + ";;;PT X;;;;",                                                // 13 details without a status
		f.people[0].NIK + ";;Wirausaha;;;;;",                                           // 14 the same participant again
		f.people[2].NIK + ";;Bekerja;CV Kaltim;;01/12/2026;;",                          // 15 starts after today
		f.people[2].NIK + ";;Lanjut Studi;Politeknik Negeri Balikpapan;;;;LAS-2026-01", // 16 applied
	}, "\r\n")
	plan, err := PlanPlacements(ctx, f.store, []byte(csv), "alumni.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		row     int
		outcome string
		code    string
	}{
		{3, OutcomeApplied, WarnPlacementValueDropped},
		{4, OutcomeUnchanged, ""},
		{5, OutcomeBlank, ""},
		{6, OutcomeSkipped, SkipNoStatus},
		{7, OutcomeRejected, data.CodeNIKNotRegistered},
		{8, OutcomeRejected, data.CodeNIKInNoClass},
		{9, OutcomeRejected, data.CodeNIKScientific},
		{10, OutcomeRejected, data.CodeBadPlacementStatus},
		{11, OutcomeRejected, data.CodeBadDate},
		{12, OutcomeRejected, data.CodeNotInClass},
		{13, OutcomeRejected, data.CodeRequired},
		{14, OutcomeRejected, data.CodePlacementTwice},
		{15, OutcomeRejected, data.CodeFutureStart},
		{16, OutcomeApplied, ""},
	}
	if len(plan.Rows) != len(want) {
		t.Fatalf("%d rows planned, want %d: %+v", len(plan.Rows), len(want), plan.Rows)
	}
	for i, w := range want {
		r := plan.Rows[i]
		code := ""
		if len(r.Problems) > 0 {
			code = r.Problems[0].Code
		}
		if r.Row != w.row || r.Outcome != w.outcome || code != w.code {
			t.Errorf("row %d: %s %s (%+v), want row %d %s %s", r.Row, r.Outcome, code, r.Problems, w.row, w.outcome, w.code)
		}
	}
	if r := plan.Rows[0]; r.Name != "Peserta 1" || r.ClassCode != "LAS-2026-01" || !r.Placement.Start.Equal(ymd(2026, 9, 15)) {
		t.Errorf("row 3: %+v", r)
	}
	if r := plan.Rows[8]; r.Column != "Tanggal Penempatan" || r.Value != "31/02/2026" {
		t.Errorf("row 11 names %q %q", r.Column, r.Value)
	}
	if plan.Summary() != "applied 2, unchanged 1, rejected 9, blank 2" {
		t.Errorf("summary %q", plan.Summary())
	}

	done, err := ApplyPlacements(ctx, f.store, plan)
	if err != nil {
		t.Fatal(err)
	}
	if done.Summary() != plan.Summary() {
		t.Errorf("applied: %q", done.Summary())
	}
	again, err := ImportPlacements(ctx, f.store, []byte(csv), "alumni.csv", "")
	if err != nil || again.Summary() != "applied 0, unchanged 3, rejected 9, blank 2" {
		t.Errorf("imported again: %q %v", again.Summary(), err)
	}
}

func TestApplyPlacementsAllOrNothing(t *testing.T) {
	f := newPlacementFixture(t)
	ctx := context.Background()
	csv := "NIK,Status Kebekerjaan\n" + f.people[0].NIK + ",Bekerja\n" + f.people[2].NIK + ",Wirausaha\n"
	plan, err := PlanPlacements(ctx, f.store, []byte(csv), "a.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	plan.Rows[1].Placement.ParticipantID = "gone meanwhile"
	if _, err := ApplyPlacements(ctx, f.store, plan); err == nil {
		t.Fatal("applied a placement of nobody")
	}
	rows, _ := f.store.AlumniRows(ctx, data.AlumniFilter{ClassID: f.class.ID})
	for _, r := range rows {
		if r.Placement.ID != "" && r.Placement.ID != f.current.ID {
			t.Errorf("half applied: %s %+v", r.Name, r.Placement)
		}
	}
}

func TestPlanPlacementsWithoutColumns(t *testing.T) {
	f := newPlacementFixture(t)
	_, err := PlanPlacements(context.Background(), f.store, []byte("NIK;Nama\n6471050101990001;A\n"), "a.csv", "")
	if problemCode(err) != CodePlacementColumns {
		t.Errorf("err %v", err)
	}
}
