#!/usr/bin/env bash
# Do the console's list pages render within the API's lists' p95 at registry scale? Serves the
# 1,000,000-worker data set of bench/recommendations.sh (its scratch database, reused when kept or
# loaded by calling that script with KEEP=1) with a release build, logs a staff account of an origin
# bureau in with curl, and times
#   GET /workers             the console's first page of workers (50 rows)
#   GET /workers?q=马        a name-prefix search page (SEARCH)
#   GET /                    the worklist (home page)
#   GET /v1/workers?limit=50 the API's list, with an API key of the same bureau and role
# sequentially over keep-alive connections after a warm-up, the four interleaved. Prints the
# machine, the data sizes, p50/p95/p99 of each and each console page's p95 against the API list's.
# A script that prints figures, not a test: nothing here fails on a slow result.
#
# usage: bench/console-pages.sh
# environment: SAMPLES (200), WARMUP (20), PORT (8098), SEARCH (马), MINNING_BIN (default
#   .build-release/release/minning), SKIP_BUILD=1, KEEP=1 (keep the scratch database),
#   REUSE=1 (reuse a kept one: migrate, no reload), ORIGIN_BUREAU (宁夏回族自治区人力资源和社会保障厅:
#   the bureau the bench workers are registered under; its region holds 92% of them),
#   MAX_LOAD (1.0) and LOAD_WAIT (300 s): wait up to LOAD_WAIT for the 1-minute load to fall below MAX_LOAD.
#   WORKERS, VACANCIES, EMPLOYERS pass to bench/recommendations.sh when it loads the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
samples="${SAMPLES:-200}"
warmup="${WARMUP:-20}"
port="${PORT:-8098}"
search="${SEARCH:-马}"
bureau="${ORIGIN_BUREAU:-宁夏回族自治区人力资源和社会保障厅}"
bin="${MINNING_BIN:-.build-release/release/minning}"
# bench/recommendations.sh's scratch database: one data set for both benchmarks.
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
    # The other benchmark loads the data (its SQL, its bureaus and keys) and keeps it for us; one
    # sample each of its endpoints and no pool statistics keep its own measuring short.
    echo "loading the data set with bench/recommendations.sh (its output follows on stderr)…" >&2
    started=$(date +%s)
    KEEP=1 REUSE=0 SKIP_BUILD=1 MINNING_BIN="$bin" POOLS=0 SAMPLES=1 WARMUP=0 LOAD_WAIT=0 \
        bench/recommendations.sh >&2
    echo "data set ready in $(( $(date +%s) - started )) s" >&2
fi

# A staff account of its own each run: its password lives only in $work, so a kept database's
# earlier account could not log in again. Origin bureaus need no second factor.
login="bench.console.$(date +%s)"
python3 -c 'import secrets; print(secrets.token_urlsafe(24), end="")' >"$work/password"
chmod 600 "$work/password"
"$bin" staff create --bureau "$bureau" --role origin_bureau --login "$login" --name 基准测试 \
    --password-file "$work/password" --log-level error >/dev/null
key=$("$bin" keys create --bureau "$bureau" --role origin_bureau --label bench --secret-only --log-level error)

# The bureau's scope is its region code without trailing 00s, as the server narrows by it.
scope=$(q -v name="$bureau" <<'SQL'
SELECT regexp_replace(region_code, '(00){1,2}$', '') FROM bureaus WHERE name = :'name'
SQL
)

lscpu_field() { lscpu | awk -F: -v f="$1" '$1 == f { sub(/^[ \t]+/, "", $2); print $2 }'; }
# Physical cores beside nproc (the CPUs this process may use): lscpu may lack either field in a container.
per_socket=$(lscpu_field 'Core(s) per socket'); sockets=$(lscpu_field 'Socket(s)')
cores=$(( ${per_socket:-0} * ${sockets:-1} ))
echo "machine: $(lscpu_field 'Model name'), $cores cores, $(lscpu_field 'Thread(s) per core') thread(s) per core, nproc $(nproc)," \
     "$(free -m | awk '/^Mem:/ { printf "%.1f", $2 / 1024 }') GiB RAM, $(uname -m); PostgreSQL $(q -c 'SHOW server_version' | cut -d' ' -f1)," \
     "shared_buffers $(q -c 'SHOW shared_buffers'), work_mem $(q -c 'SHOW work_mem')"
# What each page reads: the scope's workers, those the search finds, and the worklist's placements and alerts.
q -v scope="$scope" -v pattern="$search%" -v bureau="$bureau" <<'SQL'
SELECT 'data: ' || to_char((SELECT count(*) FROM workers), 'FM9,999,999') || ' workers (' ||
       to_char((SELECT count(*) FROM workers WHERE origin_region_code LIKE :'scope' || '%'), 'FM9,999,999') ||
       ' in the scope of ' || :'bureau' || ', ' || :'scope' || '*; ' ||
       to_char((SELECT count(*) FROM workers WHERE origin_region_code LIKE :'scope' || '%' AND name LIKE :'pattern'), 'FM9,999,999') ||
       ' of them named ' || :'pattern' || '), ' ||
       to_char((SELECT count(*) FROM vacancies), 'FM9,999,999') || ' vacancies, ' ||
       to_char((SELECT count(*) FROM placements), 'FM9,999,999') || ' placements (' ||
       coalesce((SELECT string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT status, count(*) AS n FROM placements GROUP BY status) s), 'none') ||
       '), ' || (SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL) || ' unacknowledged alerts; database ' ||
       pg_size_pretty(pg_database_size(current_database()))
SQL

# No key limit: one key sends every API request, and the per-key limit would answer 429 instead of measuring.
"$bin" serve --port "$port" --log-level error --rate-limit-per-minute 0 >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/openapi.json"; then break; fi
    sleep 0.1
done

# Log in as a browser does: GET /login sets the double-submitted CSRF cookie that the form echoes.
jar="$work/cookies"
curl -sf -c "$jar" -o /dev/null "http://127.0.0.1:$port/login"
csrf=$(awk -F'\t' '$6 == "minning_login" { print $7 }' "$jar")
status=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "csrf=$csrf" --data-urlencode "login=$login" --data-urlencode "password@$work/password" \
    "http://127.0.0.1:$port/login")
session=$(awk -F'\t' '$6 == "minning_session" && $7 != "" { print $7 }' "$jar")
if [[ -z "$session" ]]; then
    echo "console-pages: the login as $login failed (HTTP $status)" >&2
    exit 1
fi

max_load="${MAX_LOAD:-1.0}"
deadline=$(( $(date +%s) + ${LOAD_WAIT:-300} ))
while awk -v max="$max_load" '{ exit !($1 >= max) }' /proc/loadavg && (( $(date +%s) < deadline )); do sleep 10; done
echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$port" "$session" "$key" "$search" "$samples" "$warmup" <<'PY'
"""The client: each endpoint over its own keep-alive connection (a browser's and an API client's),
sequentially, the four interleaved request by request so that a change in the machine's load
(another build) touches each alike. Prints p50/p95/p99 and each console page's p95 against the API's."""
import http.client
import json
import statistics
import sys
import time
import urllib.parse

port, session, key, search = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
samples, warmup = int(sys.argv[5]), int(sys.argv[6])


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * p // 100))  # ceil(n * p / 100)
    return sorted_values[int(rank) - 1]


def html_rows(body):
    """Table rows of a page: every <tr> but the headings'."""
    return body.count(b"<tr>") - body.count(b"<thead><tr>")


console = {"Cookie": f"minning_session={session}", "Accept": "text/html"}
api = {"Authorization": f"Bearer {key}", "Accept": "application/json"}
endpoints = [
    ("console /workers", "/workers", console, html_rows),
    (f"console /workers?q={search}", "/workers?q=" + urllib.parse.quote(search), console, html_rows),
    ("console / (worklist)", "/", console, html_rows),
    ("API /v1/workers?limit=50", "/v1/workers?limit=50", api, lambda body: len(json.loads(body)["items"])),
]
connections = {label: http.client.HTTPConnection("127.0.0.1", port, timeout=120) for label, *_ in endpoints}
latencies = {label: [] for label, *_ in endpoints}
rows = {label: [] for label, *_ in endpoints}
sizes = {label: [] for label, *_ in endpoints}
errors = {label: [] for label, *_ in endpoints}

for round_ in range(warmup + samples):
    measured = round_ >= warmup  # the first rounds only warm the server (connections, caches) and are not measured
    for label, path, headers, count in endpoints:
        connection = connections[label]
        started = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if not measured:
            continue
        latencies[label].append(elapsed)
        sizes[label].append(len(body))
        # A 303 to /login would mean the session ended: a page not rendered is an error, not a sample.
        if response.status != 200:
            errors[label].append(f"HTTP {response.status} after {elapsed:.0f} ms: {body[:160]!r}")
        else:
            rows[label].append(count(body))

width = max(len(label) for label, *_ in endpoints) + 2
print(f"{'':<{width}}{'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'mean ms':>8}  rows  KiB  errors")
p95 = {}
for label, *_ in endpoints:
    values = sorted(latencies[label])
    p95[label] = percentile(values, 95)
    mean_rows = statistics.fmean(rows[label]) if rows[label] else 0
    print(f"{label:<{width}}{len(values):>4} {percentile(values, 50):8.1f} {p95[label]:8.1f} {percentile(values, 99):8.1f} "
          f"{values[-1]:8.1f} {statistics.fmean(values):8.1f}  {mean_rows:4.0f} {statistics.fmean(sizes[label]) / 1024:4.0f}  {len(errors[label])}")
    for error in errors[label][:3]:
        print(f"  error: {error}")
reference = endpoints[-1][0]
print(f"p95 of each console page / p95 of {reference} ({p95[reference]:.1f} ms):")
for label, *_ in endpoints[:-1]:
    print(f"  {label:<{width}}{p95[label] / p95[reference]:5.2f}")
PY
echo "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
