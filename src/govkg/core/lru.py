"""A bounded least-recently-used map that threads may share: cachetools' LRUCache, locked.

cachetools bounds a cache by entries or by a size function, not by both, and leaves locking
to its caller; the server's caches want an entry cap, a byte budget and a largest value, and
are read from the threadpool, so this wraps it once for all of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from cachetools import LRUCache

__all__ = ["LockedLRU"]

V = TypeVar("V")


class LockedLRU(Generic[V]):
    """At most ``entries`` values and, when ``total`` is given, at most ``total`` by
    ``size`` together; a value larger than ``largest`` is not kept. Least recent out first."""

    def __init__(
        self,
        entries: int,
        total: int | None = None,
        largest: int | None = None,
        size: Callable[[V], int] = len,
    ) -> None:
        self.entries = max(entries, 0)
        self._largest = largest
        self._size = size
        if total is None:
            self._kept: LRUCache = LRUCache(maxsize=max(self.entries, 1))
        else:
            self._kept = LRUCache(maxsize=total, getsizeof=size)
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            return self._kept.get(key)

    def put(self, key: Hashable, value: V) -> None:
        if self.entries < 1 or (self._largest is not None and self._size(value) > self._largest):
            return
        with self._lock:
            try:
                self._kept[key] = value
            except ValueError:  # larger than the whole budget
                return
            while len(self._kept) > self.entries:
                self._kept.popitem()

    def __len__(self) -> int:
        return len(self._kept)
