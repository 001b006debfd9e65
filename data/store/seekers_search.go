package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"balai/data"
)

// The register: one page of seekers under filters, a search as typed and a
// sort, fast on 100,000 seekers.

// sortIndex is the index that gives each sort's order for current seekers.
var sortIndex = map[data.SeekerSort]string{
	data.SortName:       "seekers_by_name",
	data.SortNIK:        "seekers_by_nik",
	data.SortBirthDate:  "seekers_by_birth_date",
	data.SortKecamatan:  "seekers_by_kecamatan",
	data.SortRegistered: "seekers_by_registered",
}

// denseSearch is the number of matches above which a search walks the sort
// index and keeps the matching rows, instead of sorting every match: a word
// like "nur" or a NIK prefix like "6471" matches thousands of seekers, and
// the first page of them is found after a few hundred index entries.
const denseSearch = 3500

// sortSQL orders by the column, then by a unique key, so that pages of one
// order never overlap or skip a row (rowid follows the (column, name) indexes).
// Education sorts by level (EducationLevels), not alphabetically.
var sortSQL = map[data.SeekerSort]string{
	data.SortName:       "name COLLATE NOCASE %[1]s, id %[1]s",
	data.SortNIK:        "nik %[1]s",
	data.SortSex:        "sex %[1]s, name COLLATE NOCASE %[1]s, rowid %[1]s",
	data.SortBirthDate:  "birth_date %[1]s, id %[1]s",
	data.SortEducation:  educationRankSQL + " %[1]s, name COLLATE NOCASE %[1]s, rowid %[1]s",
	data.SortKecamatan:  "kecamatan %[1]s, name COLLATE NOCASE %[1]s, rowid %[1]s",
	data.SortEmployment: "employment %[1]s, name COLLATE NOCASE %[1]s, rowid %[1]s",
	data.SortRegistered: "registered_on %[1]s, id %[1]s",
}

// educationRankSQL is the position of education in EducationLevels (1 for SD),
// 0 for none.
var educationRankSQL = func() string {
	var b strings.Builder
	b.WriteString("CASE education")
	for i, l := range data.EducationLevels {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", l, i+1)
	}
	b.WriteString(" ELSE 0 END")
	return b.String()
}()

// SeekerFilter selects seekers for the register.
type SeekerFilter struct {
	Query      string // words matched as prefixes of name, NIK, phone, AK/1 number
	Sex        string
	Education  string
	Kecamatan  string
	Employment string
	Archived   bool // archived seekers instead of current ones
	Sort       data.SeekerSort
	Desc       bool
}

// readPlan is how a query of the register reads its rows.
type readPlan int

const (
	planIndex   readPlan = iota // walk an index in sort order (no search, or a search matching many)
	planMatches                 // read the search's matches and sort them
)

func (f SeekerFilter) where() (string, []any) { return f.whereFor(planIndex) }

// whereFor is the WHERE clause for a plan. Reading matches, the unary + keeps
// SQLite from walking an archived_at index instead. Walking the sort index
// for a number, each row's NIK and phone are tested directly: cheaper than
// first gathering thousands of matches to probe.
func (f SeekerFilter) whereFor(plan readPlan) (string, []any) {
	conds := []string{f.archivedCond()}
	if plan == planMatches {
		conds[0] = "+" + conds[0]
	}
	var args []any
	if digits, ok := digitQuery(f.Query); ok && plan == planIndex && !matchesAK1(f.Query) {
		conds = append(conds, "(nik >= ? AND nik < ? OR phone >= ? AND phone < ?)")
		args = append(args, digits, digits+":", digits, digits+":")
	} else if m, margs := f.matchSQL(); m != "" {
		conds = append(conds, "rowid IN ("+m+")")
		args = append(args, margs...)
	}
	for _, c := range []struct{ col, v string }{{"sex", f.Sex}, {"education", f.Education}, {"kecamatan", f.Kecamatan}, {"employment", f.Employment}} {
		if c.v != "" {
			conds = append(conds, c.col+" = ?")
			args = append(args, c.v)
		}
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func (f SeekerFilter) archivedCond() string {
	if f.Archived {
		return "archived_at > ''"
	}
	return "archived_at = ''"
}

// matchSQL is the subquery of the rowids a search matches, "" without one.
// Words go to the search index. A number is a NIK or phone prefix, read from
// their indexes ([digits, digits+":") holds every value starting with digits,
// ':' following '9'), or the groups of an AK/1 number.
func (f SeekerFilter) matchSQL() (string, []any) {
	if digits, ok := digitQuery(f.Query); ok {
		q := `SELECT rowid FROM seekers INDEXED BY seekers_by_nik WHERE ` + f.archivedCond() + ` AND nik >= ? AND nik < ?
			UNION ALL SELECT rowid FROM seekers INDEXED BY seekers_phone WHERE ` + f.archivedCond() + ` AND phone >= ? AND phone < ?`
		args := []any{digits, digits + ":", digits, digits + ":"}
		if matchesAK1(f.Query) {
			// AK/1 numbers are written in groups (AK1/6471/2026/000123): match
			// the groups typed, in order, the last one as a prefix.
			q += ` UNION SELECT rowid FROM seekers_fts WHERE seekers_fts MATCH ?`
			args = append(args, `ak1_number : "`+strings.Join(digitGroups(f.Query), " ")+`"*`)
		}
		return q, args
	}
	if q := ftsQuery(f.Query); q != "" {
		return `SELECT rowid FROM seekers_fts WHERE seekers_fts MATCH ?`, []any{q}
	}
	return "", nil
}

// minAK1Group is the shortest last group of digits that is also looked for in
// AK/1 numbers: a short prefix like "05"* spans too many words of the index.
const minAK1Group = 6

// matchesAK1 reports whether a number typed as q is also looked for in AK/1 numbers.
func matchesAK1(q string) bool {
	groups := digitGroups(q)
	return len(groups) > 0 && len(groups[len(groups)-1]) >= minAK1Group
}

// digitGroups splits a number as typed into its groups of digits.
func digitGroups(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return r < '0' || r > '9' })
}

// digitQuery reports whether q is a number as NIKs, phones and AK/1 numbers
// are written ("6471 0431 0185 9619", "0812-3456-7890", "+62 812…", "6471/2026/123")
// and returns its digits, with +62 turned into the leading 0 phones are stored with.
func digitQuery(q string) (string, bool) {
	q = strings.TrimSpace(q)
	var b strings.Builder
	for _, r := range q {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune(" -./()+\u00a0", r):
		default:
			return "", false
		}
	}
	d := b.String()
	if d == "" {
		return "", false
	}
	if strings.HasPrefix(q, "+62") || strings.HasPrefix(q, "(+62") {
		d = "0" + strings.TrimPrefix(d[2:], "0")
	}
	return d, true
}

// ftsQuery turns what the user typed into an FTS5 query: every word must
// start a word of one of the indexed columns. Punctuation is dropped, so no
// input can break the query syntax. Groups of digits written apart, as NIKs and
// phones are ("6471 0431 0185 9619", "0812-3456-7890"), also match as one
// number, and a phone typed as +62 812… matches 0812….
func ftsQuery(q string) string {
	type word struct{ text, sep string } // sep: the punctuation before text
	var words []word
	var cur, sep strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, word{cur.String(), sep.String()})
			cur.Reset()
			sep.Reset()
		}
	}
	for _, r := range q {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			cur.WriteRune(r)
			continue
		}
		flush()
		sep.WriteRune(r)
	}
	flush()

	quote := func(w string) string { return `"` + w + `"*` }
	var terms []string
	for i := 0; i < len(words); {
		if !isDigits(words[i].text) {
			terms = append(terms, quote(words[i].text))
			i++
			continue
		}
		// A run of digit groups separated the way numbers are grouped.
		j := i + 1
		for j < len(words) && isDigits(words[j].text) && strings.Trim(words[j].sep, " -.()\u00a0") == "" {
			j++
		}
		parts := make([]string, 0, j-i)
		for _, w := range words[i:j] {
			parts = append(parts, w.text)
		}
		joined := strings.Join(parts, "")
		if strings.Contains(words[i].sep, "+") && len(joined) > 2 && strings.HasPrefix(joined, "62") {
			joined = "0" + strings.TrimPrefix(joined[2:], "0")
		}
		if len(parts) == 1 {
			terms = append(terms, quote(joined))
		} else {
			for k, p := range parts {
				parts[k] = quote(p)
			}
			terms = append(terms, "(("+strings.Join(parts, " AND ")+") OR "+quote(joined)+")")
		}
		i = j
	}
	return strings.Join(terms, " AND ")
}

func isDigits(w string) bool {
	for i := range len(w) {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// FindSeekers returns one page of the register.
func (s *Store) FindSeekers(ctx context.Context, f SeekerFilter, offset, limit int) ([]data.Seeker, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := make([]data.Seeker, 0, max(0, min(limit, 500))) // limit may be -1 (no limit) or huge
	err = scanSeekers(ctx, tx, f, offset, limit, func(sk data.Seeker) error {
		out = append(out, sk)
		return nil
	})
	return out, err
}

// EachSeeker calls fn for every seeker the filter selects, in its order, without
// holding them all in memory.
func (s *Store) EachSeeker(ctx context.Context, f SeekerFilter, fn func(data.Seeker) error) error {
	// One read transaction: one consistent snapshot, even while others write.
	tx, err := s.beginRead(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return scanSeekers(ctx, tx, f, 0, -1, fn)
}

// scanSeekers runs one query of the register and calls fn for each row as it
// is read. limit -1 means all.
func scanSeekers(ctx context.Context, tx *Tx, f SeekerFilter, offset, limit int, fn func(data.Seeker) error) error {
	if _, ok := sortSQL[f.Sort]; !ok {
		f.Sort = data.SortName
	}
	order := sortSQL[f.Sort]
	dir := "ASC"
	if f.Desc {
		dir = "DESC"
	}
	from, plan, err := searchPlan(ctx, tx, f)
	if err != nil {
		return err
	}
	where, args := f.whereFor(plan)
	q := `SELECT ` + seekerColumns + from + where + ` ORDER BY ` + fmt.Sprintf(order, dir) + ` LIMIT ? OFFSET ?`
	rows, err := tx.QueryContext(ctx, q, append(args, limit, offset)...)
	if err != nil {
		return fmt.Errorf("find seekers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		sk, err := scanSeeker(rows)
		if err != nil {
			return fmt.Errorf("find seekers: %w", err)
		}
		if err := fn(sk); err != nil {
			return err
		}
	}
	return rows.Err()
}

// searchPlan chooses how a search reads the register. A search matching many
// seekers walks the sort's index and keeps the matches: the first page is
// found after a few hundred entries. One matching few reads just the matches
// and sorts them; left alone, SQLite (without statistics) would walk the
// whole index to save the sort. Walking is fast when matches are dense, but
// slow when they cluster late in the order (first names: "siti" waits for
// the S), so the walk is kept for searches matching thousands.
func searchPlan(ctx context.Context, tx *Tx, f SeekerFilter) (string, readPlan, error) {
	if m, _ := f.matchSQL(); m == "" {
		return ` FROM seekers`, planIndex, nil
	}
	if idx, sorted := sortIndex[f.Sort]; sorted && !f.Archived {
		var n int
		var err error
		if digits, ok := digitQuery(f.Query); ok {
			n, err = numberMatches(ctx, tx, digits)
		} else {
			n, err = searchMatches(ctx, tx, f.Query)
		}
		if err != nil {
			return "", planIndex, err
		}
		if n > denseSearch {
			return ` FROM seekers INDEXED BY ` + idx, planIndex, nil
		}
	}
	return ` FROM seekers NOT INDEXED`, planMatches, nil
}

// numberMatches counts the current seekers whose NIK or phone starts with digits,
// from the two indexes alone: a NIK starts with a province code (11–94) and a
// phone with 0, so no seeker is counted twice.
func numberMatches(ctx context.Context, tx *Tx, digits string) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM seekers INDEXED BY seekers_by_nik WHERE archived_at = '' AND nik >= ?1 AND nik < ?2) +
		(SELECT count(*) FROM seekers INDEXED BY seekers_phone WHERE archived_at = '' AND phone >= ?1 AND phone < ?2)`,
		digits, digits+":").Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count number matches: %w", err)
	}
	return n, nil
}

// searchMatches counts the seekers, current and archived, whose words match q,
// from the search index alone.
func searchMatches(ctx context.Context, tx *Tx, q string) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM seekers_fts WHERE seekers_fts MATCH ?`, ftsQuery(q)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count search matches: %w", err)
	}
	return n, nil
}

// CountSeekers counts the seekers the filter selects.
func (s *Store) CountSeekers(ctx context.Context, f SeekerFilter) (int, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	digits, isDigits := digitQuery(f.Query)
	plain := f == (SeekerFilter{Query: f.Query, Sort: f.Sort, Desc: f.Desc})
	if isDigits && plain && !matchesAK1(f.Query) {
		return numberMatches(ctx, tx, digits)
	}
	if q := ftsQuery(f.Query); !isDigits && q != "" && plain {
		// A plain search: the matches in the index, less the few archived
		// ones, without reading a row per match.
		var n, archived int
		err := tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM seekers_fts WHERE seekers_fts MATCH ?1),
			(SELECT count(*) FROM seekers INDEXED BY seekers_by_name WHERE archived_at > ''
				AND rowid IN (SELECT rowid FROM seekers_fts WHERE seekers_fts MATCH ?1))`, q).Scan(&n, &archived)
		if err != nil {
			return 0, fmt.Errorf("count seekers: %w", err)
		}
		return n - archived, nil
	}
	// A search reads its matches only; the register's filters alone read
	// the covering filters index.
	from, plan := ` FROM seekers`, planIndex
	if m, _ := f.matchSQL(); m != "" {
		from, plan = ` FROM seekers NOT INDEXED`, planMatches
	}
	where, args := f.whereFor(plan)
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*)`+from+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count seekers: %w", err)
	}
	return n, nil
}
