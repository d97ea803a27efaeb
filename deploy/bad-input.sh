#!/usr/bin/env bash
# Bad input: a corpus of requests no client should send (deploy/bad_input_corpus.py), to every
# write endpoint of a served scratch database. Each must be refused 4xx problem+json — never a
# 5xx, a hang or a crash — and, once the corpus has run, no table may have gained or lost a row.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${DATABASE_URL:?run deploy/local-postgres.sh first}"

bin=.build/debug/minning
[ -x "$bin" ] || swift build --product minning >&2 || exit 1

base_url="${DATABASE_URL%/*}"
scratch="minning_bad_input_$$"
export DATABASE_URL="$base_url/$scratch"
psql "$base_url/postgres" -qtAc "CREATE DATABASE $scratch" >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
api="http://127.0.0.1:$port"
server_log=$(mktemp)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  psql "$base_url/postgres" -qtAc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null
  rm -f "$server_log"
}
trap cleanup EXIT

$bin migrate >/dev/null 2>&1 && $bin seed --demo >/dev/null 2>&1 || { echo "bad-input: FAIL  could not prepare the database"; exit 1; }
admin=$($bin keys create --bureau 闽宁协作平台运维 --role admin --secret-only 2>/dev/null)
origin=$($bin keys create --bureau 西吉县人力资源和社会保障局 --role origin_bureau --secret-only 2>/dev/null)

# The corpus is a deliberate flood from two keys: no rate limit (MINNING_RATE_LIMIT=0).
MINNING_RATE_LIMIT=0 $bin serve --port "$port" >"$server_log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "$api/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

# Days as the service counts them: China's (UTC+8, no daylight saving), not the machine's. From 16:00
# UTC on, `date -u` is a day behind, and a hire dated then falls before the day it was accepted.
china_date() { date -u -d '+8 hours' "$@"; }
get() { curl -s --max-time 15 -H "Authorization: Bearer $admin" "$api$1"; }
first_id() { python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])'; }
# Objects for the endpoints that act on one: a worker of 西吉 (the origin key's scope), and a
# placement of hers allocated, accepted and hired, so that months can be recorded against it.
placement=$(curl -s --max-time 15 -H "Authorization: Bearer $origin" -H 'Content-Type: application/json' "$api/v1/allocations" -d '{}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["assignments"][0]["placement_id"])')
curl -s --max-time 15 -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  "$api/v1/placements/$placement/transitions" -d '{"to":"accepted"}'
curl -s --max-time 15 -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  "$api/v1/placements/$placement/transitions" -d "{\"to\":\"hired\",\"on\":\"$(china_date +%F)\"}"
export ADMIN_KEY="$admin" ORIGIN_KEY="$origin" PLACEMENT_ID="$placement" MONTH="$(china_date +%Y-%m)" TODAY="$(china_date +%F)"
WORKER_ID=$(get "/v1/workers?region=640422&limit=1" | first_id)
EMPLOYER_ID=$(get "/v1/employers?limit=1" | first_id)
VACANCY_ID=$(get "/v1/vacancies?limit=1" | first_id)
BUREAU_ID=$(get "/v1/bureaus" | python3 -c 'import json, sys; print(next(b["id"] for b in json.load(sys.stdin)["items"] if b["kind"] == "origin_labor_bureau"))')
TRAINING_BASE_ID=$(get "/v1/training-bases?limit=1" | first_id)
# A month worked without a wage raises an alert to acknowledge, and is a month to correct.
curl -s --max-time 15 -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  "$api/v1/placements/$placement/months" -d "{\"month\":\"$MONTH\",\"wage_paid_fen\":null,\"verified_by\":\"陈明\"}"
ALERT_ID=$(get "/v1/alerts" | first_id)
PAIRING_ID=$(get "/v1/pairings?year=$(china_date +%Y)" | first_id)
PAIRING_RECEIVING=$(get "/v1/pairings?year=$(china_date +%Y)" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["ningxia_region_code"])')
TALENT_ID=$(get "/v1/talent" | first_id)
DECISION_ID=$(get "/v1/meetings" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["decisions"][-1]["id"])')
PARK_ID=$(get "/v1/parks" | first_id)
ENTERPRISE_ID=$(get "/v1/parks/$PARK_ID/enterprises" | first_id)
CLAIM_ID=$(get "/v1/subsidies/claims" | first_id)
export WORKER_ID EMPLOYER_ID VACANCY_ID BUREAU_ID TRAINING_BASE_ID ALERT_ID PAIRING_ID PARK_ID ENTERPRISE_ID CLAIM_ID PAIRING_RECEIVING TALENT_ID DECISION_ID
for name in PLACEMENT_ID WORKER_ID EMPLOYER_ID VACANCY_ID BUREAU_ID TRAINING_BASE_ID ALERT_ID PAIRING_ID PARK_ID ENTERPRISE_ID CLAIM_ID PAIRING_RECEIVING TALENT_ID DECISION_ID; do
  [ -n "${!name}" ] || { echo "bad-input: FAIL  could not set up the objects the corpus needs ($name)"; exit 1; }
done

# Rows of every table, and the versions of the objects the corpus aims at: a refused request
# stores nothing, not even a changed field.
snapshot() {
  psql "$DATABASE_URL" -qtA <<'SQL'
SELECT format('SELECT %s;', string_agg(format('%L || '' '' || (SELECT count(*) FROM %I)', tablename, tablename), ' || E''\n'' || ' ORDER BY tablename))
FROM pg_tables WHERE schemaname = 'public'
\gexec
SELECT 'versions ' || string_agg(v, ',' ORDER BY v) FROM (
  SELECT 'w' || version FROM workers UNION ALL SELECT 'e' || version FROM employers UNION ALL
  SELECT 'v' || version FROM vacancies UNION ALL SELECT 'p' || version FROM placements UNION ALL
  SELECT 't' || version FROM talent_assignments UNION ALL SELECT 'd' || version FROM meeting_decisions UNION ALL
  SELECT 'h' || version FROM park_headcounts) AS t(v);
SQL
}
before=$(snapshot)

corpus_log=$(mktemp)
python3 deploy/bad_input_corpus.py "$api" | tee "$corpus_log"
requests=$(sed -n 's/^bad-input: requests sent //p' "$corpus_log")
passed=$(grep -c '^bad-input: ok' "$corpus_log")
failed=$(grep -c '^bad-input: FAIL' "$corpus_log")
rm -f "$corpus_log"

after=$(snapshot)
changed=$(diff <(echo "$before") <(echo "$after") | sed -n 's/^> //p' | paste -sd' ' | cut -c1-300)
if [ -z "$changed" ]; then
  passed=$((passed + 1)); echo "bad-input: ok    nothing stored (row counts of every table and object versions unchanged)"
else
  failed=$((failed + 1)); echo "bad-input: FAIL  something was stored; now: $changed"
fi
if grep -q '"unhandled error"\|unhandled error' "$server_log"; then
  failed=$((failed + 1)); echo "bad-input: FAIL  the server logged unhandled errors:"; grep 'unhandled error' "$server_log" | head -5 | cut -c1-300
fi

echo "bad-input: ${requests:-0} requests; $passed passed, $failed failed"
[ "$failed" -eq 0 ]
