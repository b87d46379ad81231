"""A read-only mapping that loads each value on first access and keeps it.

The catalog's records by id: a graph of a million triples is never read whole, only the
records a question asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

__all__ = ["LazyMap"]

V = TypeVar("V")


class LazyMap(Mapping[str, V]):
    """Records by id, read from the graph on first access and then kept.

    Missing ids are not remembered, so hostile lookups cannot grow the cache.
    """

    def __init__(
        self,
        load: Callable[[str], V | None],
        ids: Callable[[], list[str]],
        bulk: Callable[[], dict[str, V]] | None = None,
    ) -> None:
        self._load, self._ids, self._cache = load, ids, {}
        self._bulk = bulk  # every record at once, for the first walk over all of them

    def values(self) -> list[V]:  # type: ignore[override]
        """Every record, in the order of the ids; the first walk reads them in bulk where
        ``bulk`` can (what it leaves out is read one at a time). An id whose record does
        not read (a line typed as a unit too, in a loaded file) is passed over, not raised."""
        if self._bulk is not None:
            bulk, self._bulk = self._bulk, None
            for key, value in bulk().items():
                self._cache.setdefault(key, value)
        return [found for key in self._ids() if (found := self.get(key)) is not None]

    def cached(self, key: str) -> V | None:
        """The record if it was read before, without reading the graph."""
        return self._cache.get(key)

    def __getitem__(self, key: str) -> V:
        found = self._cache.get(key)
        if found is None:
            found = self._load(key) if isinstance(key, str) else None
            if found is None:
                raise KeyError(key)
            self._cache[key] = found
        return found

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())

    def __len__(self) -> int:
        return len(self._ids())
