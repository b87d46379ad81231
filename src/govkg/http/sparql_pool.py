"""Worker processes for SPARQL: each holds the graph; a query past its time is killed with them.

A Python thread cannot be stopped, so a query runs in a process of its own (see
``sparql_worker``). The server waits on the worker's pipe in a thread; at the deadline it kills
the worker, answers 503 and starts a fresh one, while the other workers keep answering.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from rdflib import Graph

from govkg.store import serialize

__all__ = ["Answer", "SparqlPool"]

log = logging.getLogger("govkg.sparql")

STARTUP_WAIT = 120.0  # seconds a query waits for the first worker to load the graph


@dataclass(frozen=True, kw_only=True)
class Answer:
    """What the endpoint sends: a body, or a refusal with its status and message."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False


def _refusal(status: int, message: str) -> Answer:
    return Answer(status=status, content_type="text/plain; charset=utf-8", body=message.encode())


@dataclass(kw_only=True, eq=False)
class _Worker:
    process: subprocess.Popen
    connection: Connection
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


def _start_worker() -> _Worker:
    """``python -m govkg.http.sparql_worker FD`` on one end of a socket pair."""
    ours, theirs = socket.socketpair()
    environment = dict(os.environ)
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
    return _Worker(process=process, connection=Connection(ours.detach()))


class SparqlPool:
    """``size`` worker processes, started on first use, each with a copy of ``graph``."""

    def __init__(self, graph: Graph, *, size: int, timeout: float, row_limit: int) -> None:
        self.graph, self.size, self.timeout, self.row_limit = graph, size, timeout, row_limit
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self._ready = threading.Event()
        self._data: tuple[bytes, dict[str, str]] | None = None
        self._to_spawn: queue.Queue[bool] = queue.Queue()
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
        for _ in range(self.size):
            self._to_spawn.put(True)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._workers = list(self._workers), set()
        self._to_spawn.put(False)
        for worker in workers:
            worker.kill()
        self._executor.shutdown(wait=False, cancel_futures=True)

    @property
    def alive(self) -> int:
        with self._lock:
            return sum(1 for w in self._workers if w.process.poll() is None)

    def _graph_data(self) -> tuple[bytes, dict[str, str]]:
        with self._lock:
            if self._data is None:
                ntriples = serialize(self.graph, "nt")  # Oxigraph's own writer when it can
                prefixes = {prefix: str(ns) for prefix, ns in self.graph.namespaces() if prefix}
                self._data = (ntriples, prefixes)
            return self._data

    def _spawner(self) -> None:
        """Start every worker from this one long-lived thread: the kernel kills a worker when
        the thread that started it ends (``PR_SET_PDEATHSIG``), which must be the server's end."""
        while self._to_spawn.get():
            try:
                worker = _start_worker()
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
            worker.connection.send(self._graph_data())
            ready = worker.connection.poll(STARTUP_WAIT) and worker.connection.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            if not self._closed:
                log.error("a SPARQL worker failed to load the graph (%s)", worker.process.poll())
            self._discard(worker)
            return
        self._ready.set()
        self._idle.put(worker)

    def _discard(self, worker: _Worker, replace: bool = False) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
            replace = replace and not self._closed
        if replace:
            self._to_spawn.put(True)

    # queries ----------------------------------------------------------------------------
    async def query(self, text: str, accept: str = "", fmt: str | None = None) -> Answer:
        """Run one query within the timeout; never raises for anything the client sent."""
        self.start()
        deadline = time.monotonic() + (self.timeout if self._ready.is_set() else STARTUP_WAIT)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._run, text, accept, fmt, deadline)

    def _run(self, text: str, accept: str, fmt: str | None, deadline: float) -> Answer:
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return _refusal(503, "all SPARQL workers are busy; try again shortly\n")
        started = time.monotonic()
        try:
            worker.connection.send((text, accept, fmt, self.row_limit))
            if not worker.connection.poll(self.timeout):
                log.warning("SPARQL query stopped after %.1f s", time.monotonic() - started)
                self._discard(worker, replace=True)
                return _refusal(
                    503, f"the query ran longer than {self.timeout:g} s and was stopped\n"
                )
            reply = worker.connection.recv()
        except (EOFError, OSError):
            log.error("a SPARQL worker died during a query")
            self._discard(worker, replace=True)
            return _refusal(503, "the query could not be completed (its worker stopped)\n")
        self._idle.put(worker)
        if reply[0] == "ok":
            _, content_type, body, truncated = reply
            return Answer(status=200, content_type=content_type, body=body, truncated=truncated)
        _, status, message = reply
        return _refusal(status, f"{message}\n")
