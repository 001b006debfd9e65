package store

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"balai/data"
)

func TestKejuruanList(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	list := func() []string {
		k, err := s.Kejuruan(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	start := list()
	if got, want := start[:3], []string{"Las", "Otomotif", "Listrik"}; !slices.Equal(got, want) {
		t.Errorf("first kejuruan: got %q, want %q", got, want)
	}
	if err := s.AddKejuruan(ctx, " Barista "); err != nil {
		t.Fatal(err)
	}
	if got := list(); got[len(got)-1] != "Barista" || len(got) != len(start)+1 {
		t.Errorf("after add: %q", got)
	}
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"add existing, other case", s.AddKejuruan(ctx, "LAS"), []string{"kejuruan kejuruan_exists Las"}},
		{"add empty", s.AddKejuruan(ctx, "  "), []string{"kejuruan required"}},
		{"rename to existing", s.RenameKejuruan(ctx, "Las", "otomotif"), []string{"kejuruan kejuruan_exists otomotif"}},
		{"rename to empty", s.RenameKejuruan(ctx, "Las", ""), []string{"kejuruan required"}},
	}
	for _, tt := range tests {
		if got := pcProblems(tt.err); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q (%v), want %q", tt.name, got, tt.err, tt.want)
		}
	}
	if err := s.RenameKejuruan(ctx, "Sulap", "Sihir"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("rename unknown: got %v, want ErrNotFound", err)
	}
	if err := s.DeleteKejuruan(ctx, "Sulap"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("delete unknown: got %v, want ErrNotFound", err)
	}
}

func TestRenameKejuruan(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	las := pcCreateProgram(t, s, "LAS", 40)
	oto := pcProgram("OTO", 40)
	oto.Kejuruan = "Otomotif"
	if err := s.CreateProgram(ctx, &oto); err != nil {
		t.Fatal(err)
	}
	welder := data.Instructor{Name: "Budi Santoso", Kejuruan: "Las"}
	if err := s.CreateInstructor(ctx, &welder); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return testNow.Add(time.Hour) }
	if err := s.RenameKejuruan(ctx, "Las", "Pengelasan"); err != nil {
		t.Fatal(err)
	}
	k, _ := s.Kejuruan(ctx)
	if got, want := k[0], "Pengelasan"; got != want {
		t.Errorf("first kejuruan: got %q, want %q (the position is kept)", got, want)
	}
	if slices.Contains(k, "Las") {
		t.Errorf("old name still listed: %q", k)
	}
	p, _ := s.Program(ctx, las.ID)
	if p.Kejuruan != "Pengelasan" || !sameTime(p.UpdatedAt, stamp("2026-11-26T11:00:00Z")) {
		t.Errorf("program: kejuruan %q updated %v", p.Kejuruan, p.UpdatedAt)
	}
	if p, _ := s.Program(ctx, oto.ID); p.Kejuruan != "Otomotif" || !p.UpdatedAt.Equal(oto.UpdatedAt) {
		t.Errorf("other program changed: %+v", p)
	}
	if in, _ := s.Instructor(ctx, welder.ID); in.Kejuruan != "Pengelasan" {
		t.Errorf("instructor kejuruan %q", in.Kejuruan)
	}
	// A change of case only.
	if err := s.RenameKejuruan(ctx, "Pengelasan", "PENGELASAN"); err != nil {
		t.Errorf("change of case: %v", err)
	}
	if p, _ := s.Program(ctx, las.ID); p.Kejuruan != "PENGELASAN" {
		t.Errorf("after change of case: %q", p.Kejuruan)
	}
}

func TestDeleteKejuruan(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p := pcCreateProgram(t, s, "LAS", 40)
	if err := s.ArchiveProgram(ctx, p.ID, true); err != nil {
		t.Fatal(err)
	}
	err := s.DeleteKejuruan(ctx, "Las")
	if got, want := pcProblems(err), []string{"kejuruan kejuruan_in_use Las SMAW LAS"}; !slices.Equal(got, want) {
		t.Errorf("used by an archived program: got %q (%v), want %q", got, err, want)
	}
	if !errors.Is(err, data.ErrInUse) {
		t.Errorf("got %v, want ErrInUse", err)
	}
	in := data.Instructor{Name: "Siti", Kejuruan: "Pertanian"}
	if err := s.CreateInstructor(ctx, &in); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteKejuruan(ctx, "Pertanian"); err != nil {
		t.Fatal(err)
	}
	k, _ := s.Kejuruan(ctx)
	if slices.Contains(k, "Pertanian") || !slices.Contains(k, "Las") {
		t.Errorf("after delete: %q", k)
	}
	if got, _ := s.Instructor(ctx, in.ID); got.Kejuruan != "" {
		t.Errorf("instructor keeps deleted kejuruan %q", got.Kejuruan)
	}
}
