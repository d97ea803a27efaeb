#!/usr/bin/env python3
"""Writes a seeded random transportation instance as a DIMACS min-cost-flow file.

Two forms of the same instance (the same seed gives the same workers, pairs, benefits
and openings, so the same optimal cost):

  source    the one TransportationProblem.minCostFlowNetwork() writes: node 1 is the
            source (supply W), nodes 2..W+1 the workers, then the vacancies, then the
            sink (demand W). Arcs: source->worker (cap 1, cost 0), worker->vacancy
            (cap 1, cost -benefit), vacancy->sink (cap openings, cost 0) and a
            source->sink bypass (cap W, cost 0) that lets workers stay unassigned.
  supplied  one supply node per worker, the way other tools write it: nodes 1..W are
            the workers (supply 1 each), then the vacancies, then the sink (demand W).
            Arcs: worker->vacancy, vacancy->sink as above, and a worker->sink bypass
            (cap 1, cost 0) per worker.

The optimal cost is minus the maximum total benefit. A skewed instance is just few
vacancies with many openings each, e.g. `100000 20 10 1 --min-openings 1000 --max-openings 4000`.

usage: generate-transportation.py WORKERS VACANCIES ARCS_PER_WORKER SEED OUT.min
       [--form source|supplied] [--max-benefit 10000] [--min-openings 1] [--max-openings 10]
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
    parser.add_argument("--form", choices=("source", "supplied"), default="source")
    parser.add_argument("--max-benefit", type=int, default=10000)
    parser.add_argument("--min-openings", type=int, default=1)
    parser.add_argument("--max-openings", type=int, default=10)
    args = parser.parse_args()
    if args.arcs_per_worker > args.vacancies:
        print("arcs per worker cannot exceed the vacancy count", file=sys.stderr)
        return 2

    rng = random.Random(args.seed)
    workers, vacancies = args.workers, args.vacancies
    supplied = args.form == "supplied"
    # Node numbers: the source form puts its source first, shifting every other node by one.
    first_worker = 1 if supplied else 2
    first_vacancy = first_worker + workers
    sink = first_vacancy + vacancies
    arc_count = workers + workers * args.arcs_per_worker + vacancies + (0 if supplied else 1)
    with open(args.out, "w") as out:
        out.write(f"c transportation form={args.form} W={workers} V={vacancies} k={args.arcs_per_worker} "
                  f"seed={args.seed} openings={args.min_openings}..{args.max_openings}\n")
        out.write(f"p min {sink} {arc_count}\n")
        if supplied:
            out.write("".join(f"n {first_worker + w} 1\n" for w in range(workers)))
        else:
            out.write(f"n 1 {workers}\n")
        out.write(f"n {sink} {-workers}\n")
        if not supplied:
            out.write("".join(f"a 1 {first_worker + w} 0 1 0\n" for w in range(workers)))
        vacancy_range = range(vacancies)
        chunk = []
        for w in range(workers):
            tail = first_worker + w
            for v in rng.sample(vacancy_range, args.arcs_per_worker):
                chunk.append(f"a {tail} {first_vacancy + v} 0 1 {-rng.randint(0, args.max_benefit)}\n")
            if len(chunk) > 200000:
                out.write("".join(chunk))
                chunk.clear()
        out.write("".join(chunk))
        out.write("".join(
            f"a {first_vacancy + v} {sink} 0 {rng.randint(args.min_openings, args.max_openings)} 0\n"
            for v in range(vacancies)
        ))
        if supplied:
            out.write("".join(f"a {first_worker + w} {sink} 0 1 0\n" for w in range(workers)))
        else:
            out.write(f"a 1 {sink} 0 {workers} 0\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
