#!/usr/bin/env bash
# The run command: local PostgreSQL, migrations, reference and demo seeds, four API keys, a console
# account per role, and the service on 127.0.0.1:8080 (override with PORT). Safe to run again: each step is
# idempotent; each run issues fresh demo keys.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"

eval "$(deploy/local-postgres.sh)"
swift build --product minning
bin=.build/debug/minning

$bin migrate
$bin seed --demo
admin_key=$($bin keys create --bureau 闽宁协作平台运维 --role admin --label "local demo" --secret-only)
xiji_key=$($bin keys create --bureau 西吉县人力资源和社会保障局 --role origin_bureau --label "local demo" --secret-only)
fuzhou_key=$($bin keys create --bureau 福州市人力资源和社会保障局 --role destination_bureau --label "local demo" --secret-only)
observer_key=$($bin keys create --bureau 闽宁协作联席会议秘书处 --role observer --label "local demo" --secret-only)
# A console account per demo role, made once; each password is kept in .local/console-demo/ for the
# next runs. The offices and the admin also set up an authenticator app at their first login.
mkdir -p .local/console-demo
chmod 700 .local/console-demo
console_accounts=(
  "xiji.clerk|西吉县人力资源和社会保障局|origin_bureau|西吉县经办员"
  "fuzhou.clerk|福州市人力资源和社会保障局|destination_bureau|福州市经办员"
  "ningxia.office|宁夏回族自治区闽宁协作办公室|cooperation_office|宁夏协作办经办员"
  "ningxia.cashier|宁夏回族自治区闽宁协作办公室|cooperation_office|宁夏协作办出纳"
  "meeting.observer|闽宁协作联席会议秘书处|observer|联席会议秘书"
  "ops.admin|闽宁协作平台运维|admin|平台管理员"
)
# Earlier runs kept 西吉's password in one file: keep using it.
[ -s .local/console-demo-password ] && [ ! -s .local/console-demo/xiji.clerk ] && cp .local/console-demo-password .local/console-demo/xiji.clerk
console_logins=""
for account in "${console_accounts[@]}"; do
  IFS='|' read -r login bureau role name <<<"$account"
  password_file=".local/console-demo/$login"
  if [ ! -s "$password_file" ]; then
    python3 -c 'import secrets; print("Minning-" + secrets.token_urlsafe(9))' >"$password_file"
    chmod 600 "$password_file"
  fi
  # Made once: a second run finds the login and keeps the account as it is.
  if ! $bin staff list --bureau "$bureau" --log-level error 2>/dev/null | grep -qF -- "$login"; then
    $bin staff create --bureau "$bureau" --role "$role" --login "$login" --name "$name" --password-file "$password_file" \
      --log-level error >/dev/null
  fi
  console_logins+=$(printf '\n    %-17s %-8s %s' "$login" "$(cat "$password_file")" "$bureau")
done

port="${PORT:-8080}"
cat <<INFO

Minning is starting on http://127.0.0.1:$port  (Ctrl-C stops it)
  admin key (闽宁协作平台运维):          $admin_key
  origin bureau key (西吉县人社局, 640422): $xiji_key
  destination bureau key (福州市人社局, 350100): $fuzhou_key
  observer key (联席会议秘书处, read-only):  $observer_key
  console (工作台): http://127.0.0.1:$port/  logins (login, password, bureau):$console_logins
    (the offices and the admin add an authenticator app's code: its key is shown at their first login)
  DATABASE_URL=$DATABASE_URL

Try:
  curl -H "Authorization: Bearer $admin_key" 'http://127.0.0.1:$port/v1/regions?parent=640000'
  curl -H "Authorization: Bearer $xiji_key" 'http://127.0.0.1:$port/v1/workers'
  curl 'http://127.0.0.1:$port/v1/regions?parent=640000'
  curl -H "Authorization: Bearer $observer_key" -o pack.html 'http://127.0.0.1:$port/v1/reports/meeting?year=$(date -u -d '+8 hours' +%Y)'   # the meeting pack

INFO
exec $bin serve --host 127.0.0.1 --port "$port"
