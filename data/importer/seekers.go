package importer

import (
	"context"
	"fmt"
	"io"

	"balai/data"
	"balai/data/store"
)

// headerSearchRows is how many rows DetectMapping looks at for the column titles.
const headerSearchRows = 20

// ImportSeekers adds the job seekers of a .csv or .xlsx file (raw, with name
// telling its type) to the register, in one transaction: a NIK already
// registered updates that seeker (filled cells only: an empty cell never
// erases what is recorded), a NIK repeated in the file keeps its first valid
// row. Every data row ends as exactly one outcome. On any error or
// cancellation nothing is saved.
//
// The rows stream: one goroutine reads the sheet while the caller's plans
// each row and writes it, so memory stays bounded and an XLSX file's slow
// reading overlaps the inserts.
func ImportSeekers(ctx context.Context, st *store.Store, raw []byte, name string, opt Options) (Result, error) {
	rows, err := openRows(raw, name, opt.Sheet)
	if err != nil {
		return Result{}, err
	}
	defer rows.close()
	head, err := readHead(rows, opt.Header)
	if err != nil {
		return Result{}, err
	}
	if opt.Mapping == nil {
		h, m, ok := DetectMapping(&Table{Rows: head.rows})
		if !ok {
			return Result{}, ErrNoColumns
		}
		opt.Header, opt.Mapping = h, m
	}
	if !CheckMapping(opt.Mapping) {
		return Result{}, ErrNoColumns
	}
	if opt.Header < 0 || opt.Header >= len(head.rows) {
		return Result{}, fmt.Errorf("header row %d is outside the table", opt.Header)
	}
	total, err := rows.count()
	if err != nil {
		return Result{}, err
	}
	dataRows := max(0, total-opt.Header-1)

	readCtx, stopReading := context.WithCancel(ctx)
	batches := readAhead(readCtx, rows, head, opt.Header+1)
	defer func() {
		stopReading()
		for range batches { // let the reader finish before rows are closed
		}
	}()
	p := newPlanner(head.rows[opt.Header], opt.Mapping)
	var res Result
	err = st.WriteSeekers(ctx, dataRows, func(w *store.SeekerWriter) error {
		for b := range batches {
			if b.err != nil {
				return b.err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			for i, cells := range b.rows {
				if err := applyRow(ctx, w, p, &res, cells, b.nums[i]); err != nil {
					return err
				}
			}
			if opt.Progress != nil {
				opt.Progress(res.DataRows, max(dataRows, res.DataRows))
			}
		}
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	if opt.Progress != nil {
		opt.Progress(res.DataRows, res.DataRows)
	}
	return res, nil
}

// applyRow plans one data row, decides it against the register and writes it.
func applyRow(ctx context.Context, w *store.SeekerWriter, p *planner, res *Result, cells []string, row int) error {
	pl := p.plan(cells, row)
	if pl.outcome != "" {
		res.add(row, pl.outcome)
		res.Rejections = append(res.Rejections, pl.problems...)
		return nil
	}
	var existing *data.Seeker
	if pl.nik != "" {
		sk, ok, err := w.Existing(ctx, pl.nik)
		if err != nil {
			return fmt.Errorf("import row %d: %w", row, err)
		}
		if ok {
			existing = &sk
		}
	}
	outcome, sk, bad, warn := decide(pl.input, existing, w.Now())
	res.add(row, outcome)
	if outcome == OutcomeRejected {
		res.Rejections = append(res.Rejections, p.rowProblems(cells, row, bad)...)
		return nil
	}
	p.accepted(pl.nik, row)
	res.Warnings = append(res.Warnings, p.rowProblems(cells, row, warn)...)
	var err error
	switch outcome {
	case OutcomeImported:
		err = w.Add(ctx, sk)
	case OutcomeUpdated:
		err = w.Update(ctx, sk)
	}
	if err != nil {
		return fmt.Errorf("import row %d: %w", row, err)
	}
	return nil
}

// head is the first rows of a sheet, read to find the column titles.
type head struct {
	rows [][]string
	nums []int
}

// readHead reads the rows a header may be among (at least up to header).
func readHead(rows rowReader, header int) (head, error) {
	var h head
	for len(h.rows) < max(headerSearchRows, header+1) {
		cells, num, err := rows.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return h, err
		}
		h.rows = append(h.rows, cells)
		h.nums = append(h.nums, num)
	}
	return h, nil
}

// rowBatch is a run of data rows, or the error that ended the reading.
type rowBatch struct {
	rows [][]string
	nums []int
	err  error
}

// batchRows is how many rows the reader hands over at a time.
const batchRows = 256

// readAhead reads the data rows (those of h from index first, then the rest
// of the sheet) on a goroutine of its own, in batches. The channel closes
// after the last batch, after an error batch, or when ctx ends.
func readAhead(ctx context.Context, rows rowReader, h head, first int) <-chan rowBatch {
	ch := make(chan rowBatch, 8)
	go func() {
		defer close(ch)
		send := func(b rowBatch) bool {
			select {
			case ch <- b:
				return true
			case <-ctx.Done():
				return false
			}
		}
		b := rowBatch{rows: h.rows[min(first, len(h.rows)):], nums: h.nums[min(first, len(h.nums)):]}
		for {
			if len(b.rows) >= batchRows {
				if !send(b) {
					return
				}
				b = rowBatch{rows: make([][]string, 0, batchRows), nums: make([]int, 0, batchRows)}
			}
			cells, num, err := rows.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				send(rowBatch{err: err})
				return
			}
			b.rows = append(b.rows, cells)
			b.nums = append(b.nums, num)
		}
		if len(b.rows) > 0 {
			send(b)
		}
	}()
	return ch
}
