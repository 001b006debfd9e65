package data

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Schedule generator: from a weekly pattern of teaching hours, a start date
// and a program's JP, the sessions that cover the program, unit by unit.
//
// Rules:
//   - A day is split into whole JP (45 minutes) between its start, its end and
//     its breaks: a JP never runs across a break, and time left over before a
//     break that cannot hold a whole JP is not taught.
//   - Days without a pattern (weekends by default) and holidays are skipped.
//   - JP go to the program's units in order; a day on which one unit ends and
//     the next begins holds one session per unit, with consecutive times. A
//     session runs from the start of its first JP to the end of its last, so
//     it may contain a break.
//   - The last day holds only the JP that remain.

// Problem codes of the schedule generator.
const (
	CodeScheduleJP          = "schedule_jp_not_positive"      // Detail: the program's JP
	CodeScheduleUnitJP      = "schedule_unit_jp_not_positive" // Detail: the unit's code or title
	CodeScheduleUnitsJP     = "schedule_units_jp_mismatch"    // Detail: "units/program" JP, e.g. "470/480"
	CodeScheduleBadPattern  = "schedule_bad_pattern"          // Detail: day and times, e.g. "Senin 16:00-07:30"
	CodeScheduleNoTeaching  = "schedule_no_teaching_time"     // no day of the pattern holds a whole JP
	CodeScheduleNoDays      = "schedule_no_days"              // Detail: the date from which a year has no teaching day
	CodeScheduleExists      = "schedule_exists"               // Detail: the number of sessions the class has
	CodeScheduleNoClassDate = "schedule_no_start_date"        // the class has no start date
)

// TimeRange is a span of a day, times "15:04".
type TimeRange struct{ Start, End string }

// DayPattern is the teaching time of one weekday: from Start to End, without
// the breaks. The zero DayPattern is a day without teaching.
type DayPattern struct {
	Start, End string
	Breaks     []TimeRange
}

// WeekPattern gives the teaching time of each weekday; a weekday missing (or
// with the zero DayPattern) has no teaching.
type WeekPattern map[time.Weekday]DayPattern

// DefaultWeekPattern is the usual BLK week:
//   - Monday to Thursday 07:30–16:00 with a morning break 10:00–10:15 and
//     lunch 12:00–13:00: 9 JP (07:30–09:45, 10:15–11:45, 13:00–16:00; the 15
//     minutes before each break are not enough for a JP);
//   - Friday 07:30–11:30 with a break 09:45–10:00: 5 JP (07:30–09:45,
//     10:00–11:30), ending in time for Friday prayer;
//   - no teaching on Saturday and Sunday.
//
// That is 41 JP a week.
func DefaultWeekPattern() WeekPattern {
	long := DayPattern{Start: "07:30", End: "16:00", Breaks: []TimeRange{{"10:00", "10:15"}, {"12:00", "13:00"}}}
	w := WeekPattern{}
	for _, d := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday} {
		w[d] = DayPattern{Start: long.Start, End: long.End, Breaks: slices.Clone(long.Breaks)}
	}
	w[time.Friday] = DayPattern{Start: "07:30", End: "11:30", Breaks: []TimeRange{{"09:45", "10:00"}}}
	return w
}

// jpBlock is one JP of a day, in minutes from midnight.
type jpBlock struct{ start, end int }

func (d DayPattern) empty() bool { return d.Start == "" && d.End == "" && len(d.Breaks) == 0 }

// blocks splits the day into whole JP, never across a break.
func (d DayPattern) blocks() ([]jpBlock, bool) {
	if d.empty() {
		return nil, true
	}
	start, ok1 := ParseHHMM(d.Start)
	end, ok2 := ParseHHMM(d.End)
	if !ok1 || !ok2 || end <= start {
		return nil, false
	}
	breaks := make([]jpBlock, 0, len(d.Breaks))
	for _, b := range d.Breaks {
		bs, ok1 := ParseHHMM(b.Start)
		be, ok2 := ParseHHMM(b.End)
		if !ok1 || !ok2 || be <= bs || bs < start || be > end {
			return nil, false
		}
		breaks = append(breaks, jpBlock{bs, be})
	}
	slices.SortFunc(breaks, func(a, b jpBlock) int { return a.start - b.start })
	var out []jpBlock
	cur := start
	for _, b := range append(breaks, jpBlock{end, end}) {
		if b.start < cur {
			return nil, false // overlapping breaks
		}
		for t := cur; t+MinutesPerJP <= b.start; t += MinutesPerJP {
			out = append(out, jpBlock{t, t + MinutesPerJP})
		}
		cur = b.end
	}
	return out, true
}

// Blocks lists the JP of the day: the start and end of each whole JP. An
// invalid pattern gives a *Problem (CodeScheduleBadPattern).
func (d DayPattern) Blocks() ([]TimeRange, error) {
	bs, ok := d.blocks()
	if !ok {
		return nil, d.problem("")
	}
	out := make([]TimeRange, len(bs))
	for i, b := range bs {
		out[i] = TimeRange{FormatHHMM(b.start), FormatHHMM(b.end)}
	}
	return out, nil
}

func (d DayPattern) problem(day string) *Problem {
	detail := d.Start + "-" + d.End
	for _, b := range d.Breaks {
		detail += " (" + b.Start + "-" + b.End + ")"
	}
	if day != "" {
		detail = day + " " + detail
	}
	return &Problem{Field: "week", Code: CodeScheduleBadPattern, Detail: detail}
}

// days splits every weekday into its JP blocks.
func (w WeekPattern) days() ([7][]jpBlock, int, error) {
	var days [7][]jpBlock
	total := 0
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		d, ok := w[wd]
		if !ok {
			continue
		}
		bs, ok := d.blocks()
		if !ok {
			return days, 0, d.problem(daysID[wd])
		}
		days[wd] = bs
		total += len(bs)
	}
	return days, total, nil
}

// JPPerWeek is the number of JP the pattern holds in a week without holidays.
func (w WeekPattern) JPPerWeek() (int, error) {
	_, total, err := w.days()
	return total, err
}

// maxIdleDays is how many days in a row without teaching the generator
// accepts before it gives up (a pattern or holiday list that leaves no day).
const maxIdleDays = 366

// GenerateSessions plans the sessions of program p from start on: day by day,
// skipping days without teaching time in week and the holidays (date
// "2006-01-02" → name), each day filled with as many whole JP as fit, the JP
// given to p's units in order, until p.JP are covered. A program without
// units gets sessions without a unit. The sessions have no ID, class,
// instructor or room. Bad input gives a *Problem.
func GenerateSessions(p Program, start time.Time, week WeekPattern, holidays map[string]string) ([]Session, error) {
	if p.JP <= 0 {
		return nil, &Problem{Field: "jp", Code: CodeScheduleJP, Detail: strconv.Itoa(p.JP)}
	}
	sum := 0
	for _, u := range p.Units {
		if u.JP <= 0 {
			name := u.Code
			if name == "" {
				name = u.Title
			}
			return nil, &Problem{Field: "units", Code: CodeScheduleUnitJP, Detail: name}
		}
		sum += u.JP
	}
	if len(p.Units) > 0 && sum != p.JP {
		return nil, &Problem{Field: "units", Code: CodeScheduleUnitsJP, Detail: fmt.Sprintf("%d/%d", sum, p.JP)}
	}
	if start.IsZero() {
		return nil, &Problem{Field: "start", Code: CodeRequired}
	}
	days, total, err := week.days()
	if err != nil {
		return nil, err
	}
	if total == 0 {
		return nil, &Problem{Field: "week", Code: CodeScheduleNoTeaching}
	}
	// Each teaching day gives at most two sessions per unit boundary; a
	// good guess avoids regrowing the slice.
	out := make([]Session, 0, p.JP/max(1, total/7)+len(p.Units)+1)
	unit, unitLeft := 0, 0
	if len(p.Units) > 0 {
		unitLeft = p.Units[0].JP
	}
	day, idleFrom, idle := DateOf(start), time.Time{}, 0
	for remaining := p.JP; remaining > 0; day = day.AddDate(0, 0, 1) {
		blocks := days[day.Weekday()]
		if len(blocks) > 0 && holidays != nil {
			if _, holiday := holidays[day.Format(DateLayout)]; holiday {
				blocks = nil
			}
		}
		if len(blocks) == 0 {
			if idle == 0 {
				idleFrom = day
			}
			if idle++; idle > maxIdleDays {
				return nil, &Problem{Field: "start", Code: CodeScheduleNoDays, Detail: idleFrom.Format("02-01-2006")}
			}
			continue
		}
		idle = 0
		take := min(len(blocks), remaining)
		for i := 0; i < take; {
			n, unitID := take-i, ""
			if len(p.Units) > 0 {
				if unitLeft == 0 {
					unit++
					unitLeft = p.Units[unit].JP
				}
				n = min(n, unitLeft)
				unitLeft -= n
				unitID = p.Units[unit].ID
			}
			out = append(out, Session{Date: day, Start: FormatHHMM(blocks[i].start), End: FormatHHMM(blocks[i+n-1].end), JP: n, UnitID: unitID})
			i += n
		}
		remaining -= take
	}
	return out, nil
}
