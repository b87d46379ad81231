"""An amount glued from a form's cells: its digits may run across a cell boundary.

A form flattened with no blank, bar or line break between its cells writes a points cell
(分值, a whole number of points) right before the amount of the next cell, and the same
amount again in the cell after (年度指标值, then 全年实际值): 成本指标项目计划总投资1020万元20万元10
is 分值 10 | 20万元 | 20万元 | 得分 10 (the eighth held-out trial's 135; 137 writes 415万元15万元4).
The first figure read whole, 1020万元, is an amount the text does not state. Where a figure
with its unit is followed at once by the same unit's figure whose digits end it (1020 then
20), and what is left before them is a whole number of points (1 to 100), the first figure
is listed unread with that reason: never read, never cut to a guess. An ordinary sentence
(项目计划总投资1020万元, 其中…) writes no such repetition, and stays read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from govkg.ingest.kinds.money import MoneyFound

__all__ = ["REASON", "glued_cells"]

REASON = (
    "written glued to a form's cell before it ({points} then {tail}, the same amount again "
    "right after it): its digits may run across a cell boundary, so it is not read"
)
_NEXT = re.compile(r"(?P<figure>\d+(?:\.\d+)?)\s*(?P<unit>[万萬亿億]?\s*元)")


def glued_cells(source: str, found: Iterable[MoneyFound]) -> Iterator[MoneyFound]:
    """``found`` with each figure glued from a points cell and an amount listed unread."""
    for amount in found:
        glued = _glued(source, amount)
        if glued is None:
            yield amount
        else:
            yield replace(amount, kind=None, reason=REASON.format(points=glued[0], tail=glued[1]))


def _glued(source: str, amount: MoneyFound) -> tuple[str, str] | None:
    """(points, amount) the figure of ``amount`` is glued from, or None."""
    end = amount.cites[0].end
    after = _NEXT.match(source, end)
    figure = amount.figure.replace(",", "")
    if after is None or re.sub(r"\s", "", after["unit"]) != re.sub(r"\s", "", _unit(amount)):
        return None
    tail = after["figure"]
    if len(figure) <= len(tail) or not figure.endswith(tail):
        return None
    points = figure[: -len(tail)]
    if not points.isdigit() or points.startswith("0") or not 1 <= int(points) <= 100:
        return None
    return points, after.group()


def _unit(amount: MoneyFound) -> str:
    """The unit word as written after the figure (萬元 of a traditional text)."""
    return amount.as_written[amount.as_written.rfind(amount.figure) + len(amount.figure) :]
