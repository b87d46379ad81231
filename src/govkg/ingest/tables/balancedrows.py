"""Rule ``balanced-rows``: the rows of a project results table that their own balance proves
(twenty-seventh held-out trial).

A department's summary of its projects' self-evaluations (部门绩效自评结果公开汇总表) is
flattened one row a line, its empty cells only runs of spaces:

    单位:万元
    序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2023年底) 结余数 结余交回财政数 自评得分 …
    中央 省级 市级 区级
    8 某某补助资金 某某局 86.031       62.106 23.925   91

The budget falls under one of four levels (中央 / 省级 / …) by its spacing alone, the
returned balance is often empty, and the score is a whole number too: no cell's column
can be told by its place. The balance proves three of them. Where the heads name, in this
order, a budget (预算数), what was executed (执行数) and the balance (结余数), and the row's
first three figures after its words (its 序号 left out) have the first equal to the two after it
(86.031 = 62.106 + 23.925; 6 = 6 + 0), those three are the budget (BUDGET), the spending
(SPENDING) and the balance (CARRY_OVER); the level of the budget is not said and not
given. A figure after them is the score where it is the row's last and the heads name a
得分 (never money); any other figure after them (a 结余交回 cell) is listed unread. A row
whose figures do not balance is left to ``loosecells`` (unread). The unit is declared on
one of the few lines before the heads (单位:万元); with none, nothing is read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_balanced_rows"]

RULE = "balanced-rows"
_HEADS = re.compile(r"^[^\n]*预算数[^\n]*执行数[^\n]*结余数[^\n]*$", re.M)
_UNIT = re.compile(r"单位\s*[：:]\s*(?P<u>万元|元)")
UNIT_REACH = 3  # lines before the heads in which the unit is declared
_ROW = re.compile(r"^[ \t\u3000]*\d{1,3}[ \t\u3000]+\S[^\n]*$", re.M)
_FIGURE = re.compile(r"(?<!\S)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\S)")
ROWS = 60  # lines after the heads in which rows are looked for
REASON = (
    "a cell after a row's balanced budget, spending and balance in a table in {unit}: its "
    "column (a 结余交回 or another) the flattened row does not show, not read"
)
KINDS = ("BUDGET", "SPENDING", "CARRY_OVER")


def find_balanced_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The budget, spending and balance of each row its balance proves (see above)."""
    text = simplified(view.source)  # the rows as stored: cleaning joins them
    for heads in _HEADS.finditer(text):
        before = text[: heads.start()].split("\n")[-UNIT_REACH - 1 :]
        declared = _UNIT.search("\n".join(before))
        if declared is None:
            continue
        unit = declared["u"]
        scored = "得分" in heads.group()
        limit = _line_offset(text, heads.end(), ROWS)
        for row in _ROW.finditer(text, heads.end(), limit):
            yield from _row(view, row, unit, scored, year)


def _row(view, row: re.Match, unit: str, scored: bool, year) -> Iterator[MoneyFound]:
    """The cells of one row whose first three figures after its words balance."""
    figures = list(_FIGURE.finditer(row.group()))[1:]  # the first is the row's 序号
    values = [number_value(f.group()) for f in figures]
    if len(figures) < 3 or values[0] != values[1] + values[2]:
        return
    for figure, kind in zip(figures[:3], KINDS, strict=True):
        yield _cell(view, row.start(), figure, unit, year, kind=kind)
    rest = figures[3:-1] if scored else figures[3:]  # last under a 得分 head: a score
    for figure in rest:
        yield _cell(view, row.start(), figure, unit, year, reason=REASON.format(unit=unit))


def _cell(view: TextView, base: int, figure: re.Match, unit: str, year, **read) -> MoneyFound:
    """The cell ``figure`` of a stored row at ``base``, cited by its cleaned span."""
    start = bisect.bisect_left(view.origin, base + figure.start())
    end = bisect.bisect_left(view.origin, base + figure.end() - 1) + 1
    return cell_found(view, start, end, figure.group(), unit, rule=RULE, year=year, **read)


def _line_offset(text: str, start: int, lines: int) -> int:
    """The offset ``lines`` lines after ``start`` (or the text's end)."""
    at = start
    for _ in range(lines):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
    return at
