#!/usr/bin/env bash
# Starts (and on first use creates) a private PostgreSQL 15 cluster for this checkout, listening on
# 127.0.0.1 only, and prints `export DATABASE_URL=…` on stdout; everything else goes to stderr.
#
#   eval "$(deploy/local-postgres.sh)"        # start it and export DATABASE_URL
#   deploy/local-postgres.sh stop             # stop it
#
# Idempotent: a running cluster is left alone, a stopped one (after a reboot) is started again.
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` system user.
set -euo pipefail

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state_dir="${MINNING_PG_DIR:-$project_root/.local/postgres}"
port="${MINNING_PG_PORT:-54329}"
max_connections=600
database="${MINNING_PG_DATABASE:-minning}"
superuser="minning"
pg_version=15

log() { echo "local-postgres: $*" >&2; }

find_bindir() {
  local dir="/usr/lib/postgresql/$pg_version/bin"
  if [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

install_postgres() {
  if [ -n "$(find_bindir)" ]; then return; fi
  log "installing postgresql-$pg_version from Debian's packages"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  # The package's own cluster is not used; keep apt from starting it where that is possible.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$pg_version" >&2
}

install_postgres
bindir="$(find_bindir)"
[ -n "$bindir" ] || { log "postgresql-$pg_version is not installed and could not be installed"; exit 1; }

# Run PostgreSQL's programs as an unprivileged user: ourselves, or `postgres` when we are root.
if [ "$(id -u)" -eq 0 ]; then
  run_as=(runuser -u postgres --)
  # The postgres user must reach the data folder; a project under a private home cannot be used.
  mkdir -p "$state_dir"
  chown postgres:postgres "$state_dir"
  if ! runuser -u postgres -- test -w "$state_dir"; then
    state_dir="/var/lib/minning-dev/$(echo -n "$project_root" | sha256sum | cut -c1-12)"
    log "the project folder is not reachable by the postgres user; using $state_dir"
    mkdir -p "$state_dir"
    chown postgres:postgres "$state_dir"
  fi
else
  run_as=()
  mkdir -p "$state_dir"
fi

data_dir="$state_dir/data"
socket_dir="$state_dir/run"
password_file="$state_dir/password"

pg() { "${run_as[@]}" "$@"; }

if [ ! -s "$password_file" ]; then
  head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$password_file.tmp"
  mv "$password_file.tmp" "$password_file"
fi
chmod 600 "$password_file"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$password_file"

if [ "${1:-}" = "stop" ]; then
  if [ -f "$data_dir/PG_VERSION" ]; then pg "$bindir/pg_ctl" -D "$data_dir" -m fast stop >&2 || true; fi
  exit 0
fi

if [ ! -f "$data_dir/PG_VERSION" ]; then
  log "creating a cluster in $data_dir"
  pg mkdir -p "$data_dir" "$socket_dir"
  pg "$bindir/initdb" -D "$data_dir" -U "$superuser" --pwfile="$password_file" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >&2
  cat >> "$data_dir/postgresql.conf" <<CONF
# minning: private development cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket_dir'
max_connections = $max_connections
fsync = off
synchronous_commit = off
full_page_writes = off
timezone = 'UTC'
CONF
fi
pg mkdir -p "$socket_dir"

if ! pg "$bindir/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$port"
  # The test suite runs its cases in parallel, each with a database and two connection pools; at
  # 200 slots PostgreSQL refused connections ("too many clients") often enough that requests waited
  # out their clients' timeouts. Set on the command line, so an older cluster gets it too.
  pg "$bindir/pg_ctl" -D "$data_dir" -l "$state_dir/server.log" -o "-c max_connections=$max_connections" -w -t 60 start >&2
fi

password="$(cat "$password_file")"
export PGPASSWORD="$password"
if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U "$superuser" -d postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
  log "creating database $database"
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$superuser" "$database"
fi

echo "export DATABASE_URL='postgres://$superuser:$password@127.0.0.1:$port/$database'"
