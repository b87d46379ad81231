"""Parts a report rounds past their total: no sum the line tree may state.

A report writes each figure rounded to its last digit, so parts can add up to a little more
than their total (基本支出664.70万元 + 项目支出429.96万元 = 1094.66 > 本年支出合计1094.65万元:
fourth held-out trial). Hung under that total, they would be reported as parts exceeding
it, an error the report does not make. So where the stated parts of a stated line exceed it
by no more than their rounding (half a unit of each figure's last written digit, the
total's included), they hang under no line, each kept with its own figure. Parts that
exceed by more stay hung: that is a stated inconsistency the findings report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import Line
from govkg.ingest.text.numbers import YUAN_PER

__all__ = ["unhung_within_rounding", "within_rounding"]

_WRITTEN = re.compile(r"[\d,]+(?:\.(?P<places>\d+))?\s*(?P<unit>亿元|万元|元)")


def _half_unit(line: Line) -> Decimal | None:
    found = _WRITTEN.search(line.as_written or "")
    if found is None:
        return None
    places = len(found["places"] or "")
    return Decimal(1).scaleb(-places) * YUAN_PER[found["unit"]] / 2


def within_rounding(total: Line, parts: list[Line]) -> bool:
    """``parts`` add up to at most ``total``, or past it by no more than their rounding
    (``twocuts`` asks: a cut of parts that fits in its line alone)."""
    over = _over(total, parts)
    return over is not None and (over <= 0 or _by_rounding(over, total, parts))


def _over(total: Line, parts: list[Line]) -> Decimal | None:
    """What the stated ``parts`` add up to past ``total`` (below 0: short of it)."""
    if total.amount is None:
        return None
    return sum((p.amount for p in parts if p.amount is not None), Decimal(0)) - total.amount


def _by_rounding(over: Decimal, total: Line, parts: list[Line]) -> bool:
    halves = [_half_unit(line) for line in (total, *parts)]
    return None not in halves and over <= sum(h for h in halves if h is not None)


def unhung_within_rounding(lines: list[Line]) -> list[Line]:
    """``lines`` with the parts that exceed their stated line only by rounding unhung."""
    by_key = {line.key: line for line in lines}
    parts: dict[str, list[Line]] = {}
    for line in lines:
        if line.parent in by_key and line.amount is not None:
            parts.setdefault(line.parent, []).append(line)
    unhung = set()
    for key, its_parts in parts.items():
        total = by_key[key]
        if total.amount is None or total.derived:
            continue
        over = _over(total, its_parts)
        if over is not None and over > 0 and _by_rounding(over, total, its_parts):
            unhung.add(key)
    if not unhung:
        return lines
    return [replace(line, parent=None) if line.parent in unhung else line for line in lines]
