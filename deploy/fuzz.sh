#!/usr/bin/env bash
# Contract fuzzing: schemathesis (pinned) against a running `minning serve` on a seeded scratch
# database, every check enabled, once per role with that role's key. Bounded by examples per
# operation and a fixed seed so CI stays within minutes; FUZZ_EXAMPLES=1000 deploy/fuzz.sh for a
# longer run by hand.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${DATABASE_URL:?run deploy/local-postgres.sh first}"

examples="${FUZZ_EXAMPLES:-40}"
seed="${FUZZ_SEED:-20261129}"
venv=.local/venv
if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q schemathesis==4.32.5
fi

bin=.build/debug/minning
[ -x "$bin" ] || swift build --product minning >&2 || exit 1
base_url="${DATABASE_URL%/*}"
scratch="minning_fuzz_$$"
export DATABASE_URL="$base_url/$scratch"
psql "$base_url/postgres" -qtAc "CREATE DATABASE $scratch" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log_dir=$(mktemp -d)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  psql "$base_url/postgres" -qtAc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null
}
trap cleanup EXIT

$bin migrate >/dev/null 2>&1 && $bin seed --demo >/dev/null 2>&1 || { echo "fuzz: could not prepare the database"; exit 1; }
declare -A keys
keys[admin]=$($bin keys create --bureau 闽宁协作平台运维 --role admin --secret-only 2>/dev/null)
keys[origin_bureau]=$($bin keys create --bureau 西吉县人力资源和社会保障局 --role origin_bureau --secret-only 2>/dev/null)
keys[destination_bureau]=$($bin keys create --bureau 福州市人力资源和社会保障局 --role destination_bureau --secret-only 2>/dev/null)
keys[cooperation_office]=$($bin keys create --bureau 宁夏回族自治区闽宁协作办公室 --role cooperation_office --secret-only 2>/dev/null)
keys[observer]=$($bin keys create --bureau 闽宁协作联席会议秘书处 --role observer --secret-only 2>/dev/null)

# Thousands of requests a minute from one key: the per-key rate limit would answer 429s the document cannot predict.
$bin serve --port "$port" --rate-limit-per-minute 0 >"$log_dir/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

operations=$(python3 -c 'import json; d = json.load(open("docs/openapi.json")); print(sum(len([m for m in ops if m in ("get", "post", "put", "patch", "delete")]) for ops in d["paths"].values()))')
# Operations that answered 2xx at least once in the server's access log since line $1: how much
# of the fuzzing reached the logic rather than being refused at the door.
reached() {
  tail -n +"$1" "$log_dir/server.log" | python3 -c '
import re, sys
seen = set()
for line in sys.stdin:
    method, route, status = re.search(r"method=(\S+)", line), re.search(r"route=(\S+)", line), re.search(r"status=(\d+)", line)
    if method and route and status and status.group(1).startswith("2"):
        seen.add((method.group(1), route.group(1)))
print(len(seen))'
}

passed=0
failed=0
for role in admin origin_bureau destination_bureau cooperation_office observer; do
  start=$(($(wc -l <"$log_dir/server.log") + 1))
  # One worker: schemathesis' coverage phase has raced itself with two (a tool error, not a finding).
  "$venv/bin/schemathesis" --config-file deploy/schemathesis.toml run docs/openapi.json --url "http://127.0.0.1:$port" \
    --header "Authorization: Bearer ${keys[$role]}" --checks all --max-examples "$examples" \
    --seed "$seed" --workers 1 --no-color >"$log_dir/$role.log" 2>&1
  code=$?
  summary="$(grep -E "^  [0-9]+ generated" "$log_dir/$role.log" | tail -1 | sed 's/^ *//'); 2xx from $(reached "$start") of $operations operations"
  if [ "$code" -eq 0 ]; then
    passed=$((passed + 1)); echo "fuzz: ok    $role: $summary"
  else
    failed=$((failed + 1)); echo "fuzz: FAIL  $role: $summary"; sed -n '/FAILURES\|ERRORS/,$p' "$log_dir/$role.log" | head -80
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
