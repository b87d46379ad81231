"""A form's row whose own 执行率 cell proves where its figures stand (twenty-ninth trial).

An Anhui 自评表 flattened with blanks between cells puts the unit under the heads
(``项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分`` then ``(万元) 年度资金总额 29 29
27.8 9 0.958 8``): the unit is no head's, so ``tables`` takes the grid for one whose row labels
the text order displaced, and lists each figure unread. Yet the row shows its columns: its run
has one figure for every column (money or not), so no empty cell was lost, and the figure under
执行率 is the 执行数 over the 预算数 right before it, as a fraction (0.958) or a percent (95.86),
to one unit of its last decimal (the form rounds or cuts it). Where that holds, and the 得分 is
no more than the 分值, each money column's figure is read with its column's kind. A rate with
fewer than two decimals as a fraction (1) or none as a percent proves too little; a rate that
does not match, or a run short of a column, leaves every figure unread as before.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.tables.tablecells import Cell as _Cell
from govkg.ingest.tables.tablecells import name as _name
from govkg.ingest.text.numbers import number_value

__all__ = ["rate_proven"]

_RATE_HEAD = re.compile(r"(?:预算)?执行率")
_POINTS_HEAD = re.compile(r"分值|权重")
_SCORE_HEAD = re.compile(r"得分")


def rate_proven(run: list[_Cell], headers: list[str], columns: list[str]) -> bool:
    """Whether ``run`` is a whole row of the form whose 执行率 cell proves its columns:
    one figure a column, executed over the budget before it the stated rate (see above)."""
    if len(run) != len(columns) or len(headers) != len(columns):
        return False
    names = [_name(h) for h in headers]
    rate = next((i for i, h in enumerate(names) if _RATE_HEAD.fullmatch(h)), None)
    spent = next((i for i, kind in enumerate(columns) if kind == "SPENDING"), None)
    if rate is None or spent is None or spent == 0 or columns[spent - 1] != "BUDGET":
        return False
    if not _scored(run, names):
        return False
    return _matches(run[spent - 1].text, run[spent].text, run[rate].text)


def _scored(run: list[_Cell], names: list[str]) -> bool:
    """The 得分 no more than the 分值, where the form has both."""
    points = next((i for i, h in enumerate(names) if _POINTS_HEAD.fullmatch(h)), None)
    score = next((i for i, h in enumerate(names) if _SCORE_HEAD.fullmatch(h)), None)
    if points is None or score is None:
        return True
    return number_value(run[score].text) <= number_value(run[points].text)


def _matches(budget: str, executed: str, rate: str) -> bool:
    """executed / budget is ``rate`` (a fraction of two decimals or more, or a percent of one
    or more), to one unit of the rate's last decimal."""
    base = number_value(budget)
    if base <= 0 or "." not in rate:
        return False
    decimals = len(rate.split(".", 1)[1])
    stated = number_value(rate)
    ratio = number_value(executed) / base
    if stated <= Decimal("1.5") and decimals >= 2:
        return abs(ratio - stated) < Decimal(1).scaleb(-decimals)
    if stated > Decimal("1.5") and decimals >= 1:
        return abs(ratio * 100 - stated) < Decimal(1).scaleb(-decimals)
    return False
