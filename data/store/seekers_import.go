package store

import (
	"balai/data"
	"time"

	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"
)

// SeekerWriter writes many seekers in one transaction: an import, the demo.
// It holds the write lock, so what it reads of the register stays true until
// the transaction ends.
type SeekerWriter struct {
	*seekerWriter
	registered map[string]bool // NIK → added by this write
	pause      *searchIndexPause
	conn       *writeConn
	added      int64
}

// WriteSeekers runs fill in one write transaction and commits what it wrote
// when it returns nil; on any error or cancellation nothing is saved. rows is
// how many seekers fill may write: a write of at least 5,000 seekers and at
// least the register's size drops the secondary and full-text indexes while it
// runs and builds them once at the end (three times faster than row by row).
func (s *Store) WriteSeekers(ctx context.Context, rows int, fill func(w *SeekerWriter) error) (err error) {
	defer func() {
		// database/sql closes the statements of a cancelled transaction; say
		// why the write stopped, not which statement noticed.
		if err != nil && ctx.Err() != nil {
			err = ctx.Err()
		}
	}()
	conn, err := s.bulkConn(ctx, rows)
	if err != nil {
		return err
	}
	defer conn.release()
	tx, err := s.beginOn(ctx, conn, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	pause, err := pauseSearchIndex(ctx, tx.Tx)
	if err != nil {
		return err
	}
	if pause.bigWrite(int64(rows)) {
		if err := pause.dropIndexes(ctx); err != nil {
			return err
		}
	}
	w, err := s.newSeekerWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	registered, err := registeredNIKs(ctx, tx.Tx)
	if err != nil {
		return err
	}
	if err := fill(&SeekerWriter{seekerWriter: w, registered: registered, pause: pause, conn: conn}); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	if err := pause.resume(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save seekers: %w", err)
	}
	return nil
}

// Page cache sizes (PRAGMA cache_size, negative: KiB). A bulk write appends
// to the table and builds its indexes at the end, so a large cache buys it
// little, while the register's pages and searches are fast with a large one:
// a bulk write runs on a connection of its own with a smaller cache, which
// keeps an import of 100,000 rows well under 150 MB.
const (
	cacheKiB     = 65536 // as Open sets it (the DSN's cache_size)
	bulkCacheKiB = 8192
	bulkRows     = 5000 // the rows from which a write is bulk
)

// writeConn is the connection a write of many seekers runs on.
type writeConn struct {
	*sql.Conn
	small bool // its cache was made smaller: make it large again
}

// bulkConn takes a connection of the pool for a write of rows seekers,
// with the smaller cache when the write is bulk.
func (s *Store) bulkConn(ctx context.Context, rows int) (*writeConn, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	c := &writeConn{Conn: conn}
	if rows >= bulkRows {
		if err := c.shrinkCache(ctx, conn); err != nil {
			conn.Close()
			return nil, err
		}
	}
	return c, nil
}

// shrinkCache gives the connection the smaller cache of a bulk write; on
// runs the PRAGMA (the connection, or the transaction open on it).
func (c *writeConn) shrinkCache(ctx context.Context, on interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}) error {
	if c.small {
		return nil
	}
	if _, err := on.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = -%d`, bulkCacheKiB)); err != nil {
		return fmt.Errorf("bulk write: %w", err)
	}
	c.small = true
	return nil
}

// release gives the connection back to the pool with its usual cache (even
// when the write was cancelled: the pool's connections must all be alike).
func (c *writeConn) release() {
	if c.small {
		if _, err := c.ExecContext(context.Background(), fmt.Sprintf(`PRAGMA cache_size = -%d`, cacheKiB)); err != nil {
			c.Raw(func(any) error { return driver.ErrBadConn }) // do not pool a connection that stayed small
		}
	}
	c.Close()
}

// Now is the time the write began: every row it writes has this time.
func (w *SeekerWriter) Now() time.Time { return w.tx.now }

// Registered reports whether a seeker with nik is in the register (or was
// added by this write).
func (w *SeekerWriter) Registered(nik string) bool {
	_, ok := w.registered[nik]
	return ok
}

// Existing is the registered seeker with nik; ok is false when there is none.
func (w *SeekerWriter) Existing(ctx context.Context, nik string) (sk data.Seeker, ok bool, err error) {
	if !w.Registered(nik) {
		return data.Seeker{}, false, nil
	}
	if w.registered[nik] { // added by this write: perhaps still queued
		if err := w.flush(ctx); err != nil {
			return data.Seeker{}, false, err
		}
	}
	sk, err = w.byNIK(ctx, nik)
	if errors.Is(err, data.ErrNotFound) {
		return data.Seeker{}, false, nil
	}
	return sk, err == nil, err
}

// Taken calls fn with the NIK and AK/1 number of every registered seeker, as
// the write sees them.
func (w *SeekerWriter) Taken(ctx context.Context, fn func(nik, ak1 string)) error {
	rows, err := w.tx.QueryContext(ctx, `SELECT nik, ak1_number FROM seekers`)
	if err != nil {
		return fmt.Errorf("read registered seekers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var nik, ak1 string
		if err := rows.Scan(&nik, &ak1); err != nil {
			return fmt.Errorf("read registered seekers: %w", err)
		}
		fn(nik, ak1)
	}
	return rows.Err()
}

// Add stores a new seeker, whose NIK must not be registered (see
// Registered). It is written with the next batch of new seekers. A seeker
// without a registration date is stored without one: a list that does not
// say when someone registered does not make it today.
func (w *SeekerWriter) Add(ctx context.Context, sk data.Seeker) error {
	if w.Registered(sk.NIK) {
		return &data.Problem{Field: data.FieldNIK, Code: data.CodeNIKTaken, Detail: sk.NIK}
	}
	w.registered[sk.NIK] = true
	w.added++
	if err := w.goBulk(ctx); err != nil {
		return err
	}
	return w.queueInsert(ctx, sk)
}

// goBulk turns a write that was not expected to be big (a sheet that does
// not say how many rows it has) into a bulk write once it has added as many
// seekers as make one.
func (w *SeekerWriter) goBulk(ctx context.Context) error {
	if w.pause.indexes || !w.pause.bigWrite(w.added) {
		return nil
	}
	if err := w.pause.dropIndexes(ctx); err != nil {
		return err
	}
	return w.conn.shrinkCache(ctx, w.tx)
}

// Update stores sk over the registered seeker with its ID.
func (w *SeekerWriter) Update(ctx context.Context, sk data.Seeker) error {
	if err := w.pause.beforeUpdate(ctx, sk.ID); err != nil {
		return err
	}
	if err := w.update(ctx, &sk); err != nil {
		return err
	}
	return w.pause.afterUpdate(ctx, sk.ID)
}

// registeredNIKs is the set of NIKs in the register, so that an import looks
// up only the rows that update someone.
func registeredNIKs(ctx context.Context, tx *sql.Tx) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT nik FROM seekers`)
	if err != nil {
		return nil, fmt.Errorf("read registered NIKs: %w", err)
	}
	defer rows.Close()
	set := map[string]bool{}
	for rows.Next() {
		var nik string
		if err := rows.Scan(&nik); err != nil {
			return nil, err
		}
		set[nik] = false
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
const insertBatch = 256

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
