package data

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// The outcome dashboard: what the alumni do, drawn as charts in the window
// and in the recap's PDF.
//
//   - Placement rate per program and per class year: placed (bekerja or
//     wirausaha) among the competent, as in the realisasi recap.
//   - Waiting time of the placed competent whose start is known, in
//     WaitingBuckets; those without a start are counted apart.
//   - Status by sex and by education: the newest placement of everyone who
//     finished a class (not withdrawn, class over), "no record yet" for
//     those without one.

// RateBar is one bar of a placement-rate chart.
type RateBar struct {
	Label             string
	Placed, Competent int
}

// Rate is Placed / Competent; ok is false without competent participants.
func (b RateBar) Rate() (float64, bool) { return ratio(b.Placed, b.Competent) }

// OutcomeNoRecord is the column of StatusBar.Counts for alumni without a
// placement record; the others follow PlacementStatuses.
var OutcomeNoRecord = len(PlacementStatuses)

// StatusBar is one bar of a status chart: how many alumni are in each
// PlacementStatuses status, then without a record (OutcomeNoRecord).
type StatusBar struct {
	Label  string
	Counts []int
}

// Total is the bar's sum.
func (b StatusBar) Total() int {
	n := 0
	for _, c := range b.Counts {
		n += c
	}
	return n
}

// Outcomes are the dashboard's figures.
type Outcomes struct {
	ByProgram      []RateBar // by program name
	ByYear         []RateBar // by class year, oldest first
	Waiting        [WaitingBuckets]int
	WaitingUnknown int // placed without a known start
	BySex          []StatusBar
	ByEducation    []StatusBar // in EducationLevels order, then others by name, then "–" (not recorded)
}

// BuildOutcomes computes the dashboard from the participants' outcomes on
// day today.
func BuildOutcomes(people []ParticipantOutcome, today time.Time) Outcomes {
	var o Outcomes
	programs, years := map[string]*RateBar{}, map[int]*RateBar{}
	sexes, edus := map[string]*StatusBar{}, map[string]*StatusBar{}
	for _, p := range people {
		if !p.finished(today) {
			continue
		}
		statusBar(sexes, sexLabel(p.Sex)).count(p.Placement)
		edu := strings.TrimSpace(p.Education)
		if edu == "" {
			edu = "–"
		}
		statusBar(edus, edu).count(p.Placement)
		if p.Status != ParticipantGraduated {
			continue
		}
		placed := IsPlaced(p.Placement)
		rateBar(programs, p.ProgramName).count(placed)
		rateBar(years, p.ClassYear).count(placed)
		if !placed {
			continue
		}
		if m, ok := WaitingMonths(p.ClassEnd, p.PlacedOn); ok {
			o.Waiting[WaitingBucket(m)]++
		} else {
			o.WaitingUnknown++
		}
	}
	o.ByProgram = sortedBars(programs, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	ys := mapKeys(years)
	slices.Sort(ys)
	for _, y := range ys {
		b := *years[y]
		b.Label = strconv.Itoa(y)
		o.ByYear = append(o.ByYear, b)
	}
	for _, s := range []string{"L", "P"} {
		if b, ok := sexes[s]; ok {
			o.BySex = append(o.BySex, *b)
		}
	}
	o.ByEducation = sortedBars(edus, compareEducation)
	return o
}

func sexLabel(sex string) string {
	if sex == SexFemale {
		return "P"
	}
	return "L"
}

func (b *RateBar) count(placed bool) {
	b.Competent++
	if placed {
		b.Placed++
	}
}

func (b *StatusBar) count(status string) {
	i := slices.Index(PlacementStatuses, status)
	if i < 0 {
		i = OutcomeNoRecord
	}
	b.Counts[i]++
}

func rateBar[K comparable](m map[K]*RateBar, k K) *RateBar {
	if m[k] == nil {
		m[k] = &RateBar{}
	}
	return m[k]
}

func statusBar(m map[string]*StatusBar, label string) *StatusBar {
	if m[label] == nil {
		m[label] = &StatusBar{Label: label, Counts: make([]int, OutcomeNoRecord+1)}
	}
	return m[label]
}

func mapKeys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// sortedBars lists m's bars in the order of their keys, each labelled with its key.
func sortedBars[B RateBar | StatusBar](m map[string]*B, cmp func(a, b string) int) []B {
	keys := mapKeys(m)
	slices.SortFunc(keys, cmp)
	out := make([]B, len(keys))
	for i, k := range keys {
		out[i] = *m[k]
		switch b := any(&out[i]).(type) {
		case *RateBar:
			b.Label = k
		case *StatusBar:
			b.Label = k
		}
	}
	return out
}

// compareEducation orders education levels as EducationLevels does, other
// spellings after them by name, and "–" last.
func compareEducation(a, b string) int {
	rank := func(s string) int {
		if s == "–" {
			return len(EducationLevels) + 1
		}
		if i := slices.Index(EducationLevels, s); i >= 0 {
			return i
		}
		return len(EducationLevels)
	}
	if d := rank(a) - rank(b); d != 0 {
		return d
	}
	return strings.Compare(a, b)
}
