package store

import (
	"fmt"
	"math"
	"testing"
	"time"

	"balai/data"
)

func TestSetResults(t *testing.T) {
	score := func(f float64) *float64 { return &f }
	// Units are named by index: u0, u1, u2 of the class's program; x0 is a unit of another program.
	tests := []struct {
		name       string
		end        time.Time
		from       string
		results    map[string]string
		score      *float64
		wantCode   string
		wantDetail string
		wantStatus string
		want       map[string]string
	}{
		{name: "all K after the end", end: finishedEnd, from: data.ParticipantActive, results: map[string]string{"u0": "K", "u1": "K", "u2": "K"}, score: score(87.5),
			wantStatus: data.ParticipantGraduated, want: map[string]string{"u0": "K", "u1": "K", "u2": "K"}},
		{name: "one BK after the end", end: finishedEnd, from: data.ParticipantActive, results: map[string]string{"u0": "K", "u1": "BK", "u2": "K"},
			wantStatus: data.ParticipantNotCompetent, want: map[string]string{"u0": "K", "u1": "BK", "u2": "K"}},
		{name: "BK in incomplete results", end: finishedEnd, from: data.ParticipantActive, results: map[string]string{"u0": "BK"},
			wantStatus: data.ParticipantNotCompetent, want: map[string]string{"u0": "BK"}},
		{name: "incomplete K", end: finishedEnd, from: data.ParticipantActive, results: map[string]string{"u0": "K", "u1": "K"},
			wantStatus: data.ParticipantActive, want: map[string]string{"u0": "K", "u1": "K"}},
		{name: "graduate loses a result", end: finishedEnd, from: data.ParticipantGraduated, results: map[string]string{"u0": "K", "u1": "K", "u2": ""},
			wantStatus: data.ParticipantActive, want: map[string]string{"u0": "K", "u1": "K"}},
		{name: "before the end", end: runningEnd, from: data.ParticipantActive, results: map[string]string{"u0": "K", "u1": "K", "u2": "K"},
			wantStatus: data.ParticipantActive, want: map[string]string{"u0": "K", "u1": "K", "u2": "K"}},
		{name: "written loosely", end: finishedEnd, from: data.ParticipantActive, results: map[string]string{"u0": " k", "u1": "bk ", "u2": "K"},
			wantStatus: data.ParticipantNotCompetent, want: map[string]string{"u0": "K", "u1": "BK", "u2": "K"}},
		{name: "score 0 and 100", end: runningEnd, from: data.ParticipantActive, score: score(100), wantStatus: data.ParticipantActive},
		{name: "bad result", end: finishedEnd, from: data.ParticipantActive, results: map[string]string{"u0": "K", "u1": "L"},
			wantCode: data.CodeBadResult, wantDetail: "L"},
		{name: "unit of another program", end: finishedEnd, from: data.ParticipantActive, results: map[string]string{"x0": "K"},
			wantCode: data.CodeUnitNotInProgram, wantDetail: "x0"},
		{name: "score over 100", end: finishedEnd, from: data.ParticipantActive, score: score(100.5), wantCode: data.CodeBadScore, wantDetail: "100.5"},
		{name: "negative score", end: finishedEnd, from: data.ParticipantActive, score: score(-1), wantCode: data.CodeBadScore, wantDetail: "-1"},
		{name: "NaN score", end: finishedEnd, from: data.ParticipantActive, score: score(math.NaN()), wantCode: data.CodeBadScore, wantDetail: "NaN"},
		{name: "withdrawn", end: finishedEnd, from: data.ParticipantWithdrawn, results: map[string]string{"u0": "K"}, wantCode: data.CodeAlreadyWithdrawn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnrolEnv(t)
			prog, units := e.program("LAS", 3)
			_, others := e.program("OTO", 1)
			names := map[string]string{"u0": units[0], "u1": units[1], "u2": units[2], "x0": others[0]}
			byID := map[string]string{}
			for n, id := range names {
				byID[id] = n
			}
			class := e.class(prog, "LAS-2026-01", tt.end.AddDate(0, 0, -42), tt.end, 16)
			sk, _ := e.seeker("Ani")
			p := e.enrol(class, sk, data.EnrolOptions{})
			// An earlier result that a refusal must keep and a success replaces.
			e.exec(`INSERT INTO unit_results (participant_id, unit_id, result) VALUES (?, ?, 'K')`, p.ID, units[2])
			e.setStatus(p.ID, tt.from)
			results := map[string]string{}
			for n, r := range tt.results {
				results[names[n]] = r
			}
			err := e.s.SetResults(e.ctx, p.ID, results, tt.score)
			detail := tt.wantDetail
			if tt.wantCode == data.CodeUnitNotInProgram {
				detail = names[tt.wantDetail]
			}
			if code, d := problemOf(err); code != tt.wantCode || d != detail {
				t.Fatalf("got problem %q %q, want %q %q", code, d, tt.wantCode, detail)
			}
			got := e.participant(p.ID)
			gotResults := map[string]string{}
			for id, r := range got.Results {
				gotResults[byID[id]] = r
			}
			want, wantStatus := tt.want, tt.wantStatus
			if tt.wantCode != "" {
				want, wantStatus = map[string]string{"u2": "K"}, tt.from
			}
			if want == nil {
				want = map[string]string{}
			}
			if fmt.Sprint(gotResults) != fmt.Sprint(want) {
				t.Errorf("results: got %v, want %v", gotResults, want)
			}
			if got.Status != wantStatus {
				t.Errorf("status: got %s, want %s", got.Status, wantStatus)
			}
			wantScore := tt.score
			if tt.wantCode != "" {
				wantScore = nil
			}
			if (got.Score == nil) != (wantScore == nil) || got.Score != nil && *got.Score != *wantScore {
				t.Errorf("score: got %v, want %v", got.Score, wantScore)
			}
		})
	}
	t.Run("score cleared", func(t *testing.T) {
		e := newEnrolEnv(t)
		prog, _ := e.program("LAS", 1)
		class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 16)
		sk, _ := e.seeker("Ani")
		p := e.enrol(class, sk, data.EnrolOptions{})
		if err := e.s.SetResults(e.ctx, p.ID, nil, score(0)); err != nil {
			t.Fatal(err)
		}
		if got := e.participant(p.ID).Score; got == nil || *got != 0 {
			t.Fatalf("score 0: got %v", got)
		}
		if err := e.s.SetResults(e.ctx, p.ID, nil, nil); err != nil {
			t.Fatal(err)
		}
		if got := e.participant(p.ID).Score; got != nil {
			t.Errorf("score after clearing: got %v, want none", *got)
		}
	})
}
