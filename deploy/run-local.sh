#!/usr/bin/env bash
# The run command: local PostgreSQL, migrations, reference and demo seeds, four API keys, a console
# account, and the service on 127.0.0.1:8080 (override with PORT). Safe to run again: each step is
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
# A console account for 西吉's clerk, made once; its password is kept in .local for the next runs.
console_password_file=.local/console-demo-password
if [ ! -s "$console_password_file" ]; then
  python3 -c 'import secrets; print("Xiji-" + secrets.token_urlsafe(9))' >"$console_password_file"
  chmod 600 "$console_password_file"
  $bin staff create --bureau 西吉县人力资源和社会保障局 --role origin_bureau --login xiji.clerk --name 西吉县经办员 \
    --password-file "$console_password_file" >/dev/null
fi

port="${PORT:-8080}"
cat <<INFO

Minning is starting on http://127.0.0.1:$port  (Ctrl-C stops it)
  admin key (闽宁协作平台运维):          $admin_key
  origin bureau key (西吉县人社局, 640422): $xiji_key
  destination bureau key (福州市人社局, 350100): $fuzhou_key
  observer key (联席会议秘书处, read-only):  $observer_key
  console (工作台): http://127.0.0.1:$port/  login xiji.clerk  password $(cat "$console_password_file")
  DATABASE_URL=$DATABASE_URL

Try:
  curl -H "Authorization: Bearer $admin_key" 'http://127.0.0.1:$port/v1/regions?parent=640000'
  curl -H "Authorization: Bearer $xiji_key" 'http://127.0.0.1:$port/v1/workers'
  curl 'http://127.0.0.1:$port/v1/regions?parent=640000'
  curl -H "Authorization: Bearer $observer_key" -o pack.html 'http://127.0.0.1:$port/v1/reports/meeting?year=$(date -u -d '+8 hours' +%Y)'   # the meeting pack

INFO
exec $bin serve --host 127.0.0.1 --port "$port"
