"""The rows of each kind, filtered, sorted and faceted: what GraphQL's ``where``, ``orderBy``
and ``facets`` and the ``/browse`` pages share, so a page and a query give the same rows.

A row (``browserows.Row``) is what a table of its kind shows. Rows are made once per graph
version and table, and indexed once (``browseindex``): a filter is an intersection of
bitsets, facets count the rows the filter keeps (as Datasette does) by popcounts, and an
order is a presorted list walked until the page is full, so a new filter over a table of a
million-triple graph costs about what it costs over a small one.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from govkg.answers.browseindex import TableIndex
from govkg.answers.browserows import FACETS, ORDERS, Row, Where, make_rows
from govkg.answers.service import Service
from govkg.core.errors import QueryError
from govkg.core.lru import LockedLRU

__all__ = [
    "FACETS",
    "ORDERS",
    "TABLES",
    "Chosen",
    "Row",
    "Tables",
    "Where",
    "tables_of",
]

TABLES = {
    "units": "unit",
    "platforms": "platform",
    "projects": "project",
    "funding-lines": "funding-line",
    "money-figures": "money-figure",
    "indicators": "indicator",
    "events": "event",
    "feeds": "feed",
    "documents": "document",
}
"""Table name (as in ``/browse/{table}``) -> the kind of its rows."""

SELECTIONS = 128
"""Filters (their bitsets), row lists and facet counts kept per graph version, of each."""

_MADE = threading.Lock()


def tables_of(service: Service) -> Tables:
    """The tables of the service's graph version, made once and kept with it."""
    found = service.__dict__.get("_tables")
    if found is None:
        with _MADE:
            found = service.__dict__.get("_tables")
            if found is None:
                found = service.__dict__["_tables"] = Tables(service)
    return found


def _check_facets(names: tuple[str, ...]) -> None:
    unknown = [n for n in names if n not in FACETS]
    if unknown:
        raise QueryError(f"unknown facet {unknown[0]!r} (use one of {', '.join(FACETS)})")


def _check_order(order: str | None) -> None:
    if order is not None and order not in ORDERS:
        raise QueryError(f"unknown order {order!r} (use one of {', '.join(ORDERS)})")


class Chosen(Sequence[str]):
    """The ids a filter keeps, in the list's order, without listing them: its length is a
    popcount, a slice walks the presorted order until it is full, and ``index`` finds a
    cursor's offset. What a GraphQL connection pages (answers/paging.py) and its facets
    count; the whole list is made only if someone iterates it."""

    def __init__(
        self, index: TableIndex, table: str, where: Where | None, bits: int, order
    ) -> None:
        self._index, self.table, self.where, self.bits = index, table, where, bits
        self._order = order
        self._total = bits.bit_count()
        self._ids: list[str] | None = None

    def __len__(self) -> int:
        return self._total

    def _listed(self) -> list[str]:
        if self._ids is None:
            rows = self._index.rows
            self._ids = [rows[p].id for p in self._index.ordered(self.bits, self._order)]
        return self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._listed())

    def __getitem__(self, item):  # type: ignore[override]
        if self._ids is not None:
            return self._ids[item]
        if isinstance(item, slice):
            start, stop, step = item.indices(self._total)
            if step != 1:
                return self._listed()[item]
            rows = self._index.rows
            return [rows[p].id for p in self._index.window(self.bits, self._order, start, stop)]
        if not -self._total <= item < self._total:
            raise IndexError(item)
        return self[item % self._total : item % self._total + 1][0]

    def __contains__(self, item: object) -> bool:
        position = self._index.position.get(item) if isinstance(item, str) else None
        return position is not None and bool(self.bits >> position & 1)

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        if start or stop is not None or value not in self:
            return super().index(value, start, stop if stop is not None else self._total)
        return self._index.offset(self.bits, self._order, self._index.position[value])


class Tables:
    """The rows of every table of one graph version and their indexes, made when first
    asked for."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self._rows: dict[str, tuple[Row, ...]] = {}
        self._indexes: dict[str, TableIndex] = {}
        self._by_id: dict[str, dict[str, Row]] = {}
        self._bits: LockedLRU[int] = LockedLRU(SELECTIONS)
        self._selected: LockedLRU[tuple[Row, ...]] = LockedLRU(SELECTIONS)
        self._faceted: LockedLRU[dict] = LockedLRU(SELECTIONS)
        self._lock = threading.Lock()

    def rows(self, table: str) -> tuple[Row, ...]:
        """Every row of ``table``, in id order; QueryError for an unknown table."""
        if table not in TABLES:
            raise QueryError(f"unknown table {table!r} (use one of {', '.join(TABLES)})")
        found = self._rows.get(table)
        if found is None:
            with self._lock:
                found = self._rows.get(table)
                if found is None:
                    found = self._rows[table] = tuple(make_rows(self.service, TABLES[table]))
        return found

    def index(self, table: str) -> TableIndex:
        """The indexes of ``table``'s rows, built the first time a filter asks."""
        found = self._indexes.get(table)
        if found is None:
            rows = self.rows(table)
            with self._lock:
                found = self._indexes.get(table)
                if found is None:
                    found = self._indexes[table] = TableIndex(rows)
        return found

    def by_id(self, table: str) -> dict[str, Row]:
        """The rows of ``table`` by id."""
        found = self._by_id.get(table)
        if found is None:
            found = self._by_id[table] = {row.id: row for row in self.rows(table)}
        return found

    def _chosen(self, table: str, where: Where | None) -> tuple[TableIndex, Where | None, int]:
        index = self.index(table)
        where = where if where is not None and not where.empty else None
        bits = self._bits.get((table, where))
        if bits is None:
            bits = index.chosen(where)
            self._bits.put((table, where), bits)
        return index, where, bits

    def choose(
        self,
        table: str,
        where: Where | None = None,
        order: str | None = None,
        descending: bool = False,
    ) -> Chosen:
        """The ids ``where`` keeps in the order of ``order`` (see ``select``), unlisted."""
        _check_order(order)
        index, where, bits = self._chosen(table, where)
        return Chosen(index, table, where, bits, index.order(order, descending))

    def select(
        self,
        table: str,
        where: Where | None = None,
        order: str | None = None,
        descending: bool = False,
    ) -> list[Row]:
        """The rows ``where`` keeps, sorted by ``order`` (the table's order by default; rows
        without the value last either way, ties by id)."""
        _check_order(order)
        index, where, bits = self._chosen(table, where)
        key = (table, where, order, descending)
        found = self._selected.get(key)
        if found is None:
            rows = index.rows
            positions = index.ordered(bits, index.order(order, descending))
            found = tuple(rows[p] for p in positions)
            self._selected.put(key, found)
        return list(found)

    def facets_of(
        self, table: str, ids: Sequence[str], names: tuple[str, ...]
    ) -> dict[str, list[tuple[Any, int]]]:
        """``facets`` of the rows of ``ids``: by the indexes for a ``Chosen`` list (popcounts,
        kept per filter), else over the rows of a plain list (kept per list of ids)."""
        _check_facets(names)
        if isinstance(ids, Chosen) and ids.table == table:
            key = (table, ids.where, names)
            found = self._faceted.get(key)
            if found is None:
                index = self.index(table)
                run = index.run(ids.where)
                found = {name: index.counts(ids.bits, name, run) for name in names}
                self._faceted.put(key, found)
            return found
        key = (table, names, len(ids), hash(tuple(ids)))
        found = self._faceted.get(key)
        if found is None:
            by_id = self.by_id(table)
            found = self.facets([by_id[i] for i in ids if i in by_id], names)
            self._faceted.put(key, found)
        return found

    @staticmethod
    def facets(rows: list[Row], names: tuple[str, ...]) -> dict[str, list[tuple[Any, int]]]:
        """For each facet, its values among ``rows`` with how many rows have each, the most
        frequent first (ties by value); a row without a value is not counted."""
        _check_facets(names)
        found = {}
        for name in names:
            counts: Counter = Counter()
            for row in rows:
                value = row.value(name)
                if isinstance(value, tuple):
                    counts.update(value)
                elif value is not None:
                    counts[value] += 1
            found[name] = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
        return found
