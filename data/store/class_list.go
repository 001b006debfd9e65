package store

import (
	"balai/data"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// NextClassCode proposes the code of a new class of a program in a year:
// "<PROGRAMCODE>-<YEAR>-<NN>", NN the number after the highest already used
// by that program in that year, two digits at least: LAS-2026-01, LAS-2026-02 …
func (s *Store) NextClassCode(ctx context.Context, programID string, year int) (string, error) {
	if year < 2000 || year > 2100 {
		return "", data.Problems{{Field: "year", Code: data.CodeBadYear, Detail: strconv.Itoa(year)}}
	}
	var code string
	err := s.db.QueryRowContext(ctx, `SELECT code FROM programs WHERE id = ?`, programID).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return "", data.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("read program: %w", err)
	}
	prefix := fmt.Sprintf("%s-%d-", code, year)
	rows, err := s.db.QueryContext(ctx, `SELECT substr(code, ?) FROM classes WHERE substr(code, 1, ?) = ?`,
		len(prefix)+1, len(prefix), prefix)
	if err != nil {
		return "", fmt.Errorf("read class codes: %w", err)
	}
	defer rows.Close()
	highest := 0
	for rows.Next() {
		var rest string
		if err := rows.Scan(&rest); err != nil {
			return "", err
		}
		if n, err := strconv.Atoi(rest); err == nil && n > highest && strings.Trim(rest, "0123456789") == "" {
			highest = n
		}
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s%02d", prefix, highest+1), nil
}

// classStatusSQL is the condition of Class.Status(today) = status, on
// dates stored as "2006-01-02" (that compare as text as they do as dates).
func classStatusSQL(status string, today time.Time) (string, []any, error) {
	t := today.Format(data.DateLayout)
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

// Classes lists the classes the filter selects, the latest start first, then by code.
func (s *Store) Classes(ctx context.Context, f data.ClassFilter) ([]data.ClassSummary, error) {
	today := s.today()
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
			return nil, err
		}
		conds = append(conds, cond)
		args = append(args, cargs...)
	}
	for _, word := range strings.Fields(f.Query) {
		like := "%" + likeEscape(word) + "%"
		conds = append(conds, `(c.code LIKE ? ESCAPE '\' OR p.code LIKE ? ESCAPE '\' OR p.name LIKE ? ESCAPE '\')`)
		args = append(args, like, like, like)
	}
	q := `SELECT ` + classColumns + `, p.name, p.code, p.kejuruan, p.jp, coalesce(r.name, ''), coalesce(i.name, ''),
		(SELECT count(*) FROM participants pa WHERE pa.class_id = c.id AND pa.status <> 'withdrawn')
		FROM classes c JOIN programs p ON p.id = c.program_id
		LEFT JOIN rooms r ON r.id = c.room_id LEFT JOIN instructors i ON i.id = c.instructor_id`
	if len(conds) > 0 {
		q += ` WHERE ` + strings.Join(conds, ` AND `)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY c.start_date DESC, c.code`, args...)
	if err != nil {
		return nil, fmt.Errorf("read classes: %w", err)
	}
	defer rows.Close()
	var out []data.ClassSummary
	for rows.Next() {
		var cs data.ClassSummary
		c, err := scanClass(rows, &cs.ProgramName, &cs.ProgramCode, &cs.Kejuruan, &cs.ProgramJP, &cs.RoomName, &cs.InstructorName, &cs.Enrolled)
		if err != nil {
			return nil, err
		}
		cs.Class, cs.Status = c, c.Status(today)
		out = append(out, cs)
	}
	return out, rows.Err()
}
