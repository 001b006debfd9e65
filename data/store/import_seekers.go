package store

import (
	"balai/data"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// ImportSeekers adds the table's seekers to the register in one transaction:
// a NIK already registered updates that seeker (filled cells only: an empty
// cell never erases what is recorded), a NIK repeated in the file keeps its
// first row. On any error or cancellation nothing is saved.
func (s *Store) ImportSeekers(ctx context.Context, t *data.Table, opt data.ImportOptions) (_ data.ImportResult, err error) {
	defer func() {
		// database/sql closes the statements of a cancelled transaction; say
		// why the import stopped, not which statement noticed.
		if err != nil && ctx.Err() != nil {
			err = ctx.Err()
		}
	}()
	var res data.ImportResult
	if opt.Mapping == nil {
		h, m, ok := data.DetectMapping(t)
		if !ok {
			return res, data.ErrNoColumns
		}
		opt.Header, opt.Mapping = h, m
	}
	if !data.CheckMapping(opt.Mapping) {
		return res, data.ErrNoColumns
	}
	if opt.Header < 0 || opt.Header >= len(t.Rows) {
		return res, fmt.Errorf("header row %d is outside the table", opt.Header)
	}
	headers := t.Rows[opt.Header]
	column := func(field string) string {
		for c, f := range opt.Mapping {
			if f == field || (f == data.FieldBirthPlaceDate && (field == data.FieldBirthDate || field == data.FieldBirthPlace)) {
				if c < len(headers) {
					return strings.TrimSpace(headers[c])
				}
			}
		}
		return ""
	}
	cellFor := func(row []string, field string) string {
		for c, f := range opt.Mapping {
			if (f == field || (f == data.FieldBirthPlaceDate && (field == data.FieldBirthDate || field == data.FieldBirthPlace))) && c < len(row) {
				return row[c]
			}
		}
		return ""
	}

	tx, err := s.beginWrite(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	pause, err := pauseSearchIndex(ctx, tx.Tx, func(existing int64) bool { return int64(len(t.Rows)) >= max(existing, 5000) })
	if err != nil {
		return res, err
	}
	w, err := s.newSeekerWriter(ctx, tx)
	if err != nil {
		return res, err
	}
	defer w.close()
	registered, err := registeredNIKs(ctx, tx.Tx)
	if err != nil {
		return res, err
	}

	now := s.Now()
	firstRow := map[string]int{} // NIK → row that counted
	dataRows := t.Rows[opt.Header+1:]
	nums := t.RowNums[opt.Header+1:]
	res.DataRows = len(dataRows)
	res.Outcomes = make([]string, 0, len(dataRows))
	res.RowNums = nums
	for i, row := range dataRows {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return data.ImportResult{}, err
			}
			if opt.Progress != nil {
				opt.Progress(i, len(dataRows))
			}
		}
		rowNum := nums[i]
		var in data.SeekerInput
		blank := true
		for c, f := range opt.Mapping {
			if f == "" || c >= len(row) {
				continue
			}
			v := strings.TrimSpace(row[c])
			if v == "" {
				continue
			}
			blank = false
			setField(&in, f, v)
		}
		if blank {
			res.Blank++
			res.Outcomes = append(res.Outcomes, data.OutcomeBlank)
			continue
		}
		reject := func(ps []data.Problem) {
			res.Rejected++
			res.Outcomes = append(res.Outcomes, data.OutcomeRejected)
			for _, p := range ps {
				res.Rejections = append(res.Rejections, data.RowProblem{Row: rowNum, Column: column(p.Field), Value: cellFor(row, p.Field), Problem: p})
			}
		}

		// Look up the NIK first: a registered seeker is updated, and an empty
		// cell keeps what is recorded.
		nik, _ := data.ParseNIK(in.NIK)
		var existing *data.Seeker
		if nik != "" {
			if first, dup := firstRow[nik]; dup {
				reject([]data.Problem{{Field: data.FieldNIK, Code: data.CodeNIKDuplicate, Detail: strconv.Itoa(first)}})
				continue
			}
			if _, ok := registered[nik]; ok {
				sk, err := w.byNIK(ctx, nik)
				if err != nil {
					return data.ImportResult{}, fmt.Errorf("import row %d: %w", rowNum, err)
				}
				existing = &sk
				in = overlay(sk.Input(), in)
			}
		}
		sk, bad, warn := data.ParseSeeker(in, now)
		if len(bad) > 0 {
			reject(bad)
			continue
		}
		firstRow[nik] = rowNum
		for _, p := range warn {
			res.Warnings = append(res.Warnings, data.RowProblem{Row: rowNum, Column: column(p.Field), Value: cellFor(row, p.Field), Problem: p})
		}
		if existing == nil {
			if err := w.queueInsert(ctx, sk); err != nil {
				return data.ImportResult{}, fmt.Errorf("import row %d: %w", rowNum, err)
			}
			res.Imported++
			res.Outcomes = append(res.Outcomes, data.OutcomeImported)
			continue
		}
		sk.ID = existing.ID
		if slices.Equal(seekerValues(&sk), seekerValues(existing)) {
			res.Unchanged++
			res.Outcomes = append(res.Outcomes, data.OutcomeUnchanged)
			continue
		}
		if err := pause.beforeUpdate(ctx, sk.ID); err != nil {
			return data.ImportResult{}, fmt.Errorf("import row %d: %w", rowNum, err)
		}
		if err := w.update(ctx, &sk); err != nil {
			return data.ImportResult{}, fmt.Errorf("import row %d: %w", rowNum, err)
		}
		if err := pause.afterUpdate(ctx, sk.ID); err != nil {
			return data.ImportResult{}, fmt.Errorf("import row %d: %w", rowNum, err)
		}
		res.Updated++
		res.Outcomes = append(res.Outcomes, data.OutcomeUpdated)
	}
	if err := ctx.Err(); err != nil {
		return data.ImportResult{}, err
	}
	if err := w.flush(ctx); err != nil {
		return data.ImportResult{}, err
	}
	if err := pause.resume(ctx); err != nil {
		return data.ImportResult{}, err
	}
	if err := tx.Commit(); err != nil {
		return data.ImportResult{}, fmt.Errorf("save import: %w", err)
	}
	if opt.Progress != nil {
		opt.Progress(len(dataRows), len(dataRows))
	}
	return res, nil
}

// overlay returns base with every non-empty field of over put on top.
func overlay(base, over data.SeekerInput) data.SeekerInput {
	b, o := reflect.ValueOf(&base).Elem(), reflect.ValueOf(over)
	for i := range o.NumField() {
		if v := o.Field(i).String(); v != "" {
			b.Field(i).SetString(v)
		}
	}
	return base
}

// registeredNIKs is the set of NIKs in the register, so that an import looks
// up only the rows that update someone.
func registeredNIKs(ctx context.Context, tx *sql.Tx) (map[string]struct{}, error) {
	rows, err := tx.QueryContext(ctx, `SELECT nik FROM seekers`)
	if err != nil {
		return nil, fmt.Errorf("read registered NIKs: %w", err)
	}
	defer rows.Close()
	set := map[string]struct{}{}
	for rows.Next() {
		var nik string
		if err := rows.Scan(&nik); err != nil {
			return nil, err
		}
		set[nik] = struct{}{}
	}
	return set, rows.Err()
}

// newID is a time-ordered UUID (version 7): new rows land at the end of the
// primary-key index instead of at random places in it.
func newID() string { return uuid.Must(uuid.NewV7()).String() }

// seekerWriter holds the statements a bulk write repeats, prepared once.
type seekerWriter struct {
	tx                  *Tx
	ins, upd, findByNIK *sql.Stmt
	insMany             *sql.Stmt // insertSeekerSQL for insertBatch rows
	queue               []data.Seeker
	args                []any
}

// insertBatch is how many new seekers one INSERT statement adds in a bulk write.
const insertBatch = 64

// queueInsert adds a new seeker in the next multi-row INSERT; flush writes
// what is queued. Only for NIKs known to be free.
func (w *seekerWriter) queueInsert(ctx context.Context, sk data.Seeker) error {
	w.queue = append(w.queue, sk)
	if len(w.queue) < insertBatch {
		return nil
	}
	return w.flush(ctx)
}

func (w *seekerWriter) flush(ctx context.Context) error {
	defer func() { w.queue = w.queue[:0] }()
	if len(w.queue) < insertBatch {
		for i := range w.queue {
			if err := w.insert(ctx, &w.queue[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if w.insMany == nil {
		return errors.New("bulk insert not prepared")
	}
	now, stamp := w.tx.now, formatTime(w.tx.now)
	w.args = w.args[:0]
	for i := range w.queue {
		sk := &w.queue[i]
		sk.ID, sk.CreatedAt, sk.UpdatedAt = newID(), now, now
		if sk.RegisteredOn.IsZero() {
			sk.RegisteredOn = w.tx.today
		}
		w.args = append(append(w.args, seekerValues(sk)...), sk.ID, stamp, stamp)
	}
	if _, err := w.insMany.ExecContext(ctx, w.args...); err != nil {
		return fmt.Errorf("insert seekers: %w", err)
	}
	return nil
}

func (s *Store) newSeekerWriter(ctx context.Context, tx *Tx) (*seekerWriter, error) {
	w := &seekerWriter{tx: tx}
	var err error
	if w.ins, err = tx.PrepareContext(ctx, insertSeekerSQL); err != nil {
		return nil, fmt.Errorf("prepare insert: %w", err)
	}
	if w.upd, err = tx.PrepareContext(ctx, updateSeekerSQL); err != nil {
		w.close()
		return nil, fmt.Errorf("prepare update: %w", err)
	}
	if w.findByNIK, err = tx.PrepareContext(ctx, `SELECT `+seekerColumns+` FROM seekers WHERE nik = ?`); err != nil {
		w.close()
		return nil, fmt.Errorf("prepare lookup: %w", err)
	}
	_, values, _ := strings.Cut(insertSeekerSQL, "VALUES ")
	if w.insMany, err = tx.PrepareContext(ctx, insertSeekerSQL+strings.Repeat(", "+values, insertBatch-1)); err != nil {
		w.close()
		return nil, fmt.Errorf("prepare insert: %w", err)
	}
	return w, nil
}

func (w *seekerWriter) close() {
	for _, st := range []*sql.Stmt{w.ins, w.upd, w.findByNIK, w.insMany} {
		if st != nil {
			st.Close()
		}
	}
}

func (w *seekerWriter) byNIK(ctx context.Context, nik string) (data.Seeker, error) {
	sk, err := scanSeeker(w.findByNIK.QueryRowContext(ctx, nik))
	if errors.Is(err, sql.ErrNoRows) {
		return sk, data.ErrNotFound
	}
	return sk, err
}

func (w *seekerWriter) insert(ctx context.Context, sk *data.Seeker) error {
	now := w.tx.now
	sk.ID = newID()
	sk.CreatedAt, sk.UpdatedAt = now, now
	if sk.RegisteredOn.IsZero() {
		sk.RegisteredOn = w.tx.today
	}
	if _, err := w.ins.ExecContext(ctx, append(seekerValues(sk), sk.ID, timeText(now), timeText(now))...); err != nil {
		if isUniqueViolation(err) {
			return &data.Problem{Field: data.FieldNIK, Code: data.CodeNIKTaken, Detail: sk.NIK}
		}
		return fmt.Errorf("insert seeker: %w", err)
	}
	return nil
}

func (w *seekerWriter) update(ctx context.Context, sk *data.Seeker) error {
	sk.UpdatedAt = w.tx.now
	res, err := w.upd.ExecContext(ctx, append(seekerValues(sk), timeText(sk.UpdatedAt), sk.ID)...)
	if err != nil {
		if isUniqueViolation(err) {
			return &data.Problem{Field: data.FieldNIK, Code: data.CodeNIKTaken, Detail: sk.NIK}
		}
		return fmt.Errorf("update seeker: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return data.ErrNotFound
	}
	return nil
}
