package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"balai/data"
)

func TestSetParticipantStatus(t *testing.T) {
	endsToday := ymd(2026, 11, 26)
	tests := []struct {
		name       string
		end        time.Time // the class starts 6 weeks before
		quota      int       // 0: 16
		from, to   string
		bk         bool // the participant has a BK result
		full       bool // the other seats are taken
		overlap    bool // active in an overlapping class
		wantCode   string
		wantDetail string
	}{
		{name: "registered to selected", end: runningEnd, from: data.ParticipantRegistered, to: data.ParticipantSelected},
		{name: "selected to active", end: runningEnd, from: data.ParticipantSelected, to: data.ParticipantActive},
		{name: "active back to registered", end: runningEnd, from: data.ParticipantActive, to: data.ParticipantRegistered},
		{name: "same status", end: runningEnd, from: data.ParticipantActive, to: data.ParticipantActive},
		{name: "withdrawn needs Withdraw", end: runningEnd, from: data.ParticipantActive, to: data.ParticipantWithdrawn, wantCode: data.CodeStatusNeedsWithdraw},
		{name: "unknown status", end: runningEnd, from: data.ParticipantActive, to: "lulus", wantCode: data.CodeBadChoice, wantDetail: "lulus"},
		{name: "graduated before the end", end: runningEnd, from: data.ParticipantActive, to: data.ParticipantGraduated, wantCode: data.CodeClassNotEnded, wantDetail: "18-12-2026"},
		{name: "not competent before the end", end: runningEnd, from: data.ParticipantActive, to: data.ParticipantNotCompetent, wantCode: data.CodeClassNotEnded, wantDetail: "18-12-2026"},
		{name: "graduated after the end", end: finishedEnd, from: data.ParticipantActive, to: data.ParticipantGraduated},
		{name: "graduated on the last day", end: endsToday, from: data.ParticipantActive, to: data.ParticipantGraduated},
		{name: "not competent after the end", end: finishedEnd, from: data.ParticipantActive, to: data.ParticipantNotCompetent},
		{name: "graduated with a BK unit", end: finishedEnd, from: data.ParticipantActive, to: data.ParticipantGraduated, bk: true, wantCode: data.CodeGraduatedWithBK},
		{name: "not competent with a BK unit", end: finishedEnd, from: data.ParticipantActive, to: data.ParticipantNotCompetent, bk: true},
		{name: "withdrawn cannot graduate", end: finishedEnd, from: data.ParticipantWithdrawn, to: data.ParticipantGraduated, wantCode: data.CodeAlreadyWithdrawn},
		{name: "reinstated", end: runningEnd, from: data.ParticipantWithdrawn, to: data.ParticipantActive},
		{name: "reinstated into a full class", end: runningEnd, quota: 3, full: true, from: data.ParticipantWithdrawn, to: data.ParticipantActive, wantCode: data.CodeClassFull, wantDetail: "3/3"},
		{name: "reinstated while in another class", end: runningEnd, overlap: true, from: data.ParticipantWithdrawn, to: data.ParticipantRegistered, wantCode: data.CodeClassOverlap, wantDetail: "OTO-2026-01"},
		{name: "graduate corrected back to active", end: finishedEnd, from: data.ParticipantGraduated, to: data.ParticipantActive},
		{name: "graduate to active while in another class", end: runningEnd, overlap: true, from: data.ParticipantGraduated, to: data.ParticipantActive, wantCode: data.CodeClassOverlap, wantDetail: "OTO-2026-01"},
		{name: "final changed", end: finishedEnd, from: data.ParticipantNotCompetent, to: data.ParticipantGraduated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnrolEnv(t)
			prog, units := e.program("LAS", 2)
			prog2, _ := e.program("OTO", 1)
			quota := tt.quota
			if quota == 0 {
				quota = 16
			}
			start := tt.end.AddDate(0, 0, -42)
			class := e.class(prog, "LAS-2026-01", start, tt.end, quota)
			sk, _ := e.seeker("Ani")
			p := e.enrol(class, sk, data.EnrolOptions{})
			if tt.bk {
				e.exec(`INSERT INTO unit_results (participant_id, unit_id, result) VALUES (?, ?, 'BK')`, p.ID, units[0])
			}
			e.setStatus(p.ID, tt.from)
			if tt.from == data.ParticipantWithdrawn {
				e.exec(`UPDATE participants SET withdrawn_on = '2026-11-20', withdraw_reason = 'bekerja' WHERE id = ?`, p.ID)
			}
			if tt.full {
				e.fill(class, quota)
			}
			if tt.overlap {
				other := e.class(prog2, "OTO-2026-01", start, tt.end, 16)
				e.exec(`INSERT INTO participants (id, class_id, seeker_id, status, enrolled_on, created_at, updated_at)
					VALUES (?, ?, ?, 'active', '2026-11-01', '', '')`, newID(), other, sk)
			}
			err := e.s.SetParticipantStatus(e.ctx, p.ID, tt.to)
			if code, detail := problemOf(err); code != tt.wantCode || detail != tt.wantDetail {
				t.Fatalf("got problem %q %q, want %q %q", code, detail, tt.wantCode, tt.wantDetail)
			}
			got := e.participant(p.ID)
			want := tt.to
			if tt.wantCode != "" {
				want = tt.from
			}
			if got.Status != want {
				t.Errorf("status: got %s, want %s", got.Status, want)
			}
			if tt.from == data.ParticipantWithdrawn && tt.wantCode == "" && (!got.WithdrawnOn.IsZero() || got.WithdrawReason != "") {
				t.Errorf("reinstated participant keeps withdrawal %v %q", got.WithdrawnOn, got.WithdrawReason)
			}
		})
	}
	t.Run("unknown participant", func(t *testing.T) {
		e := newEnrolEnv(t)
		if err := e.s.SetParticipantStatus(e.ctx, "nope", data.ParticipantActive); !errors.Is(err, data.ErrNotFound) {
			t.Errorf("got %v, want ErrNotFound", err)
		}
	})
}

func TestWithdraw(t *testing.T) {
	tests := []struct {
		name       string
		from       string
		on         time.Time
		reason     string
		wantCode   string
		wantDetail string
		wantOn     time.Time
	}{
		{name: "during the class", from: data.ParticipantActive, on: ymd(2026, 11, 20), reason: "  Diterima bekerja ", wantOn: ymd(2026, 11, 20)},
		{name: "today by default", from: data.ParticipantActive, reason: "Sakit", wantOn: ymd(2026, 11, 26)},
		{name: "before the class", from: data.ParticipantSelected, on: ymd(2026, 10, 1), reason: "Pindah kota", wantOn: ymd(2026, 10, 1)},
		{name: "on the last day", from: data.ParticipantActive, on: runningEnd, reason: "Sakit", wantOn: runningEnd},
		{name: "after the class", from: data.ParticipantActive, on: runningEnd.AddDate(0, 0, 1), reason: "Sakit", wantCode: data.CodeWithdrawAfterClass, wantDetail: "19-12-2026"},
		{name: "no reason", from: data.ParticipantActive, on: ymd(2026, 11, 20), reason: " ", wantCode: data.CodeMissingReason},
		{name: "already withdrawn", from: data.ParticipantWithdrawn, reason: "Sakit", wantCode: data.CodeAlreadyWithdrawn},
		{name: "graduated", from: data.ParticipantGraduated, reason: "Sakit", wantCode: data.CodeParticipantFinished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnrolEnv(t)
			prog, _ := e.program("LAS", 1)
			class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 1)
			sk, _ := e.seeker("Ani")
			p := e.enrol(class, sk, data.EnrolOptions{})
			e.setStatus(p.ID, tt.from)
			err := e.s.Withdraw(e.ctx, p.ID, tt.on, tt.reason)
			if code, detail := problemOf(err); code != tt.wantCode || detail != tt.wantDetail {
				t.Fatalf("got problem %q %q, want %q %q", code, detail, tt.wantCode, tt.wantDetail)
			}
			got := e.participant(p.ID)
			if tt.wantCode != "" {
				if got.Status != tt.from || !got.WithdrawnOn.IsZero() {
					t.Errorf("refused withdrawal changed %+v", got)
				}
				return
			}
			if got.Status != data.ParticipantWithdrawn || !got.WithdrawnOn.Equal(tt.wantOn) || got.WithdrawReason != strings.TrimSpace(tt.reason) {
				t.Errorf("got %s on %v for %q, want withdrawn on %v", got.Status, got.WithdrawnOn, got.WithdrawReason, tt.wantOn)
			}
			// The seat (quota 1) is free again.
			other, _ := e.seeker("Bayu")
			if _, err := e.s.Enrol(e.ctx, class, other, data.EnrolOptions{}); err != nil {
				t.Errorf("enrol in the freed seat: %v", err)
			}
		})
	}
	t.Run("unknown participant", func(t *testing.T) {
		e := newEnrolEnv(t)
		if err := e.s.Withdraw(e.ctx, "nope", time.Time{}, "Sakit"); !errors.Is(err, data.ErrNotFound) {
			t.Errorf("got %v, want ErrNotFound", err)
		}
	})
}

func TestParticipants(t *testing.T) {
	e := newEnrolEnv(t)
	prog, units := e.program("LAS", 2)
	class := e.class(prog, "LAS-2026-01", finishedStart, finishedEnd, 16)
	empty := e.class(prog, "LAS-2026-02", runningStart, runningEnd, 16)
	var ids = map[string]string{}
	for _, n := range []string{"siti Aminah", "Budi Santoso", "Agus Salim"} {
		id, _ := e.seeker(n)
		ids[n] = e.enrol(class, id, data.EnrolOptions{}).ID
	}
	if err := e.s.SetResults(e.ctx, ids["Budi Santoso"], map[string]string{units[0]: "K", units[1]: "K"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := e.s.Withdraw(e.ctx, ids["Agus Salim"], finishedStart, "Bekerja"); err != nil {
		t.Fatal(err)
	}
	rows, err := e.s.Participants(e.ctx, class)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %s %s %s %s %d", r.Name, r.Status, r.Sex, r.NIK[:4], r.Phone[:4], len(r.Results)))
	}
	want := []string{"Agus Salim withdrawn L 6471 0812 0", "Budi Santoso graduated L 6471 0812 2", "siti Aminah registered L 6471 0812 0"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if rows, err := e.s.Participants(e.ctx, empty); err != nil || len(rows) != 0 {
		t.Errorf("empty class: got %v, %v", rows, err)
	}
	if _, err := e.s.Participants(e.ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown class: got %v, want ErrNotFound", err)
	}
}

func TestSeekerClasses(t *testing.T) {
	e := newEnrolEnv(t)
	las, lasUnits := e.program("LAS", 3)
	oto, _ := e.program("OTO", 2)
	finished := e.class(las, "LAS-2026-01", finishedStart, finishedEnd, 16)
	running := e.class(oto, "OTO-2026-01", runningStart, runningEnd, 16)
	cancelled := e.class(oto, "OTO-2027-01", ymd(2027, 2, 1), ymd(2027, 3, 12), 16)
	sk, _ := e.seeker("Ani")
	p1 := e.enrol(finished, sk, data.EnrolOptions{Status: data.ParticipantActive, On: ymd(2026, 8, 20)})
	if err := e.s.SetResults(e.ctx, p1.ID, map[string]string{lasUnits[0]: "K", lasUnits[1]: "BK", lasUnits[2]: "K"}, func() *float64 { f := 64.0; return &f }()); err != nil {
		t.Fatal(err)
	}
	e.enrol(running, sk, data.EnrolOptions{Status: data.ParticipantActive})
	p3 := e.enrol(cancelled, sk, data.EnrolOptions{})
	e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, nowText(e.s), cancelled)
	if err := e.s.Withdraw(e.ctx, p3.ID, ymd(2026, 11, 25), "Kelas batal"); err != nil {
		t.Fatal(err)
	}

	got, err := e.s.SeekerClasses(e.ctx, sk)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, c := range got {
		score := "-"
		if c.Score != nil {
			score = fmt.Sprint(*c.Score)
		}
		lines = append(lines, fmt.Sprintf("%s|%s|%s..%s|%s|%s|K%d BK%d of %d|%s|%s", c.ClassCode, c.ProgramName,
			c.Start.Format(data.DateLayout), c.End.Format(data.DateLayout), c.ClassStatus, c.Status, c.Competent, c.NotCompetent, c.Units,
			score, c.WithdrawReason))
	}
	want := []string{
		"OTO-2027-01|Program OTO|2027-02-01..2027-03-12|cancelled|withdrawn|K0 BK0 of 2|-|Kelas batal",
		"OTO-2026-01|Program OTO|2026-11-02..2026-12-18|running|active|K0 BK0 of 2|-|",
		"LAS-2026-01|Program LAS|2026-09-01..2026-10-16|finished|not_competent|K2 BK1 of 3|64|",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if got[2].ParticipantID != p1.ID || got[2].ClassID != finished || !got[2].EnrolledOn.Equal(ymd(2026, 8, 20)) {
		t.Errorf("finished class row: %+v", got[2])
	}
	other, _ := e.seeker("Budi")
	if got, err := e.s.SeekerClasses(e.ctx, other); err != nil || len(got) != 0 {
		t.Errorf("seeker without classes: got %v, %v", got, err)
	}
	if _, err := e.s.SeekerClasses(e.ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown seeker: got %v, want ErrNotFound", err)
	}
}

func TestUnenrol(t *testing.T) {
	tests := []struct {
		status   string
		wantCode string
	}{
		{data.ParticipantRegistered, ""},
		{data.ParticipantSelected, ""},
		{data.ParticipantActive, data.CodeCannotUnenrol},
		{data.ParticipantWithdrawn, data.CodeCannotUnenrol},
		{data.ParticipantGraduated, data.CodeCannotUnenrol},
		{data.ParticipantNotCompetent, data.CodeCannotUnenrol},
	}
	for _, tt := range tests {
		t.Run(tt.status, func(t *testing.T) {
			e := newEnrolEnv(t)
			prog, units := e.program("LAS", 1)
			class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 16)
			sk, _ := e.seeker("Ani")
			p := e.enrol(class, sk, data.EnrolOptions{})
			e.exec(`INSERT INTO unit_results (participant_id, unit_id, result) VALUES (?, ?, 'K')`, p.ID, units[0])
			e.setStatus(p.ID, tt.status)
			err := e.s.Unenrol(e.ctx, p.ID)
			if code, _ := problemOf(err); code != tt.wantCode {
				t.Fatalf("got %q, want %q", code, tt.wantCode)
			}
			want := 1
			if tt.wantCode == "" {
				want = 0
			}
			if got := e.count(class); got != want {
				t.Errorf("participants: got %d, want %d", got, want)
			}
			if tt.wantCode == "" {
				// The seeker can be enrolled again, and deleted.
				e.enrol(class, sk, data.EnrolOptions{})
			}
		})
	}
	t.Run("unknown participant", func(t *testing.T) {
		e := newEnrolEnv(t)
		if err := e.s.Unenrol(e.ctx, "nope"); !errors.Is(err, data.ErrNotFound) {
			t.Errorf("got %v, want ErrNotFound", err)
		}
	})
}
