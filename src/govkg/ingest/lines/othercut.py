"""A part hung beside parts that already make up its total is the total by another cut.

A 决算 states its spending by economic class (工资福利支出785.71万元, 商品和服务支出1242.64万元…,
together 2131.16万元 of 支出合计2131.15万元) and, sections later, its appropriation's side
(财政拨款为1526.15万元,相对应的支出为1526.15万元: trial 46's 704). The tree hangs the later
spending under the same total, where its parts would add up to far more than it: an error the
report does not make. Where the other parts make up the total within their rounding, the one
or two parts beyond them are another cut of the same whole (its 其中公共财政拨款支出 too): they
hang under no line, each kept with its own figure. Parts that exceed their total otherwise stay
hung (a stated inconsistency).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import combinations

from govkg.ingest.facts import Line
from govkg.ingest.lines.rounding import half_unit

__all__ = ["unhung_other_cuts"]


def unhung_other_cuts(lines: list[Line]) -> list[Line]:
    """``lines`` with each part that is another cut of its total (see above) unhung."""
    by_key = {line.key: line for line in lines}
    parts: dict[str, list[Line]] = {}
    for line in lines:
        if line.parent in by_key and line.amount is not None:
            parts.setdefault(line.parent, []).append(line)
    unhung: set[str] = set()
    for key, its_parts in parts.items():
        total = by_key[key]
        if total.amount is None or total.derived or len(its_parts) < 3:
            continue
        if sum((p.amount for p in its_parts), Decimal(0)) <= total.amount:
            continue
        beyond = _beyond(total, its_parts)
        unhung.update(part.key for part in beyond)
    if not unhung:
        return lines
    return [replace(line, parent=None) if line.key in unhung else line for line in lines]


def _beyond(total: Line, parts: list[Line]) -> tuple[Line, ...]:
    """The parts without which the rest make up ``total`` within their rounding: all parts
    of one amount (a cut restated: 其中公共财政拨款支出…, 相对应的支出… of one sum), else one or
    two parts, the later ones first; none where no such parts are found."""
    amounts = dict.fromkeys(p.amount for p in reversed(parts))
    groups = [tuple(p for p in parts if p.amount == amount) for amount in amounts]
    groups += [c for count in (1, 2) for c in combinations(reversed(parts), count)]
    for left_out in groups:
        others = [p for p in parts if all(p is not o for o in left_out)]
        if len(others) < 2 or {p.amount for p in others} & {o.amount for o in left_out}:
            continue  # a part restated beside itself is the restatements' to merge, later
        halves = [half_unit(line) for line in (total, *others)]
        if None in halves:
            continue
        gap = abs(sum((p.amount for p in others), Decimal(0)) - total.amount)
        if gap <= sum(halves):
            return left_out
    return ()
