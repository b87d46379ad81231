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

    def __init__(self, load: Callable[[str], V | None], ids: Callable[[], list[str]]) -> None:
        self._load, self._ids, self._cache = load, ids, {}

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
