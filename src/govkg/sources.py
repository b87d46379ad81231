"""Where a server's graph comes from, and how it is replaced without a moment half-built.

A source hands out the current KnowledgeGraph. ``reload`` builds a new one on the side and
swaps it in one step; if the new data is bad (a seed with problems, a file that does not
parse) it raises and the old graph stays, version and ETags unchanged.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Protocol

from govkg.errors import GovKGError
from govkg.kg import KnowledgeGraph, bundled_seed, open_graph

__all__ = ["LocalSource", "Source", "StoreSource"]

LOG = logging.getLogger("govkg.sources")


class Source(Protocol):
    def current(self) -> KnowledgeGraph:
        """The graph to serve now (cheap; may pick up a change found in the background)."""

    def reload(self) -> KnowledgeGraph:
        """Build the graph again now; raise GovKGError and keep the old one if it fails."""


class LocalSource:
    """A seed directory or RDF file on disk; with ``watch``, edits are picked up by polling."""

    def __init__(
        self, path: Path | None, base: str, *, watch: bool = False, every: float = 1.0
    ) -> None:
        self.path = Path(path) if path is not None else bundled_seed()
        self.base, self.watch, self.every = base, watch, every
        self._lock = threading.Lock()
        self._kg = open_graph(self.path, base)
        self._signature = self._stat()
        self._checked = time.monotonic()
        self.last_error: str | None = None

    def _stat(self) -> tuple:
        files = (
            [self.path]
            if self.path.is_file()
            else sorted(p for p in self.path.rglob("*") if p.is_file())
        )
        return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)

    def current(self) -> KnowledgeGraph:
        if not self.watch or time.monotonic() - self._checked < self.every:
            return self._kg
        with self._lock:
            self._checked = time.monotonic()
            signature = self._stat()
            if signature != self._signature:
                self._signature = signature
                try:
                    self._swap()
                except GovKGError as error:
                    self.last_error = str(error)
                    LOG.error(
                        "reload refused, still serving version %s:\n%s", self._kg.version, error
                    )
        return self._kg

    def reload(self) -> KnowledgeGraph:
        with self._lock:
            return self._swap()

    def _swap(self) -> KnowledgeGraph:
        fresh = open_graph(self.path, self.base)  # raises before anything changes
        self._kg, self.last_error = fresh, None
        LOG.info("now serving version %s", fresh.version)
        return fresh


class StoreSource:
    """A remote store's published versions (``govkg.remote.RemoteSource``) as a Source."""

    def __init__(self, remote) -> None:
        self.remote = remote

    def current(self) -> KnowledgeGraph:
        return self.remote.current()

    def reload(self) -> KnowledgeGraph:
        self.remote.reload(force=True)
        return self.remote.current()
