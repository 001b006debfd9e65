package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"balai/data"
)

func TestInstructors(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	in := data.Instructor{Name: " Budi Santoso ", NIP: "19671018 199303 1 004", Phone: "+62 812-3456-7890", Kejuruan: "las"}
	if err := s.CreateInstructor(ctx, &in); err != nil {
		t.Fatal(err)
	}
	want := data.Instructor{ID: in.ID, Name: "Budi Santoso", NIP: "196710181993031004", Phone: "081234567890", Kejuruan: "Las",
		CreatedAt: stamp("2026-11-26T10:00:00Z"), UpdatedAt: stamp("2026-11-26T10:00:00Z")}
	if in != want {
		t.Errorf("created\n got %+v\nwant %+v", in, want)
	}
	if got, err := s.Instructor(ctx, in.ID); err != nil || got != want {
		t.Errorf("read back %+v, %v", got, err)
	}
	bad := data.Instructor{Name: "", Phone: "x", Kejuruan: "Sulap"}
	err := s.CreateInstructor(ctx, &bad)
	if got, want := pcProblems(err), []string{"name required", "phone bad_phone x", "kejuruan unknown_kejuruan Sulap"}; !slices.Equal(got, want) {
		t.Errorf("invalid: got %q, want %q", got, want)
	}
	if bad.ID != "" {
		t.Errorf("refused instructor got ID")
	}

	in.NIP = "KTP 6471"
	in.Phone = ""
	if err := s.UpdateInstructor(ctx, &in); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Instructor(ctx, in.ID); got.NIP != "KTP 6471" || got.Phone != "" || !got.CreatedAt.Equal(want.CreatedAt) {
		t.Errorf("updated %+v", got)
	}
	ghost := data.Instructor{ID: "nope", Name: "X"}
	if err := s.UpdateInstructor(ctx, &ghost); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("update unknown: got %v, want ErrNotFound", err)
	}

	other := data.Instructor{Name: "Ahmad"}
	if err := s.CreateInstructor(ctx, &other); err != nil {
		t.Fatal(err)
	}
	if err := s.ArchiveInstructor(ctx, in.ID, true); err != nil {
		t.Fatal(err)
	}
	names := func(archived bool) []string {
		list, err := s.Instructors(ctx, archived)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, i := range list {
			out = append(out, i.Name)
		}
		return out
	}
	if got, want := names(false), []string{"Ahmad"}; !slices.Equal(got, want) {
		t.Errorf("current: got %q, want %q", got, want)
	}
	if got, want := names(true), []string{"Ahmad", "Budi Santoso"}; !slices.Equal(got, want) {
		t.Errorf("with archived: got %q, want %q", got, want)
	}
}

func TestDeleteInstructorAndRoom(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p := pcCreateProgram(t, s, "LAS", 40)
	mk := func(name string) (data.Instructor, data.Room) {
		in := data.Instructor{Name: name}
		r := data.Room{Name: "Bengkel " + name, Capacity: 16}
		if err := s.CreateInstructor(ctx, &in); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateRoom(ctx, &r); err != nil {
			t.Fatal(err)
		}
		return in, r
	}
	leadIn, leadRoom := mk("Lead")
	sessIn, sessRoom := mk("Session")
	freeIn, freeRoom := mk("Free")
	class := pcClassOf(t, s, p.ID, "LAS-2026-01")
	pcExec(t, s, `UPDATE classes SET instructor_id = ?, room_id = ? WHERE id = ?`, leadIn.ID, leadRoom.ID, class)
	pcSession(t, s, class, "", sessIn.ID, sessRoom.ID)

	for _, tt := range []struct {
		name string
		del  func(context.Context, string) error
		id   string
		want []string
	}{
		{"lead instructor", s.DeleteInstructor, leadIn.ID, []string{"instructor instructor_in_use LAS-2026-01"}},
		{"session instructor", s.DeleteInstructor, sessIn.ID, []string{"instructor instructor_in_use LAS-2026-01"}},
		{"class room", s.DeleteRoom, leadRoom.ID, []string{"room room_in_use LAS-2026-01"}},
		{"session room", s.DeleteRoom, sessRoom.ID, []string{"room room_in_use LAS-2026-01"}},
	} {
		err := tt.del(ctx, tt.id)
		if !errors.Is(err, data.ErrInUse) {
			t.Errorf("%s: got %v, want ErrInUse", tt.name, err)
		}
		if got := pcProblems(err); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if err := s.DeleteInstructor(ctx, freeIn.ID); err != nil {
		t.Errorf("free instructor: %v", err)
	}
	if err := s.DeleteRoom(ctx, freeRoom.ID); err != nil {
		t.Errorf("free room: %v", err)
	}
	if _, err := s.Instructor(ctx, freeIn.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("deleted instructor: %v", err)
	}
	if _, err := s.Room(ctx, freeRoom.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("deleted room: %v", err)
	}
	if err := s.DeleteRoom(ctx, freeRoom.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("delete again: got %v, want ErrNotFound", err)
	}
	if got, want := pcCount(t, s, "instructors")+pcCount(t, s, "rooms"), 4; got != want {
		t.Errorf("left: got %d, want %d", got, want)
	}
}
