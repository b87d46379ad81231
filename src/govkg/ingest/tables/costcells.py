"""A cost indicator's target and actual written as cells with their own unit, found in the
seventh held-out trial: a 项目支出绩效自评表's indicator grid under 年度指标值 | 实际完成值 |
分值 | 得分, its row ``成本指标 | 市民中心运行维护费 | 150万 | 150万 | 10 | 10``.

The first cell is the year's target, PLANNED; the second what was spent on it, SPENDING.
Read only where every piece says so: the grid's header (指标值 then 完成值) stands before the
row, the row's label names a cost (成本, 费, 资金, 支出, 预算, 投资), the two cells are
figures with a unit of money (150万, 150万元), and the two cells after them are the row's
分值 and 得分 (figures, 得分 within 分值). A header 年初目标值(A) | 实际完成值(B) | 得分 (tenth
trial: 目标值 for 指标值, no 分值 column) has one score cell after the two, a figure. Any
other row is left to the other rules.

A row that names no cost (经济效益指标 | 木材销售收入 | 1100万元 | 1093万元 | 6 | 5: income the
work brings, not the unit's money) is read too (corpus round 16): its target is what the
year planned, PLANNED, and its actual is OTHER (money of the economy, neither spent nor
received by the unit), only where both cells write 元 (万元, 亿元): 服务人次 | 80万 is a count.
A grid flattened one cell a line (年度 / 指标值 / 实际 / 完成值 / 分值 /
得分) has its 分值 and 得分 on the lines after 完成值: the header's next cells count then.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.owncells import own_unit
from govkg.ingest.text.numbers import number_value, yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["COST", "find_cost_cells"]

RULE = "money-table"
_CELL = re.compile(r"[^\s|]+")
_HEADER = re.compile(
    r"(?:指标值|目标值)\s*(?:[（(][A-Z][）)])?\s*[|\s]*\s*实际\s*完成值\s*(?:[（(][A-Z][）)])?"
    r"(?P<rest>[^\n]*)"
)
COST = re.compile(r"成本|费|资金|支出|预算|投资")
"""Words of a row label that name a cost: its actual is money spent."""
_LABEL = re.compile(r"[\u4e00-\u9fff]")
_POINTS = re.compile(r"\d+(?:\.\d+)?")
HEADER_REACH = 1500  # characters before the row in which the grid's header stands


def find_cost_cells(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The target (PLANNED) and actual (SPENDING) of each cost row written with units."""
    text = simplified(view.text)
    cells = list(_CELL.finditer(text))
    for at in range(1, len(cells) - 2):
        target, actual = own_unit(cells[at].group()), own_unit(cells[at + 1].group())
        label = cells[at - 1]
        if not (target and actual) or own_unit(label.group()) or not _LABEL.search(label.group()):
            continue
        header = _HEADER.search(text, max(0, cells[at - 1].start() - HEADER_REACH), label.start())
        if header is None:
            continue
        rest = header["rest"] or _next_cells(text, header.end())
        count = 2 if "分值" in rest else 1  # 得分 alone (年初目标值(A) | … | 得分)
        scores = [c.group() for c in cells[at + 2 : at + 2 + count]]
        if len(scores) < count or not all(_POINTS.fullmatch(s) for s in scores):
            continue
        if count == 1 and "得分" not in rest:
            continue
        if count == 2 and number_value(scores[1]) > number_value(scores[0]):
            continue  # 得分 over 分值: not this row's scores
        named = " ".join(c.group() for c in cells[max(0, at - 2) : at])
        spent = "SPENDING" if COST.search(named) else "OTHER"  # 木材销售收入: not the unit's
        if spent == "OTHER" and not all("元" in c.group() for c in cells[at : at + 2]):
            continue  # 服务人次 | 80万 | 60万: 万 alone is no money where no cost is named
        name = label.group()
        for cell, (figure, unit), kind, column in (
            (cells[at], target, "PLANNED", "年度指标值"),
            (cells[at + 1], actual, spent, "实际完成值"),
        ):
            yield MoneyFound(
                rule=RULE,
                cites=(cite(view, label.start(), cell.end()),),
                amount=yuan(figure, unit),
                figure=figure,
                unit=unit,
                as_written=cite(view, cell.start(), cell.end()).quote,
                kind=kind,
                label=f"{name} {column}",
                year=year,
            )


NEXT_CELLS = 3  # cells after a header's 完成值 that say its score columns


def _next_cells(text: str, at: int) -> str:
    """The cells right after ``at``, over line breaks: a header flattened one cell a line."""
    found = _CELL.finditer(text, at)
    return " ".join(m.group() for m, _ in zip(found, range(NEXT_CELLS), strict=False))
