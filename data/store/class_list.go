package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"balai/data"
)

// The class list and the code of a new class.

// classStatusSQL is the condition of Class.Status(today) = status, on
// dates stored as "2006-01-02" (that compare as text as they do as dates).
func classStatusSQL(status string, today time.Time) (string, []any, error) {
	t := storedDate(today)
	switch status {
	case data.ClassCancelled:
		return `c.cancelled_at <> ''`, nil, nil
	case data.ClassPlanned:
		return `c.cancelled_at = '' AND c.start_date > ?`, []any{t}, nil
	case data.ClassFinished:
		return `c.cancelled_at = '' AND c.end_date < ?`, []any{t}, nil
	case data.ClassRunning:
		return `c.cancelled_at = '' AND c.start_date <= ? AND c.end_date >= ?`, []any{t, t}, nil
	}
	return "", nil, data.Problems{{Field: "status", Code: data.CodeBadChoice, Detail: status}}
}

// likeEscape makes v match literally in a LIKE … ESCAPE '\' pattern.
func likeEscape(v string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(v)
}

// classFilterSQL is the WHERE clause (empty for none) of the class list's filter.
func classFilterSQL(f data.ClassFilter, today time.Time) (string, []any, error) {
	var conds []string
	var args []any
	if !f.IncludeArchived {
		conds = append(conds, `c.archived_at = ''`)
	}
	if f.Year != 0 {
		conds = append(conds, `c.year = ?`)
		args = append(args, f.Year)
	}
	if f.Kejuruan != "" {
		conds = append(conds, `p.kejuruan = ?`)
		args = append(args, f.Kejuruan)
	}
	if f.Status != "" {
		cond, cargs, err := classStatusSQL(f.Status, today)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, cond)
		args = append(args, cargs...)
	}
	for _, word := range strings.Fields(f.Query) {
		like := "%" + likeEscape(word) + "%"
		conds = append(conds, `(c.code LIKE ? ESCAPE '\' OR p.code LIKE ? ESCAPE '\' OR p.name LIKE ? ESCAPE '\')`)
		args = append(args, like, like, like)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return ` WHERE ` + strings.Join(conds, ` AND `), args, nil
}

// Classes lists the classes the filter selects, the latest start first, then by code.
func (s *Store) Classes(ctx context.Context, f data.ClassFilter) ([]data.ClassSummary, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	where, args, err := classFilterSQL(f, tx.today)
	if err != nil {
		return nil, err
	}
	scan := func(r rowScanner) (data.ClassSummary, error) {
		var cs data.ClassSummary
		c, err := scanClass(r, &cs.ProgramName, &cs.ProgramCode, &cs.Kejuruan, &cs.ProgramJP, &cs.RoomName, &cs.InstructorName, &cs.Enrolled)
		cs.Class, cs.Status = c, c.Status(tx.today)
		return cs, err
	}
	out, err := queryList(ctx, tx, scan, `SELECT `+classColumns+`, p.name, p.code, p.kejuruan, p.jp,
		coalesce(r.name, ''), coalesce(i.name, ''),
		(SELECT count(*) FROM participants pa WHERE pa.class_id = c.id AND pa.status <> 'withdrawn')
		FROM classes c JOIN programs p ON p.id = c.program_id
		LEFT JOIN rooms r ON r.id = c.room_id LEFT JOIN instructors i ON i.id = c.instructor_id`+where+`
		ORDER BY c.start_date DESC, c.code`, args...)
	if err != nil {
		return nil, fmt.Errorf("read classes: %w", err)
	}
	return out, nil
}

// NextClassCode proposes the code of a new class of a program in a year:
// "<PROGRAMCODE>-<YEAR>-<NN>", NN the number after the highest already used
// by that program in that year, two digits at least: LAS-2026-01, LAS-2026-02 …
func (s *Store) NextClassCode(ctx context.Context, programID string, year int) (string, error) {
	if year < 2000 || year > 2100 {
		return "", data.Problems{{Field: "year", Code: data.CodeBadYear, Detail: strconv.Itoa(year)}}
	}
	tx, err := s.beginRead(ctx)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	var code string
	if err := tx.QueryRowContext(ctx, `SELECT code FROM programs WHERE id = ?`, programID).Scan(&code); err != nil {
		return "", readErr(err, "program")
	}
	prefix := fmt.Sprintf("%s-%d-", code, year)
	taken, err := queryList(ctx, tx, scanString, `SELECT code FROM classes WHERE substr(code, 1, ?) = ?`, len(prefix), prefix)
	if err != nil {
		return "", fmt.Errorf("read class codes: %w", err)
	}
	return data.NextClassCode(code, year, taken), nil
}
