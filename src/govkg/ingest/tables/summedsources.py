"""Rows of the national form's funds grid whose label names no source of funds the form
rule knows, read where the total row's sums prove them (thirty-fourth trial).

A county's transfer self-evaluation form (443) lists its funds by source under the total:

    资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%)
    年度资金总额: | 3359.62万 | 3359.62万 | 100%
    其中:中央财政资金 | 829.3万 | 829.3万 | 100%
    彩票公益金用于医疗救助 | 0 | 0 | 100%
    地方资金 | 2530.32万 | 2530.32万 | 100%
    其他资金 |

``selfeval_form`` reads a row by its label (年度资金总额, 中央财政资金, 其他资金…); a source
it does not know (地方资金, a lottery fund's row) was skipped, its cells lost or misread by
the prose rules. The form proves them itself: the rows under the total add, column by
column, to the total's cells (829.3 + 0 + 2530.32 = 3359.62, both columns). Such a row is read
in its columns' kinds only where every row under the total that has cells fits the
columns and each money column's cells, an empty one counting nothing, add up exactly to the
total's; one row that does not fit, or sums that fail, place nothing here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

__all__ = ["money_values", "sources_add_up"]


def sources_add_up(
    total: Sequence[Decimal | None] | None,
    rows: Sequence[Sequence[Decimal | None]],
) -> bool:
    """Whether the money cells of ``rows`` (the rows under the total, each its money columns'
    values, None for an empty cell) add up in every column to the total row's ``total``,
    and every column of the total (None: no total row read) holds a figure."""
    if total is None or not rows or any(value is None for value in total):
        return False
    for column, stated in enumerate(total):
        cells = [row[column] if column < len(row) else None for row in rows]
        if sum((cell or Decimal(0) for cell in cells), Decimal(0)) != stated:
            return False
    return True


def money_values(
    cells: Sequence[str],
    money: int,
    is_money: Callable[[str], bool],
    value: Callable[[str], Decimal],
) -> list[Decimal | None]:
    """The first ``money`` cells' values, None for an empty one (— or /)."""
    return [value(text) if is_money(text) else None for text in cells[:money]]
