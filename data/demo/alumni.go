package demo

import (
	"balai/data/store"

	"context"
	"errors"
	"fmt"
	"time"

	"balai/data"
)

// The demo's classes of alumni: held a year or more ago, with attendance,
// results, certificates and the tracer study's calls since.

// errDemoExists: the demo's alumni classes are there already.
var errDemoExists = errors.New("demo alumni classes exist")

// addAlumniClass adds a class of the program with code programCode that
// ended about ended, with 16 of the seekers registered first (from place
// from), all present, competent but one, with their certificates.
func addAlumniClass(ctx context.Context, s *store.Store, programCode string, ended time.Time, from int, batch string) (string, error) {
	prog, err := s.ProgramByCode(ctx, programCode)
	if err != nil {
		return "", err
	}
	start := ended.AddDate(0, 0, -7*5)
	start = start.AddDate(0, 0, -((int(start.Weekday()) + 6) % 7)) // a Monday
	existing, err := s.Classes(ctx, data.ClassFilter{Year: start.Year(), Query: prog.Code, IncludeArchived: true})
	if err != nil {
		return "", err
	}
	for _, e := range existing {
		if e.Class.Batch == batch {
			return "", errDemoExists
		}
	}
	code, err := s.NextClassCode(ctx, prog.ID, start.Year())
	if err != nil {
		return "", err
	}
	c := data.Class{ProgramID: prog.ID, Code: code, Batch: batch, Year: start.Year(), Funding: "APBD Kota",
		Start: start, End: ended, Quota: 16, Method: data.MethodOffline, Type: "PBK"}
	if err := s.CreateClass(ctx, &c); err != nil {
		return "", err
	}
	if _, err := s.GenerateSchedule(ctx, c.ID, data.DefaultWeekPattern(), false); err != nil {
		return "", err
	}
	seekers, err := s.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortRegistered}, from, 16)
	if err != nil {
		return "", err
	}
	if len(seekers) < 16 {
		return "", fmt.Errorf("demo alumni need %d job seekers, found %d", from+16, from+len(seekers))
	}
	for _, sk := range seekers {
		if _, err := s.Enrol(ctx, c.ID, sk.ID, data.EnrolOptions{Status: data.ParticipantActive, On: start.AddDate(0, 0, -7)}); err != nil {
			return "", err
		}
	}
	if err := alumniResults(ctx, s, c.ID, prog); err != nil {
		return "", err
	}
	if _, err := s.IssueCertificates(ctx, c.ID); err != nil {
		return "", fmt.Errorf("certificates: %w", err)
	}
	return code, nil
}

// alumniResults marks every session present and gives every participant
// K in every unit, but the sixth, BK in the last.
func alumniResults(ctx context.Context, s *store.Store, classID string, prog data.Program) error {
	sessions, err := s.Sessions(ctx, classID)
	if err != nil {
		return err
	}
	for _, ss := range sessions {
		if _, err := s.MarkAllPresent(ctx, ss.ID); err != nil {
			return err
		}
	}
	parts, err := s.Participants(ctx, classID)
	if err != nil {
		return err
	}
	for i, p := range parts {
		results := map[string]string{}
		for _, u := range prog.Units {
			results[u.ID] = data.ResultCompetent
		}
		score := 72 + float64((i*5)%25)
		if i == 5 {
			results[prog.Units[len(prog.Units)-1].ID], score = data.ResultNotCompetent, 61
		}
		if err := s.SetResults(ctx, p.ID, results, &score); err != nil {
			return err
		}
	}
	return nil
}

// tracer records the class's tracer-study calls in every round due so
// far: everyone in a closed round, the first half in the round still open.
// Outcomes follow outcomes by participant; a placement that starts after a
// round is due is told as belum bekerja in that round.
func tracer(ctx context.Context, s *store.Store, code string, outcomes []demoPlacement, now func() time.Time) error {
	c, err := s.ClassByCode(ctx, code)
	if err != nil {
		return err
	}
	parts, err := s.Participants(ctx, c.ID)
	if err != nil {
		return err
	}
	today := data.DateOf(now())
	for _, round := range data.TracerRounds {
		due, closes := data.RoundDue(c.End, round), data.RoundCloses(c.End, round)
		if due.After(today) {
			break
		}
		open := today.Before(closes)
		for i, p := range parts {
			if open && i >= len(parts)/2 {
				break
			}
			if err := calls(ctx, s, p.ID, i, round, due, outcomes[i%len(outcomes)], c.End, now); err != nil {
				return fmt.Errorf("%s: %w", p.Name, err)
			}
		}
	}
	return nil
}

// calls records participant i's calls of a round: three unanswered for
// the tenth in every round and the fifth in the first, one unanswered then
// the answer for every fifth from the third, else the answer at once.
func calls(ctx context.Context, s *store.Store, participant string, i, round int, due time.Time, o demoPlacement,
	end time.Time, now func() time.Time) error {
	day := due.AddDate(0, 0, i%10)
	call := func(outcome string, answer *data.Placement) error {
		setClock(s, day, now)
		day = day.AddDate(0, 0, 2)
		_, err := s.RecordCall(ctx, data.TracerCall{ParticipantID: participant, Round: round, Outcome: outcome}, answer)
		return err
	}
	if i == 9 || (i == 4 && round == data.TracerRounds[0]) {
		for _, out := range []string{data.CallNoAnswer, data.CallUnreachable, data.CallNoAnswer} {
			if err := call(out, nil); err != nil {
				return err
			}
		}
		return nil
	}
	if i%5 == 2 {
		if err := call(data.CallNoAnswer, nil); err != nil {
			return err
		}
	}
	answer := o.placement(participant, end, data.SourceTracer)
	if data.IsPlaced(o.status) && answer.Start.After(day) {
		answer = data.Placement{ParticipantID: participant, Status: data.PlacementNotWorking}
	}
	return call(data.CallAnswered, &answer)
}
