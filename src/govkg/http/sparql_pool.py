"""Worker processes for SPARQL, sharing one on-disk copy of the graph; a query past its time
is killed with its worker.

A Python thread cannot be stopped, so a query runs in a process of its own (see
``sparql_worker``). The server waits on the worker's pipe in a thread; at the deadline it kills
the worker, answers 503 and starts a fresh one, while the other workers keep answering.

With two workers or more, one is a quick lane, kept for what is likely quick. The pool
remembers, per query text, whether it took at most ``QUICK`` CPU seconds: a quick text
prefers the quick lane; a text never seen may borrow it when every other worker is busy;
a slow one (slower, or stopped) never gets it. Whatever runs there is stopped after
``QUICK_LANE_TIMEOUT``. So a runaway stopped once stays out of the quick lane, and small
queries, known or new, keep being answered in milliseconds while it holds the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from rdflib import Graph

from govkg.http.sparql_store import SharedStore
from govkg.http.sparql_worker import MEMORY_MESSAGE

__all__ = ["QUICK", "QUICK_LANE_TIMEOUT", "Answer", "SparqlPool"]

log = logging.getLogger("govkg.sparql")

STARTUP_WAIT = 120.0  # seconds a query waits for the first worker to load the graph
QUICK = 0.25  # CPU seconds: a query text answered this cheaply prefers the quick lane next
QUICK_LANE_TIMEOUT = 1.0  # seconds a query may run in the quick lane (4 x QUICK)
REMEMBERED = 4096  # query texts whose speed is remembered, the least recently used forgotten


@dataclass(frozen=True, kw_only=True)
class Answer:
    """What the endpoint sends: a body, or a refusal with its status and message."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False
    retry_after: int | None = None  # seconds, with a 503


def _refusal(status: int, message: str, retry_after: int | None = None) -> Answer:
    return Answer(
        status=status,
        content_type="text/plain; charset=utf-8",
        body=f"{message}\n".encode(),
        retry_after=retry_after,
    )


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


@dataclass(kw_only=True, eq=False)
class _Worker:
    process: subprocess.Popen
    connection: Connection
    quick: bool = False  # the quick lane: never a query known to be slow
    busy_until: float = 0.0  # when the query it runs will be stopped at the latest
    _killed: threading.Lock = field(default_factory=threading.Lock)

    def kill(self) -> None:
        """Once only, whoever asks first: closing the pipe twice from two threads could close
        a descriptor the kernel has since handed to someone else."""
        if not self._killed.acquire(blocking=False):
            return
        with contextlib.suppress(OSError):  # already gone
            self.process.kill()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log.error("a SPARQL worker did not stop within 10 s of being killed")
        self.connection.close()


def _start_worker(quick: bool) -> _Worker:
    """``python -m govkg.http.sparql_worker FD`` on one end of a socket pair."""
    ours, theirs = socket.socketpair()
    # running out of memory is expected (a query's huge string) and answered; with
    # RUST_BACKTRACE set, each would write a 40-line trace to the server's log
    environment = dict(os.environ, RUST_BACKTRACE="0")
    here = str(Path(__file__).resolve().parents[2])  # the directory holding the package
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (here, environment.get("PYTHONPATH", "")) if p
    )
    with theirs:
        process = subprocess.Popen(
            [sys.executable, "-m", "govkg.http.sparql_worker", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=environment,
        )
    return _Worker(process=process, connection=Connection(ours.detach()), quick=quick)


class SparqlPool:
    """``size`` worker processes, started on first use, reading one on-disk copy of ``graph``."""

    def __init__(
        self,
        graph: Graph,
        *,
        size: int,
        timeout: float,
        row_limit: int,
        byte_limit: int = 8 * 1024 * 1024,
        memory: int = 0,
    ) -> None:
        self.graph, self.size, self.timeout = graph, size, timeout
        self.row_limit, self.byte_limit, self.memory = row_limit, byte_limit, memory
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self._ready = threading.Event()
        self._shared: SharedStore | None = None  # one on-disk copy for every worker
        self._shared_lock = threading.Lock()
        self._prefixes: dict[str, str] = {}
        self._to_spawn: queue.Queue[bool | None] = queue.Queue()  # quick lane?, None: stop
        # who is idle, who is busy until when, which texts are quick: one lock for all three
        self._free = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._speed: OrderedDict[bytes, bool] = OrderedDict()  # text -> answered quickly
        self._executor = ThreadPoolExecutor(
            max_workers=4 * size + 4, thread_name_prefix="govkg-sparql"
        )

    # lifecycle --------------------------------------------------------------------------
    def start(self) -> None:
        """Begin loading workers in the background; returns at once. Idempotent."""
        with self._lock:
            if self._started or self._closed:
                return
            self._started = True
        threading.Thread(target=self._spawner, name="govkg-sparql-spawner", daemon=True).start()
        for number in range(self.size):  # the quick lane last: the first to load serves all
            self._to_spawn.put(self.size > 1 and number == self.size - 1)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._workers = list(self._workers), set()
        self._to_spawn.put(None)
        with self._free:
            self._free.notify_all()
        for worker in workers:
            worker.kill()
        self._executor.shutdown(wait=False, cancel_futures=True)
        with self._shared_lock:
            shared, self._shared = self._shared, None
        if shared is not None:
            shared.remove()

    @property
    def ready(self) -> bool:
        """Whether a worker has opened the graph and can answer."""
        return self._ready.is_set()

    @property
    def alive(self) -> int:
        with self._lock:
            return sum(1 for w in self._workers if w.process.poll() is None)

    def _graph_data(self) -> tuple[str, dict[str, str]]:
        """The shared store's folder (written on first use) and the graph's prefixes."""
        with self._shared_lock:  # not self._lock: /health reads `alive` while this is written
            if self._closed:
                raise OSError("the pool is closed")
            if self._shared is None:
                self._shared = SharedStore(self.graph)
                self._prefixes = {
                    prefix: str(ns) for prefix, ns in self.graph.namespaces() if prefix
                }
            return str(self._shared.path), self._prefixes

    def _spawner(self) -> None:
        """Start every worker from this one long-lived thread: the kernel kills a worker when
        the thread that started it ends (``PR_SET_PDEATHSIG``), which must be the server's end."""
        while (quick := self._to_spawn.get()) is not None:
            try:
                worker = _start_worker(quick)
            except OSError as error:
                log.error("cannot start a SPARQL worker: %s", error)
                continue
            with self._lock:
                if self._closed:
                    worker.kill()
                    return
                self._workers.add(worker)
            threading.Thread(target=self._load, args=(worker,), daemon=True).start()

    def _load(self, worker: _Worker) -> None:
        try:
            worker.connection.send((*self._graph_data(), self.memory))
            ready = worker.connection.poll(STARTUP_WAIT) and worker.connection.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            if not self._closed:
                log.error("a SPARQL worker failed to load the graph (%s)", worker.process.poll())
            self._discard(worker)
            return
        self._ready.set()
        self._release(worker)

    def _discard(self, worker: _Worker, replace: bool = False) -> None:
        worker.kill()
        with self._free:
            self._busy.discard(worker)
        with self._lock:
            self._workers.discard(worker)
            replace = replace and not self._closed
        if replace:
            self._to_spawn.put(worker.quick)

    # lanes ------------------------------------------------------------------------------
    def _take(self, seen: bool | None, deadline: float) -> _Worker | None:
        """An idle worker this query may use, waiting until ``deadline`` for one (None if none
        came free): a quick text (``seen`` True) prefers the quick lane, a new one (None) a
        general worker, a slow one (False) may use only general workers."""
        with self._free:
            while True:
                usable = [w for w in self._idle if not (w.quick and seen is False)]
                if usable:
                    worker = max(usable, key=lambda w: w.quick == bool(seen))
                    self._idle.remove(worker)
                    self._busy.add(worker)
                    worker.busy_until = time.monotonic() + self._limit(worker)
                    return worker
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    return None
                self._free.wait(remaining)

    def _limit(self, worker: _Worker) -> float:
        """Seconds a query may run on ``worker``: less in the quick lane, to keep it quick."""
        return min(self.timeout, QUICK_LANE_TIMEOUT) if worker.quick else self.timeout

    def _release(self, worker: _Worker) -> None:
        with self._free:
            worker.busy_until = 0.0
            self._busy.discard(worker)
            self._idle.append(worker)
            self._free.notify_all()

    def _retry_after(self, seen: bool | None) -> int:
        """Whole seconds until a worker this query may use is free at the latest (at least 1)."""
        now = time.monotonic()
        with self._free:
            ends = [w.busy_until for w in self._busy if not (w.quick and seen is False)]
        return max(1, math.ceil(min(ends, default=now) - now))

    def seen(self, text: str) -> bool | None:
        """Whether ``text`` took at most ``QUICK`` CPU seconds last time; None if never seen."""
        with self._free:
            return self._speed.get(_key(text))

    def _remember(self, text: str, quick: bool) -> None:
        key = _key(text)
        with self._free:
            self._speed[key] = quick
            self._speed.move_to_end(key)
            if len(self._speed) > REMEMBERED:
                self._speed.popitem(last=False)

    # queries ----------------------------------------------------------------------------
    async def query(self, text: str, accept: str = "", fmt: str | None = None) -> Answer:
        """Run one query within the timeout; never raises for anything the client sent."""
        self.start()
        arrived = time.monotonic()
        wait = self.timeout if self._ready.is_set() else STARTUP_WAIT
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, self._run, text, accept, fmt, arrived, arrived + wait
        )

    def _run(
        self, text: str, accept: str, fmt: str | None, arrived: float, deadline: float
    ) -> Answer:
        seen = self.seen(text)
        worker = self._take(seen, deadline)
        if worker is None:
            return self._kept_waiting(time.monotonic() - arrived, seen)
        answer, cpu = self._ask(worker, text, accept, fmt)
        self._remember(text, quick=cpu <= QUICK)
        return answer

    def _kept_waiting(self, waited: float, seen: bool | None) -> Answer:
        retry = self._retry_after(seen)
        return _refusal(
            503,
            f"every SPARQL worker stayed busy: the query waited {waited:.1f} s for one and "
            f"did not start; retry in {retry} s",
            retry_after=retry,
        )

    def _ask(
        self, worker: _Worker, text: str, accept: str, fmt: str | None
    ) -> tuple[Answer, float]:
        """The answer, and the CPU seconds the query took (infinite if it was stopped)."""
        limit, started = self._limit(worker), time.monotonic()
        try:
            worker.connection.send((text, accept, fmt, self.row_limit, self.byte_limit))
            if not worker.connection.poll(limit):
                log.warning("SPARQL query stopped after %.1f s", time.monotonic() - started)
                self._discard(worker, replace=True)
                return self._stopped(worker, limit), math.inf
            reply = worker.connection.recv()
        except (EOFError, OSError):
            return self._lost(worker), math.inf
        if reply[0] == "memory":
            log.warning("a SPARQL query ran out of memory; its worker is replaced")
            self._discard(worker, replace=True)
            return _refusal(503, reply[1], retry_after=1), math.inf
        self._release(worker)
        *outcome, cpu = reply
        if outcome[0] == "ok":
            _, content_type, body, truncated = outcome
            return Answer(
                status=200, content_type=content_type, body=body, truncated=truncated
            ), cpu
        _, status, message = outcome
        return _refusal(status, message), cpu

    def _stopped(self, worker: _Worker, limit: float) -> Answer:
        message = f"the query ran longer than {limit:g} s and was stopped"
        if worker.quick and limit < self.timeout:
            message = (
                f"the query ran longer than {limit:g} s, the most it may run in the quick lane "
                "while the other workers are busy, and was stopped; sent again, it will wait "
                f"for another worker and may run {self.timeout:g} s"
            )
            return _refusal(503, message, retry_after=self._retry_after(False))
        return _refusal(503, message, retry_after=1)

    def _lost(self, worker: _Worker) -> Answer:
        """The worker died mid-query: Oxigraph aborts (SIGABRT) when an allocation fails past
        the memory limit, the kernel's OOM killer sends SIGKILL; anything else is a crash."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.process.wait(timeout=2)  # its own end, before kill() could make one up
        self._discard(worker, replace=True)
        if worker.process.returncode in (-signal.SIGABRT, -signal.SIGKILL):
            log.warning("a SPARQL query ran out of memory; its worker is replaced")
            message = (
                MEMORY_MESSAGE.format(self.memory)
                if self.memory
                else "the query ran out of memory and was stopped; ask for less"
            )
            return _refusal(503, message, retry_after=1)
        log.error("a SPARQL worker died during a query (%s)", worker.process.returncode)
        return _refusal(503, "the query could not be completed (its worker stopped)", retry_after=1)
