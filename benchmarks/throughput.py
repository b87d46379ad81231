"""HTTP benchmark: GraphQL against a plain Starlette JSON endpoint, on one real server.

Prints figures; it is not a test. Starts ``govkg``'s app under uvicorn in a subprocess (the
bundled seed, all the real middleware) with one extra plain endpoint that returns the very
bytes the GraphQL feeds query returns, then drives the endpoints with the same keep-alive
load (default: 16 connections), in interleaved rounds so that anything else the machine
does falls on all of them alike. It reports requests per second, latency percentiles and
the server's own CPU time per request (from /proc: less moved by other load)
against the issue's targets:

    feeds query >= 1/4 the throughput and <= 4x the p50 latency of the plain endpoint,
        both with the same text every time and with a new text per request (the feeds
        query under a new alias each time: new tokens, so parsed and validated afresh)
    { __typename } and the feeds query within 3x of each other

Each ratio is taken per round (the rounds interleave the endpoints) and printed as
min/median/max over the rounds.

It runs twice: with the GraphQL answer cache off (every request parsed-from-cache,
validated-from-cache and executed: GraphQL's real cost) and on (as ``govkg serve`` runs).

Run from the repository root:

    python benchmarks/throughput.py                      # 16 connections, 5 rounds of 1 s
    python benchmarks/throughput.py --connections 16 --rounds 10 --round-seconds 1
    python benchmarks/throughput.py --cache off          # only the answer cache off

The load generator is a small asyncio HTTP/1.1 client in this process (no extra
dependency); the server is a separate process, so both share the machine's cores.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FEEDS_QUERY = """query Feeds($platform: String!) {
  feeds(platform: $platform) {
    totalCount
    nodes { unit { name } via { name } cost { amount { amount currency } basis } }
  }
}"""
FEEDS_VARIABLES = {"platform": "一网统管"}
TYPENAME_QUERY = "{ __typename }"
NEW_TEXTS = itertools.count()
"""Never repeats within a run, so no text is ever found in the server's document cache."""


def new_feeds_text() -> str:
    """The feeds query under an alias no earlier request used: a new text and new tokens."""
    return FEEDS_QUERY.replace("feeds(", f"f{next(NEW_TEXTS)}: feeds(", 1)


# the server ---------------------------------------------------------------------------
def serve(port: int, cache: int) -> None:
    """The app of ``govkg serve`` plus ``/bench/plain``: the feeds answer as plain JSON."""
    import orjson
    import uvicorn
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    import govkg
    from govkg.app import create_app
    from govkg.http.settings import Settings

    kg = govkg.open()
    answer = kg.query(FEEDS_QUERY, FEEDS_VARIABLES)

    async def plain(request: Request) -> Response:
        return Response(orjson.dumps(answer), media_type="application/json")

    app = create_app(kg, Settings(graphql_cache=cache))
    app.router.routes.insert(0, Route("/bench/plain", plain))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


# the load generator -------------------------------------------------------------------
@dataclass(kw_only=True)
class Figures:
    name: str
    requests: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    body: bytes = b""
    rounds: list[tuple[float, float]] = field(default_factory=list)
    """(requests per second, p50 in ms) of each timed round."""
    server_cpu: list[float] = field(default_factory=list)
    """The server process's CPU time per request (µs) in each timed round: less moved by
    other work on the machine than throughput is."""

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _request(method: str, path: str, body: bytes = b"") -> bytes:
    lines = [
        f"{method} {path} HTTP/1.1",
        "Host: 127.0.0.1",
        "Accept: application/json",
        "Connection: keep-alive",
    ]
    if method == "POST":
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> bytes:
    writer.write(raw)
    head = await reader.readuntil(b"\r\n\r\n")
    status = head[9:12]
    if status != b"200":
        raise RuntimeError(f"HTTP {status.decode()}: {head.decode(errors='replace')}")
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    return await reader.readexactly(length)


Raw = Callable[[], bytes]
"""The next request's bytes: the same each time, or a new text each time."""


async def _round(port: int, raw: Raw, connections: int, seconds: float, into: Figures) -> None:
    """``connections`` clients send ``raw()`` back to back for ``seconds``; record each one."""
    stop = time.perf_counter() + seconds
    before = len(into.latencies)

    async def client() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            await _one(reader, writer, raw())  # connection set up before the clock matters
            while True:
                request = raw()  # made before the clock starts: the client's own cost
                if (began := time.perf_counter()) >= stop:
                    break
                into.body = await _one(reader, writer, request)
                into.latencies.append(time.perf_counter() - began)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(connections)))
    elapsed = time.perf_counter() - started
    into.seconds += elapsed
    into.requests = len(into.latencies)
    timed = sorted(into.latencies[before:])
    into.rounds.append((len(timed) / elapsed, timed[len(timed) // 2] * 1000))


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(port: int, scenarios: list[tuple[str, Raw]], args: argparse.Namespace, pid: int):
    figures = [Figures(name=name) for name, _ in scenarios]
    warm = [Figures(name=name) for name, _ in scenarios]
    for (_, raw), sink in zip(scenarios, warm, strict=True):
        asyncio.run(_round(port, raw, args.connections, args.warmup, sink))
    for _ in range(args.rounds):
        for (_, raw), sink in zip(scenarios, figures, strict=True):
            before, requests = _cpu_seconds(pid), len(sink.latencies)
            asyncio.run(_round(port, raw, args.connections, args.round_seconds, sink))
            done = len(sink.latencies) - requests
            sink.server_cpu.append(1e6 * (_cpu_seconds(pid) - before) / max(done, 1))
    return figures


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def _post(query: str) -> bytes:
    variables = FEEDS_VARIABLES if "$platform" in query else None
    body = json.dumps({"query": query, "variables": variables}).encode()
    return _request("POST", "/graphql", body)


def _same(raw: bytes) -> Raw:
    return lambda: raw


SCENARIOS: list[tuple[str, Raw]] = [
    ("plain Starlette JSON, same bytes (GET)", _same(_request("GET", "/bench/plain"))),
    ("GraphQL feeds, same text (POST)", _same(_post(FEEDS_QUERY))),
    ("GraphQL feeds, a new text each (POST)", lambda: _post(new_feeds_text())),
    ("GraphQL { __typename } (POST)", _same(_post(TYPENAME_QUERY))),
]


def run_server(cache: int, args: argparse.Namespace) -> list[Figures]:
    port = _free_port()
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, str(Path(__file__).resolve()), "--serve", str(port)]
    server = subprocess.Popen([*command, "--cache-size", str(cache)], env=env)
    try:
        _wait_for(port, server)
        time.sleep(1.0)  # let the server finish warming its indexes
        return measure(port, SCENARIOS, args, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--round-seconds", type=float, default=1.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument(
        "--cache",
        choices=("both", "off", "on"),
        default="both",
        help="run with the GraphQL answer cache off, on, or both (default)",
    )
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cache-size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.cache_size)
        return
    print(
        f"uvicorn (1 process), {args.connections} keep-alive connections, {args.rounds} "
        f"interleaved rounds of {args.round_seconds:g} s per endpoint, {os.cpu_count()} CPUs"
    )
    for cache, title in ((0, "GraphQL answer cache off"), (1024, "answer cache on (default)")):
        if args.cache in ("both", "on" if cache else "off"):
            report(title, run_server(cache, args))


def _spread(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


def _ratios(a: Figures, b: Figures) -> tuple[list[float], list[float]]:
    """a's throughput and p50 over b's, round by round."""
    pairs = list(zip(a.rounds, b.rounds, strict=True))
    return [x[0] / y[0] for x, y in pairs], [x[1] / y[1] for x, y in pairs]


def report(title: str, figures: list[Figures]) -> None:
    plain, feeds, fresh, typename = figures
    print(f"\n{title}")
    print(
        f"  {'endpoint':<40} {'req/s':>7} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'bytes':>6}"
        f" {'server µs/req':>14}"
    )
    for f in figures:
        print(
            f"  {f.name:<40} {f.throughput:>7.0f} {f.percentile(0.5):>7.2f} "
            f"{f.percentile(0.9):>7.2f} {f.percentile(0.99):>7.2f} {len(f.body):>6}"
            f" {statistics.median(f.server_cpu):>14.0f}"
        )
    assert feeds.body == plain.body, "the plain endpoint must return the GraphQL answer's bytes"
    [(alias, answer)] = json.loads(fresh.body)["data"].items()
    assert alias != "feeds", "each new text names the answer anew"
    assert answer == json.loads(plain.body)["data"]["feeds"], "the same answer under its alias"
    print("  ratios per round, min / median / max:")
    for name, other in (("feeds, same text", feeds), ("feeds, a new text each", fresh)):
        throughput, p50 = _ratios(other, plain)
        for text, ok in (
            (
                f"{name} / plain throughput = {_spread(throughput)} (target >= 0.25)",
                statistics.median(throughput) >= 0.25,
            ),
            (
                f"{name} / plain p50 latency = {_spread(p50)} (target <= 4)",
                statistics.median(p50) <= 4,
            ),
        ):
            print(f"  {'ok  ' if ok else 'MISS'} {text}")
    throughput, p50 = _ratios(fresh, feeds)
    print(
        f"       feeds, a new text each / same text: throughput = {_spread(throughput)}, "
        f"p50 = {_spread(p50)} (what a new text costs beyond the document cache)"
    )
    throughput, _ = _ratios(typename, feeds)
    spread = [max(r, 1 / r) for r in throughput]
    mark = "ok  " if statistics.median(spread) <= 3 else "MISS"
    print(f"  {mark} __typename vs feeds throughput = {_spread(spread)}x (target <= 3)")


if __name__ == "__main__":
    main()
