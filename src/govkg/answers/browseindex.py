"""The indexes of one table's rows, built once per graph version, so that a question costs
what its page and its facet values cost, not what the table holds: a filter is an
intersection of bitsets (``bitsets``), a facet count a popcount, an amount range a run of
positions found by bisection, and an order a walk of a presorted list of positions that
stops once the page is full.

Rows are numbered by amount (rows without one last), so ``amount_min``/``amount_max`` keep
a run of positions; every order, the table's own included, is a permutation of those numbers
made the first time it is asked for. The answers are those of the plain scan in
``browserows`` (``Where.keeps``, a stable sort with ties by id): tests compare the two.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from typing import Any

from govkg.answers.bitsets import as_bytes, bits_of, count_in, intersect, positions_of, span
from govkg.answers.browserows import EQUALS, FACETS, Row, Where
from govkg.answers.names import normalise

__all__ = ["TableIndex"]

SEPARATOR = "\x00"
"""Between two rows' folded names in the text ``name contains`` searches: a needle without
it cannot match across rows."""
POSTINGS_BUDGET = 32 * 2**20
"""Bytes of bitsets one facet field may hold; past it a rare value keeps a tuple of positions
(counted one by one) instead of a bitset of the whole table."""
WALK = 4
"""A walk of a presorted order is chosen while it tests at most this many positions per row
kept (plus one per byte of the set): past that, the kept rows are listed and sorted."""


class TableIndex:
    """Bitsets, sorted amounts, orders and a search text over one table's rows."""

    def __init__(self, rows: tuple[Row, ...]) -> None:
        size = len(rows)
        numbered = sorted(
            range(size),
            key=lambda i: (rows[i].amount is None, rows[i].amount or 0, i),
        )
        self.size = size
        self.rows = tuple(rows[i] for i in numbered)  # by position
        self.table_order = [0] * size  # the table's own order, as positions
        for position, at in enumerate(numbered):
            self.table_order[at] = position
        self.position = {row.id: p for p, row in enumerate(self.rows)}
        self.every = (1 << size) - 1
        self.amounts = [row.amount for row in self.rows if row.amount is not None]
        self.lists = {field: self._lists(field) for field in FACETS}
        self.postings = {field: self._postings(field) for field in FACETS}
        self.text = SEPARATOR.join(row.folded for row in self.rows)
        self.starts, at = [], 0
        for row in self.rows:
            self.starts.append(at)
            at += len(row.folded) + 1
        self.plain_text = not any(SEPARATOR in row.folded for row in self.rows)
        self._orders: dict[tuple[str | None, bool], tuple[list[int], list[int]]] = {}
        self._lock = threading.Lock()

    def _lists(self, field: str) -> dict[Any, tuple[int, ...]]:
        """Each value of ``field`` with its positions, ascending."""
        lists: dict[Any, list[int]] = defaultdict(list)
        for position, row in enumerate(self.rows):
            value = row.value(field)
            if isinstance(value, tuple):
                for one in value:
                    lists[one].append(position)
            elif value is not None:
                lists[value].append(position)
        return {value: tuple(found) for value, found in lists.items()}

    def _postings(self, field: str) -> dict[Any, int | tuple[int, ...]]:
        """Each value's positions as a bitset (a tuple for a rare value past the budget)."""
        lists = self.lists[field]
        all_bits = len(lists) * (self.size // 8 + 1) <= POSTINGS_BUDGET
        return {
            value: bits_of(found, self.size) if all_bits or len(found) * 64 >= self.size else found
            for value, found in lists.items()
        }

    # filters -----------------------------------------------------------------------------
    def chosen(self, where: Where | None) -> int:
        """The positions of the rows ``where`` keeps."""
        bits = self.every
        if where is None:
            return bits
        for field in (*EQUALS, "document"):
            wanted = getattr(where, field)
            if wanted is not None:
                entry = self.postings[field].get(wanted)
                if entry is None:
                    return 0
                bits = intersect(bits, entry, self.size)
        if where.amount_min is not None or where.amount_max is not None:
            bits &= span(*self._run(where))
        if where.name is not None and bits:
            bits &= self.named(normalise(where.name), bits)
        return bits

    def _run(self, where: Where) -> tuple[int, int]:
        """The positions ``start <= p < stop`` whose amount is within the filter's bounds."""
        low = 0 if where.amount_min is None else bisect_left(self.amounts, where.amount_min)
        high = (
            len(self.amounts)
            if where.amount_max is None
            else bisect_right(self.amounts, where.amount_max)
        )
        return low, max(low, high)

    def run(self, where: Where | None) -> tuple[int, int] | None:
        """The run of positions a filter keeps when it is one (no filter, or amount bounds
        only), else None."""
        if where is None:
            return 0, self.size
        if any(getattr(where, f) is not None for f in (*EQUALS, "document", "name")):
            return None
        return self._run(where)

    def named(self, needle: str, within: int) -> int:
        """The positions whose folded names contain ``needle``: the kept rows one by one when
        few, else one search of the joined text (at C speed) mapped back to rows."""
        if not needle:
            return within
        size = self.size
        if within.bit_count() * 64 < size or not self.plain_text or SEPARATOR in needle:
            rows = self.rows
            return bits_of(
                (p for p in positions_of(within, size) if needle in rows[p].folded), size
            )
        text, starts, found = self.text, self.starts, []
        at = text.find(needle)
        while at >= 0:
            position = bisect_right(starts, at) - 1
            found.append(position)
            if position + 1 >= size:
                break
            at = text.find(needle, starts[position + 1])
        return bits_of(found, size)

    # orders ------------------------------------------------------------------------------
    def order(self, field: str | None, descending: bool) -> tuple[list[int], list[int]]:
        """The positions in the order of ``field`` (the table's order for None), rows without
        the value last in the table's order, ties by id; and each position's rank in it."""
        key = (field, descending and field is not None)
        found = self._orders.get(key)
        if found is None:
            with self._lock:
                found = self._orders.get(key)
                if found is None:
                    found = self._orders[key] = self._make_order(field, descending)
        return found

    def _make_order(self, field: str | None, descending: bool) -> tuple[list[int], list[int]]:
        rows = self.rows
        if field is None:
            ordered = list(self.table_order)
        else:
            present = [p for p in self.table_order if getattr(rows[p], field) is not None]
            absent = [p for p in self.table_order if getattr(rows[p], field) is None]
            present.sort(key=lambda p: rows[p].id)
            present.sort(key=lambda p: getattr(rows[p], field), reverse=descending)
            ordered = present + absent
        rank = [0] * self.size
        for at, position in enumerate(ordered):
            rank[position] = at
        return ordered, rank

    def _walks(self, total: int, reach: int) -> bool:
        """Whether walking ``reach`` positions of an order beats listing and sorting."""
        return reach <= WALK * total + self.size // 8

    def ordered(self, bits: int, order: tuple[list[int], list[int]]) -> list[int]:
        """Every kept position, in the order."""
        ordered, rank = order
        total = bits.bit_count()
        if self._walks(total, self.size):
            raw = as_bytes(bits, self.size)
            return [p for p in ordered if raw[p >> 3] >> (p & 7) & 1]
        return sorted(positions_of(bits, self.size), key=rank.__getitem__)

    def window(
        self, bits: int, order: tuple[list[int], list[int]], start: int, stop: int
    ) -> list[int]:
        """The kept positions at offsets ``start <= i < stop`` of the order: a walk that
        stops at ``stop`` when the kept rows are dense enough, else a sort of them."""
        total = bits.bit_count()
        stop = min(stop, total)
        if start >= stop:
            return []
        if not self._walks(total, stop * self.size // total):
            return self.ordered(bits, order)[start:stop]
        raw, found, seen = as_bytes(bits, self.size), [], 0
        for p in order[0]:
            if raw[p >> 3] >> (p & 7) & 1:
                if seen >= start:
                    found.append(p)
                seen += 1
                if seen >= stop:
                    break
        return found

    def offset(self, bits: int, order: tuple[list[int], list[int]], position: int) -> int:
        """The offset of a kept ``position`` among the kept positions in the order."""
        ordered, rank = order
        reach = rank[position]
        if not self._walks(bits.bit_count(), reach):
            return self.ordered(bits, order).index(position)
        raw = as_bytes(bits, self.size)
        return sum(1 for p in ordered[:reach] if raw[p >> 3] >> (p & 7) & 1)

    # facets ------------------------------------------------------------------------------
    def counts(
        self, bits: int, field: str, run: tuple[int, int] | None = None
    ) -> list[tuple[Any, int]]:
        """The values of ``field`` among the kept rows with how many have each, the most
        frequent first (ties by value). When the kept rows are a ``run`` of positions, two
        bisections per value; else a popcount per value, or a count over the kept rows when
        they are fewer than the values."""
        counted: dict[Any, int]
        if run is not None:
            start, stop = run
            counted = {}
            for value, found in self.lists[field].items():
                count = bisect_left(found, stop) - bisect_left(found, start)
                if count:
                    counted[value] = count
            return _by_count(counted)
        postings = self.postings[field]
        total = bits.bit_count()
        if total * 2 < len(postings) * (1 + self.size // 8192):
            counted = Counter()
            for p in positions_of(bits, self.size):
                value = self.rows[p].value(field)
                if isinstance(value, tuple):
                    counted.update(value)
                elif value is not None:
                    counted[value] += 1
        else:
            raw = as_bytes(bits, self.size)
            counted = {}
            for value, entry in postings.items():
                count = count_in(raw, bits, entry)
                if count:
                    counted[value] = count
        return _by_count(counted)


def _by_count(counted: dict[Any, int]) -> list[tuple[Any, int]]:
    return sorted(counted.items(), key=lambda item: (-item[1], str(item[0])))
