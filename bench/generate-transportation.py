#!/usr/bin/env python3
"""Writes a seeded random transportation instance as a DIMACS min-cost-flow file.

The encoding is the one TransportationProblem.minCostFlowNetwork() writes: node 1 is the
source (supply W), nodes 2..W+1 the workers, then the vacancies, then the sink (demand W).
Arcs: source->worker (cap 1, cost 0), worker->vacancy (cap 1, cost -benefit),
vacancy->sink (cap openings, cost 0) and a source->sink bypass (cap W, cost 0) that lets
workers stay unassigned. The optimal cost is minus the maximum total benefit.

usage: generate-transportation.py WORKERS VACANCIES ARCS_PER_WORKER SEED OUT.min
       [--max-benefit 10000] [--max-openings 10]
"""
import argparse
import random
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workers", type=int)
    parser.add_argument("vacancies", type=int)
    parser.add_argument("arcs_per_worker", type=int)
    parser.add_argument("seed", type=int)
    parser.add_argument("out")
    parser.add_argument("--max-benefit", type=int, default=10000)
    parser.add_argument("--max-openings", type=int, default=10)
    args = parser.parse_args()
    if args.arcs_per_worker > args.vacancies:
        print("arcs per worker cannot exceed the vacancy count", file=sys.stderr)
        return 2

    rng = random.Random(args.seed)
    workers, vacancies = args.workers, args.vacancies
    source, sink = 1, workers + vacancies + 2
    arc_count = workers + workers * args.arcs_per_worker + vacancies + 1
    with open(args.out, "w") as out:
        out.write(f"c transportation W={workers} V={vacancies} k={args.arcs_per_worker} seed={args.seed}\n")
        out.write(f"p min {sink} {arc_count}\n")
        out.write(f"n {source} {workers}\n")
        out.write(f"n {sink} {-workers}\n")
        out.write("".join(f"a {source} {2 + w} 0 1 0\n" for w in range(workers)))
        vacancy_range = range(vacancies)
        chunk = []
        for w in range(workers):
            tail = 2 + w
            for v in rng.sample(vacancy_range, args.arcs_per_worker):
                chunk.append(f"a {tail} {workers + 2 + v} 0 1 {-rng.randint(0, args.max_benefit)}\n")
            if len(chunk) > 200000:
                out.write("".join(chunk))
                chunk.clear()
        out.write("".join(chunk))
        out.write("".join(
            f"a {workers + 2 + v} {sink} 0 {rng.randint(1, args.max_openings)} 0\n" for v in range(vacancies)
        ))
        out.write(f"a {source} {sink} 0 {workers} 0\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
