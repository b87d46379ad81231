"""Where a server's graph comes from, and how it is replaced without a moment half-built.

A source hands out the current KnowledgeGraph. ``reload`` builds a new one on the side and
swaps it in one step; if the new data is bad (a seed with problems, a file that does not
parse) it raises and the old graph stays, version and ETags unchanged. New data that lost
reports the served graph holds (a truncated file, a half-finished copy) is refused too,
unless the operator says the shrinking is meant (``allow_shrink``).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Protocol

from govkg.answers.kg import KnowledgeGraph, bundled_seed, open_graph
from govkg.core.errors import GovKGError

__all__ = ["LocalSource", "ShrinkError", "Source", "StoreSource"]

LOG = logging.getLogger("govkg.stores.sources")


class ShrinkError(GovKGError):
    """The new data holds fewer reports than the graph being served."""


class Source(Protocol):
    def current(self) -> KnowledgeGraph:
        """The graph to serve now (cheap; may pick up a change found in the background)."""

    def reload(self, allow_shrink: bool = False) -> KnowledgeGraph:
        """Build the graph again now; raise GovKGError and keep the old one if it fails."""


def _documents(kg: KnowledgeGraph) -> set[str]:
    return set(kg.catalog.ids_of_kind("document"))


def _check_no_loss(served: KnowledgeGraph, fresh: KnowledgeGraph) -> None:
    """Raise ShrinkError when ``fresh`` lacks documents that ``served`` has."""
    lost = sorted(_documents(served) - _documents(fresh))
    if lost:
        shown = ", ".join(lost[:5]) + (f" and {len(lost) - 5} more" if len(lost) > 5 else "")
        raise ShrinkError(
            f"the new data lacks {len(lost)} of the {len(_documents(served))} documents "
            f"served ({shown}); reload with allow-shrink if that is meant"
        )


class LocalSource:
    """A seed directory or RDF file on disk; with ``watch``, edits are picked up by polling."""

    def __init__(
        self,
        path: Path | None,
        base: str,
        *,
        watch: bool = False,
        every: float = 1.0,
        allow_shrink: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else bundled_seed()
        self.base, self.watch, self.every = base, watch, every
        self.allow_shrink = allow_shrink
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
                    self._swap(self.allow_shrink)
                except GovKGError as error:
                    self.last_error = str(error)
                    LOG.error(
                        "reload refused, still serving version %s:\n%s", self._kg.version, error
                    )
        return self._kg

    def reload(self, allow_shrink: bool = False) -> KnowledgeGraph:
        with self._lock:
            return self._swap(allow_shrink or self.allow_shrink)

    def _swap(self, allow_shrink: bool) -> KnowledgeGraph:
        fresh = open_graph(self.path, self.base)  # raises before anything changes
        if not allow_shrink:
            _check_no_loss(self._kg, fresh)
        self._kg, self.last_error = fresh, None
        LOG.info("now serving version %s", fresh.version)
        return fresh


class StoreSource:
    """A remote store's published versions (``govkg.stores.remote.RemoteSource``) as a Source."""

    def __init__(self, remote) -> None:
        self.remote = remote

    def current(self) -> KnowledgeGraph:
        return self.remote.current()

    def reload(self, allow_shrink: bool = False) -> KnowledgeGraph:
        """The store's latest published version: what was published is served (publishing
        is the deliberate act; ``allow_shrink`` has no say here)."""
        self.remote.reload(force=True)
        return self.remote.current()
