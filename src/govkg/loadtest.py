"""A bounded load test against a running govkg server: many clients, a mix of cheap
questions, optionally with pathological SPARQL running alongside. Used by
``benchmarks/load.py`` and by the test suite; figures, not assertions."""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from urllib.parse import quote

import httpx

__all__ = ["CARTESIAN", "CHEAP", "NOT_SPARQL", "Result", "run_load"]

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


@dataclass
class Result:
    """Latencies (seconds) and statuses of one run."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    failures: int = 0  # connection errors, timeouts
    slow_statuses: dict[int, int] = field(default_factory=dict)
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
            f"p50 {statistics.median(self.latencies) * 1000:.1f} ms, "
            f"p99 {self.percentile(0.99) * 1000:.1f} ms, statuses {self.statuses}, "
            f"connection failures {self.failures}"
        )


async def _client_loop(client, until: float, result: Result, offset: int, mix: list) -> None:
    index = offset
    while time.monotonic() < until:
        method, path, body = mix[index % len(mix)]
        index += 1
        start = time.perf_counter()
        try:
            response = await client.request(method, path, json=body)
        except httpx.HTTPError:
            result.failures += 1
            continue
        result.latencies.append(time.perf_counter() - start)
        result.statuses[response.status_code] = result.statuses.get(response.status_code, 0) + 1


async def _pathological_loop(client: httpx.AsyncClient, until: float, result: Result):
    while time.monotonic() < until:
        try:
            response = await client.get("/sparql", params={"query": CARTESIAN}, timeout=60)
        except httpx.HTTPError:
            result.failures += 1
            continue
        code = response.status_code
        result.slow_statuses[code] = result.slow_statuses.get(code, 0) + 1


async def _run(
    base_url: str, concurrency: int, seconds: float, pathological: int, mix: list
) -> Result:
    result = Result()
    limits = httpx.Limits(max_connections=concurrency + pathological + 4)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
        until = time.monotonic() + seconds
        start = time.monotonic()
        tasks = [_client_loop(client, until, result, i, mix) for i in range(concurrency)]
        tasks += [_pathological_loop(client, until, result) for _ in range(pathological)]
        await asyncio.gather(*tasks)
        result.seconds = time.monotonic() - start
    return result


def run_load(
    base_url: str,
    concurrency: int = 32,
    seconds: float = 5.0,
    pathological: int = 0,
    mix: list | None = None,
) -> Result:
    """Drive ``base_url`` with ``concurrency`` clients asking ``mix`` (default: CHEAP) for
    ``seconds``; with ``pathological`` > 0, that many clients keep sending a 4-way
    cartesian SPARQL count, which only the server's timeout stops."""
    return asyncio.run(_run(base_url, concurrency, seconds, pathological, mix or CHEAP))
