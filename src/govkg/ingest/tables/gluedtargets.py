"""An indicator row whose cells run together: the indicator's words, its target, its actual.

A self-evaluation form flattened with no blank between its cells (the nineteenth trial's 242,
OCR'd) writes a row of its indicator grid, under 三级指标 | 年初目标值(A) | 实际完成值(B) |
得分, as one run: ``成本每年财政补助1000万元1000万元1000万元10`` is the indicator (每年财政补助
1000万元, its words stating the amount it aims at), the target cell (1000万元), the actual
(1000万元) and the score (10). Read by its words, each amount was money received (补助) or
income (收入), though two of them are what the year aimed at.

Read only where every piece says so: the grid's header (目标值 or 指标值, then 实际完成值 or
实际值 right after it) stands before the row; the amounts are glued one to the next, nothing
between one's unit and the next figure; a score (a figure with no unit) follows the last at
once; and the run is two amounts (target, actual) or three whose first two are equal (the
indicator's words restating its target). The target, and the indicator's amount, are
PLANNED; the actual is SPENDING where the row's label names a cost (``costcells.COST``: 成本
每年财政补助), else it keeps its reading (医疗收入达到5亿元5亿元6.47亿元: income). A change or
a rate keeps its reading (as ``boundtarget``); a run of three whose first two differ, or of
four, is left as read: its cells are not shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from govkg.ingest.kinds.boundtarget import OPEN
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.costcells import COST
from govkg.ingest.text.simplified import simplified

__all__ = ["glued_targets"]

_HEADER = re.compile(
    r"(?:指标值|目标值)\s*(?:[（(][A-Z][）)])?\s*[|]?\s*实际\s*(?:完成)?值"
)
_SCORE = re.compile(r"\d+(?:\.\d+)?(?![\d.]*\s*[%％万萬亿億元])")
_LABEL = re.compile(r"(?:[\u4e00-\u9fff()（）、]| (?=[\u4e00-\u9fff])){2,24}$")
"""The row's label: the words right before its first amount (a blank where a line wrapped)."""
HEADER_REACH = 600  # characters before the row in which the grid's header stands


def glued_targets(source: str, found: Iterable[MoneyFound]) -> list[MoneyFound]:
    """``found`` with each glued indicator row's target PLANNED and its actual read (above)."""
    out = list(found)
    text = simplified(source)
    at = 0
    while at < len(out):
        run = _run(text, out, at)
        if len(run) in (2, 3) and _is_row(text, out, run):
            _read(text, out, run)
            at = run[-1] + 1
        else:
            at += max(1, len(run))
    return out


def _span(amount: MoneyFound) -> tuple[int, int]:
    end = amount.cites[0].end
    return end - len(amount.as_written), end


def _run(text: str, out: list[MoneyFound], at: int) -> list[int]:
    """The indices of the amounts glued one to the next from ``at`` on."""
    run = [at]
    while run[-1] + 1 < len(out):
        end = _span(out[run[-1]])[1]
        start = _span(out[run[-1] + 1])[0]
        if start != end:  # a blank, a word, or the same place again (收/支): no glued cell
            break
        run.append(run[-1] + 1)
    return run


def _is_row(text: str, out: list[MoneyFound], run: list[int]) -> bool:
    """Whether the run is an indicator row's cells under the grid's header, a score after."""
    first, last = _span(out[run[0]]), _span(out[run[-1]])
    if not _SCORE.match(text, last[1]):
        return False
    if not _HEADER.search(text, max(0, first[0] - HEADER_REACH), first[0]):
        return False
    if len(run) == 3 and out[run[0]].amount != out[run[1]].amount:
        return False  # the indicator's words restate its target, or the cells are not shown
    return all(out[i].kind in OPEN for i in run)


def _read(text: str, out: list[MoneyFound], run: list[int]) -> None:
    """The run's targets PLANNED, its actual SPENDING where the row names a cost."""
    start = _span(out[run[0]])[0]
    found = _LABEL.search(text, max(0, start - 24), start)
    label = re.sub(r"^.*[)）]|\s", "", found.group()) if found else ""
    *targets, actual = run
    for index in targets:
        named = "" if index == run[0] and len(run) == 3 else " 目标值"  # the indicator's own
        out[index] = replace(
            out[index], kind="PLANNED", label=f"{label}{named}".strip() or None, reason=None
        )
    if COST.search(label):
        out[actual] = replace(
            out[actual], kind="SPENDING", label=f"{label} 实际完成值".strip(), reason=None
        )
