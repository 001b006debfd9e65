#!/usr/bin/env bash
# Import of a 100,000-row list, measured against the SQLite shell building the
# same end state: Balai's seekers table, its unique and secondary indexes and
# its full-text index, from the same CSV file, in one transaction.
#
#   scripts/bench-import.sh [ROWS]      (default 100000; needs bin/balai and sqlite3)
#
# Prints wall time and peak memory (RSS) of both and their ratio. Balai also
# parses and checks every row (NIK, dates, phones…) and gives each seeker a
# UUID; the shell copies text.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows=${1:-100000}
command -v sqlite3 >/dev/null || { echo "bench-import: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }
[[ -x bin/balai ]] || { echo "bench-import: build bin/balai first (make build)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./bin/balai --db "$work/demo.db" demo --seekers "$rows" >/dev/null
./bin/balai --db "$work/demo.db" export seekers "$work/list.csv" >/dev/null
./bin/balai --db "$work/demo.db" export seekers "$work/list.xlsx" >/dev/null
# An empty Balai database: the same schema for both.
head -1 "$work/list.csv" >"$work/header.csv"
./bin/balai --db "$work/empty.db" import seekers "$work/header.csv" >/dev/null 2>&1 || true

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label %e s %M KB" "$@" >/dev/null 2>"$work/time" || { cat "$work/time" >&2; exit 1; }
  tail -1 "$work/time"
}

cp "$work/empty.db" "$work/balai.db"
balai_csv=$(measure "balai-csv" ./bin/balai --db "$work/balai.db" import seekers "$work/list.csv")
cp "$work/empty.db" "$work/balai-x.db"
balai_xlsx=$(measure "balai-xlsx" ./bin/balai --db "$work/balai-x.db" import seekers "$work/list.xlsx")

cp "$work/empty.db" "$work/shell.db"
cols="nik, ak1_number, name, birth_place, birth_date, sex, religion, marital, address, kelurahan, kecamatan, city,
  phone, email, education, major, skills, disability, employment, registered_on, notes"
iso() { echo "substr($1,7,4)||'-'||substr($1,4,2)||'-'||substr($1,1,2)"; }
sqlite3 "$work/shell.db" "SELECT sql || ';' FROM sqlite_schema WHERE tbl_name = 'seekers' AND type IN ('index','trigger') AND sql IS NOT NULL" >"$work/recreate.sql"
sqlite3 "$work/shell.db" "SELECT 'DROP ' || type || ' \"' || name || '\";' FROM sqlite_schema WHERE tbl_name = 'seekers' AND type IN ('index','trigger') AND sql IS NOT NULL" >"$work/drop.sql"
cat >"$work/shell.sql" <<SQL
.bail on
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -16384;
BEGIN;
.read $work/drop.sql
CREATE TEMP TABLE staging (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21);
.mode csv
.separator ";"
.import --skip 1 $work/list.csv staging
INSERT INTO seekers (id, $cols, warnings, created_at, updated_at)
  SELECT lower(hex(randomblob(16))), c1, c2, c3, c4, $(iso c5), c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16,
    c17, c18, c19, $(iso c20), coalesce(c21, ''), '', strftime('%Y-%m-%dT%H:%M:%SZ'), strftime('%Y-%m-%dT%H:%M:%SZ')
  FROM staging;
.read $work/recreate.sql
INSERT INTO seekers_fts (seekers_fts) VALUES ('rebuild');
COMMIT;
SQL
shell=$(measure "sqlite3" sqlite3 "$work/shell.db" ".read $work/shell.sql")

n_balai=$(sqlite3 "$work/balai.db" "SELECT count(*) FROM seekers")
n_shell=$(sqlite3 "$work/shell.db" "SELECT count(*) FROM seekers")
echo "$balai_csv ($n_balai seekers)"
echo "$balai_xlsx"
echo "$shell ($n_shell seekers)"
awk -v b="$(echo "$balai_csv" | awk '{print $2}')" -v s="$(echo "$shell" | awk '{print $2}')" \
  'BEGIN { printf "balai/sqlite3 time ratio (CSV): %.2f\n", b / s }'
