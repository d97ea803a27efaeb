#!/usr/bin/env bash
# Compares our min-cost-flow solver with OR-Tools (SimpleMinCostFlow) and LEMON
# (dimacs-solver, network simplex) on the same seeded transportation instances,
# checks that the three optimal costs agree, and prints ours / fastest other.
#
# usage: bench/min-cost-flow.sh [small|large|all]   (default: all)
#   small: 10,000 workers x 2,000 vacancies x 50 arcs/worker (~0.5 M arcs)
#   large: 100,000 workers x 20,000 vacancies x 50 arcs/worker (~5 M arcs)
# environment:
#   MINNING_BIN   our binary (default .build/release/minning); it is called as
#                 `$MINNING_BIN match solve FILE` and must print `cost N` and
#                 `solve_seconds S` (solve time without parsing) on one line
#   SKIP_BUILD=1  do not run `swift build -c release`
#   BENCH_DATA    where instances are written (default .local/bench-data)
#   BENCH_VENV    Python venv with ortools (default .local/bench-venv; created if missing)
#   RUNS          runs per solver and instance; the best time is kept (default 1)
set -euo pipefail

cd "$(dirname "$0")/.."
here="$(pwd)"
sizes="${1:-all}"
minning="${MINNING_BIN:-.build/release/minning}"
data="${BENCH_DATA:-.local/bench-data}"
venv="${BENCH_VENV:-.local/bench-venv}"
runs="${RUNS:-1}"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    swift build -c release --product minning >&2
fi
if ! command -v dimacs-solver >/dev/null; then
    echo "dimacs-solver not found: apt-get install -y liblemon-utils" >&2
    exit 1
fi
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet ortools
fi
mkdir -p "$data"

declare -A instance_args=(
    [small]="10000 2000 50 1"
    [large]="100000 20000 50 1"
)
case "$sizes" in
    all) names=(small large) ;;
    small|large) names=("$sizes") ;;
    *) echo "unknown size '$sizes' (small, large or all)" >&2; exit 2 ;;
esac

# Prints "COST SECONDS" from a line holding `cost N ... solve_seconds S`.
field_pair() {
    awk '{ for (i = 1; i < NF; i++) { if ($i == "cost") c = $(i + 1); if ($i == "solve_seconds") s = $(i + 1) } }
         END { if (c == "" || s == "") exit 1; print c, s }'
}

best_of() { # command... -> "COST SECONDS" with the smallest time over $runs runs
    local best_cost="" best_time="" pair cost seconds
    for ((run = 0; run < runs; run++)); do
        pair="$("$@")" || return 1
        read -r cost seconds <<<"$pair"
        if [[ -z "$best_time" ]] || awk -v a="$seconds" -v b="$best_time" 'BEGIN { exit !(a < b) }'; then
            best_cost="$cost"; best_time="$seconds"
        fi
    done
    echo "$best_cost $best_time"
}

run_ours() { "$minning" match solve "$1" | field_pair; }
run_ortools() { "$venv/bin/python" "$here/bench/ortools-min-cost-flow.py" "$1" | field_pair; }
run_lemon() {
    # dimacs-solver reports its own phases; only "Run NetworkSimplex" is the solve.
    dimacs-solver "$1" 2>&1 | awk '
        /Min flow cost:/ { c = $NF }
        /^Run NetworkSimplex/ { for (i = 1; i <= NF; i++) if ($i == "real:") { s = $(i + 1); sub(/s$/, "", s) } }
        END { if (c == "" || s == "") exit 1; print c, s }'
}

status=0
printf '%-6s %-10s %14s %10s %s\n' size solver cost seconds note
for name in "${names[@]}"; do
    file="$data/transportation-$name.min"
    if [[ ! -s "$file" ]]; then
        # shellcheck disable=SC2086
        python3 bench/generate-transportation.py ${instance_args[$name]} "$file"
    fi
    read -r ours_cost ours_time <<<"$(best_of run_ours "$file")"
    read -r ortools_cost ortools_time <<<"$(best_of run_ortools "$file")"
    read -r lemon_cost lemon_time <<<"$(best_of run_lemon "$file")"
    fastest="$(awk -v a="$ortools_time" -v b="$lemon_time" 'BEGIN { print (a < b ? a : b) }')"
    ratio="$(awk -v a="$ours_time" -v b="$fastest" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    printf '%-6s %-10s %14s %10s %s\n' "$name" ours "$ours_cost" "$ours_time" "ours/fastest other = $ratio"
    printf '%-6s %-10s %14s %10s\n' "$name" or-tools "$ortools_cost" "$ortools_time"
    printf '%-6s %-10s %14s %10s\n' "$name" lemon "$lemon_cost" "$lemon_time"
    if [[ "$ours_cost" == "$ortools_cost" && "$ours_cost" == "$lemon_cost" ]]; then
        echo "$name: optimal costs agree ($ours_cost)"
    else
        echo "$name: OPTIMAL COSTS DIFFER (ours $ours_cost, or-tools $ortools_cost, lemon $lemon_cost)"
        status=1
    fi
done
exit "$status"
