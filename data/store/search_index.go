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
	existing int64    // seekers in the table when the write began
	triggers []string // CREATE TRIGGER and CREATE INDEX statements to restore
	indexes  bool     // the secondary indexes are dropped too
}

// When a write adds at least as many rows as the table held (bigWrite), the
// secondary indexes are dropped too and built again at the end: sorting once
// beats inserting into seven B-trees row by row.
func (p *searchIndexPause) bigWrite(rows int64) bool { return rows >= max(p.existing, bulkRows) }

// pauseSearchIndex drops the full-text triggers for the rest of tx.
func pauseSearchIndex(ctx context.Context, tx *sql.Tx) (*searchIndexPause, error) {
	p := &searchIndexPause{tx: tx}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0), count(*) FROM seekers`).Scan(&p.maxRowid, &p.existing); err != nil {
		return nil, fmt.Errorf("pause search index: %w", err)
	}
	return p, p.drop(ctx, `type = 'trigger' AND sql LIKE '%seekers_fts%'`)
}

// dropIndexes drops the secondary indexes of seekers until resume; once.
func (p *searchIndexPause) dropIndexes(ctx context.Context) error {
	if p.indexes {
		return nil
	}
	p.indexes = true
	return p.drop(ctx, `type = 'index' AND sql IS NOT NULL`)
}

// drop drops the seekers schema objects matching kinds, keeping their SQL.
func (p *searchIndexPause) drop(ctx context.Context, kinds string) error {
	rows, err := p.tx.QueryContext(ctx, `SELECT type, name, sql FROM sqlite_schema
		WHERE tbl_name = 'seekers' AND (`+kinds+`)`)
	if err != nil {
		return fmt.Errorf("pause search index: %w", err)
	}
	var drops []string
	for rows.Next() {
		var kind, name, stmt string
		if err := rows.Scan(&kind, &name, &stmt); err != nil {
			rows.Close()
			return err
		}
		drops = append(drops, `DROP `+kind+` "`+name+`"`)
		p.triggers = append(p.triggers, stmt)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, drop := range drops {
		if _, err := p.tx.ExecContext(ctx, drop); err != nil {
			return fmt.Errorf("pause search index: %w", err)
		}
	}
	return nil
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
