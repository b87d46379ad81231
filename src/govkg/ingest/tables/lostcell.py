"""A form's money row one cell short of its heads, the lost cell's place unknown (trial 61).

A 项目支出绩效自评表 flattened to text may drop one empty cell of a row and mark the others
with dashes (trial 61's 1213, a county market regulator's form on a document site: heads
年初预算数 全年预算数 全年执行数 分值 执行率 得分, the row ``其中:当年财政拨款 130 130 - 100 -``,
five cells for six heads). Where the cell was lost the text does not show: lost before the
first figure, the figures are 全年预算数 and 全年执行数; lost after the second, 年初预算数 and
全年预算数. Every place the lost cell could stand gives the row a reading; a figure is read
only where every reading that fits the heads (``selfeval_form``'s checks: no rate under a
money column, 得分 within 分值, a stated 执行率 agreeing) gives it the same kind: the first
130 is a budget in each (年初 or 全年, named 预算数 where the column differs), the second is a
budget in some and the amount executed in one, so it stays for the table rule to list
unread. A figure is never guessed: a row two cells short, or one with no reading that fits,
reads nothing here (``extrafigure`` is the mirror case: one figure more than the heads).
Only a sub-row (not 年度资金总额) whose other blanks are dashed is so read: there the lost
cell is an empty one the dashes missed; a total row one cell short may have lost a score.
A row between bars (| 12.00 | | 14.25 |) lost nothing: its empty cells are kept, and the
table rule reads it by position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["lost_cell"]

Cell = TypeVar("Cell")
MONEY_KINDS = ("BUDGET", "SPENDING")


def lost_cell(
    cells: Sequence[Cell],
    kinds: Sequence[str],
    names: Sequence[str],
    blank: Callable[[int], Cell],
    is_money: Callable[[Cell], bool],
    fits: Callable[[list[Cell]], bool],
) -> list[tuple[int, str, str | None]]:
    """(index, kind, column name or None where the readings differ on it) of each money cell
    of a row of ``len(kinds)`` - 1 cells that every fitting reading puts under one kind;
    ``blank(at)`` is an empty cell to stand in for the lost one."""
    if len(cells) != len(kinds) - 1:
        return []
    gaps = [gap for gap in range(len(kinds)) if fits([*cells[:gap], blank(gap), *cells[gap:]])]
    if not gaps:
        return []
    proven = []
    for at, cell in enumerate(cells):
        if not is_money(cell):
            continue
        columns = {at + (gap <= at) for gap in gaps}
        under = {kinds[column] for column in columns}
        if len(under) != 1 or (kind := under.pop()) not in MONEY_KINDS:
            continue
        proven.append((at, kind, names[columns.pop()] if len(columns) == 1 else None))
    return proven
