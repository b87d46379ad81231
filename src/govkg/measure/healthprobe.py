"""``/health`` timed from a process of its own, while load runs elsewhere.

A probe that shares the load generator's interpreter measures the generator too: it waits
for that process's interpreter lock, its event loop and its garbage collector (a hypothesis
run in the same process showed 470 ms "stalls" the server never had). Here the probe is a
child process with one keep-alive connection, asking every ``interval`` seconds, and what
it reports is the server's answer time alone.
"""

from __future__ import annotations

import http.client
import multiprocessing
import time
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event

__all__ = ["HealthProbe"]


def _probe(host: str, port: int, interval: float, stop: Event, out: Connection) -> None:
    latencies: list[float] = []
    failures = 0
    connection = http.client.HTTPConnection(host, port, timeout=30)
    while not stop.is_set():
        start = time.perf_counter()
        try:
            connection.request("GET", "/health")
            connection.getresponse().read()
        except (OSError, http.client.HTTPException):
            failures += 1
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=30)
            continue
        latencies.append(time.perf_counter() - start)
        time.sleep(interval)
    connection.close()
    out.send((latencies, failures))


class HealthProbe:
    """``with HealthProbe(host, port) as probe: …``; then ``probe.latencies`` (seconds)
    and ``probe.failures``."""

    def __init__(self, host: str, port: int, interval: float = 0.01) -> None:
        self.host, self.port, self.interval = host, port, interval
        self.latencies: list[float] = []
        self.failures = 0

    def __enter__(self) -> HealthProbe:
        context = multiprocessing.get_context("spawn")  # no inherited threads or loops
        self._stop = context.Event()
        self._results, child_end = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_probe,
            args=(self.host, self.port, self.interval, self._stop, child_end),
            daemon=True,
        )
        self._process.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._results.poll(60):
            self.latencies, self.failures = self._results.recv()
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
