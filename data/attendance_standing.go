package data

// Attendance so far: while a class runs, what counts is the JP held up to
// today, not the whole program's — mid-course nobody has attended 80 % of
// the program yet. A participant is flagged only when below the minimum of
// what was held so far, or when even attending every session still to come
// would not bring them to the minimum of the whole program. Once every
// session is held the two measures are the same and the flag is final.

// Attendance standings (AttendanceRow.Standing).
const (
	AttendanceOK         = "ok"           // at or above the minimum so far, and able to reach it
	AttendanceBelowSoFar = "below_so_far" // under the minimum of the JP held, but still able to reach it
	AttendanceOutOfReach = "out_of_reach" // cannot reach the minimum any more (after the end: below it)
)

// AttendanceFacts are what a participant's standing depends on.
type AttendanceFacts struct {
	AttendedJP int // JP of the sessions marked H
	HeldJP     int // JP of the class's sessions held up to today
	PlannedJP  int // JP of all the class's sessions: the whole program
	MinPercent int // the minimum attendance, in % of the whole program
}

// AttendanceStanding judges a participant's attendance: AttendanceOK,
// AttendanceBelowSoFar or AttendanceOutOfReach. Without planned JP there is
// nothing to judge (OK).
func AttendanceStanding(f AttendanceFacts) string {
	if f.PlannedJP <= 0 {
		return AttendanceOK
	}
	held := min(max(f.HeldJP, 0), f.PlannedJP)
	best := f.AttendedJP + (f.PlannedJP - held) // attending everything still to come
	switch {
	case best*100 < f.MinPercent*f.PlannedJP:
		return AttendanceOutOfReach
	case held > 0 && f.AttendedJP*100 < f.MinPercent*held:
		return AttendanceBelowSoFar
	}
	return AttendanceOK
}

// AttendanceSoFar is the attended JP in percent of the JP held so far; 0
// when nothing was held yet.
func AttendanceSoFar(f AttendanceFacts) float64 {
	return AttendancePercent(f.AttendedJP, min(f.HeldJP, f.PlannedJP))
}

// AttendanceFlagged reports whether a standing calls for attention.
func AttendanceFlagged(standing string) bool { return standing != "" && standing != AttendanceOK }
