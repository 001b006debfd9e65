package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"balai/data"
)

func TestRooms(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	las := data.Room{Name: " Bengkel Las ", Capacity: 16}
	if err := s.CreateRoom(ctx, &las); err != nil {
		t.Fatal(err)
	}
	if las.Name != "Bengkel Las" || las.ID == "" || !sameTime(las.CreatedAt, stamp("2026-11-26T10:00:00Z")) {
		t.Errorf("created %+v", las)
	}
	if got, err := s.Room(ctx, las.ID); err != nil || got != las {
		t.Errorf("read back %+v, %v", got, err)
	}
	teori := data.Room{Name: "Ruang Teori 1", Capacity: 24}
	if err := s.CreateRoom(ctx, &teori); err != nil {
		t.Fatal(err)
	}
	dup := data.Room{Name: "bengkel las", Capacity: 0}
	if got, want := pcProblems(s.CreateRoom(ctx, &dup)), []string{"name room_name_taken bengkel las", "capacity capacity_not_positive 0"}; !slices.Equal(got, want) {
		t.Errorf("duplicate: got %q, want %q", got, want)
	}
	r := teori
	r.Name = "BENGKEL LAS"
	if got, want := pcProblems(s.UpdateRoom(ctx, &r)), []string{"name room_name_taken BENGKEL LAS"}; !slices.Equal(got, want) {
		t.Errorf("rename to taken: got %q, want %q", got, want)
	}
	r = las
	r.Name, r.Capacity = "bengkel LAS", 12 // its own name, another case
	if err := s.UpdateRoom(ctx, &r); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Room(ctx, las.ID); got.Name != "bengkel LAS" || got.Capacity != 12 {
		t.Errorf("updated %+v", got)
	}
	ghost := data.Room{ID: "nope", Name: "Gudang", Capacity: 1}
	if err := s.UpdateRoom(ctx, &ghost); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("update unknown: got %v, want ErrNotFound", err)
	}
	if err := s.ArchiveRoom(ctx, teori.ID, true); err != nil {
		t.Fatal(err)
	}
	current, _ := s.Rooms(ctx, false)
	all, _ := s.Rooms(ctx, true)
	if len(current) != 1 || current[0].ID != las.ID || len(all) != 2 {
		t.Errorf("current %+v, all %+v", current, all)
	}
}
