package store

import (
	"balai/data"

	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// Class dates around testNow (Thursday 26 November 2026).
var (
	runningStart, runningEnd   = ymd(2026, 11, 2), ymd(2026, 12, 18)
	finishedStart, finishedEnd = ymd(2026, 9, 1), ymd(2026, 10, 16)
)

// enrolEnv makes programs, classes and seekers for the enrolment tests. Until
// the programs and classes API lands, they are written with plain SQL.
type enrolEnv struct {
	t   *testing.T
	s   *Store
	ctx context.Context
	seq int
}

func newEnrolEnv(t *testing.T) *enrolEnv {
	t.Helper()
	return &enrolEnv{t: t, s: openTestStore(t), ctx: context.Background()}
}

func (e *enrolEnv) exec(q string, args ...any) {
	e.t.Helper()
	if _, err := e.s.db.ExecContext(e.ctx, q, args...); err != nil {
		e.t.Fatalf("%s: %v", strings.Fields(q)[0:3], err)
	}
}

// program adds a program with units of 40 JP each and returns its ID and its units' IDs.
func (e *enrolEnv) program(code string, units int) (string, []string) {
	e.t.Helper()
	id, now := newID(), e.s.now()
	e.exec(`INSERT INTO programs (id, code, name, kejuruan, jp, created_at, updated_at) VALUES (?, ?, ?, 'Las', ?, ?, ?)`,
		id, code, "Program "+code, 40*max(units, 1), now, now)
	var ids []string
	for i := range units {
		u := newID()
		e.exec(`INSERT INTO program_units (id, program_id, position, code, title, jp) VALUES (?, ?, ?, ?, ?, 40)`,
			u, id, i+1, fmt.Sprintf("C.%s.%02d", code, i+1), fmt.Sprintf("Unit %d", i+1))
		ids = append(ids, u)
	}
	return id, ids
}

// class adds a class of program and returns its ID.
func (e *enrolEnv) class(programID, code string, start, end time.Time, quota int) string {
	e.t.Helper()
	id, now := newID(), e.s.now()
	e.exec(`INSERT INTO classes (id, program_id, code, year, start_date, end_date, quota, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, programID, code, start.Year(), storedDate(start), storedDate(end), quota, now, now)
	return id
}

// seeker adds a seeker and returns its ID and NIK.
func (e *enrolEnv) seeker(name string) (string, string) {
	e.t.Helper()
	e.seq++
	sk := data.Seeker{NIK: fmt.Sprintf("6471050101%02d%04d", 90, e.seq), Name: name, Sex: data.SexMale,
		BirthDate: ymd(1990, 1, 1), Phone: fmt.Sprintf("0812%08d", e.seq)}
	if err := e.s.CreateSeeker(e.ctx, &sk); err != nil {
		e.t.Fatalf("create seeker %s: %v", name, err)
	}
	return sk.ID, sk.NIK
}

func (e *enrolEnv) enrol(classID, seekerID string, opt data.EnrolOptions) data.Participant {
	e.t.Helper()
	p, err := e.s.Enrol(e.ctx, classID, seekerID, opt)
	if err != nil {
		e.t.Fatalf("enrol: %v", err)
	}
	return p
}

// setStatus puts a participant in a status directly, bypassing the rules.
func (e *enrolEnv) setStatus(participantID, status string) {
	e.t.Helper()
	e.exec(`UPDATE participants SET status = ? WHERE id = ?`, status, participantID)
}

// fill enrols n new seekers in a class and returns the participants.
func (e *enrolEnv) fill(classID string, n int) []data.Participant {
	e.t.Helper()
	var out []data.Participant
	for i := range n {
		sk, _ := e.seeker(fmt.Sprintf("Peserta %d", e.seq+i))
		out = append(out, e.enrol(classID, sk, data.EnrolOptions{OverrideQuota: true}))
	}
	return out
}

func (e *enrolEnv) count(classID string) int {
	e.t.Helper()
	var n int
	if err := e.s.db.QueryRowContext(e.ctx, `SELECT count(*) FROM participants WHERE class_id = ?`, classID).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *enrolEnv) participant(id string) data.Participant {
	e.t.Helper()
	p, err := e.s.Participant(e.ctx, id)
	if err != nil {
		e.t.Fatalf("participant %s: %v", id, err)
	}
	return p
}

// problemOf is the code and detail of a *Problem error, "" for nil and
// "error: …" for another error.
func problemOf(err error) (string, string) {
	var p *data.Problem
	switch {
	case err == nil:
		return "", ""
	case errors.As(err, &p):
		return p.Code, p.Detail
	}
	return "error: " + err.Error(), ""
}

func TestEnrolQuota(t *testing.T) {
	tests := []struct {
		name                    string
		quota, taken, withdrawn int
		override                bool
		wantCode, wantDetail    string
		wantOverQuota           bool
	}{
		{name: "seat free", quota: 3, taken: 1},
		{name: "last seat", quota: 2, taken: 1},
		{name: "full", quota: 2, taken: 2, wantCode: data.CodeClassFull, wantDetail: "2/2"},
		{name: "full at the usual 16", quota: 16, taken: 16, wantCode: data.CodeClassFull, wantDetail: "16/16"},
		{name: "withdrawn free their seats", quota: 2, taken: 1, withdrawn: 3},
		{name: "override", quota: 2, taken: 2, override: true, wantOverQuota: true},
		{name: "override already over", quota: 2, taken: 3, override: true, wantOverQuota: true},
		{name: "override with a seat free", quota: 2, override: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnrolEnv(t)
			prog, _ := e.program("LAS", 2)
			class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, tt.quota)
			e.fill(class, tt.taken)
			for _, p := range e.fill(class, tt.withdrawn) {
				e.setStatus(p.ID, data.ParticipantWithdrawn)
			}
			before := e.count(class)
			sk, _ := e.seeker("Andi")
			p, err := e.s.Enrol(e.ctx, class, sk, data.EnrolOptions{OverrideQuota: tt.override})
			if code, detail := problemOf(err); code != tt.wantCode || detail != tt.wantDetail {
				t.Fatalf("got problem %q %q, want %q %q", code, detail, tt.wantCode, tt.wantDetail)
			}
			if tt.wantCode != "" {
				if got := e.count(class); got != before {
					t.Errorf("participants after refusal: got %d, want %d", got, before)
				}
				return
			}
			if got := e.participant(p.ID); got.OverQuota != tt.wantOverQuota || p.OverQuota != tt.wantOverQuota {
				t.Errorf("over quota: got stored %v, returned %v, want %v", got.OverQuota, p.OverQuota, tt.wantOverQuota)
			}
		})
	}
}

func TestEnrolOverlap(t *testing.T) {
	// The class enrolled in runs 2 March – 10 April 2026.
	start, end := ymd(2026, 3, 2), ymd(2026, 4, 10)
	tests := []struct {
		name            string
		otherStart      time.Time
		otherEnd        time.Time
		otherStatus     string
		otherCancelled  bool
		wantCode        string
		wantOtherDetail bool // Detail is the other class's code
	}{
		{name: "overlaps the start", otherStart: ymd(2026, 2, 2), otherEnd: ymd(2026, 3, 5), otherStatus: data.ParticipantRegistered, wantCode: data.CodeClassOverlap, wantOtherDetail: true},
		{name: "ends on the first day", otherStart: ymd(2026, 2, 2), otherEnd: start, otherStatus: data.ParticipantActive, wantCode: data.CodeClassOverlap, wantOtherDetail: true},
		{name: "starts on the last day", otherStart: end, otherEnd: ymd(2026, 5, 29), otherStatus: data.ParticipantSelected, wantCode: data.CodeClassOverlap, wantOtherDetail: true},
		{name: "contains it", otherStart: ymd(2026, 1, 5), otherEnd: ymd(2026, 6, 30), otherStatus: data.ParticipantActive, wantCode: data.CodeClassOverlap, wantOtherDetail: true},
		{name: "inside it", otherStart: ymd(2026, 3, 9), otherEnd: ymd(2026, 3, 20), otherStatus: data.ParticipantSelected, wantCode: data.CodeClassOverlap, wantOtherDetail: true},
		{name: "adjacent before", otherStart: ymd(2026, 1, 5), otherEnd: ymd(2026, 3, 1), otherStatus: data.ParticipantActive},
		{name: "adjacent after", otherStart: ymd(2026, 4, 11), otherEnd: ymd(2026, 5, 29), otherStatus: data.ParticipantRegistered},
		{name: "withdrawn there", otherStart: ymd(2026, 2, 2), otherEnd: ymd(2026, 3, 5), otherStatus: data.ParticipantWithdrawn},
		{name: "graduated there", otherStart: ymd(2026, 2, 2), otherEnd: ymd(2026, 3, 5), otherStatus: data.ParticipantGraduated},
		{name: "not competent there", otherStart: ymd(2026, 2, 2), otherEnd: ymd(2026, 3, 5), otherStatus: data.ParticipantNotCompetent},
		{name: "other class cancelled", otherStart: ymd(2026, 3, 2), otherEnd: ymd(2026, 4, 10), otherStatus: data.ParticipantRegistered, otherCancelled: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnrolEnv(t)
			prog, _ := e.program("LAS", 1)
			prog2, _ := e.program("OTO", 1)
			class := e.class(prog, "LAS-2026-02", start, end, 16)
			other := e.class(prog2, "OTO-2026-01", tt.otherStart, tt.otherEnd, 16)
			sk, _ := e.seeker("Budi")
			e.setStatus(e.enrol(other, sk, data.EnrolOptions{}).ID, tt.otherStatus)
			if tt.otherCancelled {
				e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, e.s.now(), other)
			}
			_, err := e.s.Enrol(e.ctx, class, sk, data.EnrolOptions{})
			wantDetail := ""
			if tt.wantOtherDetail {
				wantDetail = "OTO-2026-01"
			}
			if code, detail := problemOf(err); code != tt.wantCode || detail != wantDetail {
				t.Fatalf("got problem %q %q, want %q %q", code, detail, tt.wantCode, wantDetail)
			}
			want := 1
			if tt.wantCode != "" {
				want = 0
			}
			if got := e.count(class); got != want {
				t.Errorf("participants: got %d, want %d", got, want)
			}
		})
	}
}

func TestEnrolRefusals(t *testing.T) {
	e := newEnrolEnv(t)
	prog, _ := e.program("LAS", 1)
	class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 16)
	cancelled := e.class(prog, "LAS-2026-02", runningStart, runningEnd, 16)
	e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, e.s.now(), cancelled)
	in, _ := e.seeker("Citra")
	e.enrol(class, in, data.EnrolOptions{})
	archived, _ := e.seeker("Dedi Archived")
	if err := e.s.ArchiveSeeker(e.ctx, archived, true); err != nil {
		t.Fatal(err)
	}
	free, _ := e.seeker("Eka")

	tests := []struct {
		name           string
		class, seeker  string
		opt            data.EnrolOptions
		wantCode       string
		wantDetail     string
		wantNotFoundEr bool
	}{
		{name: "already in the class", class: class, seeker: in, wantCode: data.CodeAlreadyEnrolled, wantDetail: "LAS-2026-01"},
		{name: "cancelled class", class: cancelled, seeker: free, wantCode: data.CodeClassCancelled, wantDetail: "LAS-2026-02"},
		{name: "archived seeker", class: class, seeker: archived, wantCode: data.CodeSeekerArchived, wantDetail: "Dedi Archived"},
		{name: "withdrawn is no start", class: class, seeker: free, opt: data.EnrolOptions{Status: data.ParticipantWithdrawn}, wantCode: data.CodeBadEnrolStatus, wantDetail: data.ParticipantWithdrawn},
		{name: "graduated is no start", class: class, seeker: free, opt: data.EnrolOptions{Status: data.ParticipantGraduated}, wantCode: data.CodeBadEnrolStatus, wantDetail: data.ParticipantGraduated},
		{name: "unknown class", class: "nope", seeker: free, wantNotFoundEr: true},
		{name: "unknown seeker", class: class, seeker: "nope", wantNotFoundEr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.count(tt.class) + e.count(cancelled)
			_, err := e.s.Enrol(e.ctx, tt.class, tt.seeker, tt.opt)
			if tt.wantNotFoundEr {
				if !errors.Is(err, data.ErrNotFound) {
					t.Fatalf("got %v, want ErrNotFound", err)
				}
			} else if code, detail := problemOf(err); code != tt.wantCode || detail != tt.wantDetail {
				t.Fatalf("got problem %q %q, want %q %q", code, detail, tt.wantCode, tt.wantDetail)
			}
			if got := e.count(tt.class) + e.count(cancelled); got != before {
				t.Errorf("participants: got %d, want %d", got, before)
			}
		})
	}
}

func TestEnrolStoresOptions(t *testing.T) {
	e := newEnrolEnv(t)
	prog, _ := e.program("LAS", 1)
	class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 16)
	tests := []struct {
		name       string
		opt        data.EnrolOptions
		wantStatus string
		wantOn     time.Time
	}{
		{name: "defaults", wantStatus: data.ParticipantRegistered, wantOn: ymd(2026, 11, 26)},
		{name: "selected on a date", opt: data.EnrolOptions{Status: data.ParticipantSelected, On: time.Date(2026, 10, 20, 15, 4, 0, 0, time.UTC)},
			wantStatus: data.ParticipantSelected, wantOn: ymd(2026, 10, 20)},
		{name: "active", opt: data.EnrolOptions{Status: data.ParticipantActive}, wantStatus: data.ParticipantActive, wantOn: ymd(2026, 11, 26)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sk, _ := e.seeker(tt.name)
			p := e.enrol(class, sk, tt.opt)
			got := e.participant(p.ID)
			if got.Status != tt.wantStatus || !got.EnrolledOn.Equal(tt.wantOn) || got.ClassID != class || got.SeekerID != sk {
				t.Errorf("got %+v, want status %s on %s", got, tt.wantStatus, tt.wantOn.Format(data.DateLayout))
			}
			if got.Status != p.Status || !got.EnrolledOn.Equal(p.EnrolledOn) {
				t.Errorf("returned %+v differs from stored %+v", p, got)
			}
		})
	}
}

func TestEnrolNIKs(t *testing.T) {
	e := newEnrolEnv(t)
	prog, _ := e.program("LAS", 1)
	prog2, _ := e.program("OTO", 1)
	class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 3)
	other := e.class(prog2, "OTO-2026-01", runningStart, runningEnd, 16)
	inID, inNIK := e.seeker("Already In")
	e.enrol(class, inID, data.EnrolOptions{})
	aID, aNIK := e.seeker("Ani")
	bID, bNIK := e.seeker("Bayu")
	_, cNIK := e.seeker("Cahya")
	dID, dNIK := e.seeker("Dewi Archived")
	if err := e.s.ArchiveSeeker(e.ctx, dID, true); err != nil {
		t.Fatal(err)
	}
	oID, oNIK := e.seeker("Oki Elsewhere")
	e.enrol(other, oID, data.EnrolOptions{})

	grouped := aNIK[:4] + "." + aNIK[4:8] + "." + aNIK[8:12] + "." + aNIK[12:] // as typed
	list := []string{
		inNIK,              // 1 already in the class
		grouped,            // 2 enrolled
		"6471 0501",        // 3 invalid: too short
		"6.47105E+15",      // 4 invalid: cut by Excel
		"6471059999990001", // 5 not registered
		dNIK,               // 6 refused: archived
		oNIK,               // 7 refused: overlapping class
		"",                 // 8 blank: skipped
		"'" + bNIK,         // 9 enrolled (Excel text apostrophe): the class is now full
		cNIK,               // 10 refused: quota
		aNIK,               // 11 already: enrolled above
		"64710501019O0002", // 12 invalid: letter O
	}
	rep, err := e.s.EnrolNIKs(e.ctx, class, list, data.EnrolOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type line struct {
		Line          int
		Outcome, Code string
		Detail        string
	}
	want := []line{
		{1, data.EnrolOutcomeAlready, data.CodeAlreadyEnrolled, "LAS-2026-01"},
		{2, data.EnrolOutcomeEnrolled, "", ""},
		{3, data.EnrolOutcomeInvalidNIK, data.CodeNIKLength, "6471 0501"},
		{4, data.EnrolOutcomeInvalidNIK, data.CodeNIKScientific, "6.47105E+15"},
		{5, data.EnrolOutcomeNotRegistered, "", ""},
		{6, data.EnrolOutcomeRefused, data.CodeSeekerArchived, "Dewi Archived"},
		{7, data.EnrolOutcomeRefused, data.CodeClassOverlap, "OTO-2026-01"},
		{9, data.EnrolOutcomeEnrolled, "", ""},
		{10, data.EnrolOutcomeRefused, data.CodeClassFull, "3/3"},
		{11, data.EnrolOutcomeAlready, data.CodeAlreadyEnrolled, "LAS-2026-01"},
		{12, data.EnrolOutcomeInvalidNIK, data.CodeNIKNotDigits, "64710501019O0002"},
	}
	var got []line
	for _, l := range rep.Lines {
		g := line{Line: l.Line, Outcome: l.Outcome}
		if l.Problem != nil {
			g.Code, g.Detail = l.Problem.Code, l.Problem.Detail
		}
		got = append(got, g)
	}
	if !slices.Equal(got, want) {
		t.Errorf("lines:\n got %v\nwant %v", got, want)
	}
	if got, want := [5]int{rep.Enrolled, rep.Already, rep.NotRegistered, rep.InvalidNIK, rep.Refused}, [5]int{2, 2, 1, 3, 3}; got != want {
		t.Errorf("counts (enrolled, already, not registered, invalid, refused): got %v, want %v", got, want)
	}
	if l := rep.Lines[1]; l.NIK != aNIK || l.SeekerID != aID || l.Name != "Ani" || l.ParticipantID == "" {
		t.Errorf("enrolled line: %+v", l)
	}
	rows, err := e.s.Participants(e.ctx, class)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.SeekerID)
	}
	if want := []string{inID, aID, bID}; !slices.Equal(ids, want) {
		t.Errorf("class holds %v, want %v (Already In, Ani, Bayu)", ids, want)
	}
}

func TestEnrolNIKsOverride(t *testing.T) {
	e := newEnrolEnv(t)
	prog, _ := e.program("LAS", 1)
	class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 1)
	var niks []string
	for _, n := range []string{"Ani", "Bayu", "Cahya"} {
		_, nik := e.seeker(n)
		niks = append(niks, nik)
	}
	rep, err := e.s.EnrolNIKs(e.ctx, class, niks, data.EnrolOptions{OverrideQuota: true, Status: data.ParticipantSelected})
	if err != nil {
		t.Fatal(err)
	}
	var over []bool
	for _, l := range rep.Lines {
		over = append(over, l.OverQuota)
		if p := e.participant(l.ParticipantID); p.Status != data.ParticipantSelected || p.OverQuota != l.OverQuota {
			t.Errorf("line %d: stored %+v", l.Line, p)
		}
	}
	if want := []bool{false, true, true}; rep.Enrolled != 3 || !slices.Equal(over, want) {
		t.Errorf("enrolled %d, over quota %v; want 3, %v", rep.Enrolled, over, want)
	}
}

func TestEnrolNIKsSavesAllOrNothing(t *testing.T) {
	e := newEnrolEnv(t)
	prog, _ := e.program("LAS", 1)
	class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 16)
	cancelled := e.class(prog, "LAS-2026-02", runningStart, runningEnd, 16)
	e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, e.s.now(), cancelled)
	var niks []string
	for i := range 4 {
		_, nik := e.seeker(fmt.Sprintf("Peserta %d", i))
		niks = append(niks, nik)
	}

	t.Run("failure on the third line", func(t *testing.T) {
		ctx, cancel := context.WithCancel(e.ctx)
		defer cancel()
		enrolNIKsHook = func(line int) {
			if line == 3 {
				cancel()
			}
		}
		defer func() { enrolNIKsHook = nil }()
		rep, err := e.s.EnrolNIKs(ctx, class, niks, data.EnrolOptions{})
		if err == nil {
			t.Fatalf("no error; report %+v", rep)
		}
		if got := e.count(class); got != 0 {
			t.Errorf("participants after a failure: got %d, want 0", got)
		}
	})
	t.Run("cancelled class", func(t *testing.T) {
		_, err := e.s.EnrolNIKs(e.ctx, cancelled, niks, data.EnrolOptions{})
		if code, detail := problemOf(err); code != data.CodeClassCancelled || detail != "LAS-2026-02" {
			t.Errorf("got %q %q, want %q", code, detail, data.CodeClassCancelled)
		}
		if got := e.count(cancelled); got != 0 {
			t.Errorf("participants: got %d, want 0", got)
		}
	})
	t.Run("unknown class", func(t *testing.T) {
		if _, err := e.s.EnrolNIKs(e.ctx, "nope", niks, data.EnrolOptions{}); !errors.Is(err, data.ErrNotFound) {
			t.Errorf("got %v, want ErrNotFound", err)
		}
	})
	t.Run("bad status", func(t *testing.T) {
		_, err := e.s.EnrolNIKs(e.ctx, class, niks, data.EnrolOptions{Status: data.ParticipantWithdrawn})
		if code, _ := problemOf(err); code != data.CodeBadEnrolStatus {
			t.Errorf("got %q, want %q", code, data.CodeBadEnrolStatus)
		}
	})
	t.Run("then all", func(t *testing.T) {
		rep, err := e.s.EnrolNIKs(e.ctx, class, niks, data.EnrolOptions{})
		if err != nil || rep.Enrolled != 4 || e.count(class) != 4 {
			t.Errorf("got %+v, %v; want 4 enrolled", rep, err)
		}
	})
}

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
	e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, e.s.now(), cancelled)
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

func TestDeleteSeekerInClass(t *testing.T) {
	e := newEnrolEnv(t)
	prog, _ := e.program("LAS", 1)
	class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 16)
	sk, _ := e.seeker("Ani")
	p := e.enrol(class, sk, data.EnrolOptions{})
	if err := e.s.DeleteSeeker(e.ctx, sk); !errors.Is(err, data.ErrInUse) {
		t.Fatalf("delete a seeker in a class: got %v, want ErrInUse", err)
	}
	if _, err := e.s.Seeker(e.ctx, sk); err != nil {
		t.Fatalf("seeker after refused delete: %v", err)
	}
	if err := e.s.Unenrol(e.ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if err := e.s.DeleteSeeker(e.ctx, sk); err != nil {
		t.Errorf("delete after unenrol: %v", err)
	}
}

// Two enrolments racing for the last seat: the second waits for the first to
// commit, then sees the class full. The first pauses between its checks and
// its insert while the second starts.
func TestEnrolLastSeatConcurrently(t *testing.T) {
	e := newEnrolEnv(t)
	prog, _ := e.program("LAS", 1)
	class := e.class(prog, "LAS-2026-01", runningStart, runningEnd, 1)
	a, _ := e.seeker("Ani")
	b, _ := e.seeker("Bayu")
	checked := make(chan struct{})
	var once sync.Once
	enrolCheckedHook = func() {
		once.Do(func() {
			close(checked)
			time.Sleep(200 * time.Millisecond) // the other enrolment starts meanwhile
		})
	}
	defer func() { enrolCheckedHook = nil }()
	errs := make(chan error, 2)
	go func() {
		_, err := e.s.Enrol(e.ctx, class, a, data.EnrolOptions{})
		errs <- err
	}()
	<-checked
	go func() {
		_, err := e.s.Enrol(e.ctx, class, b, data.EnrolOptions{})
		errs <- err
	}()
	first, _ := problemOf(<-errs)
	second, detail := problemOf(<-errs)
	if first != "" || second != data.CodeClassFull || detail != "1/1" {
		t.Errorf("got %q then %q %q, want one enrolled, then %q 1/1", first, second, detail, data.CodeClassFull)
	}
	if got := e.count(class); got != 1 {
		t.Errorf("participants: got %d, want 1", got)
	}
}
