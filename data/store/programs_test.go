package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"balai/data"
)

// pcProgram is a valid program of kejuruan Las whose units have the given JP.
func pcProgram(code string, unitJP ...int) data.Program {
	p := data.Program{Code: code, Name: "Las SMAW " + code, Kejuruan: "Las", Description: "Pengelasan pelat"}
	for i, jp := range unitJP {
		p.Units = append(p.Units, data.Unit{Code: fmt.Sprintf("C.25LAS00.%03d.1", i+1), Title: fmt.Sprintf("Unit %d", i+1), JP: jp})
		p.JP += jp
	}
	return p
}

// pcCreateProgram stores pcProgram(code, unitJP...).
func pcCreateProgram(t *testing.T, s *Store, code string, unitJP ...int) data.Program {
	t.Helper()
	p := pcProgram(code, unitJP...)
	if err := s.CreateProgram(context.Background(), &p); err != nil {
		t.Fatalf("create program %s: %v", code, err)
	}
	return p
}

// pcProblems lists the problems of err (a Problems, or one *Problem) as "field code detail".
func pcProblems(err error) []string {
	var ps data.Problems
	if !errors.As(err, &ps) {
		var p *data.Problem
		if !errors.As(err, &p) {
			return nil
		}
		ps = data.Problems{*p}
	}
	return pcProblemLines(ps)
}

func pcProblemLines(ps []data.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, strings.TrimSpace(p.Field+" "+p.Code+" "+p.Detail))
	}
	return out
}

// pcCount is the number of rows of a table.
func pcCount(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func pcExec(t *testing.T, s *Store, q string, args ...any) {
	t.Helper()
	if _, err := s.db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func TestCreateProgram(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p := pcProgram(" las-3g ", 40, 80, 120)
	p.Kejuruan = "las" // the list's spelling is kept
	if err := s.CreateProgram(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if p.ID == "" || p.Code != "LAS-3G" || p.Kejuruan != "Las" || !sameTime(p.CreatedAt, stamp("2026-11-26T10:00:00Z")) || !p.UpdatedAt.Equal(p.CreatedAt) {
		t.Errorf("created %+v", p)
	}
	for i, u := range p.Units {
		if u.ID == "" {
			t.Errorf("unit %d has no ID", i)
		}
	}
	for _, get := range []func() (data.Program, error){
		func() (data.Program, error) { return s.Program(ctx, p.ID) },
		func() (data.Program, error) { return s.ProgramByCode(ctx, "Las-3g") },
	} {
		got, err := get()
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(p) {
			t.Errorf("read back\n got %+v\nwant %+v", got, p)
		}
	}
	if _, err := s.Program(ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown ID: got %v, want ErrNotFound", err)
	}
	if _, err := s.ProgramByCode(ctx, "NOPE"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown code: got %v, want ErrNotFound", err)
	}
}

func TestCreateProgramRefused(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	pcCreateProgram(t, s, "LAS", 40, 80)
	tests := []struct {
		name string
		p    data.Program
		want []string
	}{
		{"code taken", pcProgram("las", 40), []string{"code program_code_taken LAS"}},
		{"unknown kejuruan", func() data.Program { p := pcProgram("OTO", 40); p.Kejuruan = "Sulap"; return p }(),
			[]string{"kejuruan unknown_kejuruan Sulap"}},
		{"units do not add up", func() data.Program { p := pcProgram("OTO", 40); p.JP = 48; return p }(),
			[]string{"units units_jp_mismatch -8"}},
		{"all problems, in form order", func() data.Program {
			p := pcProgram("LAS", 40)
			p.Kejuruan, p.Name, p.JP = "Sulap", "", 0
			return p
		}(), []string{"code program_code_taken LAS", "name required", "kejuruan unknown_kejuruan Sulap", "jp jp_not_positive 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			err := s.CreateProgram(ctx, &p)
			if got, want := pcProblems(err), tt.want; !slices.Equal(got, want) {
				t.Errorf("got %q (%v), want %q", got, err, want)
			}
			var first *data.Problem
			if !errors.As(err, &first) || first.Code != strings.Fields(tt.want[0])[1] {
				t.Errorf("errors.As(*Problem) = %v, want the first problem", first)
			}
			if p.ID != "" {
				t.Errorf("program got ID %q though not saved", p.ID)
			}
			if got, want := pcCount(t, s, "programs"), 1; got != want {
				t.Errorf("programs: got %d, want %d", got, want)
			}
			if got, want := pcCount(t, s, "program_units"), 2; got != want {
				t.Errorf("units: got %d, want %d", got, want)
			}
		})
	}
}

// pcClassOf adds a class of program p with plain SQL (so that the program
// tests do not depend on CreateClass) and returns its ID.
func pcClassOf(t *testing.T, s *Store, programID, code string) string {
	t.Helper()
	id, now := newID(), nowText(s)
	pcExec(t, s, `INSERT INTO classes (id, program_id, code, year, start_date, end_date, created_at, updated_at)
		VALUES (?, ?, ?, 2026, '2026-11-02', '2026-12-18', ?, ?)`, id, programID, code, now, now)
	return id
}

// pcSession adds a session of a class with plain SQL.
func pcSession(t *testing.T, s *Store, classID, unitID, instructorID, roomID string) {
	t.Helper()
	now := nowText(s)
	pcExec(t, s, `INSERT INTO sessions (id, class_id, date, start_time, end_time, jp, unit_id, instructor_id, room_id, created_at, updated_at)
		VALUES (?, ?, '2026-11-02', '07:30', '11:00', 4, ?, ?, ?, ?, ?)`, newID(), classID, optionalRef(unitID), optionalRef(instructorID), optionalRef(roomID), now, now)
}

// pcParticipant adds a new seeker to a class with plain SQL, with a status, and returns the participant's ID.
func pcParticipant(t *testing.T, s *Store, classID, status string) string {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM seekers`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	sk := data.Seeker{NIK: fmt.Sprintf("647105010190%04d", n+1), Name: fmt.Sprintf("Peserta %d", n+1), Sex: data.SexMale, BirthDate: ymd(1990, 1, 1)}
	if err := s.CreateSeeker(context.Background(), &sk); err != nil {
		t.Fatal(err)
	}
	id, now := newID(), nowText(s)
	pcExec(t, s, `INSERT INTO participants (id, class_id, seeker_id, status, enrolled_on, created_at, updated_at)
		VALUES (?, ?, ?, ?, '2026-10-20', ?, ?)`, id, classID, sk.ID, status, now, now)
	return id
}

func TestUpdateProgramKeepsUnitIDs(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p := pcCreateProgram(t, s, "LAS", 40, 80, 120)
	a, b, c := p.Units[0], p.Units[1], p.Units[2]

	// Reorder: C first, then a new unit, then A; B is removed; A's title changes.
	a.Title = "Unit 1 (revisi)"
	p.Units = []data.Unit{c, {Code: "C.NEW", Title: "Unit baru", JP: 80}, a}
	p.Name = "Las SMAW 3G"
	if err := s.UpdateProgram(ctx, &p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Program(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Las SMAW 3G" || !sameTime(got.UpdatedAt, stamp("2026-11-26T10:00:00Z")) || !got.CreatedAt.Equal(p.CreatedAt) {
		t.Errorf("program %+v", got)
	}
	if len(got.Units) != 3 {
		t.Fatalf("units %+v", got.Units)
	}
	if got.Units[0] != c || got.Units[2] != a {
		t.Errorf("kept units: got %+v and %+v, want %+v and %+v", got.Units[0], got.Units[2], c, a)
	}
	if n := got.Units[1]; n.ID == "" || slices.Contains([]string{a.ID, b.ID, c.ID}, n.ID) || n.Title != "Unit baru" {
		t.Errorf("new unit %+v", n)
	}
	if fmt.Sprint(got.Units) != fmt.Sprint(p.Units) {
		t.Errorf("p after update %+v, stored %+v", p.Units, got.Units)
	}
	if got, want := pcCount(t, s, "program_units"), 3; got != want {
		t.Errorf("units stored: got %d, want %d", got, want)
	}
}

func TestUpdateProgramUnitInUse(t *testing.T) {
	for _, ref := range []string{"session", "result"} {
		t.Run(ref, func(t *testing.T) {
			s := openTestStore(t)
			ctx := context.Background()
			p := pcCreateProgram(t, s, "LAS", 40, 80)
			class := pcClassOf(t, s, p.ID, "LAS-2026-01")
			used := p.Units[1]
			if ref == "session" {
				pcSession(t, s, class, used.ID, "", "")
			} else {
				part := pcParticipant(t, s, class, data.ParticipantActive)
				pcExec(t, s, `INSERT INTO unit_results (participant_id, unit_id, result) VALUES (?, ?, 'K')`, part, used.ID)
			}
			before, _ := s.Program(ctx, p.ID)
			p.Name = "Changed"
			p.Units = p.Units[:1]
			p.JP = 40
			err := s.UpdateProgram(ctx, &p)
			if got, want := pcProblems(err), []string{"units unit_in_use Unit 2"}; !slices.Equal(got, want) {
				t.Errorf("got %q (%v), want %q", got, err, want)
			}
			after, _ := s.Program(ctx, p.ID)
			if fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("partly saved:\n got %+v\nwant %+v", after, before)
			}
			// Keeping the used unit (and its ID) while changing it is fine.
			p = before
			p.Units[1].Title, p.Units[1].JP, p.JP = "Unit 2 baru", 40, 80
			if err := s.UpdateProgram(ctx, &p); err != nil {
				t.Errorf("update keeping the used unit: %v", err)
			}
		})
	}
}

func TestUpdateProgramRefused(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	las := pcCreateProgram(t, s, "LAS", 40)
	oto := pcCreateProgram(t, s, "OTO", 40)

	p := oto
	p.Code = "las"
	if got, want := pcProblems(s.UpdateProgram(ctx, &p)), []string{"code program_code_taken LAS"}; !slices.Equal(got, want) {
		t.Errorf("code taken: got %q, want %q", got, want)
	}
	p = las
	p.Code = "las" // its own code
	if err := s.UpdateProgram(ctx, &p); err != nil {
		t.Errorf("own code: %v", err)
	}
	p = oto
	p.Units = append(p.Units, data.Unit{Title: "Extra", JP: 8})
	if got, want := pcProblems(s.UpdateProgram(ctx, &p)), []string{"units units_jp_mismatch +8"}; !slices.Equal(got, want) {
		t.Errorf("units: got %q, want %q", got, want)
	}
	p = oto
	p.ID = "nope"
	if err := s.UpdateProgram(ctx, &p); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown program: got %v, want ErrNotFound", err)
	}
	got, _ := s.Program(ctx, oto.ID)
	if fmt.Sprint(got) != fmt.Sprint(oto) {
		t.Errorf("refused updates changed the program:\n got %+v\nwant %+v", got, oto)
	}
}

func TestProgramsListAndArchive(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	for _, code := range []string{"TIG", "MIG", "SMAW"} {
		pcCreateProgram(t, s, code, 40, 40)
	}
	tig, _ := s.ProgramByCode(ctx, "TIG")
	if err := s.ArchiveProgram(ctx, tig.ID, true); err != nil {
		t.Fatal(err)
	}
	codes := func(archived bool) []string {
		ps, err := s.Programs(ctx, archived)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			if len(p.Units) != 2 {
				t.Errorf("%s has %d units", p.Code, len(p.Units))
			}
			out = append(out, p.Code)
		}
		return out
	}
	if got, want := codes(false), []string{"MIG", "SMAW"}; !slices.Equal(got, want) {
		t.Errorf("current: got %q, want %q", got, want)
	}
	if got, want := codes(true), []string{"MIG", "SMAW", "TIG"}; !slices.Equal(got, want) {
		t.Errorf("with archived: got %q, want %q", got, want)
	}
	if got, _ := s.Program(ctx, tig.ID); !sameTime(got.ArchivedAt, stamp("2026-11-26T10:00:00Z")) {
		t.Errorf("archived_at %v", got.ArchivedAt)
	}
	if err := s.ArchiveProgram(ctx, tig.ID, false); err != nil {
		t.Fatal(err)
	}
	if got, want := codes(false), []string{"MIG", "SMAW", "TIG"}; !slices.Equal(got, want) {
		t.Errorf("restored: got %q, want %q", got, want)
	}
	if err := s.ArchiveProgram(ctx, "nope", true); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown: got %v, want ErrNotFound", err)
	}
}

func TestDeleteProgram(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	free := pcCreateProgram(t, s, "FREE", 40, 40)
	used := pcCreateProgram(t, s, "LAS", 40)
	pcClassOf(t, s, used.ID, "LAS-2026-01")

	if err := s.DeleteProgram(ctx, free.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Program(ctx, free.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("deleted program: got %v", err)
	}
	if got, want := pcCount(t, s, "program_units"), 1; got != want {
		t.Errorf("units left: got %d, want %d", got, want)
	}
	err := s.DeleteProgram(ctx, used.ID)
	if !errors.Is(err, data.ErrInUse) {
		t.Errorf("program with a class: got %v, want ErrInUse", err)
	}
	if got, want := pcProblems(err), []string{"program program_in_use LAS-2026-01"}; !slices.Equal(got, want) {
		t.Errorf("reason: got %q, want %q", got, want)
	}
	if _, err := s.Program(ctx, used.ID); err != nil {
		t.Errorf("refused delete removed the program: %v", err)
	}
	if err := s.DeleteProgram(ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown: got %v, want ErrNotFound", err)
	}
}
