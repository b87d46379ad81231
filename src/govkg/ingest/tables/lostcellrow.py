"""A form's row flattened one cell a line that lost an empty cell: its 执行率 places it
(thirty-sixth trial).

A 自评表 grid ``项目资金 (万元) | 年初预算数 | 调整预算数 | 全年执行数 | 分值 | 执行率 | 得分``
given one cell a line drops its empty cells: ``年度资金总额 30 30 10 100% 99`` has five cells
for six heads, so reading its first three figures as the three money columns takes the 分值
(10) for the 全年执行数. The rate cell shows where the row stands: the figures before it are
the money cells, then the scores between the money columns and 执行率. Where the row is
short of a cell before its rate, its figures are placed only if exactly one split holds: the
last money figure over the first is the stated rate (to one unit of its last digit), and no
more figures are left than the score heads before 执行率. Two money figures under three money
heads (budget, budget, executed) are a budget of unknown column and the executed amount;
no split holding leaves every figure unread, as a row short of a cell was before.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.tables.tablecells import FIGURE as _FIGURE
from govkg.ingest.tables.tablecells import Cell as _Cell
from govkg.ingest.tables.tablecells import name as _name
from govkg.ingest.text.numbers import number_value

__all__ = ["placed_by_rate", "short_row"]

_RATE_HEAD = re.compile(r"(?:预算)?执行率")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")


def _rate_head(headers: list[str]) -> int | None:
    return next((i for i, h in enumerate(headers) if _RATE_HEAD.fullmatch(_name(h))), None)


def _rate_cell(values: list[_Cell]) -> int | None:
    return next((i for i, c in enumerate(values) if _PERCENT.fullmatch(c.text.strip())), None)


def short_row(values: list[_Cell], headers: list[str], columns: list[str]) -> bool:
    """Whether ``values`` is a row with a rate cell under a form with a 执行率 head after
    its money heads, fewer cells standing before the rate than heads before 执行率."""
    head = _rate_head(headers)
    cell = _rate_cell(values)
    money = max((i for i, c in enumerate(columns) if c), default=-1) + 1
    if head is None or cell is None or head < money or len(headers) != len(columns):
        return False
    return cell < head and all(_FIGURE.fullmatch(v.text) for v in values[:cell])


def placed_by_rate(
    values: list[_Cell], headers: list[str], columns: list[str]
) -> list[tuple[_Cell, str, str]] | None:
    """The money cells of a short row (see above), each with its kind and column name, or
    None where no single split is proven."""
    money = max(i for i, c in enumerate(columns) if c) + 1
    kinds = columns[:money]
    if kinds[-1] != "SPENDING" or any(k != "BUDGET" for k in kinds[:-1]) or money < 2:
        return None
    head = _rate_head(headers)
    at = _rate_cell(values)
    figures = values[:at]
    stated = Decimal(_PERCENT.fullmatch(values[at].text.strip()).group(1))
    splits = [
        k
        for k in range(2, money + 1)
        if k <= len(figures)
        and len(figures) - k <= head - money
        and _proves(figures[0].text, figures[k - 1].text, stated, values[at].text)
    ]
    if money in splits:
        splits = [money]  # a full money row its rate proves: read by position, as before
    if len(splits) != 1:
        return None
    k = splits[0]
    if k == money:
        return [(c, kind, _name(h)) for c, kind, h in zip(figures, kinds, headers, strict=False)]
    budget = "预算数" if money > 2 else _name(headers[0])
    return [(figures[0], "BUDGET", budget), (figures[k - 1], "SPENDING", _name(headers[money - 1]))]


def _proves(budget: str, executed: str, stated: Decimal, written: str) -> bool:
    """executed / budget as a percent is the stated rate, to one unit of its last digit."""
    base = number_value(budget)
    if base <= 0:
        return False
    digits = written.strip().rstrip("%％")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return abs(number_value(executed) / base * 100 - stated) < Decimal(1).scaleb(-decimals)
