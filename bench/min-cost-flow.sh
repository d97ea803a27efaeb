#!/usr/bin/env bash
# Compares our min-cost-flow solver with OR-Tools (SimpleMinCostFlow) and LEMON
# (dimacs-solver, network simplex) on the same seeded transportation instances,
# each written in two forms, checks that the optimal costs agree, and prints
# ours / fastest other with min, median and max over RUNS.
#
# usage: bench/min-cost-flow.sh [SHAPE...]   (default: all five)
#   3k      3,000 workers x 50 vacancies x 20 arcs/worker          (~66 k arcs)
#   10k     10,000 workers x 2,000 vacancies x 50 arcs/worker      (~0.5 M arcs)
#   30k     30,000 workers x 6,000 vacancies x 50 arcs/worker      (~1.5 M arcs)
#   100k    100,000 workers x 20,000 vacancies x 50 arcs/worker    (~5 M arcs)
#   skewed  100,000 workers x 20 vacancies x 10 arcs/worker, 1,000-4,000 openings each (~1.2 M arcs)
# forms (both encode the same instance, so all six costs of a shape agree):
#   source    one source feeding the workers, a source->sink bypass (what we write)
#   supplied  one supply node per worker, a worker->sink bypass each (what other tools write)
# environment:
#   MINNING_BIN   our binary (default .build/release/minning); it is called as
#                 `$MINNING_BIN match solve [--general] FILE` and must print `cost N` and
#                 `solve_seconds S` (solve time without parsing) on one line
#   SKIP_BUILD=1  do not run `swift build -c release`
#   BENCH_DATA    where instances are written (default .local/bench-data)
#   BENCH_VENV    Python venv with ortools (default .local/bench-venv; created if missing)
#   RUNS          runs per solver and instance (default 3)
#   FORMS         forms to run (default "source supplied")
#   GENERAL=0     skip timing our general cost-scaling path (`--general`) as well
set -euo pipefail

cd "$(dirname "$0")/.."
here="$(pwd)"
minning="${MINNING_BIN:-.build/release/minning}"
data="${BENCH_DATA:-.local/bench-data}"
venv="${BENCH_VENV:-.local/bench-venv}"
runs="${RUNS:-3}"
read -r -a forms <<<"${FORMS:-source supplied}"
general="${GENERAL:-1}"

declare -A shape_args=(
    [3k]="3000 50 20 1"
    [10k]="10000 2000 50 1"
    [30k]="30000 6000 50 1"
    [100k]="100000 20000 50 1"
    [skewed]="100000 20 10 1 --min-openings 1000 --max-openings 4000"
)
all_shapes=(3k 10k 30k 100k skewed)
shapes=("$@")
[[ ${#shapes[@]} -eq 0 ]] && shapes=("${all_shapes[@]}")
for shape in "${shapes[@]}"; do
    [[ -n "${shape_args[$shape]:-}" ]] || { echo "unknown shape '$shape' (${all_shapes[*]})" >&2; exit 2; }
done

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

# Prints "COST SECONDS" from a line holding `cost N ... solve_seconds S`.
field_pair() {
    awk '{ for (i = 1; i < NF; i++) { if ($i == "cost") c = $(i + 1); if ($i == "solve_seconds") s = $(i + 1) } }
         END { if (c == "" || s == "") exit 1; print c, s }'
}
run_ours() { "$minning" match solve "$1" | field_pair; }
run_general() { "$minning" match solve --general "$1" | field_pair; }
run_ortools() { "$venv/bin/python" "$here/bench/ortools-min-cost-flow.py" "$1" | field_pair; }
run_lemon() {
    # dimacs-solver reports its own phases; only "Run NetworkSimplex" is the solve.
    dimacs-solver "$1" 2>&1 | awk '
        /Min flow cost:/ { c = $NF }
        /^Run NetworkSimplex/ { for (i = 1; i <= NF; i++) if ($i == "real:") { s = $(i + 1); sub(/s$/, "", s) } }
        END { if (c == "" || s == "") exit 1; print c, s }'
}
# min, median and max of the numbers on stdin, as "MIN MEDIAN MAX".
summary() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f %.3f\n", v[1], m, v[NR] }'; }

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "runs per solver and instance: $runs; times are solve seconds (parsing excluded), min / median / max"
solvers=(ours ortools lemon)
[[ "$general" == 1 ]] && solvers+=(general)
status=0
for shape in "${shapes[@]}"; do
    shape_costs=()
    for form in "${forms[@]}"; do
        file="$data/transportation-$shape-$form.min"
        if [[ ! -s "$file" ]]; then
            # shellcheck disable=SC2086
            python3 bench/generate-transportation.py ${shape_args[$shape]} --form "$form" "$file"
        fi
        read -r _ nodes _ arcs _ < <(awk '/^p min/ { print "nodes", $3, "arcs", $4; exit }' "$file")
        echo
        echo "== $shape / $form: $nodes nodes, $arcs arcs ($(head -n 1 "$file" | cut -c 3-))"
        declare -A times=() costs=()
        for ((run = 0; run < runs; run++)); do
            for solver in "${solvers[@]}"; do
                read -r cost seconds <<<"$("run_$solver" "$file")"
                times[$solver]+="$seconds "
                costs[$solver]+="$cost "
            done
        done
        for solver in "${solvers[@]}"; do
            distinct="$(tr ' ' '\n' <<<"${costs[$solver]}" | sed '/^$/d' | sort -u | tr '\n' ' ')"
            printf '%-8s cost %-14s seconds %s\n' "$solver" "$distinct" "$(tr ' ' '\n' <<<"${times[$solver]}" | sed '/^$/d' | summary)"
            shape_costs+=("$distinct")
        done
        read -r -a ours_t <<<"${times[ours]}"
        read -r -a ortools_t <<<"${times[ortools]}"
        read -r -a lemon_t <<<"${times[lemon]}"
        ratios=""
        for ((run = 0; run < runs; run++)); do
            ratios+="$(awk -v a="${ours_t[$run]}" -v b="${ortools_t[$run]}" -v c="${lemon_t[$run]}" \
                'BEGIN { f = (b < c ? b : c); printf "%.4f\n", (f > 0 ? a / f : 0) }')"$'\n'
        done
        printf 'ours / fastest other:    %s\n' "$(sed '/^$/d' <<<"$ratios" | summary)"
        if [[ "$general" == 1 ]]; then
            read -r -a general_t <<<"${times[general]}"
            ratios=""
            for ((run = 0; run < runs; run++)); do
                ratios+="$(awk -v a="${general_t[$run]}" -v b="${ortools_t[$run]}" -v c="${lemon_t[$run]}" \
                    'BEGIN { f = (b < c ? b : c); printf "%.4f\n", (f > 0 ? a / f : 0) }')"$'\n'
            done
            printf 'general / fastest other: %s\n' "$(sed '/^$/d' <<<"$ratios" | summary)"
        fi
        unset times costs
    done
    if [[ "$(printf '%s\n' "${shape_costs[@]}" | sort -u | wc -l)" == 1 && "${shape_costs[0]}" != *" "?* ]]; then
        echo "$shape: optimal costs agree across solvers, runs and forms (${shape_costs[0]% })"
    else
        echo "$shape: OPTIMAL COSTS DIFFER: ${shape_costs[*]}"
        status=1
    fi
done
exit "$status"
