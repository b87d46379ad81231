"""A bounded load test against a running govkg server: many keep-alive clients asking a mix
of cheap questions, optionally with pathological SPARQL or runaway GraphQL running
alongside, and a probe timing ``/health`` throughout from a process of its own. Used by
``benchmarks/load.py`` and by the test suite; figures, not assertions.

The clients are a minimal asyncio HTTP/1.1 client (keep-alive, Content-Length bodies), so
the machine's cores go to the server rather than to a client library.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from govkg.measure.healthprobe import HealthProbe

__all__ = [
    "CARTESIAN",
    "CHEAP",
    "NOT_SPARQL",
    "RUNAWAY_GRAPHQL",
    "Result",
    "fragment_fan_out",
    "run_load",
]

FEEDS = '{ feeds(platform: "一网统管") { nodes { unit { name } cost { amount { amount } } } } }'
CHEAP = [
    ("POST", "/graphql", {"query": FEEDS}),
    ("POST", "/graphql", {"query": '{ unit(name: "市大数据中心") { name subunits { name } } }'}),
    ("GET", "/id/platform/yiwangtongguan", None),
    ("GET", "/health", None),
    (
        "GET",
        "/sparql?query="
        + quote("SELECT ?s WHERE { ?s a <https://govkg.org/ontology#Unit> } LIMIT 5"),
        None,
    ),
]
NOT_SPARQL = [request for request in CHEAP if not request[1].startswith("/sparql")]
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"

def fragment_fan_out(n: int) -> str:
    """``F0 { ...F1 ...F1 }`` … ``Fn { __typename }``: 2**n fields in a text of ~40n bytes."""
    spreads = " ".join(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(n))
    return f"{{ ...F0 }} {spreads} fragment F{n} on Query {{ __typename }}"


NEIGHBOURS = '{ node(id: "unit/yiyang-bdc") { neighbours { neighbours { neighbours { neighbours '
RUNAWAY_GRAPHQL = [
    NEIGHBOURS + "{ id } } } } } }",  # walks until the object budget stops it (~0.35 s)
    fragment_fan_out(28),
    fragment_fan_out(40),
]
"""Queries within the token limit that cost the most; each request sends a new text."""

LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


@dataclass
class Result:
    """Latencies (seconds) and statuses of one run."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    failures: int = 0  # connection errors, timeouts
    slow_statuses: dict[int, int] = field(default_factory=dict)
    slow_latencies: list[float] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    """Latencies of ``/health``, asked every 10 ms by a probe in a process of its own."""
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def server_errors(self) -> int:
        return sum(n for code, n in self.statuses.items() if code >= 500) + self.failures

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def summary(self) -> str:
        return (
            f"{self.requests} requests in {self.seconds:.1f} s "
            f"({self.requests / max(self.seconds, 1e-9):.0f} req/s), "
            f"p50 {self.percentile(0.5) * 1000:.1f} ms, "
            f"p99 {self.percentile(0.99) * 1000:.1f} ms, statuses {self.statuses}, "
            f"connection failures {self.failures}, "
            f"longest /health {max(self.health, default=0) * 1000:.1f} ms"
        )


def _raw(method: str, path: str, body: dict | None, host: str) -> bytes:
    payload = json.dumps(body).encode() if body is not None else b""
    head = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
    return (head + "\r\n").encode() + payload


class _Connection:
    """One keep-alive connection; reopened after an error."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def fetch(self, raw: bytes, timeout: float) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        try:
            self.writer.write(raw)
            await self.writer.drain()
            head = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), timeout)
            found = LENGTH.search(head)
            if found:
                await self.reader.readexactly(int(found.group(1)))
            return int(head.split(b" ", 2)[1])
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            self.close()
            raise

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _client_loop(host, port, until, result: Result, offset: int, mix: list) -> None:
    connection, index = _Connection(host, port), offset
    requests = [_raw(method, path, body, f"{host}:{port}") for method, path, body in mix]
    while time.monotonic() < until:
        raw = requests[index % len(requests)]
        index += 1
        start = time.perf_counter()
        try:
            status = await connection.fetch(raw, timeout=30)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            result.failures += 1
            continue
        result.latencies.append(time.perf_counter() - start)
        result.statuses[status] = result.statuses.get(status, 0) + 1
    connection.close()


async def _pathological_loop(host, port, until, result: Result) -> None:
    connection = _Connection(host, port)
    raw = _raw("GET", "/sparql?query=" + quote(CARTESIAN), None, f"{host}:{port}")
    while time.monotonic() < until:
        try:
            status = await connection.fetch(raw, timeout=120)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            result.failures += 1
            continue
        result.slow_statuses[status] = result.slow_statuses.get(status, 0) + 1
    connection.close()


async def _runaway_graphql_loop(host, port, until, result: Result, offset: int) -> None:
    """Runaway GraphQL, each text new (a comment numbers it) so no cache answers it."""
    connection, index = _Connection(host, port), offset
    while time.monotonic() < until:
        query = f"# {index}\n" + RUNAWAY_GRAPHQL[index % len(RUNAWAY_GRAPHQL)]
        index += 1
        raw = _raw("POST", "/graphql", {"query": query}, f"{host}:{port}")
        start = time.perf_counter()
        try:
            status = await connection.fetch(raw, timeout=120)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            result.failures += 1
            continue
        result.slow_latencies.append(time.perf_counter() - start)
        result.slow_statuses[status] = result.slow_statuses.get(status, 0) + 1
    connection.close()


async def _run(
    base_url: str,
    concurrency: int,
    seconds: float,
    pathological: int,
    mix: list,
    runaway_graphql: int = 0,
) -> Result:
    parts = urlsplit(base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    result = Result()
    until = time.monotonic() + seconds
    start = time.monotonic()
    tasks = [_client_loop(host, port, until, result, i, mix) for i in range(concurrency)]
    tasks += [_pathological_loop(host, port, until, result) for _ in range(pathological)]
    tasks += [
        _runaway_graphql_loop(host, port, until, result, i) for i in range(runaway_graphql)
    ]
    await asyncio.gather(*tasks)
    result.seconds = time.monotonic() - start
    return result


def run_load(
    base_url: str,
    concurrency: int = 32,
    seconds: float = 5.0,
    pathological: int = 0,
    mix: list | None = None,
    runaway_graphql: int = 0,
) -> Result:
    """Drive ``base_url`` with ``concurrency`` clients asking ``mix`` (default: CHEAP) for
    ``seconds``; with ``pathological`` > 0, that many clients keep sending a 4-way
    cartesian SPARQL count, which only the server's timeout stops; with
    ``runaway_graphql`` > 0, that many clients keep sending ``RUNAWAY_GRAPHQL``."""
    parts = urlsplit(base_url)
    with HealthProbe(parts.hostname or "127.0.0.1", parts.port or 80) as probe:
        result = asyncio.run(
            _run(base_url, concurrency, seconds, pathological, mix or CHEAP, runaway_graphql)
        )
    result.health = probe.latencies
    result.failures += probe.failures
    return result
