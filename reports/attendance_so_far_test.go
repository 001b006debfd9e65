package reports

import (
	"strings"
	"testing"
	"time"
)

// While a class runs, the sheet's % JP is of the JP held so far and only
// those below the minimum so far (or unable to reach it) are marked; once it
// ended, the % is of all the planned JP.
func TestAttendanceSoFar(t *testing.T) {
	doc := testAttendanceDoc(t, 40)
	doc.HeldThrough = time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC) // the first week: 9 sessions, 37 JP
	l := layoutAttendanceFor(t, doc, A4)
	full, low := l.Grid.People[0], l.Grid.People[3]
	if full.Totals.Plan != 37 || full.Totals.AllPlan != 164 {
		t.Errorf("held %d of %d JP, want 37 of 164", full.Totals.Plan, full.Totals.AllPlan)
	}
	if full.Below || full.Percent != "89%" {
		t.Errorf("present at 33 of the 37 JP held: below %v, %s; want 89%% unmarked", full.Below, full.Percent)
	}
	if !low.Below || low.Percent != "21%" {
		t.Errorf("absent two sessions in three: below %v, %s; want marked, 21%%", low.Below, low.Percent)
	}
	flagged := 0
	for _, p := range l.Grid.People {
		if p.Below {
			flagged++
		}
	}
	// Against all 164 JP every row would be under 80% in the first week.
	if flagged != 4 {
		t.Errorf("%d rows marked in the first week, want 4", flagged)
	}
	legend := strings.Join(l.Legend.Lines, " ")
	if !strings.Contains(legend, "37 JP yang sudah berlangsung s.d. 9 Januari 2026 (164 JP terjadwal)") {
		t.Errorf("legend %q", legend)
	}

	// After the last session the final figures.
	doc.HeldThrough = doc.End.AddDate(0, 0, 3)
	l = layoutAttendanceFor(t, doc, A4)
	if got := l.Grid.People[0].Totals.Plan; got != 164 {
		t.Errorf("after the end: planned %d JP, want 164", got)
	}
	if legend := strings.Join(l.Legend.Lines, " "); !strings.Contains(legend, "dari 164 JP terjadwal; minimum 80%") {
		t.Errorf("final legend %q", legend)
	}
}
