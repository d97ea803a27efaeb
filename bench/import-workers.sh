#!/usr/bin/env bash
# Times `minning import workers` on N generated workers (default 100,000) into a scratch database
# of the local PostgreSQL, with a release build, and prints rows per second.
#
# usage: bench/import-workers.sh [N]
# environment: MINNING_BIN (default .build-release/release/minning), SKIP_BUILD=1, RUNS (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
count="${1:-100000}"
runs="${RUNS:-1}"
bin="${MINNING_BIN:-.build-release/release/minning}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    swift build -c release --scratch-path .build-release --product minning >&2
fi
eval "$(deploy/local-postgres.sh)"
base="${DATABASE_URL%/*}"
file="$(mktemp --suffix=.csv)"
python3 bench/generate-workers.py "$count" --seed 3 >"$file"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB; $(psql "$base/postgres" -qtAc 'SHOW server_version' | tr -d ' ') ; file: $count workers, $(du -h "$file" | cut -f1)"
for ((run = 1; run <= runs; run++)); do
    scratch="minning_bench_import_$$_$run"
    psql "$base/postgres" -qtAc "CREATE DATABASE $scratch" >/dev/null
    export DATABASE_URL="$base/$scratch"
    "$bin" migrate >/dev/null 2>&1
    "$bin" seed --demo >/dev/null 2>&1
    started=$(date +%s.%N)
    "$bin" import workers "$file" --bureau 西吉县人力资源和社会保障局 --log-level error
    ended=$(date +%s.%N)
    stored=$(psql "$DATABASE_URL" -qtAc "SELECT count(*) FROM workers WHERE consent_recorded_by = '王书记'")
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'run $run: {int(sys.argv[3])} workers stored in {s:.1f} s, {int(sys.argv[3])/s:,.0f} rows/s (whole command: read, check, encrypt, COPY, insert, audit)')" "$started" "$ended" "$stored"
    psql "$base/postgres" -qtAc "DROP DATABASE $scratch" >/dev/null
done
rm -f "$file"
