package store

import (
	"context"
	"database/sql"
	"fmt"
)

// searchIndexPause stops the triggers that keep seekers_fts in step with
// seekers for the rest of a bulk write in tx. Per-row maintenance makes the
// full-text index flush at every statement; indexing the new rows in one
// statement at the end is an order of magnitude faster. The triggers are read
// from the schema, dropped, and created again by resume, all inside tx: a
// rolled-back write gets its triggers back with everything else.
type searchIndexPause struct {
	tx       *sql.Tx
	maxRowid int64
	triggers []string // CREATE TRIGGER and CREATE INDEX statements to restore
}

// When the write is expected to add at least as many rows as the table holds
// (bigWrite), the secondary indexes are dropped too and built again at the
// end: sorting once beats inserting into seven B-trees row by row.
func pauseSearchIndex(ctx context.Context, tx *sql.Tx, bigWrite func(rows int64) bool) (*searchIndexPause, error) {
	p := &searchIndexPause{tx: tx}
	var count int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0), count(*) FROM seekers`).Scan(&p.maxRowid, &count); err != nil {
		return nil, fmt.Errorf("pause search index: %w", err)
	}
	kinds := `type = 'trigger' AND sql LIKE '%seekers_fts%'`
	if bigWrite(count) {
		kinds = `(` + kinds + `) OR (type = 'index' AND sql IS NOT NULL)`
	}
	rows, err := tx.QueryContext(ctx, `SELECT type, name, sql FROM sqlite_schema
		WHERE tbl_name = 'seekers' AND (`+kinds+`)`)
	if err != nil {
		return nil, fmt.Errorf("pause search index: %w", err)
	}
	var drops []string
	for rows.Next() {
		var kind, name, stmt string
		if err := rows.Scan(&kind, &name, &stmt); err != nil {
			rows.Close()
			return nil, err
		}
		drops = append(drops, `DROP `+kind+` "`+name+`"`)
		p.triggers = append(p.triggers, stmt)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, drop := range drops {
		if _, err := tx.ExecContext(ctx, drop); err != nil {
			return nil, fmt.Errorf("pause search index: %w", err)
		}
	}
	return p, nil
}

// beforeUpdate removes a seeker's current words from the index; afterUpdate
// adds the new ones. New rows need nothing until resume.
func (p *searchIndexPause) beforeUpdate(ctx context.Context, id string) error {
	_, err := p.tx.ExecContext(ctx, `INSERT INTO seekers_fts (seekers_fts, rowid, name, nik, phone, ak1_number)
		SELECT 'delete', rowid, name, nik, phone, ak1_number FROM seekers WHERE id = ?`, id)
	return err
}

func (p *searchIndexPause) afterUpdate(ctx context.Context, id string) error {
	_, err := p.tx.ExecContext(ctx, `INSERT INTO seekers_fts (rowid, name, nik, phone, ak1_number)
		SELECT rowid, name, nik, phone, ak1_number FROM seekers WHERE id = ?`, id)
	return err
}

// resume indexes the rows added since the pause (SQLite gives new rows a
// rowid above the largest) and restores the triggers.
func (p *searchIndexPause) resume(ctx context.Context) error {
	if _, err := p.tx.ExecContext(ctx, `INSERT INTO seekers_fts (rowid, name, nik, phone, ak1_number)
		SELECT rowid, name, nik, phone, ak1_number FROM seekers WHERE rowid > ?`, p.maxRowid); err != nil {
		return fmt.Errorf("index new seekers: %w", err)
	}
	for _, stmt := range p.triggers {
		if _, err := p.tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("restore trigger or index: %w", err)
		}
	}
	return nil
}
