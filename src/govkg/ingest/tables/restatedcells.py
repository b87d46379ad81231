"""A table that restates the prose: its cells take the kinds of the amounts they repeat.

A 三公 note states its figures in sentences (2017年因公出国(境)费99万元; 公务用车购置安排692万元),
then prints them again in a small table under 单位:万元 or a head 2017年决算(万元). The table
rules list such cells unread where the flattened text does not show their column for
certain, or the title and head do not say 决算 or 预算 together (corpus round 16: 119, 206).
Where every cell of the table, in yuan, equals an amount the prose reads, and the amounts of
each value are of one kind, the table is the prose again, cell for cell: each cell has the
kind of the amount it repeats (692 is 安排, BUDGET; 4612 the 开支, SPENDING), and its year
where the prose gives the value one year (trial 56's 1038, a table of 2011年决算(万元) and
2012年预算(万元): its 44.58 restates 2012年…安排公务接待费预算44.58万元, of 2012, not the
note's 2011).

It reads nothing where one cell of the table repeats no amount of the prose (a table with
figures of its own: its column is what tells them, and it is not shown), where a value is
read with two kinds in the prose, or where the table has fewer than three cells (two
figures may repeat the prose by chance). A table here is a run of cells listed unread for
one reason, next to each other in the list of money figures; an amount written with its
unit word is prose, never a cell.
"""

from __future__ import annotations

import re
from dataclasses import replace

from govkg.ingest.kinds.money import MoneyFound

__all__ = ["restated_cells"]

_UNIT_WORD = re.compile(r"[元萬万億亿]")
MIN_CELLS = 3


def restated_cells(money: list[MoneyFound]) -> list[MoneyFound]:
    """``money`` with the cells of each table that restates the prose read."""
    kinds: dict = {}
    years: dict = {}
    for amount in money:
        if amount.kind is not None and _UNIT_WORD.search(amount.as_written):
            kinds.setdefault(amount.amount, set()).add(amount.kind)
            years.setdefault(amount.amount, set()).add(amount.year)
    out = list(money)
    for run in _runs(money):
        said = [kinds.get(money[i].amount, set()) for i in run]
        if len(run) < MIN_CELLS or any(len(k) != 1 for k in said):
            continue
        for index, kind in zip(run, said, strict=True):
            cell = money[index]
            year = years[cell.amount]
            year = next(iter(year)) if len(year) == 1 and None not in year else cell.year
            out[index] = replace(cell, kind=next(iter(kind)), year=year, reason=None)
    return out


def _runs(money: list[MoneyFound]) -> list[list[int]]:
    """Indices of each run of bare cells listed unread for one reason."""
    runs: list[list[int]] = []
    reason = None
    for index, amount in enumerate(money):
        cell = amount.kind is None and amount.reason and not _UNIT_WORD.search(amount.as_written)
        if not cell:
            reason = None
            continue
        if amount.reason != reason:
            runs.append([])
            reason = amount.reason
        runs[-1].append(index)
    return runs
