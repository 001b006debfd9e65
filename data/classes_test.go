package data

import (
	"errors"
	"slices"
	"testing"
)

func TestNextClassCode(t *testing.T) {
	tests := []struct {
		taken []string
		want  string
	}{
		{nil, "LAS-2026-01"},
		{[]string{"LAS-2026-01", "LAS-2026-02"}, "LAS-2026-03"},
		{[]string{"LAS-2026-09", "LAS-2026-3"}, "LAS-2026-10"},
		{[]string{"LAS-2026-099"}, "LAS-2026-100"},
		{[]string{"LAS-2026-02B", "LAS-2026-", "LAS-2025-07", "OTO-2026-05"}, "LAS-2026-01"},
	}
	for _, tt := range tests {
		if got := NextClassCode("LAS", 2026, tt.taken); got != tt.want {
			t.Errorf("NextClassCode(%v) = %q, want %q", tt.taken, got, tt.want)
		}
	}
}

func TestCleanClass(t *testing.T) {
	c, probs := CleanClass(Class{ProgramID: " p1 ", Code: " las-2026-01 ", Start: ymd(2026, 9, 7).Add(15e9), End: ymd(2026, 10, 30),
		Funding: "apbn"})
	if len(probs) != 0 || c.ProgramID != "p1" || c.Code != "LAS-2026-01" || c.Year != 2026 || c.Quota != DefaultQuota ||
		c.Funding != "APBN" || !c.Start.Equal(ymd(2026, 9, 7)) {
		t.Errorf("clean class %+v, problems %v", c, probs)
	}
	_, probs = CleanClass(Class{Year: 1999, Quota: -1, Funding: "Swasta", Start: ymd(2026, 9, 7), End: ymd(2026, 9, 1)})
	SortClassProblems(probs)
	var got []string
	for _, p := range probs {
		got = append(got, p.Field+" "+p.Code)
	}
	want := []string{"program required", "code required", "year bad_year", "funding bad_funding", "end dates_out_of_order", "quota quota_not_positive"}
	if !slices.Equal(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
}

func TestCleanSession(t *testing.T) {
	tests := []struct {
		ss      Session
		problem string
	}{
		{Session{Date: ymd(2026, 9, 7), Start: "7.30", End: "9:00", JP: 2, Note: " praktik "}, ""},
		{Session{Start: "07:30", End: "09:00", JP: 2}, "date required"},
		{Session{Date: ymd(2026, 9, 7), Start: "7", End: "09:00", JP: 2}, "start session_bad_time"},
		{Session{Date: ymd(2026, 9, 7), Start: "09:00", End: "07:30", JP: 2}, "end session_end_before_start"},
		{Session{Date: ymd(2026, 9, 7), Start: "07:30", End: "09:00", JP: 0}, "jp session_jp_not_positive"},
		{Session{Date: ymd(2026, 9, 7), Start: "07:30", End: "09:00", JP: 3}, "jp session_jp_exceed_time"},
	}
	for _, tt := range tests {
		got, err := CleanSession(tt.ss)
		var p *Problem
		code := ""
		if err != nil && errors.As(err, &p) {
			code = p.Field + " " + p.Code
		}
		if code != tt.problem {
			t.Errorf("CleanSession(%+v): %v, want %q", tt.ss, err, tt.problem)
		}
		if err == nil && (got.Start != "07:30" || got.End != "09:00" || got.Note != "praktik") {
			t.Errorf("clean session %+v", got)
		}
	}
}

func TestCleanHoliday(t *testing.T) {
	if h, err := CleanHoliday(Holiday{Date: ymd(2026, 3, 20), Name: "  Idul  Fitri "}); err != nil || h.Name != "Idul Fitri" {
		t.Errorf("CleanHoliday = %+v, %v", h, err)
	}
	for _, h := range []Holiday{{Name: "x"}, {Date: ymd(2026, 8, 17), Name: "x"}, {Date: ymd(2026, 3, 20)}} {
		if _, err := CleanHoliday(h); err == nil {
			t.Errorf("CleanHoliday(%+v) accepted", h)
		}
	}
}
