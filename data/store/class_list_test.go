package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"balai/data"
)

func TestNextClassCode(t *testing.T) {
	e := newPCClassEnv(t)
	lasA := pcCreateProgram(t, e.s, "LAS-A", 40)
	next := func(p data.Program, year int) string {
		t.Helper()
		code, err := e.s.NextClassCode(e.ctx, p.ID, year)
		if err != nil {
			t.Fatal(err)
		}
		return code
	}
	if got, want := next(e.las, 2026), "LAS-2026-01"; got != want {
		t.Errorf("first: got %q, want %q", got, want)
	}
	for i := 1; i <= 2; i++ {
		code := next(e.las, 2026)
		e.class(t, e.las, code, ymd(2026, time.Month(i), 5), ymd(2026, time.Month(i+1), 20))
	}
	e.class(t, e.las, "LAS-2025-07", ymd(2025, 3, 3), ymd(2025, 4, 18))
	e.class(t, lasA, "LAS-A-2026-05", ymd(2026, 3, 3), ymd(2026, 4, 18))
	e.class(t, e.las, "LAS-2026-XY", ymd(2026, 3, 3), ymd(2026, 4, 18)) // typed by hand: not a number
	tests := []struct {
		p    data.Program
		year int
		want string
	}{
		{e.las, 2026, "LAS-2026-03"},
		{e.las, 2025, "LAS-2025-08"},
		{e.las, 2027, "LAS-2027-01"},
		{lasA, 2026, "LAS-A-2026-06"},
		{e.tik, 2026, "TIK-2026-01"},
	}
	for _, tt := range tests {
		if got := next(tt.p, tt.year); got != tt.want {
			t.Errorf("%s %d: got %q, want %q", tt.p.Code, tt.year, got, tt.want)
		}
	}
	// A gap left by a deleted class is not reused; a number past 99 still works.
	e.class(t, e.las, "LAS-2026-99", ymd(2026, 7, 6), ymd(2026, 8, 21))
	if got, want := next(e.las, 2026), "LAS-2026-100"; got != want {
		t.Errorf("past 99: got %q, want %q", got, want)
	}
	if _, err := e.s.NextClassCode(e.ctx, "nope", 2026); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown program: got %v, want ErrNotFound", err)
	}
	if got, want := pcProblems(func() error { _, err := e.s.NextClassCode(e.ctx, e.las.ID, 0); return err }()),
		[]string{"year bad_year 0"}; !slices.Equal(got, want) {
		t.Errorf("year 0: got %q, want %q", got, want)
	}
}

func TestClassesFilters(t *testing.T) {
	e := newPCClassEnv(t)
	running := e.validClass() // LAS-2026-01, 2 Nov – 18 Dec 2026, room and instructor
	if err := e.s.CreateClass(e.ctx, &running); err != nil {
		t.Fatal(err)
	}
	finished := e.class(t, e.las, "LAS-2026-02", ymd(2026, 3, 2), ymd(2026, 4, 17))
	e.class(t, e.tik, "TIK-2027-01", ymd(2027, 1, 11), ymd(2027, 2, 26))
	e.class(t, e.tik, "TIK-2026-01", ymd(2026, 3, 2), ymd(2026, 4, 24))
	archived := e.class(t, e.las, "LAS-2025-01", ymd(2025, 3, 3), ymd(2025, 4, 18))
	if err := e.s.ArchiveClass(e.ctx, archived.ID, true); err != nil {
		t.Fatal(err)
	}
	for _, status := range []string{data.ParticipantRegistered, data.ParticipantActive, data.ParticipantWithdrawn, data.ParticipantSelected} {
		pcParticipant(t, e.s, running.ID, status)
	}
	for _, status := range []string{data.ParticipantGraduated, data.ParticipantNotCompetent, data.ParticipantWithdrawn} {
		pcParticipant(t, e.s, finished.ID, status)
	}

	codes := func(f data.ClassFilter) []string {
		t.Helper()
		list, err := e.s.Classes(e.ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, cs := range list {
			out = append(out, cs.Class.Code)
		}
		return out
	}
	tests := []struct {
		name string
		f    data.ClassFilter
		want []string
	}{
		{"all, latest start first, then code", data.ClassFilter{}, []string{"TIK-2027-01", "LAS-2026-01", "LAS-2026-02", "TIK-2026-01"}},
		{"with archived", data.ClassFilter{IncludeArchived: true}, []string{"TIK-2027-01", "LAS-2026-01", "LAS-2026-02", "TIK-2026-01", "LAS-2025-01"}},
		{"year", data.ClassFilter{Year: 2026}, []string{"LAS-2026-01", "LAS-2026-02", "TIK-2026-01"}},
		{"archived year", data.ClassFilter{Year: 2025, IncludeArchived: true}, []string{"LAS-2025-01"}},
		{"kejuruan", data.ClassFilter{Kejuruan: "TIK"}, []string{"TIK-2027-01", "TIK-2026-01"}},
		{"status running", data.ClassFilter{Status: data.ClassRunning}, []string{"LAS-2026-01"}},
		{"status finished", data.ClassFilter{Status: data.ClassFinished}, []string{"LAS-2026-02", "TIK-2026-01"}},
		{"status planned", data.ClassFilter{Status: data.ClassPlanned}, []string{"TIK-2027-01"}},
		{"query class code", data.ClassFilter{Query: "las-2026"}, []string{"LAS-2026-01", "LAS-2026-02"}},
		{"query program name", data.ClassFilter{Query: "desain"}, []string{"TIK-2027-01", "TIK-2026-01"}},
		{"query two words", data.ClassFilter{Query: "grafis 2027"}, []string{"TIK-2027-01"}},
		{"query with wildcard", data.ClassFilter{Query: "LAS_2026"}, nil},
		{"year, kejuruan and status", data.ClassFilter{Year: 2026, Kejuruan: "Las", Status: data.ClassFinished}, []string{"LAS-2026-02"}},
		{"nothing", data.ClassFilter{Kejuruan: "Menjahit"}, nil},
	}
	for _, tt := range tests {
		if got := codes(tt.f); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}

	list, err := e.s.Classes(e.ctx, data.ClassFilter{Year: 2026, Kejuruan: "Las"})
	if err != nil || len(list) != 2 {
		t.Fatalf("%+v, %v", list, err)
	}
	want := []data.ClassSummary{
		{Class: running, ProgramName: "Las SMAW LAS", ProgramCode: "LAS", Kejuruan: "Las", ProgramJP: 240,
			RoomName: "Bengkel Las 1", InstructorName: "Budi Santoso", Enrolled: 3, Status: data.ClassRunning},
		{Class: finished, ProgramName: "Las SMAW LAS", ProgramCode: "LAS", Kejuruan: "Las", ProgramJP: 240,
			Enrolled: 2, Status: data.ClassFinished},
	}
	for i := range want {
		if list[i] != want[i] {
			t.Errorf("summary %d\n got %+v\nwant %+v", i, list[i], want[i])
		}
	}
}
