package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"balai/data"
)

// pcClassEnv is a store with programs LAS (kejuruan Las, 240 JP) and TIK
// (kejuruan TIK), an archived program OLD, a room and an instructor.
type pcClassEnv struct {
	s             *Store
	ctx           context.Context
	las, tik, old data.Program
	room          data.Room
	instructor    data.Instructor
}

func newPCClassEnv(t *testing.T) *pcClassEnv {
	t.Helper()
	e := &pcClassEnv{s: openTestStore(t), ctx: context.Background()}
	e.las = pcCreateProgram(t, e.s, "LAS", 80, 160)
	e.tik = pcProgram("TIK", 160)
	e.tik.Name, e.tik.Kejuruan = "Desain Grafis", "TIK"
	if err := e.s.CreateProgram(e.ctx, &e.tik); err != nil {
		t.Fatal(err)
	}
	e.old = pcCreateProgram(t, e.s, "OLD", 40)
	if err := e.s.ArchiveProgram(e.ctx, e.old.ID, true); err != nil {
		t.Fatal(err)
	}
	e.room = data.Room{Name: "Bengkel Las 1", Capacity: 16}
	if err := e.s.CreateRoom(e.ctx, &e.room); err != nil {
		t.Fatal(err)
	}
	e.instructor = data.Instructor{Name: "Budi Santoso", Kejuruan: "Las"}
	if err := e.s.CreateInstructor(e.ctx, &e.instructor); err != nil {
		t.Fatal(err)
	}
	return e
}

// class creates a class of program p from start to end.
func (e *pcClassEnv) class(t *testing.T, p data.Program, code string, start, end time.Time) data.Class {
	t.Helper()
	c := data.Class{ProgramID: p.ID, Code: code, Start: start, End: end}
	if err := e.s.CreateClass(e.ctx, &c); err != nil {
		t.Fatalf("create class %s: %v", code, err)
	}
	return c
}

func (e *pcClassEnv) validClass() data.Class {
	return data.Class{ProgramID: e.las.ID, Code: "LAS-2026-01", Batch: "Angkatan I", Funding: "APBD Kota",
		Start: ymd(2026, 11, 2), End: ymd(2026, 12, 18), RoomID: e.room.ID, InstructorID: e.instructor.ID, Quota: 16}
}

func TestValidateClass(t *testing.T) {
	e := newPCClassEnv(t)
	e.class(t, e.las, "LAS-2026-01", ymd(2026, 1, 5), ymd(2026, 2, 20))
	tests := []struct {
		name string
		edit func(c *data.Class)
		want []string
	}{
		{"valid", func(c *data.Class) { c.Code = "LAS-2026-02" }, nil},
		{"minimal", func(c *data.Class) {
			*c = data.Class{ProgramID: e.las.ID, Code: "X", Start: ymd(2026, 1, 1), End: ymd(2026, 1, 1)}
		}, nil},
		{"program missing", func(c *data.Class) { c.Code, c.ProgramID = "X", "" }, []string{"program required"}},
		{"program unknown", func(c *data.Class) { c.Code, c.ProgramID = "X", "nope" }, []string{"program unknown_program"}},
		{"program archived", func(c *data.Class) { c.Code, c.ProgramID = "X", e.old.ID }, []string{"program program_archived Las SMAW OLD"}},
		{"code missing", func(c *data.Class) { c.Code = " " }, []string{"code required"}},
		{"code taken", func(c *data.Class) { c.Code = " las-2026-01 " }, []string{"code class_code_taken LAS-2026-01"}},
		{"start missing", func(c *data.Class) { c.Code, c.Start = "X", time.Time{} }, []string{"start required"}},
		{"end missing", func(c *data.Class) { c.Code, c.End = "X", time.Time{} }, []string{"end required"}},
		{"dates out of order", func(c *data.Class) { c.Code, c.End = "X", ymd(2026, 11, 1) }, []string{"end dates_out_of_order"}},
		{"one-day class", func(c *data.Class) { c.Code, c.End = "X", c.Start }, nil},
		{"year implausible", func(c *data.Class) { c.Code, c.Year = "X", 26 }, []string{"year bad_year 26"}},
		{"quota 0 is the default", func(c *data.Class) { c.Code, c.Quota = "X", 0 }, nil},
		{"quota negative", func(c *data.Class) { c.Code, c.Quota = "X", -1 }, []string{"quota quota_not_positive -1"}},
		{"funding in another case", func(c *data.Class) { c.Code, c.Funding = "X", "apbn" }, nil},
		{"funding empty", func(c *data.Class) { c.Code, c.Funding = "X", "" }, nil},
		{"funding unknown", func(c *data.Class) { c.Code, c.Funding = "X", "Swasta" }, []string{"funding bad_funding Swasta"}},
		{"room unknown", func(c *data.Class) { c.Code, c.RoomID = "X", "nope" }, []string{"room unknown_room"}},
		{"instructor unknown", func(c *data.Class) { c.Code, c.InstructorID = "X", "nope" }, []string{"instructor unknown_instructor"}},
		{"everything wrong", func(c *data.Class) { *c = data.Class{Quota: -5, Funding: "Hibah", End: ymd(2026, 1, 1)} },
			[]string{"program required", "code required", "funding bad_funding Hibah", "start required", "quota quota_not_positive -5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := e.validClass()
			tt.edit(&c)
			probs, err := e.s.ValidateClass(e.ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := pcProblemLines(probs), tt.want; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
			// CreateClass refuses with the same problems, saving nothing.
			before := pcCount(t, e.s, "classes")
			err = e.s.CreateClass(e.ctx, &c)
			if got, want := pcProblems(err), tt.want; !slices.Equal(got, want) {
				t.Errorf("CreateClass: got %q (%v), want %q", got, err, want)
			}
			if len(tt.want) > 0 && pcCount(t, e.s, "classes") != before {
				t.Errorf("refused class was saved")
			}
			if len(tt.want) == 0 {
				if err := e.s.DeleteClass(e.ctx, c.ID); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func TestCreateClassCompletes(t *testing.T) {
	e := newPCClassEnv(t)
	c := data.Class{ProgramID: e.las.ID, Code: " las-2026-01 ", Batch: " Angkatan I ", Funding: "apbd provinsi",
		Start: time.Date(2026, 12, 28, 15, 30, 0, 0, time.UTC), End: ymd(2027, 2, 12)}
	if err := e.s.CreateClass(e.ctx, &c); err != nil {
		t.Fatal(err)
	}
	want := data.Class{ID: c.ID, ProgramID: e.las.ID, Code: "LAS-2026-01", Batch: "Angkatan I", Year: 2026, Funding: "APBD Provinsi",
		Start: ymd(2026, 12, 28), End: ymd(2027, 2, 12), Quota: data.DefaultQuota,
		CreatedAt: stamp("2026-11-26T10:00:00Z"), UpdatedAt: stamp("2026-11-26T10:00:00Z")}
	if c.ID == "" || c != want {
		t.Errorf("created\n got %+v\nwant %+v", c, want)
	}
	for _, get := range []func() (data.Class, error){
		func() (data.Class, error) { return e.s.Class(e.ctx, c.ID) },
		func() (data.Class, error) { return e.s.ClassByCode(e.ctx, " Las-2026-01") },
	} {
		if got, err := get(); err != nil || got != want {
			t.Errorf("read back\n got %+v, %v\nwant %+v", got, err, want)
		}
	}
	if _, err := e.s.ClassByCode(e.ctx, "LAS-2026-99"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown code: got %v, want ErrNotFound", err)
	}
	if _, err := e.s.Class(e.ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown ID: got %v, want ErrNotFound", err)
	}
	// A year given is kept.
	c2 := data.Class{ProgramID: e.las.ID, Code: "LAS-2027-01", Year: 2027, Start: ymd(2026, 12, 30), End: ymd(2027, 2, 12), Quota: 20}
	if err := e.s.CreateClass(e.ctx, &c2); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.s.Class(e.ctx, c2.ID); got.Year != 2027 || got.Quota != 20 {
		t.Errorf("year %d quota %d", got.Year, got.Quota)
	}
}

func TestUpdateClass(t *testing.T) {
	e := newPCClassEnv(t)
	c := e.validClass()
	if err := e.s.CreateClass(e.ctx, &c); err != nil {
		t.Fatal(err)
	}
	other := e.class(t, e.tik, "TIK-2026-01", ymd(2026, 3, 2), ymd(2026, 4, 24))
	if err := e.s.CancelClass(e.ctx, c.ID, true); err != nil {
		t.Fatal(err)
	}
	e.s.Now = func() time.Time { return testNow.Add(time.Hour) }

	u := c
	u.Batch, u.Quota, u.RoomID, u.InstructorID, u.Funding = "Angkatan II", 20, "", "", ""
	u.ProgramID = e.tik.ID // no sessions or participants yet: the program may change
	if err := e.s.UpdateClass(e.ctx, &u); err != nil {
		t.Fatal(err)
	}
	got, _ := e.s.Class(e.ctx, c.ID)
	if got != u || got.Batch != "Angkatan II" || got.RoomID != "" || got.ProgramID != e.tik.ID ||
		!sameTime(got.UpdatedAt, stamp("2026-11-26T11:00:00Z")) || !got.CreatedAt.Equal(c.CreatedAt) || got.CancelledAt.IsZero() {
		t.Errorf("updated\n got %+v\nwant %+v", got, u)
	}

	pcParticipant(t, e.s, c.ID, data.ParticipantRegistered)
	tests := []struct {
		name string
		edit func(c *data.Class)
		want []string
	}{
		{"program fixed once participants", func(c *data.Class) { c.ProgramID = e.las.ID }, []string{"program class_program_fixed"}},
		{"code of another class", func(c *data.Class) { c.Code = other.Code }, []string{"code class_code_taken TIK-2026-01"}},
		{"dates out of order", func(c *data.Class) { c.Start = ymd(2027, 1, 1) }, []string{"end dates_out_of_order"}},
	}
	for _, tt := range tests {
		c := got
		tt.edit(&c)
		err := e.s.UpdateClass(e.ctx, &c)
		if got, want := pcProblems(err), tt.want; !slices.Equal(got, want) {
			t.Errorf("%s: got %q (%v), want %q", tt.name, got, err, want)
		}
		if probs, _ := e.s.ValidateClass(e.ctx, c); !slices.Equal(pcProblemLines(probs), tt.want) {
			t.Errorf("%s: ValidateClass gives %q", tt.name, pcProblemLines(probs))
		}
	}
	if after, _ := e.s.Class(e.ctx, c.ID); after != got {
		t.Errorf("refused updates changed the class:\n got %+v\nwant %+v", after, got)
	}
	ghost := e.validClass()
	ghost.ID, ghost.Code = "nope", "GHOST"
	if err := e.s.UpdateClass(e.ctx, &ghost); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: got %v, want ErrNotFound", err)
	}
	if _, err := e.s.ValidateClass(e.ctx, ghost); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("validate unknown class: got %v, want ErrNotFound", err)
	}
}

func TestDeleteClass(t *testing.T) {
	e := newPCClassEnv(t)
	withSession := e.class(t, e.las, "LAS-2026-01", ymd(2026, 1, 5), ymd(2026, 2, 20))
	pcSession(t, e.s, withSession.ID, e.las.Units[0].ID, "", "")
	withPeople := e.class(t, e.las, "LAS-2026-02", ymd(2026, 3, 2), ymd(2026, 4, 17))
	pcParticipant(t, e.s, withPeople.ID, data.ParticipantWithdrawn)
	pcParticipant(t, e.s, withPeople.ID, data.ParticipantActive)
	pcSession(t, e.s, withPeople.ID, "", "", "")
	free := e.class(t, e.las, "LAS-2026-03", ymd(2026, 5, 4), ymd(2026, 6, 19))

	for _, tt := range []struct {
		name string
		id   string
		want []string
	}{
		{"sessions", withSession.ID, []string{"class class_has_sessions 1"}},
		{"participants", withPeople.ID, []string{"class class_has_participants 2"}},
	} {
		err := e.s.DeleteClass(e.ctx, tt.id)
		if !errors.Is(err, data.ErrInUse) {
			t.Errorf("%s: got %v, want ErrInUse", tt.name, err)
		}
		if got := pcProblems(err); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		if _, err := e.s.Class(e.ctx, tt.id); err != nil {
			t.Errorf("%s: refused delete removed the class: %v", tt.name, err)
		}
	}
	if err := e.s.DeleteClass(e.ctx, free.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.s.Class(e.ctx, free.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("deleted class: %v", err)
	}
	if err := e.s.DeleteClass(e.ctx, free.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("delete again: got %v, want ErrNotFound", err)
	}
}

func TestClassStatus(t *testing.T) {
	today := ymd(2026, 11, 26) // testNow's day
	tests := []struct {
		name       string
		start, end time.Time
		cancelled  bool
		want       string
	}{
		{"starts tomorrow", ymd(2026, 11, 27), ymd(2026, 12, 31), false, data.ClassPlanned},
		{"starts today", today, ymd(2026, 12, 31), false, data.ClassRunning},
		{"in the middle", ymd(2026, 11, 2), ymd(2026, 12, 18), false, data.ClassRunning},
		{"ends today", ymd(2026, 10, 1), today, false, data.ClassRunning},
		{"one day, today", today, today, false, data.ClassRunning},
		{"ended yesterday", ymd(2026, 10, 1), ymd(2026, 11, 25), false, data.ClassFinished},
		{"cancelled before it starts", ymd(2027, 1, 4), ymd(2027, 2, 26), true, data.ClassCancelled},
		{"cancelled while running", ymd(2026, 11, 2), ymd(2026, 12, 18), true, data.ClassCancelled},
		{"cancelled after the end", ymd(2026, 9, 1), ymd(2026, 10, 16), true, data.ClassCancelled},
	}
	e := newPCClassEnv(t)
	for i, tt := range tests {
		c := e.class(t, e.las, fmt.Sprintf("S-%02d", i), tt.start, tt.end)
		if tt.cancelled {
			if err := e.s.CancelClass(e.ctx, c.ID, true); err != nil {
				t.Fatal(err)
			}
		}
		c, _ = e.s.Class(e.ctx, c.ID)
		if got := c.Status(today); got != tt.want {
			t.Errorf("%s: Status = %q, want %q", tt.name, got, tt.want)
		}
		// The store's today is testNow's day, also late in the evening.
		e.s.Now = func() time.Time { return testNow.Add(13 * time.Hour) }
		list, err := e.s.Classes(e.ctx, data.ClassFilter{Query: c.Code})
		e.s.Now = func() time.Time { return testNow }
		if err != nil || len(list) != 1 || list[0].Status != tt.want {
			t.Errorf("%s: Classes gives %+v, %v; want status %q", tt.name, list, err, tt.want)
		}
	}
	// The status filter selects what Status derives.
	all, err := e.s.Classes(e.ctx, data.ClassFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, status := range data.ClassStatuses {
		list, err := e.s.Classes(e.ctx, data.ClassFilter{Status: status})
		if err != nil {
			t.Fatal(err)
		}
		var got, want []string
		for _, cs := range list {
			got = append(got, cs.Class.Code)
		}
		for _, cs := range all {
			if cs.Status == status {
				want = append(want, cs.Class.Code)
			}
		}
		if !slices.Equal(got, want) || len(got) == 0 {
			t.Errorf("status %s: got %q, want %q", status, got, want)
		}
	}
	if _, err := e.s.Classes(e.ctx, data.ClassFilter{Status: "paused"}); pcProblems(err) == nil {
		t.Errorf("unknown status: got %v, want a problem", err)
	}
	// Taking the cancellation back gives the derived status again.
	c, _ := e.s.ClassByCode(e.ctx, "S-07")
	if err := e.s.CancelClass(e.ctx, c.ID, false); err != nil {
		t.Fatal(err)
	}
	if c, _ := e.s.Class(e.ctx, c.ID); !c.CancelledAt.IsZero() || c.Status(today) != data.ClassRunning {
		t.Errorf("uncancelled: %+v", c)
	}
	if err := e.s.CancelClass(e.ctx, "nope", true); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("cancel unknown: got %v, want ErrNotFound", err)
	}
}
