#!/usr/bin/env bash
# End-to-end check of the built `minning` binary, the way the README uses it: migrate (twice),
# seed (twice), issue a key, serve, call the API with and without the key, stop with SIGTERM.
# Uses a scratch database of its own, so it never touches the development data.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${DATABASE_URL:?run deploy/local-postgres.sh first}"

bin=.build/debug/minning
[ -x "$bin" ] || swift build --product minning >&2 || exit 1

base_url="${DATABASE_URL%/*}"
scratch="minning_smoke_$$"
export DATABASE_URL="$base_url/$scratch"
psql "$base_url/postgres" -qtAc "CREATE DATABASE $scratch" >/dev/null

passed=0
failed=0
check() {  # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "smoke: ok    $name"; else failed=$((failed + 1)); echo "smoke: FAIL  $name"; fi
}

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server_log=$(mktemp)
wait_for() {  # wait_for PATH: until the server on $port answers it with 2xx, at most 10 s
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/$1" >/dev/null 2>&1 && return
    sleep 0.1
  done
}
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null
  psql "$base_url/postgres" -qtAc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null
  rm -f "$server_log"
}
trap cleanup EXIT

first=$($bin migrate 2>&1)
second=$($bin migrate 2>&1)
check "migrate applies every file once" grep -q "^已执行 0001_" <<<"$first"
check "a second migrate applies nothing" grep -q "^无需迁移" <<<"$second"
$bin seed --demo >/dev/null 2>&1
reseed=$($bin seed --demo 2>&1)
check "a second seed changes nothing" bash -c '! grep -Ev "新增 0，更新 0$" <<<"$1" | grep -q .' _ "$reseed"
key=$($bin keys create --bureau 闽宁协作平台运维 --role admin --secret-only 2>/dev/null)
check "keys create prints a key" grep -Eq '^mn_[A-Za-z0-9_-]{43}$' <<<"$key"
unknown_key=00000000-0000-4000-8000-000000000000
refusal_zh=$($bin keys revoke "$unknown_key" 2>&1); code_zh=$?
refusal_en=$($bin keys revoke "$unknown_key" --language en 2>&1)
check "a refused command prints its message, in Chinese unless --language en (exit 1)" bash -c '
  [ "$1" -eq 1 ] && [ "$2" = "Error: 没有编号为 $4 的 API 密钥" ] && [ "$3" = "Error: no API key has the id $4" ]' _ "$code_zh" "$refusal_zh" "$refusal_en" "$unknown_key"

# Bulk import: a GB18030 file (as Excel saves it on a Chinese Windows) lands whole; a file with one
# bad line lands not at all; an import killed with SIGKILL in the middle leaves nothing, and the
# same file then imports.
workers_before=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM workers")
import_dir=$(mktemp -d)
python3 bench/generate-workers.py 2000 --seed 11 --encoding gb18030 >"$import_dir/gb.csv"
out=$($bin import workers "$import_dir/gb.csv" --bureau 西吉县人力资源和社会保障局 2>&1)
check "a GB18030 file of 2,000 workers imports whole" grep -q "^2000 条劳动者记录已导入.*（GB18030 编码）" <<<"$out"
python3 bench/generate-workers.py 2000 --seed 12 --bad-line 1500 >"$import_dir/bad.csv"
$bin import workers "$import_dir/bad.csv" --bureau 西吉县人力资源和社会保障局 >"$import_dir/bad.out" 2>&1
code=$?
check "one bad line in 2,000: exit 65, the line named (in Chinese, the default), nothing stored" bash -c '
  [ "$1" -eq 65 ] && grep -q "第 1500 行：id_number 校验码不正确" "$2" &&
  [ "$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM workers")" -eq $(( $3 + 2000 )) ]' _ "$code" "$import_dir/bad.out" "$workers_before"
python3 bench/generate-workers.py 40000 --seed 13 >"$import_dir/big.csv"
$bin import workers "$import_dir/big.csv" --bureau 西吉县人力资源和社会保障局 >/dev/null 2>&1 &
import_pid=$!
killed=no
for _ in $(seq 1 3000); do
  # The import's transaction has reached its staging tables: kill it there.
  busy=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() AND xact_start IS NOT NULL AND query ILIKE '%import_worker%'")
  if [ "$busy" -gt 0 ]; then kill -KILL "$import_pid"; killed=yes; break; fi
  kill -0 "$import_pid" 2>/dev/null || break
  sleep 0.02
done
wait "$import_pid" 2>/dev/null
for _ in $(seq 1 100); do  # PostgreSQL rolls back once it sees the client gone
  [ "$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database()")" -eq 0 ] && break
  sleep 0.1
done
check "an import killed with SIGKILL mid-transaction leaves no row" bash -c '
  [ "$1" = yes ] && [ "$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM workers")" -eq $(( $2 + 2000 )) ]' _ "$killed" "$workers_before"
out=$($bin import workers "$import_dir/big.csv" --bureau 西吉县人力资源和社会保障局 2>&1)
check "the same import then succeeds" grep -q "^40000 条劳动者记录已导入" <<<"$out"
# The allocation CLI: the network it exports, solved again by `match solve`, gives its optimum.
$bin match run --bureau 西吉县人力资源和社会保障局 --dry-run --export-dimacs "$import_dir/cohort.min" >"$import_dir/match.out" 2>&1
expected_cost=$(sed -n 's/^c optimal cost = .* = //p' "$import_dir/cohort.min")
solved_cost=$($bin match solve "$import_dir/cohort.min" | awk '{ for (i = 1; i < NF; i++) if ($i == "cost") print $(i + 1) }')
check "match solve finds the optimum match run exported (cost $solved_cost)" bash -c '[ -n "$1" ] && [ "$1" = "$2" ] && grep -q "^  已分配" "$3"' _ "$expected_cost" "$solved_cost" "$import_dir/match.out"
rm -rf "$import_dir"

# Operations: the configuration check, and a backup restored into a new database gives the same
# rows and an intact ledger chain.
$bin doctor >/dev/null 2>&1
check "doctor finds the configuration ready (exit 0)" test $? -eq 0
backup_dir=$(mktemp -d)
restored="${scratch}_restored"
psql "$base_url/postgres" -qtAc "CREATE DATABASE $restored" >/dev/null
$bin db backup --out "$backup_dir/minning.dump" >/dev/null 2>&1
DATABASE_URL="$base_url/$restored" $bin db restore "$backup_dir/minning.dump" >/dev/null 2>&1
same_counts=yes
for table in workers employers vacancies placements fund_ledger subsidy_claims audit_log; do
  [ "$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM $table")" = "$(psql "$base_url/$restored" -qtAc "SELECT count(*) FROM $table")" ] || same_counts=no
done
check "db backup and restore round-trip: same row counts" test "$same_counts" = yes
march=$($bin report funds --year 2025 --from 2025-03-01 --to 2025-03-31 --log-level error 2>&1); code_march=$?
outside=$($bin report funds --year 2025 --from 2026-01-01 --log-level error 2>&1); code_outside=$?
check "report funds narrows to days of its year, and a day outside it is refused in words (exit 1)" bash -c '
  [ "$1" -eq 0 ] && grep -q "^2025 年资金情况（记账日 2025-03-01 至 2025-03-31）" <<<"$2" &&
  [ "$3" -eq 1 ] && [ "$4" = "Error: from 须在所查询的 2025 年内（2025-01-01 至 2025-12-31）" ]' _ "$code_march" "$march" "$code_outside" "$outside"
check "the restored ledger chain verifies, with the same head" bash -c '
  [ "$(DATABASE_URL="$1" "$2" ledger verify)" = "$("$2" ledger verify)" ] && "$2" ledger verify | grep -q "^台账完整：共 [1-9]"' _ "$base_url/$restored" "$bin"
psql "$base_url/postgres" -qtAc "DROP DATABASE IF EXISTS $restored WITH (FORCE)" >/dev/null
rm -rf "$backup_dir"

# The meeting pack, rendered by a real headless browser: all four reports and their charts.
pack_dir=$(mktemp -d)
$bin report meeting --year "$(date -u -d '+8 hours' +%Y)" --out "$pack_dir/pack.html" >/dev/null 2>&1
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$browser" ]; then
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$pack_dir/pack.html" >"$pack_dir/dom.html" 2>/dev/null
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2600 \
    --screenshot="$pack_dir/pack.png" "file://$pack_dir/pack.html" >/dev/null 2>&1
  check "the meeting pack renders in Chromium: the targets, the six aspects, the follow-up items, 存在问题 and 下一步工作, the five-year view, charts, a screenshot" bash -c '
    for section in 一、协议指标完成情况 二、资金支持 三、劳务协作 就业补助 四、产业合作 五、人才交流 六、消费协作 七、社会参与 八、联席推进 九、存在问题与下一步工作 十、近五年走势; do grep -q "$section" "$1/dom.html" || exit 1; done
    [ "$(grep -o "<svg" "$1/dom.html" | wc -l)" -ge 5 ] && [ "$(stat -c %s "$1/pack.png")" -gt 20000 ]' _ "$pack_dir"
else
  check "the meeting pack renders in Chromium (chromium is not installed: apt-get install chromium)" false
fi
rm -rf "$pack_dir"

$bin serve --port "$port" --log-format json >"$server_log" 2>&1 &
server_pid=$!
wait_for healthz
cities=$(curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$port/v1/regions?parent=640000")
check "the key lists Ningxia's five prefecture cities" python3 -c '
import json, sys
names = [r["name_zh"] for r in json.loads(sys.argv[1])["items"]]
sys.exit(names != ["银川市", "石嘴山市", "吴忠市", "固原市", "中卫市"])' "$cities"
status=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "http://127.0.0.1:$port/v1/regions?parent=640000")
check "no key gets 401 problem+json" test "$status" = "401 application/problem+json"
check "the access log never holds the key" bash -c '! grep -qF "$1" "$2"' _ "$key" "$server_log"
check "the access log is one JSON object per line" python3 -c '
import json, sys
lines = [l for l in open(sys.argv[1]) if "\"msg\":\"request\"" in l]
[json.loads(l) for l in lines]
sys.exit(len(lines) < 2)' "$server_log"

# Personal data never leaks: register a person, read them back, then search the database dump and
# the server log for the ID number and phone in clear.
id_number=$(python3 -c '
b = "64042219870512233"; w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
print(b + "10X98765432"[sum(int(c) * x for c, x in zip(b, w)) % 11])')
phone=13987654321
worker=$(curl -s -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "http://127.0.0.1:$port/v1/workers" -d '{
  "name":"烟测试","id_number":"'"$id_number"'","phone":"'"$phone"'","origin_region_code":"640422","education":"primary",
  "poverty_status":"lifted","expected_monthly_wage_fen":400000,"needs_housing":true,"available_from":"2027-01-01",
  "consent":{"given_on":"2026-11-01","scope":"smoke test","method":"written","recorded_by":"smoke"}}')
worker_id=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("id",""))' "$worker")
check "a worker is registered over HTTP" test -n "$worker_id"
curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$port/v1/workers/$worker_id/personal-data" >/dev/null
dump=$(mktemp)
pg_dump --no-owner "$DATABASE_URL" >"$dump"
check "the database dump holds the ID number and phone only encrypted" bash -c '! grep -qF -e "$1" -e "$2" "$3"' _ "$id_number" "$phone" "$dump"
check "the server log never holds the ID number or phone" bash -c '! grep -qF -e "$1" -e "$2" "$3"' _ "$id_number" "$phone" "$server_log"
rm -f "$dump"

# The console in a real headless Chromium driven by Playwright: log in (after one wrong password),
# register, change, propose and accept, allocate a cohort as 西吉's clerk; hire and record months as
# 福州's; open the meeting pack as the meeting's secretary. Screenshots stay in .local/screenshots.
console_password=$(mktemp)
printf 'Smoke-console-2026\n' >"$console_password"
$bin staff create --bureau 西吉县人力资源和社会保障局 --role origin_bureau --login smoke.clerk --name '马文<i>斜</i>' \
  --password-file "$console_password" --log-level error >/dev/null 2>&1
$bin staff create --bureau 福州市人力资源和社会保障局 --role destination_bureau --login smoke.fz --name 福州经办 \
  --password-file "$console_password" --log-level error >/dev/null 2>&1
$bin staff create --bureau 闽宁协作联席会议秘书处 --role observer --login smoke.meeting --name 联席会议秘书 \
  --password-file "$console_password" --log-level error >/dev/null 2>&1
for office_login in smoke.nx smoke.cashier; do
  $bin staff create --bureau 宁夏回族自治区闽宁协作办公室 --role cooperation_office --login "$office_login" --name "协作办$office_login" \
    --password-file "$console_password" --log-level error >/dev/null 2>&1
done
rm -f "$console_password"
browser_venv=.local/venv-browser
[ -x "$browser_venv/bin/python" ] || python3 -m venv "$browser_venv"
"$browser_venv/bin/python" -c 'import playwright' 2>/dev/null || "$browser_venv/bin/pip" install -q playwright==1.65.2 >&2
mkdir -p .local/screenshots
console_out=$(timeout 180 "$browser_venv/bin/python" deploy/console-browser.py "http://127.0.0.1:$port" smoke.clerk Smoke-console-2026 \
  '马文<i>斜</i>' .local/screenshots smoke.fz Smoke-console-2026 smoke.meeting Smoke-console-2026 \
  smoke.nx smoke.cashier Smoke-console-2026 2>&1); console_code=$?
sed 's/^/smoke:   /' <<<"$console_out"
check "the console walks a clerk's day in Chromium (register, propose, accept; hire and record months on the employer's side; an office's code, then a subsidy approved by one and paid by another) at desktop and phone width ($(grep -c '^console: ok' <<<"$console_out") browser checks)" \
  bash -c '[ "$1" -eq 0 ] && ! grep -q "^console: FAIL" <<<"$2"' _ "$console_code" "$console_out"

kill -TERM "$server_pid"
wait "$server_pid"
code=$?
server_pid=""
check "SIGTERM stops the server cleanly (exit 0)" test "$code" -eq 0

# Rotating the personal-data key: every row is re-sealed under a new key, doctor then wants
# nothing more, and a server holding only the new key reads the same ID number.
new_key=$($bin pii generate-key)
old_key=${MINNING_PII_KEY:-$(cat .local/pii-dev.key 2>/dev/null)}
rotation=$(MINNING_PII_KEY="$new_key" MINNING_PII_PREVIOUS_KEYS="$old_key" $bin pii rotate --batch-size 1000 --log-level error 2>&1)
check "pii rotate re-seals every worker and employer under a new key" bash -c '
  grep -Eq "^已重新加密劳动者 [1-9][0-9]* 名、用人单位 [1-9][0-9]* 家.*剩余 0 行" <<<"$1"' _ "$rotation"
echo "smoke: info  $(grep "^已重新加密" <<<"$rotation")"
MINNING_PII_KEY="$new_key" $bin doctor >/dev/null 2>&1
check "doctor with only the new key finds nothing left to rotate (exit 0)" test $? -eq 0
MINNING_PII_KEY="$new_key" $bin serve --port "$port" --log-format json >>"$server_log" 2>&1 &
server_pid=$!
wait_for healthz
unmasked=$(curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$port/v1/workers/$worker_id/personal-data")
check "after the rotation the new key alone reads the same ID number" grep -qF "$id_number" <<<"$unmasked"
kill -TERM "$server_pid"; wait "$server_pid"; server_pid=""

# The systemd unit's command line, where systemd is not PID 1 (docs/operations.md): its
# Environment= lines, the example environment file, and its ExecStart, with only the machine's
# values replaced (database, key, binary path, port, MINNING_HOME), in an otherwise empty
# environment. Production mode must accept it and serve; SIGTERM (the unit's KillSignal) exits 0.
unit_command=$(python3 - "$bin" "$port" "$PWD" "$new_key" <<'PY'
import os, shlex, sys
binary, port, home, pii_key = sys.argv[1:]
env, argv = {}, None
for line in open("deploy/systemd/minning.service", encoding="utf-8"):
    line = line.strip()
    if line.startswith("Environment="):
        key, value = line[len("Environment="):].split("=", 1)
        env[key] = value
    elif line.startswith("ExecStart="):
        argv = shlex.split(line[len("ExecStart="):])
for line in open("deploy/systemd/minning.env.example", encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("#"):
        key, value = line.split("=", 1)
        env[key] = value
assert argv[0] == "/usr/bin/minning" and argv[argv.index("--port") + 1] == "8080", argv
argv[0], argv[argv.index("--port") + 1] = binary, port
env.update(MINNING_HOME=home, DATABASE_URL=os.environ["DATABASE_URL"], MINNING_PII_KEY=pii_key)
print(" ".join(shlex.quote(f"{k}={v}") for k, v in env.items()), " ".join(shlex.quote(a) for a in argv))
PY
)
eval "exec env -i PATH=/usr/bin:/bin $unit_command" >"$server_log.unit" 2>&1 &
server_pid=$!
wait_for readyz
check "the systemd unit's command line serves in production mode (readyz 200)" bash -c '
  [ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$1/readyz")" = 200 ] && grep -q "MINNING_ENV=production" <<<"$2"' _ "$port" "$unit_command"
kill -TERM "$server_pid"; wait "$server_pid"; code=$?; server_pid=""
check "the unit's KillSignal (SIGTERM) stops it cleanly (exit 0)" test "$code" -eq 0
[ "$failed" -eq 0 ] || tail -5 "$server_log.unit" | sed 's/^/smoke:   unit log: /'
rm -f "$server_log.unit"

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
