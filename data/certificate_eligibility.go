package data

import (
	"math"
	"strconv"
	"time"
)

// EligibilityFacts are what decides whether a participant may be given a
// certificate, as the store reads them.
type EligibilityFacts struct {
	ClassCode      string
	ClassCancelled bool
	Status         string    // the participant's status in the class
	WithdrawnOn    time.Time // zero unless withdrawn
	AttendedJP     int       // JP of the sessions marked H (hadir)
	PlannedJP      int       // JP of all the class's sessions
}

// AttendancePercent is attended JP in percent of planned JP; 0 when nothing is planned.
func AttendancePercent(attendedJP, plannedJP int) float64 {
	if plannedJP <= 0 {
		return 0
	}
	return float64(attendedJP) * 100 / float64(plannedJP)
}

// CertificateEligibility lists why a participant may not be given a
// certificate; none means eligible. The class is cancelled, or the
// participant withdrew, is belum kompeten or has no final result yet
// (graduated is required); and a participant who did not withdraw must have
// attended at least minAttendance percent of the planned JP (a class without
// sessions has none to attend). The attendance is shown rounded down to one
// decimal, "58.7% < 80%", so that it never reads as reaching the minimum.
func CertificateEligibility(f EligibilityFacts, minAttendance int) []Problem {
	var ps []Problem
	switch {
	case f.ClassCancelled:
		ps = append(ps, Problem{Code: CodeCertClassCancelled, Detail: f.ClassCode})
	case f.Status == ParticipantWithdrawn:
		ps = append(ps, Problem{Code: CodeCertWithdrawn, Detail: problemDate(f.WithdrawnOn)})
	case f.Status == ParticipantNotCompetent:
		ps = append(ps, Problem{Code: CodeCertNotCompetent})
	case f.Status != ParticipantGraduated:
		ps = append(ps, Problem{Code: CodeCertNoResult})
	}
	percent := AttendancePercent(f.AttendedJP, f.PlannedJP)
	if f.Status != ParticipantWithdrawn && (f.PlannedJP <= 0 || percent < float64(minAttendance)) {
		shown := strconv.FormatFloat(math.Floor(percent*10)/10, 'f', -1, 64)
		ps = append(ps, Problem{Code: CodeCertBelowAttendance, Detail: shown + "% < " + strconv.Itoa(minAttendance) + "%"})
	}
	return ps
}

// CertificateUnits are the competency units a certificate lists, each with
// the participant's result (unit ID → K or BK). A participant graduated by
// hand, without unit results, passed every unit.
func CertificateUnits(units []Unit, results map[string]string, status string) []CertificateUnit {
	var out []CertificateUnit
	for _, u := range units {
		r := results[u.ID]
		if r == "" && status == ParticipantGraduated {
			r = ResultCompetent
		}
		out = append(out, CertificateUnit{Code: u.Code, Title: u.Title, JP: u.JP, Result: r})
	}
	return out
}
