"""A form's money row holding one figure more than its money heads name (the fortieth trial).

An Anhui 转移支付整体绩效目标自评表 flattened to text heads three money columns (年初预算数
全年预算数(A) 全年执行数(B)) but writes four figures in each money row before its 分值,
执行率 and 得分 (``28.1 28.1 28.1 28.1 10 100% 10``): a column lost from the heads, its place
unknown. Every place the extra figure could stand gives the columns a reading; a column is read
only where all those readings give it the same figure (so 28.1 four times reads each named
column; ``30 30 25 25`` reads none of the middle ones), and only where every reading fits the
heads, its 执行率 agreeing. The figures no column is proven for, the extra one among them, are
the caller's to list unread: a figure whose column the text does not show is never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeVar

__all__ = ["extra_figure"]

Cell = TypeVar("Cell")


def extra_figure(
    cells: Sequence[Cell],
    columns: int,
    money: int,
    is_money: Callable[[Cell], bool],
    value: Callable[[Cell], Decimal],
    fits: Callable[[list[Cell]], bool],
) -> tuple[list[int], list[int]] | None:
    """(the money columns proven, the cells left unread) for a row of ``columns`` + 1 cells
    whose first ``money`` + 1 are figures; None where the row is not such a row or a reading
    does not fit (``fits``: one cell per column)."""
    if len(cells) != columns + 1 or not all(is_money(c) for c in cells[: money + 1]):
        return None
    readings = [[*cells[:drop], *cells[drop + 1 :]] for drop in range(money + 1)]
    if not all(fits(reading) for reading in readings):
        return None
    proven = [j for j in range(money) if len({value(reading[j]) for reading in readings}) == 1]
    unread = [at for at in range(money + 1) if at not in proven]
    return proven, unread
