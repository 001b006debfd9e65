package data

import (
	"slices"
	"strings"
	"time"
)

// Rekap realisasi pelatihan: what each class of a year delivered, from the
// seats planned to the alumni who work.
//
// Counts of a class (RealisasiCounts):
//   - Target: the class's quota; Enrolled: everyone enrolled, withdrawn
//     included; Withdrawn: those who withdrew;
//   - Finished: those not withdrawn from a class that has ended (before
//     today); a class still running has finished nobody yet;
//   - Competent: finished as kompeten (graduated); Certificates: the
//     certificates in force;
//   - Employed and SelfEmployed: the competent whose newest placement is
//     bekerja or wirausaha (the rate is over the competent, so only they
//     count);
//   - Traced: the finished whose newest placement is known and not tidak
//     terlacak.
//
// PlacementRate = (Employed + SelfEmployed) / Competent and ResponseRate =
// Traced / Finished; neither exists without its denominator. Cancelled
// classes are left out. Totals are the sums of the rows; by sex the same
// counts split by the participants' sex (without a target).

// RealisasiClass is what the recap needs of a class.
type RealisasiClass struct {
	ClassID, Code, Batch  string
	ProgramName, Kejuruan string
	Start, End            time.Time
	Quota                 int
	Funding               string
	Method, Type          string
}

// ParticipantOutcome is what the recaps and the dashboard need of one
// participant.
type ParticipantOutcome struct {
	ClassID     string
	ProgramName string
	ClassYear   int
	ClassEnd    time.Time
	Sex         string
	Education   string
	Status      string    // the participant's status in the class
	Certificate bool      // holds a certificate in force
	Placement   string    // the newest placement's status; "" when none
	PlacedOn    time.Time // the newest placement's start; zero when not known
}

// finished reports whether p finished the class: not withdrawn, class over.
func (p ParticipantOutcome) finished(today time.Time) bool {
	return p.Status != ParticipantWithdrawn && p.ClassEnd.Before(today)
}

// RealisasiCounts are the counts of a class, a program or a total.
type RealisasiCounts struct {
	Target, Enrolled, Finished, Withdrawn, Competent, Certificates int
	Employed, SelfEmployed, Traced                                 int
}

// Placed is Employed + SelfEmployed.
func (c RealisasiCounts) Placed() int { return c.Employed + c.SelfEmployed }

// PlacementRate is (Employed + SelfEmployed) / Competent, from 0 to 1; ok
// is false without competent participants.
func (c RealisasiCounts) PlacementRate() (rate float64, ok bool) {
	return ratio(c.Placed(), c.Competent)
}

// ResponseRate is Traced / Finished; ok is false when nobody finished.
func (c RealisasiCounts) ResponseRate() (rate float64, ok bool) { return ratio(c.Traced, c.Finished) }

func ratio(n, d int) (float64, bool) {
	if d <= 0 {
		return 0, false
	}
	return float64(n) / float64(d), true
}

// add adds o to c.
func (c *RealisasiCounts) add(o RealisasiCounts) {
	c.Target += o.Target
	c.Enrolled += o.Enrolled
	c.Finished += o.Finished
	c.Withdrawn += o.Withdrawn
	c.Competent += o.Competent
	c.Certificates += o.Certificates
	c.Employed += o.Employed
	c.SelfEmployed += o.SelfEmployed
	c.Traced += o.Traced
}

// count adds participant p on day today.
func (c *RealisasiCounts) count(p ParticipantOutcome, today time.Time) {
	c.Enrolled++
	if p.Status == ParticipantWithdrawn {
		c.Withdrawn++
	}
	if p.Certificate {
		c.Certificates++
	}
	if !p.finished(today) {
		return
	}
	c.Finished++
	if p.Placement != "" && p.Placement != PlacementUntraced {
		c.Traced++
	}
	if p.Status != ParticipantGraduated {
		return
	}
	c.Competent++
	switch p.Placement {
	case PlacementEmployed:
		c.Employed++
	case PlacementSelfEmployed:
		c.SelfEmployed++
	}
}

// RealisasiRow is one class of the recap.
type RealisasiRow struct {
	Class RealisasiClass
	RealisasiCounts
}

// RealisasiProgram is a program's classes and their sum.
type RealisasiProgram struct {
	ProgramName, Kejuruan string
	Classes               []RealisasiRow
	Total                 RealisasiCounts
}

// Realisasi is the recap: programs by name with their classes by start,
// the total, and the counts by sex (L, P).
type Realisasi struct {
	Programs []RealisasiProgram
	Total    RealisasiCounts
	BySex    [2]RealisasiCounts
}

// BuildRealisasi computes the recap of classes from their participants'
// outcomes on day today.
func BuildRealisasi(classes []RealisasiClass, people []ParticipantOutcome, today time.Time) Realisasi {
	rows := map[string]*RealisasiRow{}
	for _, c := range classes {
		rows[c.ClassID] = &RealisasiRow{Class: c, RealisasiCounts: RealisasiCounts{Target: c.Quota}}
	}
	var out Realisasi
	for _, p := range people {
		r, ok := rows[p.ClassID]
		if !ok {
			continue
		}
		r.count(p, today)
		if p.Sex == SexFemale {
			out.BySex[1].count(p, today)
		} else {
			out.BySex[0].count(p, today)
		}
	}
	byProgram := map[string]*RealisasiProgram{}
	for _, c := range classes {
		p := byProgram[c.ProgramName]
		if p == nil {
			p = &RealisasiProgram{ProgramName: c.ProgramName, Kejuruan: c.Kejuruan}
			byProgram[c.ProgramName] = p
		}
		p.Classes = append(p.Classes, *rows[c.ClassID])
		p.Total.add(rows[c.ClassID].RealisasiCounts)
	}
	for _, p := range byProgram {
		slices.SortStableFunc(p.Classes, func(a, b RealisasiRow) int {
			if d := a.Class.Start.Compare(b.Class.Start); d != 0 {
				return d
			}
			return strings.Compare(a.Class.Code, b.Class.Code)
		})
		out.Programs = append(out.Programs, *p)
		out.Total.add(p.Total)
	}
	slices.SortFunc(out.Programs, func(a, b RealisasiProgram) int {
		return strings.Compare(strings.ToLower(a.ProgramName), strings.ToLower(b.ProgramName))
	})
	return out
}
