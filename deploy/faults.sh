#!/usr/bin/env bash
# Fault injection: PostgreSQL stops while `minning serve` is under load, then starts again. The
# service must stay up and answer 503 problem+json (never 500, never a hang), report not-ready
# quickly, recover by itself, and have lost no write it acknowledged with 201.
#
# PostgreSQL here is a private cluster of this script (deploy/local-postgres.sh in a temporary
# folder, on a free port): stopping the shared cluster would break whatever else is using it.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=.build/debug/minning
[ -x "$bin" ] || swift build --product minning >&2 || exit 1

# Bounds, in seconds. A request waits at most 10 s for PostgreSQL (the service's deadline) before
# its 503; the rest is slack for a loaded 2-core CI machine.
readyz_bound=5
request_bound=14
recovery_bound=30
outage=12

passed=0
failed=0
check() {  # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "faults: ok    $name"; else failed=$((failed + 1)); echo "faults: FAIL  $name"; fi
}
now() { date +%s.%N; }
since() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.1f}")' "$1" "$(now)"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

work=$(mktemp -d)
pg_dir=$(mktemp -d /tmp/minning-faults-pg.XXXXXX)
pg_port=$(free_port)
port=$(free_port)
api="http://127.0.0.1:$port"
loaders=()

# local-postgres.sh falls back to the shared cluster's folder when the postgres user cannot write
# the one it is given; refuse to go on rather than risk stopping the shared cluster.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$pg_dir"
  runuser -u postgres -- test -w "$pg_dir" || { echo "faults: FAIL  $pg_dir is not writable by postgres"; exit 1; }
fi
pg() { MINNING_PG_DIR="$pg_dir" MINNING_PG_PORT="$pg_port" MINNING_PG_DATABASE=minning_faults deploy/local-postgres.sh "$@"; }

cleanup() {
  touch "$work/stop"
  for pid in "${loaders[@]}"; do kill "$pid" 2>/dev/null; done
  if [ -n "${server_pid:-}" ]; then
    # A server stuck in its graceful shutdown would outlive the script: SIGKILL it after 5 s.
    kill "$server_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  [ -f "$pg_dir/data/PG_VERSION" ] && pg stop >/dev/null 2>&1
  rm -rf "$work" "$pg_dir"
}
trap cleanup EXIT

eval "$(pg 2>"$work/pg.log")" || { cat "$work/pg.log"; echo "faults: FAIL  could not start a private PostgreSQL"; exit 1; }
[ -f "$pg_dir/data/PG_VERSION" ] || { echo "faults: FAIL  the private cluster is not in $pg_dir"; exit 1; }
$bin migrate >/dev/null 2>&1 && $bin seed --demo >/dev/null 2>&1 || { echo "faults: FAIL  could not prepare the database"; exit 1; }
key=$($bin keys create --bureau 闽宁协作平台运维 --role admin --secret-only 2>/dev/null)

# The load comes from one key, faster than a clerk: no rate limit (MINNING_RATE_LIMIT=0).
MINNING_RATE_LIMIT=0 $bin serve --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "$api/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

# Distinct valid GB 11643 numbers (region 640422, sequence 001–999 over successive birth dates):
# one per registration the writer may attempt, and spares (born in 1970) for the probes.
id_numbers() {  # id_numbers FIRST-BIRTH-DATE COUNT
  python3 - "$@" <<'EOF'
import datetime, sys
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
day = datetime.date.fromisoformat(sys.argv[1])
for n in range(int(sys.argv[2])):
    body = "640422" + (day + datetime.timedelta(days=n // 999)).strftime("%Y%m%d") + "%03d" % (n % 999 + 1)
    print(body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11])
EOF
}
id_numbers 1980-01-01 20000 >"$work/id_numbers"
mapfile -t spares < <(id_numbers 1970-01-01 500)
worker_body() {
  printf '{"name":"故障测试","id_number":"%s","phone":"13812345678","origin_region_code":"640422",
  "education":"junior_secondary","poverty_status":"lifted","expected_monthly_wage_fen":450000,"needs_housing":true,
  "available_from":"2026-12-01","consent":{"given_on":"2026-11-20","scope":"fault test","method":"written","recorded_by":"faults"}}' "$1"
}

# Every load request is logged as: kind start end http_code content_type curl_exit.
request() {  # request KIND CURL-ARGS...: one logged request; prints the new object's id on 201
  local kind=$1; shift
  local start out rc code type location
  start=$(now)
  out=$(curl -s --max-time 15 -o /dev/null -w '%{http_code}|%{content_type}|%header{location}' -H "Authorization: Bearer $key" "$@")
  rc=$?
  IFS='|' read -r code type location <<<"$out"
  type=${type// /}
  echo "$kind $start $(now) ${code:-000} ${type:--} $rc" >>"$work/requests"
  if [ "$code" = 201 ]; then echo "${location##*/}"; fi
}
writer() {
  while read -r id_number && [ ! -e "$work/stop" ]; do
    id=$(request write -H 'Content-Type: application/json' "$api/v1/workers" -d "$(worker_body "$id_number")")
    [ -n "$id" ] && echo "$id" >>"$work/acknowledged"
  done <"$work/id_numbers"
}
reader() {
  while [ ! -e "$work/stop" ]; do request read "$api/v1/workers?limit=20" >/dev/null; done
}
first_time() {  # first_time URL STATUS BOUND: seconds until URL answers STATUS (polled), or "never"
  local start; start=$(now)
  while within "$(since "$start")" "$3"; do
    [ "$(curl -s --max-time 5 -o /dev/null -w '%{http_code}' "$1")" = "$2" ] && { since "$start"; return; }
    sleep 0.2
  done
  echo never
}
within() { [ "$1" != never ] && python3 -c 'import sys; sys.exit(not float(sys.argv[1]) <= float(sys.argv[2]))' "$1" "$2"; }

check "the service is ready before the fault" test "$(curl -s -o /dev/null -w '%{http_code}' "$api/readyz")" = 200

writer & loaders+=($!)
reader & loaders+=($!)
reader & loaders+=($!)
sleep 3
before=$(wc -l <"$work/acknowledged" 2>/dev/null || echo 0)
check "load runs: $before registrations acknowledged before the fault" test "$before" -gt 0

# The fault. A fast stop ends every session (57P01) and refuses new connections, as a failover or
# a restart by an operator would. Requests that arrive while it shuts down (new sessions refused
# with 57P03, then connections refused) are the likeliest to be lost, so a stream of them goes
# along, every 20 ms until the stop has finished.
pg stop >/dev/null 2>&1 &
stopper=$!
stop_began=$(now)
burst=0
while kill -0 "$stopper" 2>/dev/null && [ "$burst" -lt 100 ]; do
  burst=$((burst + 1))
  if [ $((burst % 2)) -eq 0 ]; then request read "$api/v1/workers?limit=20" >/dev/null &
  else request write -H 'Content-Type: application/json' "$api/v1/workers" -d "$(worker_body "${spares[$((100 + burst))]}")" >/dev/null &
  fi
  loaders+=($!)
  sleep 0.02
done
wait "$stopper"
stopped_at=$(now)
echo "faults: PostgreSQL took $(python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.1f}")' "$stop_began" "$stopped_at") s to stop; $burst requests sent meanwhile"
took=$(first_time "$api/readyz" 503 "$readyz_bound")
check "/readyz answers 503 ${took} s after PostgreSQL stopped (bound $readyz_bound s)" within "$took" "$readyz_bound"

# Requests made while PostgreSQL is down: each must end in a 503 problem+json within the deadline.
probe() {  # probe NAME CURL-ARGS...: writes "code content_type seconds curl_exit" to $work/probe.NAME
  local name=$1; shift
  local out
  out=$(curl -s --max-time 15 -o /dev/null -w '%{http_code} %{content_type} %{time_total}' -H "Authorization: Bearer $key" "$@")
  echo "$out $?" >"$work/probe.$name"
}
probe get "$api/v1/workers?limit=5" &
probe_get=$!
probe post -H 'Content-Type: application/json' "$api/v1/workers" -d "$(worker_body "${spares[0]}")" &
probe_post=$!
wait "$probe_get" "$probe_post"
for name in get post; do
  read -r code type secs rc <"$work/probe.$name"
  secs=$(printf '%.1f' "$secs")
  ok=no
  [ "$code" = 503 ] && [ "$type" = application/problem+json ] && [ "$rc" = 0 ] && within "$secs" "$request_bound" && ok=yes
  check "${name^^} /v1/workers while down: $code $type in ${secs} s (bound $request_bound s)" test "$ok" = yes
done
ok=no
[ "$(curl -s --max-time 5 -o /dev/null -w '%{http_code}' "$api/healthz")" = 200 ] && kill -0 "$server_pid" && ok=yes
check "the service stays up while PostgreSQL is down (/healthz 200, process alive)" test "$ok" = yes

# Keep PostgreSQL down long enough for the load's own requests to run into the deadline.
python3 -c 'import sys, time; time.sleep(max(0, float(sys.argv[1]) - (time.time() - float(sys.argv[2]))))' "$outage" "$stopped_at"
down_for=$(since "$stopped_at")

pg >/dev/null 2>"$work/pg.log" || cat "$work/pg.log"
started_at=$(now)
took=$(first_time "$api/readyz" 200 "$recovery_bound")
check "/readyz answers 200 again ${took} s after PostgreSQL started, without a restart (bound $recovery_bound s)" within "$took" "$recovery_bound"
took=never
attempt=0
while within "$(since "$started_at")" "$recovery_bound"; do
  attempt=$((attempt + 1))
  code=$(curl -s --max-time 15 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    "$api/v1/workers" -d "$(worker_body "${spares[$attempt]}")")
  [ "$code" = 201 ] && { took=$(since "$started_at"); break; }
  sleep 0.2
done
check "POST /v1/workers succeeds again ${took} s after PostgreSQL started" within "$took" "$recovery_bound"

sleep 2
touch "$work/stop"
wait "${loaders[@]}" 2>/dev/null
loaders=()

# Everything the load saw: only 200, 201 or a 503 problem+json, each answered in time.
python3 - "$work/requests" "$stopped_at" "$started_at" "$request_bound" >"$work/load" <<'EOF'
import sys
rows = [line.split() for line in open(sys.argv[1])]
stopped, started, bound = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
bad = [r for r in rows if not (
    r[5] == "0" and float(r[2]) - float(r[1]) <= bound and
    ((r[0] == "read" and r[3] == "200") or (r[0] == "write" and r[3] == "201") or
     (r[3] == "503" and r[4] == "application/problem+json")))]
during = [r for r in rows if float(r[2]) > stopped and float(r[1]) < started]
after = [r for r in rows if float(r[1]) > started and r[3] in ("200", "201")]
print(len(rows), sum(r[3] == "503" for r in during), len(after), len(bad))
for r in bad[:10]:
    print("  %s sent %+.1f s from the stop (%+.1f s from the start): HTTP %s %s after %.1f s, curl exit %s" % (
        r[0], float(r[1]) - stopped, float(r[1]) - started, r[3], r[4], float(r[2]) - float(r[1]), r[5]))
EOF
read -r total unavailable recovered unexpected <"$work/load"
check "load: $total requests, $unavailable answered 503 during the outage, $recovered succeeded after it, $unexpected other answers" \
  bash -c '[ "$1" -eq 0 ] && [ "$2" -gt 0 ] && [ "$3" -gt 0 ]' _ "$unexpected" "$unavailable" "$recovered"
tail -n +2 "$work/load"

# Every 201 is a promise: each acknowledged worker must be in the database after the restart.
acknowledged=$(wc -l <"$work/acknowledged")
ids=$(paste -sd, "$work/acknowledged")
found=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM workers WHERE id = ANY('{$ids}'::uuid[])")
check "all $acknowledged acknowledged registrations are stored ($found found)" test "$found" = "$acknowledged"

kill -TERM "$server_pid"
code=timeout
for _ in $(seq 1 150); do kill -0 "$server_pid" 2>/dev/null || { wait "$server_pid"; code=$?; server_pid=""; break; }; sleep 0.1; done
check "SIGTERM stops the server cleanly within 15 s (exit $code)" test "$code" = 0

if [ "$failed" -gt 0 ]; then
  kept="${TMPDIR:-/tmp}/minning-faults-$$.log"
  cp "$work/server.log" "$kept" && echo "faults: the server's log is kept in $kept"
fi
echo "faults: outage ${down_for} s; $passed passed, $failed failed"
[ "$failed" -eq 0 ]
