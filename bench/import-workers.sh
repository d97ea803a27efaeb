#!/usr/bin/env bash
# Times `minning import workers` on N generated workers (default 100,000) into a scratch database
# of the local PostgreSQL, with a release build, beside three floors:
#   file:    psql's \copy of the CSV file itself into a table of text columns, no index (the floor
#            issue 17 measured its 62x against);
#   plain:   psql's \copy of the imported rows (sealed, masked, typed) into a table of the same
#            columns, no index, no constraint (what the stored bytes alone cost);
#   indexed: \copy of the same rows into tables with the same indexes and constraints as
#            `workers` and `worker_skills`, foreign keys included (what storing them costs).
# The import does more than either: it reads and checks the CSV, seals two personal fields per row,
# checks duplicates and codes, and writes one audit row per worker. Prints each figure and the
# ratios import ÷ floor.
#
# usage: bench/import-workers.sh [N]
# environment: MINNING_BIN (default .build-release/release/minning), SKIP_BUILD=1, RUNS (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
count="${1:-100000}"
runs="${RUNS:-1}"
bin="${MINNING_BIN:-.build-release/release/minning}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    swift build -c release --scratch-path .build-release --product minning >&2
fi
eval "$(deploy/local-postgres.sh)"
base="${DATABASE_URL%/*}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/workers.csv"
python3 bench/generate-workers.py "$count" --seed 3 >"$file"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB; PostgreSQL $(psql "$base/postgres" -qtAc 'SHOW server_version' | tr -d ' '); file: $count workers, $(du -h "$file" | cut -f1)"

seconds_of() { # command... -> wall seconds, the command's output discarded
    local started ended
    started=$(date +%s.%N)
    "$@" >/dev/null
    ended=$(date +%s.%N)
    python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$started" "$ended"
}

for ((run = 1; run <= runs; run++)); do
    scratch="minning_bench_import_$$_$run"
    psql "$base/postgres" -qtAc "CREATE DATABASE $scratch" >/dev/null
    export DATABASE_URL="$base/$scratch"
    "$bin" migrate >/dev/null 2>&1
    "$bin" seed --demo >/dev/null 2>&1
    import_s=$(seconds_of "$bin" import workers "$file" --bureau 西吉县人力资源和社会保障局 --log-level error)
    stored=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM workers WHERE consent_recorded_by = '王书记'")

    # The floors store exactly the rows the import stored, as PostgreSQL holds them.
    psql "$DATABASE_URL" -qc "\\copy (SELECT * FROM workers WHERE consent_recorded_by = '王书记') TO '$work/rows.copy'"
    psql "$DATABASE_URL" -qc "\\copy (SELECT s.* FROM worker_skills s JOIN workers w ON w.id = s.worker_id WHERE w.consent_recorded_by = '王书记') TO '$work/skills.copy'"
    psql "$DATABASE_URL" -q <<'SQL'
CREATE TABLE floor_plain (LIKE workers);
CREATE TABLE floor_plain_skills (LIKE worker_skills);
CREATE TABLE floor_workers (LIKE workers INCLUDING ALL);
CREATE TABLE floor_skills (LIKE worker_skills INCLUDING ALL);
-- LIKE copies indexes, checks and defaults but not foreign keys: add them, pointing at the copies.
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conrelid::regclass::text AS tab, pg_get_constraintdef(oid) AS def FROM pg_constraint
             WHERE contype = 'f' AND conrelid IN ('workers'::regclass, 'worker_skills'::regclass) LOOP
        EXECUTE format('ALTER TABLE %s ADD %s', CASE c.tab WHEN 'workers' THEN 'floor_workers' ELSE 'floor_skills' END,
                       replace(c.def, 'REFERENCES workers(', 'REFERENCES floor_workers('));
    END LOOP;
END $$;
SQL
    columns=$(head -1 "$file" | tr -d '\r\357\273\277' | awk -F, '{ for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i }')
    psql "$DATABASE_URL" -qc "CREATE TABLE floor_file ($columns)"
    file_s=$(seconds_of psql "$DATABASE_URL" -qc "\\copy floor_file FROM '$file' WITH (FORMAT csv, HEADER true)")
    plain_s=$(seconds_of psql "$DATABASE_URL" -qc "\\copy floor_plain FROM '$work/rows.copy'")
    plain_skills_s=$(seconds_of psql "$DATABASE_URL" -qc "\\copy floor_plain_skills FROM '$work/skills.copy'")
    indexed_s=$(seconds_of psql "$DATABASE_URL" -qc "\\copy floor_workers FROM '$work/rows.copy'")
    indexed_skills_s=$(seconds_of psql "$DATABASE_URL" -qc "\\copy floor_skills FROM '$work/skills.copy'")
    python3 - "$run" "$stored" "$import_s" "$file_s" "$plain_s" "$plain_skills_s" "$indexed_s" "$indexed_skills_s" <<'PY'
import sys
run, stored = sys.argv[1], int(sys.argv[2])
ours, file_floor, plain, plain_skills, indexed, indexed_skills = map(float, sys.argv[3:])
plain_total, indexed_total = plain + plain_skills, indexed + indexed_skills
print(f"run {run}: {stored:,} workers stored")
print(f"  minning import (read, check, seal, COPY, audit): {ours:6.2f} s  {stored / ours:9,.0f} rows/s")
print(f"  floor, \\copy of the CSV file, unindexed:      {file_floor:6.2f} s  import / file    = {ours / file_floor:5.1f}x  (goal <= 12x)")
print(f"  floor, plain \\copy (workers {plain:.2f} s + skills {plain_skills:.2f} s): {plain_total:6.2f} s  import / plain   = {ours / plain_total:5.1f}x")
print(f"  floor, indexed \\copy (workers {indexed:.2f} s + skills {indexed_skills:.2f} s): {indexed_total:6.2f} s  import / indexed = {ours / indexed_total:5.1f}x  (goal <= 2x)")
PY
    psql "$base/postgres" -qtAc "DROP DATABASE $scratch" >/dev/null
done
