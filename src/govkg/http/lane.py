"""A few worker threads for CPU-bound request work, so the event loop keeps answering.

A GraphQL query within every limit may still take a third of a second (one that walks
neighbours until the object budget stops it); on the event loop that is a third of a second
in which ``/health`` and every other request wait. Work goes to at most ``size`` threads;
more would only share the same interpreter lock and lengthen the loop's own waits. A
request that cannot get a thread within ``wait`` seconds is told the server is busy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

__all__ = ["Busy", "Lane"]

T = TypeVar("T")


class Busy(Exception):
    """No worker became free in time; the request is answered 503 with ``Retry-After``."""

    def __init__(self, waited: float) -> None:
        super().__init__(
            f"the server is busy: this request waited {waited:g} s for a free worker "
            "and did not start; retry shortly"
        )


class Lane:
    """At most ``size`` calls at once in worker threads; others queue up to ``wait`` s."""

    def __init__(self, size: int, wait: float) -> None:
        self.size, self.wait = size, wait
        self._slots = anyio.Semaphore(size)

    async def run(self, work: Callable[[], T]) -> T:
        with anyio.move_on_after(self.wait) as waiting:
            await self._slots.acquire()
        if waiting.cancelled_caught:
            raise Busy(self.wait)
        try:
            return await anyio.to_thread.run_sync(work)
        finally:
            self._slots.release()
