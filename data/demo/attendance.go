package demo

import (
	"context"
	"fmt"

	"balai/data"
	"balai/data/store"
)

// AddAttendance records attendance for every past session (before
// today) of the classes not cancelled: mostly H, some I, S and A, chosen
// deterministically, and one participant per class absent often enough to
// fall below the minimum. Participants not expected at a session are left
// out. Running it again gives the same marks. Like the rest of the demo, it
// is made of the store's methods, one transaction each.
func AddAttendance(ctx context.Context, st *store.Store) error {
	classes, err := st.Classes(ctx, data.ClassFilter{IncludeArchived: true})
	if err != nil {
		return err
	}
	today := data.DateOf(st.Now())
	for _, cs := range classes {
		c := cs.Class
		if !c.CancelledAt.IsZero() {
			continue
		}
		g, err := st.ClassAttendance(ctx, c.ID)
		if err != nil {
			return err
		}
		var marks []data.CellMark
		for j, ss := range g.Sessions {
			if !ss.Date.Before(today) {
				break
			}
			for i, r := range g.Rows {
				if r.Marks[j] == data.AttendanceNotExpected {
					continue
				}
				marks = append(marks, data.CellMark{SessionID: ss.ID, ParticipantID: r.ParticipantID, Code: mark(i, j)})
			}
		}
		if len(marks) == 0 {
			continue
		}
		if _, problems, err := st.ApplyAttendanceMarks(ctx, c.ID, marks); err != nil {
			return fmt.Errorf("demo attendance %s: %w", c.Code, err)
		} else if len(problems) > 0 {
			return fmt.Errorf("demo attendance %s: %s %s", c.Code, problems[0].Cell, problems[0].Error())
		}
	}
	return nil
}

// mark is the demo's mark of participant i (name order) at session j:
// participant 2 misses two sessions in five (below the minimum), the others
// now and then.
func mark(i, j int) string {
	if i == 2 {
		switch j % 5 {
		case 1:
			return data.AttendanceAbsent
		case 3:
			return data.AttendanceSick
		}
		return data.AttendancePresent
	}
	switch (i*7 + j*13) % 37 {
	case 0:
		return data.AttendanceExcused
	case 1:
		return data.AttendanceSick
	case 2:
		return data.AttendanceAbsent
	}
	return data.AttendancePresent
}
