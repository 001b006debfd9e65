package data

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Placement: what became of a participant after the training. Every record
// is kept (the history); the newest recorded is the one in force. A record
// comes from a tracer call, an AK/1 report, the employer, the alumni
// themselves or an imported list.
//
// Rules (CleanPlacement):
//   - the status is required: bekerja, wirausaha, belum bekerja, lanjut
//     studi or tidak terlacak;
//   - only bekerja and wirausaha keep the work's details (employer or
//     business, position, field, city, AKL/AKAD/AKAN, start, salary band,
//     match); lanjut studi keeps the school and its city; belum bekerja and
//     tidak terlacak keep none, whatever was typed;
//   - the start date is not after today;
//   - the tracer round is 3, 6 or 12, or 0 outside a round.
//
// The waiting time is the whole months from the class's end to the start of
// the work (WaitingMonths); a start before the end counts as 0.
//
// Problem fields: "status", "kind", "start", "salary", "match", "source", "round".

// Placement statuses, as stored.
const (
	PlacementEmployed     = "employed"      // bekerja
	PlacementSelfEmployed = "self_employed" // wirausaha
	PlacementNotWorking   = "not_working"   // belum bekerja
	PlacementStudying     = "studying"      // lanjut studi
	PlacementUntraced     = "untraced"      // tidak terlacak
)

// PlacementStatuses lists the statuses in the order forms and reports show them.
var PlacementStatuses = []string{PlacementEmployed, PlacementSelfEmployed, PlacementNotWorking,
	PlacementStudying, PlacementUntraced}

// placementStatusWords are the Indonesian words of the statuses, as the
// ministry's lists write them and Balai's documents print them.
var placementStatusWords = map[string]string{
	PlacementEmployed:     "Bekerja",
	PlacementSelfEmployed: "Wirausaha",
	PlacementNotWorking:   "Belum Bekerja",
	PlacementStudying:     "Lanjut Studi",
	PlacementUntraced:     "Tidak Terlacak",
}

// PlacementStatusWord is a status as printed: "Bekerja"; "" for "".
func PlacementStatusWord(status string) string {
	if w, ok := placementStatusWords[status]; ok {
		return w
	}
	return status
}

// IsPlaced reports whether a status counts as placed: bekerja or wirausaha.
func IsPlaced(status string) bool {
	return status == PlacementEmployed || status == PlacementSelfEmployed
}

// Placement kinds: where the work is, seen from the centre's city.
const (
	PlacementLocal    = "AKL"  // antarkerja lokal: the same city or regency
	PlacementDomestic = "AKAD" // antarkerja antardaerah: another region
	PlacementAbroad   = "AKAN" // antarkerja antarnegara: abroad
)

// PlacementKinds lists the kinds.
var PlacementKinds = []string{PlacementLocal, PlacementDomestic, PlacementAbroad}

// SalaryBands are the monthly income bands a placement records, as stored
// and printed.
var SalaryBands = []string{"< Rp 2 juta", "Rp 2–4 juta", "Rp 4–6 juta", "Rp 6–10 juta", "> Rp 10 juta"}

// Whether the work matches the training.
const (
	MatchYes = "yes"
	MatchNo  = "no"
)

// Sources of a placement record.
const (
	SourceTracer   = "tracer"   // a tracer-study call
	SourceAK1      = "ak1"      // the seeker's AK/1 report to Disnaker
	SourceEmployer = "employer" // the employer told the centre
	SourceAlumni   = "alumni"   // the alumni told the centre themselves
	SourceImport   = "import"   // an imported list
)

// PlacementSources lists the sources in the order the form offers them.
var PlacementSources = []string{SourceTracer, SourceAK1, SourceEmployer, SourceAlumni, SourceImport}

// Problem codes of placements.
const (
	CodeBadPlacementStatus = "bad_placement_status" // Detail: the status given
	CodeBadPlacementKind   = "bad_placement_kind"   // Detail: the kind given
	CodeBadSalaryBand      = "bad_salary_band"      // Detail: the band given
	CodeBadMatch           = "bad_match"            // Detail: the value given
	CodeBadSource          = "bad_placement_source" // Detail: the source given
	CodeBadTracerRound     = "bad_tracer_round"     // Detail: the round given
	CodeFutureStart        = "future_start_date"    // Detail: the date, DD-MM-YYYY
)

// Placement is one record of what a participant does after the training.
type Placement struct {
	ID            string
	ParticipantID string
	Status        string    // one of PlacementStatuses
	Employer      string    // company or business name; the school for lanjut studi
	Position      string    // jabatan
	Field         string    // business field (bidang usaha)
	City          string    // city or regency of the work (or school)
	Kind          string    // AKL, AKAD, AKAN or ""
	Start         time.Time // start of the work or business; zero when not known
	Salary        string    // one of SalaryBands or ""
	Match         string    // MatchYes, MatchNo or "" (not known)
	Source        string    // one of PlacementSources
	Round         int       // the tracer round it answers (3, 6, 12); 0 outside a round
	Note          string
	RecordedBy    string
	RecordedAt    time.Time
}

// CleanPlacement trims p, keeps only the details its status has (see the
// rules above) and checks it on day today.
func CleanPlacement(p Placement, today time.Time) (Placement, []Problem) {
	var probs []Problem
	add := func(field, code, detail string) {
		probs = append(probs, Problem{Field: field, Code: code, Detail: detail})
	}
	for _, s := range []*string{&p.Employer, &p.Position, &p.Field, &p.City, &p.Note, &p.Salary} {
		*s = CleanText(*s)
	}
	p.Status = strings.TrimSpace(p.Status)
	p.Kind = strings.ToUpper(strings.TrimSpace(p.Kind))
	p.Start = DateOf(p.Start)
	if p.Start.Equal(DateOf(time.Time{})) {
		p.Start = time.Time{}
	}
	switch {
	case p.Status == "":
		add("status", CodeRequired, "")
	case !slices.Contains(PlacementStatuses, p.Status):
		add("status", CodeBadPlacementStatus, p.Status)
	}
	switch p.Status {
	case PlacementNotWorking, PlacementUntraced:
		p.Employer, p.City = "", ""
		fallthrough
	case PlacementStudying:
		p.Position, p.Field, p.Kind, p.Start, p.Salary, p.Match = "", "", "", time.Time{}, "", ""
	}
	if p.Kind != "" && !slices.Contains(PlacementKinds, p.Kind) {
		add("kind", CodeBadPlacementKind, p.Kind)
	}
	if !p.Start.IsZero() && p.Start.After(DateOf(today)) {
		add("start", CodeFutureStart, problemDate(p.Start))
	}
	if p.Salary != "" && !slices.Contains(SalaryBands, p.Salary) {
		add("salary", CodeBadSalaryBand, p.Salary)
	}
	if p.Match != "" && p.Match != MatchYes && p.Match != MatchNo {
		add("match", CodeBadMatch, p.Match)
	}
	if !slices.Contains(PlacementSources, p.Source) {
		add("source", CodeBadSource, p.Source)
	}
	if p.Round != 0 && !slices.Contains(TracerRounds, p.Round) {
		add("round", CodeBadTracerRound, strconv.Itoa(p.Round))
	}
	return p, probs
}

// SamePlacement reports whether a and b say the same about a participant
// (their status and details; not who recorded them, when or from where).
func SamePlacement(a, b Placement) bool {
	return a.Status == b.Status && a.Employer == b.Employer && a.Position == b.Position &&
		a.Field == b.Field && a.City == b.City && a.Kind == b.Kind && a.Start.Equal(b.Start) &&
		a.Salary == b.Salary && a.Match == b.Match
}

// WaitingMonths is the waiting time from a class's end to the start of the
// work: whole calendar months (ended 28 Feb, started 27 Mar: 0; 28 Mar: 1).
// A start before the end is 0. ok is false when the start is not known.
func WaitingMonths(classEnd, start time.Time) (months int, ok bool) {
	if start.IsZero() || classEnd.IsZero() {
		return 0, false
	}
	if start.Before(classEnd) {
		return 0, true
	}
	months = (start.Year()-classEnd.Year())*12 + int(start.Month()) - int(classEnd.Month())
	if start.Day() < classEnd.Day() && !isLastDay(start) {
		months--
	}
	return max(months, 0), true
}

// isLastDay reports whether t is the last day of its month: a start on 30
// April is a whole month after an end on 31 March.
func isLastDay(t time.Time) bool { return t.AddDate(0, 0, 1).Day() == 1 }

// Waiting-time buckets of the reports: ≤ 3, 4–6, 7–12 and > 12 months.
const WaitingBuckets = 4

// WaitingBucketLabels are the buckets as printed.
var WaitingBucketLabels = [WaitingBuckets]string{"0–3 bulan", "4–6 bulan", "7–12 bulan", "> 12 bulan"}

// WaitingBucket is the bucket of a waiting time in months, from 0.
func WaitingBucket(months int) int {
	switch {
	case months <= 3:
		return 0
	case months <= 6:
		return 1
	case months <= 12:
		return 2
	}
	return 3
}
