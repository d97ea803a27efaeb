#!/usr/bin/env bash
# Latency of candidate generation at registry scale: loads 1,000,000 workers and 100,000 vacancies
# (in SQL, bench/recommendations-data.sql) into a scratch database of the local PostgreSQL, serves
# it with a release build, and times
#   GET /v1/workers/{id}/recommendations?limit=20   (origin-bureau key, random available workers)
#   GET /v1/vacancies/{id}/candidates?limit=50      (destination-bureau key, random open vacancies)
# sequentially over one keep-alive connection after a warm-up. Prints the machine, the data sizes,
# p50/p95/p99 of each endpoint and p95 against the 50 ms target, and the candidate pool sizes.
# A script that prints figures, not a test: nothing here fails on a slow result.
#
# usage: bench/recommendations.sh
# environment: WORKERS (1000000), VACANCIES (100000), EMPLOYERS (1000), SAMPLES (200), WARMUP (20),
#   PORT (8097), MINNING_BIN (default .build-release/release/minning), SKIP_BUILD=1,
#   KEEP=1 (keep the scratch database), REUSE=1 (reuse a kept one: migrate, no reload),
#   POOLS=0 (skip counting the candidate pools, which scans the tables for 20 samples each),
#   MAX_LOAD (1.0) and LOAD_WAIT (300 s): wait up to LOAD_WAIT for the 1-minute load to fall below MAX_LOAD.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
workers="${WORKERS:-1000000}"
vacancies="${VACANCIES:-100000}"
employers="${EMPLOYERS:-1000}"
samples="${SAMPLES:-200}"
warmup="${WARMUP:-20}"
port="${PORT:-8097}"
# The server's candidate pool (MINNING_CANDIDATE_POOL, default 500), for the pool statistics.
pool="${MINNING_CANDIDATE_POOL:-500}"
bin="${MINNING_BIN:-.build-release/release/minning}"
scratch="minning_bench_reco"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    swift build -c release --scratch-path .build-release --product minning >&2
fi
eval "$(deploy/local-postgres.sh)"
base="${DATABASE_URL%/*}"
export DATABASE_URL="$base/$scratch"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if [[ "${KEEP:-0}" != 1 ]]; then psql "$base/postgres" -qtAc "DROP DATABASE IF EXISTS $scratch" >/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
q() { psql "$DATABASE_URL" -X -qtA -v ON_ERROR_STOP=1 "$@"; }

exists=$(psql "$base/postgres" -qtAc "SELECT 1 FROM pg_database WHERE datname = '$scratch'")
if [[ "${REUSE:-0}" == 1 && "$exists" == 1 ]]; then
    echo "reusing database $scratch" >&2
    "$bin" migrate --log-level error >/dev/null
else
    psql "$base/postgres" -qtAc "DROP DATABASE IF EXISTS $scratch" >/dev/null
    psql "$base/postgres" -qtAc "CREATE DATABASE $scratch" >/dev/null
    "$bin" migrate --log-level error >/dev/null
    "$bin" seed --demo --log-level error >/dev/null
    "$bin" bureaus create --name 宁夏回族自治区人力资源和社会保障厅 --kind origin_labor_bureau --region 640000 --log-level error >/dev/null
    "$bin" bureaus create --name 福建省人力资源和社会保障厅 --kind destination_labor_bureau --region 350000 --log-level error >/dev/null
    started=$(date +%s)
    origin_bureau=$(q -c "SELECT id FROM bureaus WHERE name = '宁夏回族自治区人力资源和社会保障厅'")
    dest_bureau=$(q -c "SELECT id FROM bureaus WHERE name = '福建省人力资源和社会保障厅'")
    # The key the workers' consent is recorded under (a foreign key); not used to call.
    origin_key_id=$("$bin" keys create --bureau "$origin_bureau" --role origin_bureau --label "bench registration" --log-level error --language en | awk '/^key / { print $2 }')
    echo "loading $workers workers, $employers employers, $vacancies vacancies in SQL…" >&2
    q -v origin_bureau="$origin_bureau" -v origin_key="$origin_key_id" -v dest_bureau="$dest_bureau" \
      -v n_workers="$workers" -v n_employers="$employers" -v n_vacancies="$vacancies" \
      -f bench/recommendations-data.sql >/dev/null
    echo "loaded in $(( $(date +%s) - started )) s" >&2
fi
origin_key=$("$bin" keys create --bureau 宁夏回族自治区人力资源和社会保障厅 --role origin_bureau --label bench --secret-only --log-level error)
dest_key=$("$bin" keys create --bureau 福建省人力资源和社会保障厅 --role destination_bureau --label bench --secret-only --log-level error)

# Random ids (deterministic per data set): available Ningxia workers (the origin key's scope), open vacancies.
total=$((samples + warmup))
q -c "SELECT id FROM workers WHERE status = 'available' AND origin_region_code LIKE '64%' ORDER BY md5(id::text) LIMIT $total" >"$work/workers"
q -c "SELECT id FROM vacancies WHERE status = 'open' ORDER BY md5(id::text) LIMIT $total" >"$work/vacancies"

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(uname -m); PostgreSQL $(q -c 'SHOW server_version' | cut -d' ' -f1), shared_buffers $(q -c 'SHOW shared_buffers'), work_mem $(q -c 'SHOW work_mem')"
q -F ' ' -c "SELECT 'data: ' || to_char((SELECT count(*) FROM workers), 'FM9,999,999') || ' workers (' ||
                to_char((SELECT count(*) FROM workers WHERE status = 'available'), 'FM9,999,999') || ' available), ' ||
                to_char((SELECT count(*) FROM worker_skills), 'FM9,999,999') || ' skills, ' ||
                to_char((SELECT count(*) FROM employers), 'FM9,999,999') || ' employers, ' ||
                to_char((SELECT count(*) FROM vacancies), 'FM9,999,999') || ' vacancies (' ||
                to_char((SELECT count(*) FROM vacancies WHERE status = 'open'), 'FM9,999,999') || ' open); database ' ||
                pg_size_pretty(pg_database_size(current_database()))"

# Candidate pools, as the SQL narrows them before keeping the best $pool (a sample of 20 each).
if [[ "${POOLS:-1}" == 1 ]]; then
export PGOPTIONS="-c jit=off"
q -c "
WITH v AS (SELECT * FROM vacancies WHERE id IN ($(head -n 20 "$work/vacancies" | sed "s/.*/'&'/" | paste -sd,))),
pool AS (
  SELECT v.id, (SELECT count(*) FROM workers w
                WHERE w.status = 'available' AND w.available_from <= v.starts_on
                  AND w.birth_year BETWEEN extract(year FROM v.starts_on)::int - v.max_age - 1 AND extract(year FROM v.starts_on)::int - v.min_age
                  AND (cardinality(w.preferred_destinations) = 0 OR EXISTS (SELECT 1 FROM unnest(w.preferred_destinations) d
                        WHERE v.work_region_code LIKE regexp_replace(d, '(00){1,2}$', '') || '%'))
                  AND (EXISTS (SELECT 1 FROM worker_skills s WHERE s.worker_id = w.id AND left(s.occupation_code, 1) = left(v.occupation_code, 1))
                       OR EXISTS (SELECT 1 FROM unnest(w.preferred_occupations) o WHERE left(o, 1) = left(v.occupation_code, 1)))) AS n
  FROM v)
SELECT 'candidate pools (20 vacancies): eligible workers before the cut at $pool: min ' || min(n) || ', median ' ||
       percentile_disc(0.5) WITHIN GROUP (ORDER BY n) || ', max ' || max(n) || '; pool full: ' || count(*) FILTER (WHERE n >= $pool) || '/20'
FROM pool"
q -c "
WITH w AS (SELECT * FROM workers WHERE id IN ($(head -n 20 "$work/workers" | sed "s/.*/'&'/" | paste -sd,))),
pool AS (
  SELECT w.id, (SELECT count(*) FROM vacancies v
                WHERE v.status = 'open' AND v.live_placements < v.openings AND v.closes_on >= current_date AND v.starts_on >= w.available_from
                  AND left(v.occupation_code, 1) IN (SELECT left(s.occupation_code, 1) FROM worker_skills s WHERE s.worker_id = w.id
                                                     UNION SELECT left(o, 1) FROM unnest(w.preferred_occupations) o)
                  AND (cardinality(w.preferred_destinations) = 0 OR EXISTS (SELECT 1 FROM unnest(w.preferred_destinations) d
                        WHERE v.work_region_code LIKE regexp_replace(d, '(00){1,2}$', '') || '%'))) AS n
  FROM w)
SELECT 'recommendation pools (20 workers): eligible vacancies before the cut at $pool: min ' || min(n) || ', median ' ||
       percentile_disc(0.5) WITHIN GROUP (ORDER BY n) || ', max ' || max(n) || '; pool full: ' || count(*) FILTER (WHERE n >= $pool) || '/20'
FROM pool"
unset PGOPTIONS
fi

# One key sends every request: the per-key rate limit would answer 429 instead of measuring.
"$bin" serve --port "$port" --log-level error --rate-limit-per-minute 0 >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/openapi.json"; then break; fi
    sleep 0.1
done

max_load="${MAX_LOAD:-1.0}"
deadline=$(( $(date +%s) + ${LOAD_WAIT:-300} ))
while awk -v max="$max_load" '{ exit !($1 >= max) }' /proc/loadavg && (( $(date +%s) < deadline )); do sleep 10; done
echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/recommendations-client.py "$port" "$origin_key" "/v1/workers/{id}/recommendations" 20 "$work/workers" \
    --warmup "$warmup" --label recommendations
python3 bench/recommendations-client.py "$port" "$dest_key" "/v1/vacancies/{id}/candidates" 50 "$work/vacancies" \
    --warmup "$warmup" --label candidates
echo "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
