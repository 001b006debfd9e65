package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"balai/data"
)

// An edited class keeps agreeing with its sessions and participants.
func TestUpdateClassAgainstSessionsAndParticipants(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	codes := addDemoClasses(t, s)
	c, err := s.ClassByCode(ctx, codes[1]) // running, with a schedule and participants
	if err != nil {
		t.Fatal(err)
	}
	sessions, err := s.Sessions(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.Participants(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	enrolled := 0
	for _, r := range rows {
		if r.Status != data.ParticipantWithdrawn {
			enrolled++
		}
	}
	first, last := sessions[0].Date, sessions[len(sessions)-1].Date
	bad := c
	bad.Start, bad.End, bad.Quota = first.AddDate(0, 0, 1), last.AddDate(0, 0, -1), enrolled-1
	err = s.UpdateClass(ctx, &bad)
	var ps data.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("update past the sessions and under the enrolled: %v", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Field+" "+p.Code)
	}
	if want := "[start sessions_before_start end sessions_after_end quota quota_below_enrolled]"; fmt.Sprint(got) != want {
		t.Errorf("problems %v, want %s", got, want)
	}
	if stored, _ := s.Class(ctx, c.ID); !stored.Start.Equal(c.Start) || stored.Quota != c.Quota {
		t.Error("a refused change was saved")
	}
	// The same class with its own dates and quota saves.
	ok := c
	ok.Batch = "Angkatan II"
	if err := s.UpdateClass(ctx, &ok); err != nil {
		t.Errorf("unchanged dates and quota: %v", err)
	}

}

// Generating from a new start moves the class's start in the same transaction.
func TestGenerateScheduleFrom(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	codes := addDemoClasses(t, s)
	c, err := s.ClassByCode(ctx, codes[2]) // planned, with a schedule and no attendance
	if err != nil {
		t.Fatal(err)
	}
	start := c.Start.AddDate(0, 0, 14)
	sessions, err := s.GenerateScheduleFrom(ctx, c.ID, start, data.DefaultWeekPattern(), true)
	if err != nil {
		t.Fatal(err)
	}
	moved, err := s.Class(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !moved.Start.Equal(start) || !moved.End.Equal(sessions[len(sessions)-1].Date) || sessions[0].Date.Before(start) {
		t.Errorf("class %v – %v, sessions from %v", moved.Start, moved.End, sessions[0].Date)
	}
}
