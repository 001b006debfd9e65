package app

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// openInstructorsScreen shows the instructors and rooms in a test window.
func openInstructorsScreen(t *testing.T, st *store.Store) (*instructorsScreen, fyne.Window) {
	t.Helper()
	w := testWindow(t)
	s := newInstructorsScreen(w, st)
	s.loads.inline = true
	w.SetContent(s.view())
	s.start()
	return s, w
}

func TestInstructorFormNIPFormatted(t *testing.T) {
	st := openStore(t)
	s, w := openInstructorsScreen(t, st)
	f := newInstructorForm(w, st, nil, s.reload)
	f.show()
	test.Type(f.name, "Bambang Sutrisno")
	test.Type(f.nip, "196710181993031004")
	test.Type(f.phone, "0812-5555-0101")
	f.kejuruan.SetSelected("Las")
	test.Tap(f.save)
	if len(s.instructors.rows) != 1 {
		t.Fatalf("instructors listed: %d, want 1; name error %q", len(s.instructors.rows), f.errs.Text("name"))
	}
	if got, want := s.instructorText(0, 1), "19671018 199303 1 004"; got != want {
		t.Errorf("NIP in the list: got %q, want %q", got, want)
	}
	if got := s.instructorText(0, 3); got != "Las" {
		t.Errorf("kejuruan in the list: %q", got)
	}
	if in := s.instructors.rows[0]; in.NIP != "196710181993031004" {
		t.Errorf("NIP stored as %q", in.NIP)
	}

	// A bad phone number is said under the phone field; nothing is saved.
	g := newInstructorForm(w, st, nil, s.reload)
	g.show()
	test.Type(g.name, "Rina")
	test.Type(g.phone, "halo")
	test.Tap(g.save)
	if g.errs.Text("phone") == "" {
		t.Error("no inline error under a bad phone number")
	}
	if len(s.instructors.rows) != 1 {
		t.Error("an instructor with a bad phone number was saved")
	}
}

func TestRoomFormCapacityZero(t *testing.T) {
	st := openStore(t)
	s, w := openInstructorsScreen(t, st)
	f := newRoomForm(w, st, nil, s.reload)
	f.show()
	test.Type(f.name, "Bengkel Las 1")
	test.Type(f.capacity, "0")
	test.Tap(f.save)
	if got := f.errs.Text("capacity"); !strings.Contains(got, "0") {
		t.Errorf("capacity error: got %q", got)
	}
	if rooms, _ := st.Rooms(context.Background(), true); len(rooms) != 0 {
		t.Fatalf("a room of capacity 0 was saved: %v", rooms)
	}
	f.capacity.SetText("16")
	if f.errs.Text("capacity") != "" {
		t.Error("the capacity error stays after a good value")
	}
	test.Tap(f.save)
	if len(s.rooms.rows) != 1 || s.roomText(0, 1) != "16" {
		t.Fatalf("room not listed after saving: %v", s.rooms.rows)
	}

	// The same name again is refused by the store, under the name.
	g := newRoomForm(w, st, nil, s.reload)
	g.show()
	test.Type(g.name, "bengkel las 1")
	test.Type(g.capacity, "20")
	test.Tap(g.save)
	if g.errs.Text("name") == "" {
		t.Error("a taken room name shows no inline error")
	}
}

func TestInstructorsScreenDeleteInUse(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	room := data.Room{Name: "Bengkel Las 1", Capacity: 16}
	if err := st.CreateRoom(ctx, &room); err != nil {
		t.Fatal(err)
	}
	in := data.Instructor{Name: "Bambang"}
	if err := st.CreateInstructor(ctx, &in); err != nil {
		t.Fatal(err)
	}
	p := storeProgram(t, st, "LAS", data.Unit{Title: "Mengelas", JP: 120})
	c := data.Class{ProgramID: p.ID, Code: "LAS-2026-01", RoomID: room.ID,
		Start: time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), End: time.Date(2027, 2, 26, 0, 0, 0, 0, time.UTC)}
	if err := st.CreateClass(ctx, &c); err != nil {
		t.Fatal(err)
	}
	s, w := openInstructorsScreen(t, st)

	s.rooms.table.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Tap(s.rooms.delete)
	test.Tap(findButton(t, w.Canvas(), "Delete"))
	test.Tap(findButton(t, w.Canvas(), "Archive"))
	if got, _ := st.Room(ctx, room.ID); got.ArchivedAt.IsZero() {
		t.Error("a room in use was not archived instead")
	}
	if len(s.rooms.rows) != 0 {
		t.Error("archived room still listed")
	}

	s.instructors.table.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Tap(s.instructors.delete)
	test.Tap(findButton(t, w.Canvas(), "Delete"))
	if _, err := st.Instructor(ctx, in.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("free instructor not deleted: %v", err)
	}
}
