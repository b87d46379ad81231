"""A few worker threads for CPU-bound request work, so the event loop keeps answering.

A GraphQL query within every limit may still take a third of a second (one that walks
neighbours until the object budget stops it); on the event loop that is a third of a second
in which ``/health`` and every other request wait. Work goes to at most ``size`` threads;
more would only share the same interpreter lock and lengthen the loop's own waits. A
request that cannot get a thread within ``wait`` seconds is told the server is busy.

A job also rests while other requests are in flight: after each ``WORK`` seconds it sleeps
``REST``, letting go of the interpreter lock, so the event loop's answers (``/health``
first) are not held behind it. Measured with 32 clients of cheap questions and 4 sending
budget-long walks (two servers in turns, 3 rounds of 6 s each): 376 -> 537 answers a second,
``/health`` p99 108 -> 68 ms, longest (median of rounds) 242 -> 123 ms; with 16 clients of
walks alone, the longest ``/health`` 59 -> 26 ms; the walks, 25 -> 19 answered a round.
Alone on the server a job never rests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

__all__ = ["Busy", "Lane", "Traffic"]

T = TypeVar("T")


class Busy(Exception):
    """No worker became free in time; the request is answered 503 with ``Retry-After``."""

    def __init__(self, waited: float) -> None:
        super().__init__(
            f"the server is busy: this request waited {waited:g} s for a free worker "
            "and did not start; retry shortly"
        )


WORK = 0.002
REST = 0.002


class Traffic:
    """Requests in flight, counted by the outermost middleware (on the event loop; a lane
    thread only reads it, so a stale count costs one rest more or less)."""

    def __init__(self) -> None:
        self.in_flight = 0


class Lane:
    """At most ``size`` calls at once in worker threads; others queue up to ``wait`` s."""

    def __init__(self, size: int, wait: float, traffic: Traffic | None = None) -> None:
        self.size, self.wait = size, wait
        self.traffic = traffic or Traffic()
        self.running = 0
        self._slots = anyio.Semaphore(size)

    def pace(self) -> Callable[[], None]:
        """What a job calls as it goes (``Budget.pace``): it rests while others wait."""
        since = time.perf_counter()

        def rest_when_crowded() -> None:
            nonlocal since
            now = time.perf_counter()
            if now - since < WORK:
                return
            if self.traffic.in_flight > self.running:
                time.sleep(REST)
                now = time.perf_counter()
            since = now

        return rest_when_crowded

    async def run(self, work: Callable[[], T]) -> T:
        with anyio.move_on_after(self.wait) as waiting:
            await self._slots.acquire()
        if waiting.cancelled_caught:
            raise Busy(self.wait)
        self.running += 1
        try:
            return await anyio.to_thread.run_sync(work)
        finally:
            self.running -= 1
            self._slots.release()

