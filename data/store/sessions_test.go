package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"balai/data"
)

func TestSessionsByHand(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	p := schedProgram(t, s, "LIS", 10, 6)
	other := schedProgram(t, s, "AC", 16)
	room, instr := schedRoom(t, s, "Lab Listrik"), schedInstructor(t, s, "Siti Aminah")
	classID := schedClass(t, s, p, "LIS-2026-01", ymd(2026, 9, 7), room, instr)

	valid := data.Session{ClassID: classID, Date: ymd(2026, 9, 7), Start: "7.30", End: "09:00", JP: 2, UnitID: p.Units[0].ID,
		InstructorID: instr, RoomID: room, Note: " praktik "}
	tests := []struct {
		name     string
		change   func(*data.Session)
		code     string // problem code, or
		notFound bool   // ErrNotFound
	}{
		{"valid", func(*data.Session) {}, "", false},
		{"no date", func(ss *data.Session) { ss.Date = time.Time{} }, data.CodeRequired, false},
		{"bad start", func(ss *data.Session) { ss.Start = "7 pagi" }, data.CodeSessionBadTime, false},
		{"bad end", func(ss *data.Session) { ss.End = "25:00" }, data.CodeSessionBadTime, false},
		{"end before start", func(ss *data.Session) { ss.Start, ss.End = "10:00", "09:00" }, data.CodeSessionTimeOrder, false},
		{"end at start", func(ss *data.Session) { ss.End = "07:30" }, data.CodeSessionTimeOrder, false},
		{"JP zero", func(ss *data.Session) { ss.JP = 0 }, data.CodeSessionJP, false},
		{"JP do not fit", func(ss *data.Session) { ss.JP = 3 }, data.CodeSessionJPTooLong, false},
		{"unit of another program", func(ss *data.Session) { ss.UnitID = other.Units[0].ID }, data.CodeSessionUnit, false},
		{"unknown unit", func(ss *data.Session) { ss.UnitID = "nope" }, data.CodeSessionUnit, false},
		{"no unit", func(ss *data.Session) { ss.UnitID = "" }, "", false},
		{"no instructor or room", func(ss *data.Session) { ss.InstructorID, ss.RoomID = "", "" }, "", false},
		{"unknown class", func(ss *data.Session) { ss.ClassID = "nope" }, "", true},
		{"no class", func(ss *data.Session) { ss.ClassID = "" }, "", true},
		{"unknown room", func(ss *data.Session) { ss.RoomID = "nope" }, "", true},
		{"unknown instructor", func(ss *data.Session) { ss.InstructorID = "nope" }, "", true},
	}
	added := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := valid
			tt.change(&ss)
			before := ss
			err := s.AddSession(ctx, &ss)
			switch {
			case tt.notFound:
				if !errors.Is(err, data.ErrNotFound) {
					t.Errorf("got %v, want ErrNotFound", err)
				}
			case tt.code != "":
				if problemCode(err) != tt.code {
					t.Errorf("got %v, want problem %s", err, tt.code)
				}
			case err != nil:
				t.Fatalf("got %v", err)
			default:
				added++
				if ss.ID == "" || ss.Start != "07:30" || ss.Note != "praktik" {
					t.Errorf("saved session %+v: want an ID, start 07:30, note trimmed", ss)
				}
				return
			}
			if !reflect.DeepEqual(ss, before) {
				t.Errorf("a refused session was changed: %+v", ss)
			}
		})
	}
	list, err := s.Sessions(ctx, classID)
	if err != nil || len(list) != added {
		t.Fatalf("Sessions: got %d, %v; want %d", len(list), err, added)
	}
	if planned, programJP, err := s.PlannedJP(ctx, classID); err != nil || planned != 2*added || programJP != 16 {
		t.Errorf("PlannedJP: got %d/%d, %v; want %d/16", planned, programJP, err, 2*added)
	}
	if _, _, err := s.PlannedJP(ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("PlannedJP of an unknown class: got %v", err)
	}

	// Move the first session to Tuesday afternoon, unit 2, no room; a bad move changes nothing.
	moved := list[0]
	moved.Date, moved.Start, moved.End, moved.JP, moved.UnitID, moved.RoomID = ymd(2026, 9, 8), "13:00", "16:00", 4, p.Units[1].ID, ""
	moved.ClassID = "ignored"
	if err := s.UpdateSession(ctx, &moved); err != nil {
		t.Fatal(err)
	}
	if moved.ClassID != classID {
		t.Errorf("moved session's class: got %q, want %q", moved.ClassID, classID)
	}
	bad := moved
	bad.UnitID = other.Units[0].ID
	if err := s.UpdateSession(ctx, &bad); problemCode(err) != data.CodeSessionUnit {
		t.Errorf("move to another program's unit: got %v", err)
	}
	bad = moved
	bad.End = "13:30"
	if err := s.UpdateSession(ctx, &bad); problemCode(err) != data.CodeSessionJPTooLong {
		t.Errorf("move to a shorter time: got %v", err)
	}
	after, _ := s.Sessions(ctx, classID)
	if got := after[len(after)-1]; !reflect.DeepEqual(got, moved) {
		t.Errorf("stored after move:\n%+v\nwant\n%+v", got, moved)
	}
	missing := moved
	missing.ID = "nope"
	if err := s.UpdateSession(ctx, &missing); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("update unknown session: got %v", err)
	}

	if err := s.DeleteSession(ctx, moved.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSession(ctx, moved.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("delete twice: got %v", err)
	}
	if rest, _ := s.Sessions(ctx, classID); len(rest) != added-1 {
		t.Errorf("after delete: %d sessions, want %d", len(rest), added-1)
	}
}
