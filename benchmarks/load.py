"""Bounded load on a real server: 32 clients of cheap questions, then the same while
pathological SPARQL queries run (each stopped at the server's timeout) and while runaway
GraphQL runs (budget-bound walks, fragment fan-outs); /health is timed throughout.

    python benchmarks/load.py [--concurrency 32] [--seconds 10]

Starts ``govkg serve`` on the bundled seed on a free loopback port; prints p50/p99 and
status counts for both phases. Figures, not a test (tests/test_load.py is the short run).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time

import httpx

from govkg.measure.loadtest import CHEAP, NOT_SPARQL, run_load

SPARQL_ONLY = [request for request in CHEAP if request not in NOT_SPARQL]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, timeout: float) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "govkg.cli",
        "serve",
        "--port",
        str(port),
        "--sparql-timeout",
        str(timeout),
    ]
    server = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ)
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--sparql-timeout", type=float, default=2)
    args = parser.parse_args()
    port = free_port()
    server = start_server(port, args.sparql_timeout)
    try:
        url = f"http://127.0.0.1:{port}"
        calm = run_load(url, args.concurrency, args.seconds)
        quiet = run_load(url, args.concurrency, args.seconds, mix=NOT_SPARQL)
        stormy = run_load(url, args.concurrency, args.seconds, pathological=1, mix=NOT_SPARQL)
        sparql = run_load(url, 4, args.seconds, pathological=1, mix=SPARQL_ONLY)
        runaway = run_load(url, args.concurrency, args.seconds, mix=NOT_SPARQL, runaway_graphql=4)
        runaway_only = run_load(url, 0, args.seconds, runaway_graphql=16)
    finally:
        server.terminate()
        server.wait(10)
    print(
        f"| phase (up to {args.concurrency} clients, {args.seconds:.0f} s each) | requests | "
        "req/s | p50 ms | p99 ms | 5xx or failed | /health p99 ms | longest /health ms |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = (
        ("GraphQL, /id/, /health and small SPARQL", calm),
        ("GraphQL, /id/, /health", quiet),
        ("GraphQL, /id/, /health while a 4-way cartesian SPARQL count runs", stormy),
        ("4 clients of small SPARQL while the cartesian count runs", sparql),
        ("GraphQL, /id/, /health while 4 clients send runaway GraphQL", runaway),
        ("only /health while 16 clients send runaway GraphQL", runaway_only),
    )
    for name, result in rows:
        health = sorted(result.health)
        print(
            f"| {name} | {result.requests} | {result.requests / result.seconds:.0f} | "
            f"{result.percentile(0.5) * 1000:.1f} | {result.percentile(0.99) * 1000:.1f} | "
            f"{result.server_errors} | {health[int(0.99 * (len(health) - 1))] * 1000:.1f} | "
            f"{health[-1] * 1000:.1f} |"
        )
    print(f"\nstatuses by phase: {[r.statuses for _, r in rows]}")
    print(
        f"the cartesian count was answered: {stormy.slow_statuses}, {sparql.slow_statuses} "
        f"(503 = stopped at the {args.sparql_timeout:.0f} s timeout)"
    )
    for name, result in rows[-2:]:
        slowest = max(result.slow_latencies, default=0)
        print(
            f"runaway GraphQL ({name}): {result.slow_statuses}, slowest {slowest:.2f} s "
            "(503 = waited 5 s for the lane)"
        )


if __name__ == "__main__":
    main()
