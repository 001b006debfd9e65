package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"balai/data"
	"balai/data/store"
)

// headerSearchRows is how many rows DetectMapping looks at for the column titles.
const headerSearchRows = 20

// ImportSeekers adds the job seekers of a .csv or .xlsx file to the register, in one transaction: a NIK already
// registered updates that seeker (filled cells only: an empty cell never
// erases what is recorded), a NIK repeated in the file keeps its first valid
// row. Every data row ends as exactly one outcome. On any error or
// cancellation nothing is saved.
//
// The rows stream: one goroutine reads the sheet while the caller's plans
// each row and writes it, so memory stays bounded and an XLSX file's slow
// reading overlaps the inserts.
func ImportSeekers(ctx context.Context, st *store.Store, f File, opt Options) (Result, error) {
	res, again, err := importAttempt(ctx, st, f, opt, nil)
	if err == nil && again != nil {
		// Ambiguous dates were read day first in a column that then proved to
		// put the month first: nothing was saved; read the file again with
		// the order known.
		res, _, err = importAttempt(ctx, st, f, opt, again)
	}
	return res, err
}

// errMisread ends an attempt whose ambiguous dates were read in the wrong order.
var errMisread = errors.New("dates read in the wrong order")

// importAttempt imports the file once with the date orders known so far. It
// returns the orders to start again with when it read dates in the wrong
// order (and then saved nothing).
func importAttempt(ctx context.Context, st *store.Store, f File, opt Options, orders map[string]data.DateOrder) (Result, map[string]data.DateOrder, error) {
	sh, err := openSheet(f, opt)
	if err != nil {
		return Result{}, nil, err
	}
	defer sh.rows.close()
	if orders == nil {
		orders = titleOrders(sh.header(), sh.opt.Mapping)
	}
	readCtx, stopReading := context.WithCancel(ctx)
	batches := readAhead(readCtx, sh.rows, sh.head, sh.opt.Header+1)
	defer func() {
		stopReading()
		for range batches { // let the reader finish before rows are closed
		}
	}()
	p := newPlanner(sh.header(), sh.opt.Mapping, orders)
	var res Result
	err = st.WriteSeekers(ctx, sh.dataRows, func(w *store.SeekerWriter) error {
		return applyBatches(ctx, w, p, &res, batches, sh)
	})
	if errors.Is(err, errMisread) {
		return Result{}, p.misread(), nil
	}
	if err != nil {
		return Result{}, nil, err
	}
	res.Ignored, res.Lookalikes = ignoredColumns(sh.header(), sh.opt.Mapping, p.hasData)
	if opt.Progress != nil {
		opt.Progress(res.DataRows, res.DataRows)
	}
	return res, nil, nil
}

// sheet is a list opened for import: its first rows, where its titles are
// and what each column holds, and how many data rows it has.
type sheet struct {
	rows     rowReader
	head     head
	opt      Options // with the header and the mapping found, when not given
	dataRows int
}

func (sh *sheet) header() []string { return sh.head.rows[sh.opt.Header] }

// openSheet opens the list and finds its column titles (unless opt gives
// them).
func openSheet(f File, opt Options) (*sheet, error) {
	rows, err := openRows(f, opt.Sheet)
	if err != nil {
		return nil, err
	}
	sh := &sheet{rows: rows, opt: opt}
	if err := sh.findHeader(); err != nil {
		rows.close()
		return nil, err
	}
	return sh, nil
}

func (sh *sheet) findHeader() error {
	var err error
	if sh.head, err = readHead(sh.rows, sh.opt.Header); err != nil {
		return err
	}
	if sh.opt.Mapping == nil {
		h, m, ok := DetectMapping(&Table{Rows: sh.head.rows})
		if !ok {
			return noColumns(sh.head.rows)
		}
		sh.opt.Header, sh.opt.Mapping = h, m
	}
	if !CheckMapping(sh.opt.Mapping) {
		return ErrNoColumns
	}
	if sh.opt.Header < 0 || sh.opt.Header >= len(sh.head.rows) {
		return fmt.Errorf("header row %d is outside the table", sh.opt.Header)
	}
	total, err := sh.rows.count()
	sh.dataRows = max(0, total-sh.opt.Header-1)
	return err
}

// applyBatches plans and writes the rows the reader hands over, saying how
// far it is; it stops when dates were read in the wrong order, and refuses a
// list without a person.
func applyBatches(ctx context.Context, w *store.SeekerWriter, p *planner, res *Result, batches <-chan rowBatch, sh *sheet) error {
	for b := range batches {
		if b.err != nil {
			return b.err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, r := range b.rows {
			if err := applyRow(ctx, w, p, res, r); err != nil {
				return err
			}
		}
		if p.misread() != nil {
			return errMisread
		}
		if sh.opt.Progress != nil {
			sh.opt.Progress(res.DataRows, max(sh.dataRows, res.DataRows))
		}
	}
	if res.people() == 0 {
		return &NoPeopleError{Columns: usedTitles(sh.header(), sh.opt.Mapping)}
	}
	return nil
}

// applyRow plans one data row, decides it against the register and writes it.
func applyRow(ctx context.Context, w *store.SeekerWriter, p *planner, res *Result, r sheetRow) error {
	cells, row := r.cells, r.num
	if r.bad != nil {
		res.add(row, OutcomeRejected)
		res.Rejections = append(res.Rejections, data.RowProblem{Row: row, Value: r.bad.Text,
			Problem: data.Problem{Code: r.bad.Reason, Detail: r.bad.Text}})
		return nil
	}
	pl := p.plan(cells, row)
	switch pl.outcome {
	case OutcomeSkipped:
		res.add(row, pl.outcome)
		res.Skips = append(res.Skips, pl.problems...)
		return nil
	case OutcomeBlank, OutcomeRejected:
		res.add(row, pl.outcome)
		res.Rejections = append(res.Rejections, pl.problems...)
		return nil
	}
	res.Warnings = append(res.Warnings, pl.warnings...)
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

// sheetRow is one row as read: its cells, or why its text could not be read.
type sheetRow struct {
	cells []string
	num   int
	bad   *BadRowError
}

// nextRow reads the next row; a row the text does not let Balai read comes
// back with bad set, and reading goes on.
func nextRow(rows rowReader) (sheetRow, error) {
	cells, num, err := rows.next()
	var bad *BadRowError
	if errors.As(err, &bad) {
		return sheetRow{num: bad.Row, bad: bad, cells: []string{bad.Text}}, nil
	}
	return sheetRow{cells: cells, num: num}, err
}

// head is the first rows of a sheet, read to find the column titles.
type head struct {
	rows [][]string
	read []sheetRow
}

// readHead reads the rows a header may be among (at least up to header).
func readHead(rows rowReader, header int) (head, error) {
	var h head
	for len(h.read) < max(headerSearchRows, header+1) {
		r, err := nextRow(rows)
		if err == io.EOF {
			break
		}
		if err != nil {
			return h, err
		}
		h.read = append(h.read, r)
		h.rows = append(h.rows, r.cells)
	}
	return h, nil
}

// rowBatch is a run of data rows, or the error that ended the reading.
type rowBatch struct {
	rows []sheetRow
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
		b := rowBatch{rows: slices.Clone(h.read[min(first, len(h.read)):])}
		for {
			if len(b.rows) >= batchRows {
				if !send(b) {
					return
				}
				b = rowBatch{rows: make([]sheetRow, 0, batchRows)}
			}
			r, err := nextRow(rows)
			if err == io.EOF {
				break
			}
			if err != nil {
				send(rowBatch{err: err})
				return
			}
			b.rows = append(b.rows, r)
		}
		if len(b.rows) > 0 {
			send(b)
		}
	}()
	return ch
}
