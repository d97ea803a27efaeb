#!/usr/bin/env python3
"""Solves a DIMACS min-cost-flow file with OR-Tools' SimpleMinCostFlow.

Prints `cost COST solve_seconds SECONDS`; only the Solve() call is timed, parsing and
network construction are not. Lower bounds are moved into the supplies, since
SimpleMinCostFlow has none.

usage: ortools-min-cost-flow.py FILE.min
"""
import sys
import time

import numpy as np
from ortools.graph.python import min_cost_flow


def main() -> int:
    with open(sys.argv[1]) as handle:
        text = handle.read()
    node_count = None
    supply_lines = []
    arc_lines = []
    for line in text.splitlines():
        kind = line[:1]
        if kind == "a":
            arc_lines.append(line[1:])
        elif kind == "n":
            supply_lines.append(line[1:])
        elif kind == "p":
            node_count = int(line.split()[2])
    if node_count is None:
        print("no problem line", file=sys.stderr)
        return 2
    arcs = np.array(" ".join(arc_lines).split(), dtype=np.int64).reshape(-1, 5)
    del arc_lines, text
    tails, heads = arcs[:, 0] - 1, arcs[:, 1] - 1
    lower, capacity, cost = arcs[:, 2], arcs[:, 3], arcs[:, 4]
    supplies = np.zeros(node_count, dtype=np.int64)
    for line in supply_lines:
        node, supply = line.split()
        supplies[int(node) - 1] += int(supply)
    constant = int(np.dot(lower, cost))
    np.subtract.at(supplies, tails, lower)
    np.add.at(supplies, heads, lower)

    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(tails, heads, capacity - lower, cost)
    solver.set_nodes_supplies(np.arange(node_count), supplies)
    start = time.perf_counter()
    status = solver.solve()
    elapsed = time.perf_counter() - start
    if status != solver.OPTIMAL:
        print(f"status {status} solve_seconds {elapsed:.3f}")
        return 1
    print(f"cost {solver.optimal_cost() + constant} solve_seconds {elapsed:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
