package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"balai/data"
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
	id, now := newID(), nowText(e.s)
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
	id, now := newID(), nowText(e.s)
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
				e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, nowText(e.s), other)
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
	e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, nowText(e.s), cancelled)
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
	e.exec(`UPDATE classes SET cancelled_at = ? WHERE id = ?`, nowText(e.s), cancelled)
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
