#!/usr/bin/env python3
"""Client side of bench/recommendations.sh: requests each id once (after a warm-up), sequentially,
over one keep-alive connection, and prints p50/p95/p99 latency and p95 against the target.

usage: recommendations-client.py PORT KEY PATH_TEMPLATE LIMIT IDS_FILE [--warmup N] [--target-ms 50] [--label TEXT]
The first N ids of IDS_FILE warm up and are not measured. PATH_TEMPLATE holds {id}, e.g. /v1/workers/{id}/recommendations.
"""
import argparse
import http.client
import json
import statistics
import time


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * p // 100))  # ceil(n * p / 100)
    return sorted_values[int(rank) - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("key")
    parser.add_argument("path_template")
    parser.add_argument("limit", type=int)
    parser.add_argument("ids_file")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--target-ms", type=float, default=50.0)
    parser.add_argument("--label", default="")
    args = parser.parse_args()

    ids = [line.strip() for line in open(args.ids_file) if line.strip()]
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)
    errors = []
    headers = {"Authorization": f"Bearer {args.key}", "Accept": "application/json"}

    def request(id_):
        path = args.path_template.format(id=id_) + f"?limit={args.limit}"
        started = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            errors.append(f"HTTP {response.status} after {elapsed:.0f} ms: {body[:160]!r}")
            return elapsed, 0
        return elapsed, len(json.loads(body)["items"])

    # The first --warmup ids only warm the server (connections, caches) and are not measured.
    for id_ in ids[: args.warmup]:
        request(id_)
    errors.clear()
    latencies, returned = [], []
    for id_ in ids[args.warmup :]:
        elapsed, count = request(id_)
        latencies.append(elapsed)
        returned.append(count)
    latencies.sort()
    p50, p95, p99 = (percentile(latencies, p) for p in (50, 95, 99))
    print(
        f"{args.label:<14} n={len(latencies)}  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  "
        f"max {latencies[-1]:7.1f} ms  mean {statistics.fmean(latencies):7.1f} ms  "
        f"p95/{args.target_ms:g} ms = {p95 / args.target_ms:.2f}  "
        f"items returned: mean {statistics.fmean(returned):.1f}, empty {sum(1 for c in returned if c == 0)}, errors {len(errors)}"
    )
    for error in errors[:3]:
        print(f"  error: {error}")


if __name__ == "__main__":
    main()
