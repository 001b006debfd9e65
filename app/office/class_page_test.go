package office

import (
	"context"
	"testing"

	"balai/data"
)

func TestLoadClassPage(t *testing.T) {
	st := openStore(t)
	_, running, _ := demoClasses(t, st)
	ctx := context.Background()
	d, err := LoadClassPage(ctx, st, running)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := st.Participants(ctx, running)
	if err != nil {
		t.Fatal(err)
	}
	enrolled := 0
	for _, p := range parts {
		if p.Status != data.ParticipantWithdrawn {
			enrolled++
		}
	}
	if d.Class.ID != running || d.Program.ID != d.Class.ProgramID || len(d.Program.Units) == 0 {
		t.Errorf("class %q of program %q with %d units", d.Class.ID, d.Program.ID, len(d.Program.Units))
	}
	if len(d.Sessions) == 0 || d.PlannedJP != d.Program.JP {
		t.Errorf("%d sessions planning %d JP, want the program's %d", len(d.Sessions), d.PlannedJP, d.Program.JP)
	}
	if got, want := d.Enrolled, enrolled; got != want || got == 0 {
		t.Errorf("enrolled %d, want %d", got, want)
	}
	if d.RoomName(d.Class.RoomID) == "" || d.InstructorName(d.Class.InstructorID) == "" {
		t.Errorf("room %q, instructor %q: want their names", d.RoomName(d.Class.RoomID), d.InstructorName(d.Class.InstructorID))
	}
	if u, ok := d.Unit(d.Sessions[0].UnitID); !ok || u.Title == "" {
		t.Errorf("the first session's unit: %+v, %v", u, ok)
	}
	for _, id := range []string{"", "nope"} {
		if d.RoomName(id) != "" || d.InstructorName(id) != "" {
			t.Errorf("%q names a room or instructor", id)
		}
		if _, ok := d.Unit(id); ok {
			t.Errorf("%q is a unit", id)
		}
	}
	if _, err := LoadClassPage(ctx, st, "nope"); err == nil {
		t.Error("an unknown class loaded")
	}
}
