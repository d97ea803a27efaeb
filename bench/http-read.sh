#!/usr/bin/env bash
# Minning's HTTP reads side by side with a bare Hummingbird + PostgresNIO server (bench/http-baseline)
# on the same machine, database and pool size, so the ratio is what Minning's own per-request work
# costs, whatever the machine. Pairs, each against its goal (Minning ÷ baseline, req/s medians):
#   a. GET /v1/vacancies/{id} (admin key)   vs  baseline GET /v1/vacancies/{id}  (same SELECT)   goal 0.8×
#   b. GET /v1/workers?limit=50 (admin key) vs  baseline GET /v1/vacancies/{id}  (runs of a)     goal 0.5×
#   c. GET /healthz                         vs  baseline GET /hello              (no database)   goal 0.8×
# plus pgbench -S at the same concurrency, for what the database alone answers on this machine.
# wrk runs interleaved over ROUNDS rounds (the order alternates each round) so that drift of the
# machine (other builds, thermal) falls on both sides alike; min/median/max are over the rounds.
# Besides req/s it prints, per endpoint, the CPU the server process and PostgreSQL's backends spent
# per request during the wrk runs, and the database transactions one request makes (a separate,
# sequential pass: PostgreSQL publishes its counters up to 10 s late).
# A script that prints figures, not a test: nothing here fails on a slow result.
#
# usage: bench/http-read.sh
# environment: DURATION (20 s a wrk run), ROUNDS (3), CONNECTIONS (16), THREADS (2), WORKERS (1000
#   imported workers on top of the demo seed), MINNING_PORT (8098), BASELINE_PORT (8099),
#   MINNING_LOG_LEVEL (info: the access log stays on, as in production; written to a scratch file),
#   MINNING_BIN (.build-release/release/minning), BASELINE_BIN (bench/http-baseline/.build/release/http-baseline),
#   SKIP_BUILD=1, KEEP=1 (keep the two scratch databases), MINNING_PG_PORT (the local cluster's port,
#   see deploy/local-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
duration="${DURATION:-20}"
rounds="${ROUNDS:-3}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-2}"
workers="${WORKERS:-1000}"
minning_port="${MINNING_PORT:-8098}"
baseline_port="${BASELINE_PORT:-8099}"
log_level="${MINNING_LOG_LEVEL:-info}"
bin="${MINNING_BIN:-.build-release/release/minning}"
baseline_bin="${BASELINE_BIN:-bench/http-baseline/.build/release/http-baseline}"
scratch="minning_bench_http"
pgbench_db="minning_bench_pgbench"

# The instruments are not installed here: say how, rather than install behind the caller's back.
missing=()
for tool in wrk pgbench psql curl python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
    echo "missing: ${missing[*]}. On Debian: apt-get install -y wrk postgresql-15 postgresql-client curl python3" >&2
    exit 1
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    swift build -c release --scratch-path .build-release --product minning >&2
    swift build -c release --package-path bench/http-baseline >&2
fi

eval "$(deploy/local-postgres.sh)"
base="${DATABASE_URL%/*}"
export DATABASE_URL="$base/$scratch"
work="$(mktemp -d)"
minning_pid=""
baseline_pid=""
stop() { if [[ -n "$1" ]]; then kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; fi; }
cleanup() {
    stop "$minning_pid"
    stop "$baseline_pid"
    if [[ "${KEEP:-0}" != 1 ]]; then
        psql "$base/postgres" -qtAc "DROP DATABASE IF EXISTS $scratch" >/dev/null || true
        psql "$base/postgres" -qtAc "DROP DATABASE IF EXISTS $pgbench_db" >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
q() { psql "$DATABASE_URL" -X -qtA -v ON_ERROR_STOP=1 "$@"; }

echo "preparing $scratch: migrate, demo seed, $workers more workers…" >&2
psql "$base/postgres" -qtAc "DROP DATABASE IF EXISTS $scratch" >/dev/null
psql "$base/postgres" -qtAc "CREATE DATABASE $scratch" >/dev/null
"$bin" migrate --log-level error >/dev/null
"$bin" seed --demo --log-level error >/dev/null
# The demo has a dozen workers; the list must fill its 50. Imported as bench/import-workers.sh does.
python3 bench/generate-workers.py "$workers" --seed 7 >"$work/workers.csv"
"$bin" import workers "$work/workers.csv" --bureau 西吉县人力资源和社会保障局 --log-level error >/dev/null
q -c "VACUUM ANALYZE" >/dev/null
# The admin sees every worker and vacancy: one key for every Minning URL.
key=$("$bin" keys create --bureau 闽宁协作平台运维 --role admin --label "bench http-read" --secret-only --log-level error)
vacancy=$(q -c "SELECT id FROM vacancies ORDER BY created_at, id LIMIT 1")

echo "preparing $pgbench_db: pgbench -i, scale 10…" >&2
psql "$base/postgres" -qtAc "DROP DATABASE IF EXISTS $pgbench_db" >/dev/null
psql "$base/postgres" -qtAc "CREATE DATABASE $pgbench_db" >/dev/null
pgbench -i -q -s 10 "$base/$pgbench_db" >/dev/null 2>&1

# Both servers on the same database with the same pool (Minning's serve default, 20 connections).
# One key sends every request: the per-key rate limit would answer 429 instead of measuring.
"$bin" serve --port "$minning_port" --log-level "$log_level" --rate-limit-per-minute 0 >"$work/minning.log" 2>&1 &
minning_pid=$!
"$baseline_bin" --port "$baseline_port" --max-database-connections 20 >"$work/baseline.log" 2>&1 &
baseline_pid=$!
wait_for() {
    for _ in $(seq 1 300); do
        if curl -fs -o /dev/null "$1"; then return; fi
        sleep 0.1
    done
    echo "no answer from $1 within 30 s; server log:" >&2
    cat "$work/minning.log" "$work/baseline.log" >&2
    exit 1
}
wait_for "http://127.0.0.1:$minning_port/healthz"
wait_for "http://127.0.0.1:$baseline_port/hello"

auth="Authorization: Bearer $key"
m_read="http://127.0.0.1:$minning_port/v1/vacancies/$vacancy"
m_list="http://127.0.0.1:$minning_port/v1/workers?limit=50"
m_health="http://127.0.0.1:$minning_port/healthz"
b_read="http://127.0.0.1:$baseline_port/v1/vacancies/$vacancy"
b_hello="http://127.0.0.1:$baseline_port/hello"

# A benchmark of 401s or 404s is worthless: every URL must answer 200 once, the list with 50 items,
# and the two vacancy bodies must be the same JSON.
check() { # name file url [curl options]
    local name=$1 file=$2 url=$3; shift 3
    local status
    status=$(curl -s -o "$work/$file" -w '%{http_code}' "$@" "$url")
    if [[ "$status" != 200 ]]; then echo "$name answered $status, not 200: $(head -c 300 "$work/$file")" >&2; exit 1; fi
}
check "Minning $m_read" m_read.json "$m_read" -H "$auth"
check "Minning $m_list" m_list.json "$m_list" -H "$auth"
check "Minning $m_health" m_health.txt "$m_health"
check "baseline $b_read" b_read.json "$b_read"
check "baseline $b_hello" b_hello.txt "$b_hello"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
items = json.load(open(f"{work}/m_list.json"))["items"]
if len(items) != 50:
    sys.exit(f"the workers list has {len(items)} items, not 50")
m, b = json.load(open(f"{work}/m_read.json")), json.load(open(f"{work}/b_read.json"))
if m != b:
    differ = sorted(k for k in set(m) | set(b) if m.get(k) != b.get(k))
    sys.exit(f"the two vacancy bodies differ in {differ}: the baseline must answer what Minning answers")
PY

# Machine and data, first: the ratios are comparable across machines, the req/s are not.
echo "machine: $(nproc) cores, $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM; PostgreSQL $(q -c 'SHOW server_version' | cut -d' ' -f1)"
echo "data: $(q -c "SELECT count(*) FROM workers") workers, $(q -c "SELECT count(*) FROM vacancies") vacancies; pgbench scale 10 ($(q -c "SELECT pg_size_pretty(pg_database_size('$pgbench_db'))"))"
echo "bodies: vacancy $(wc -c <"$work/m_read.json") bytes (Minning) / $(wc -c <"$work/b_read.json") bytes (baseline); workers list $(wc -c <"$work/m_list.json") bytes"
echo "load: wrk -t$threads -c$connections -d${duration}s, $rounds rounds, on the same $(nproc) cores as both servers and PostgreSQL; Minning log level $log_level; pool 20 each"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# CPU time in clock ticks: of one process, and of the backends serving $scratch (the two pools'
# connections; not pgbench's, autovacuum's or another checkout's). A pool closes connections idle for
# a minute and opens new ones, so backends are sampled by pid and only what each spent in between counts.
ticks_per_second=$(getconf CLK_TCK)
postmaster=$(head -n 1 "$(q -c 'SHOW data_directory')/postmaster.pid")
process_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
postgres_sample() { # prints "pid ticks" per backend of $scratch
    local pid title
    for pid in $(ps -o pid= --ppid "$postmaster"); do
        # A backend's title reads "postgres: USER DATABASE HOST(PORT) STATE".
        title=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || continue
        [[ "$title" == *" $scratch "* ]] || continue
        sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk -v pid="$pid" '{ print pid, $12 + $13 }' || true
    done
}
postgres_ticks_between() { # before-file after-file
    awk 'NR == FNR { before[$1] = $2; next } { t += $2 - ($1 in before ? before[$1] : 0) } END { print t + 0 }' "$1" "$2"
}

# One wrk run; appends "label req/s server-µs/req postgres-µs/req" to the results.
measure() { # label server-pid url [wrk options]
    local label=$1 pid=$2 url=$3; shift 3
    local s0 s1 dp
    s0=$(process_ticks "$pid"); postgres_sample >"$work/pg.before"
    wrk -t"$threads" -c"$connections" -d"${duration}s" "$@" "$url" >"$work/wrk.out"
    s1=$(process_ticks "$pid"); postgres_sample >"$work/pg.after"
    dp=$(postgres_ticks_between "$work/pg.before" "$work/pg.after")
    if grep -qE 'Non-2xx|Socket errors' "$work/wrk.out"; then
        echo "$label: $(grep -E 'Non-2xx|Socket errors' "$work/wrk.out" | tr -s ' ')" >&2
    fi
    awk -v label="$label" -v ds=$((s1 - s0)) -v dp="$dp" -v hz="$ticks_per_second" '
        / requests in / { n = $1 }
        /^Requests\/sec:/ { rps = $2 }
        END { printf "%s %s %.0f %.0f\n", label, rps, ds / hz * 1e6 / n, dp / hz * 1e6 / n }' "$work/wrk.out" >>"$work/results"
}
pgbench_run() {
    pgbench -n -S -c"$connections" -j"$threads" -T"$duration" "$base/$pgbench_db" 2>/dev/null |
        awk '/^tps = / { printf "pgbench %s - -\n", $3 }' >>"$work/results"
}

# Warm-up, not recorded: the pools open their connections, caches fill.
for url in "$m_read" "$m_list"; do wrk -t"$threads" -c"$connections" -d2s -H "$auth" "$url" >/dev/null; done
for url in "$m_health" "$b_read" "$b_hello"; do wrk -t"$threads" -c"$connections" -d2s "$url" >/dev/null; done

for ((round = 1; round <= rounds; round++)); do
    echo "round $round/$rounds…" >&2
    runs=(
        "minning_read $minning_pid $m_read -H auth"
        "baseline_read $baseline_pid $b_read"
        "minning_list $minning_pid $m_list -H auth"
        "minning_health $minning_pid $m_health"
        "baseline_hello $baseline_pid $b_hello"
        "pgbench"
    )
    # Odd rounds run the list forwards, even rounds backwards.
    if ((round % 2 == 0)); then
        for ((i = ${#runs[@]} - 1; i >= 0; i--)); do reversed+=("${runs[i]}"); done
        runs=("${reversed[@]}"); unset reversed
    fi
    for run in "${runs[@]}"; do
        read -r label pid url header <<<"$run"
        case "$label" in
            pgbench) pgbench_run ;;
            *) if [[ "${header:-}" == "-H auth" ]]; then measure "$label" "$pid" "$url" -H "$auth"; else measure "$label" "$pid" "$url"; fi ;;
        esac
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Database transactions a request makes: 1,000 sequential requests per endpoint, with PostgreSQL's
# counters read 11 s apart (a backend publishes its counts at most every second, and when idle
# after up to 10 s). The pools' keep-alive queries add about 0.02 a request. A transaction is not a
# round trip: Minning's BEGIN, SELECT, COMMIT is one transaction and three.
xacts() { sleep 11; q -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()"; }
probe() { # label url [curl options]
    local label=$1 url=$2; shift 2
    local before after ok urls=()
    for _ in $(seq 1000); do urls+=("$url" -o /dev/null); done
    before=$(xacts)
    # One curl, one keep-alive connection, 1,000 requests.
    ok=$(curl -s -w '%{http_code}\n' "$@" "${urls[@]}" | grep -c '^200$' || true)
    after=$(xacts)
    # Minus the one transaction of the counting query itself.
    echo "xacts $label $(python3 -c "print(f'{($after - $before - 1) / 1000:.2f}')") $ok" >>"$work/results"
}
probe minning_read "$m_read" -H "$auth"
probe minning_list "$m_list" -H "$auth"
probe baseline_read "$b_read"

python3 - "$work/results" "$rounds" <<'PY'
import statistics, sys
runs, xacts = {}, {}
for line in open(sys.argv[1]):
    f = line.split()
    if f[0] == "xacts":
        xacts[f[1]] = (float(f[2]), f[3])
    else:
        runs.setdefault(f[0], []).append(tuple(float(x) if x != "-" else None for x in f[1:]))

def side(label, name):
    rps = sorted(r[0] for r in runs[label])
    cpu = runs[label][0][1] is not None
    server = statistics.median(r[1] for r in runs[label]) if cpu else None
    pg = statistics.median(r[2] for r in runs[label]) if cpu else None
    line = f"    {name:<36} min {rps[0]:>8,.0f}  median {statistics.median(rps):>8,.0f}  max {rps[-1]:>8,.0f} req/s"
    if cpu:
        line += f"   CPU/req: server {server:>4.0f} µs, PostgreSQL {pg:>4.0f} µs"
    if label in xacts:
        line += f", {xacts[label][0]:.2f} db xacts/req"
        if xacts[label][1] != "1000":
            line += f" (only {xacts[label][1]} of 1,000 answered 200)"
    print(line)
    return statistics.median(rps)

pairs = [
    ("a. single read", "minning_read", "Minning GET /v1/vacancies/{id}", "baseline_read", "baseline GET /v1/vacancies/{id}", 0.8),
    ("b. list of 50 vs bare single read", "minning_list", "Minning GET /v1/workers?limit=50", "baseline_read", "baseline GET /v1/vacancies/{id}", 0.5),
    ("c. no database", "minning_health", "Minning GET /healthz", "baseline_hello", "baseline GET /hello", 0.8),
]
print(f"\nreq/s over {sys.argv[2]} rounds; ratio = median Minning ÷ median baseline")
for title, m, m_name, b, b_name, goal in pairs:
    print(f"{title}:")
    mm, bm = side(m, m_name), side(b, b_name)
    ratio = mm / bm
    print(f"    ratio {ratio:.2f}×  (goal ≥ {goal}×: {'met' if ratio >= goal else 'not met'})")
print("database alone:")
side("pgbench", "pgbench -S (tps, SELECT by key)")
PY
